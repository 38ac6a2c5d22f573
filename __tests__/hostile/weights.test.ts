import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import {
  ggufBytes,
  npyBytes,
  onnxBytes,
  safetensorsBytes,
  torchZipBytes
} from '../../scripts/weight-writers.mjs'
import {
  markdownProblems,
  missingEvidence,
  removeTree,
  scanBoth,
  tempDir,
  write,
  type ScanOutcome
} from '../helpers/hostile.js'

/** An 8-byte little-endian length followed by `rest`: the start of a safetensors file. */
function lengthPrefixed(length: bigint, rest: string): Uint8Array {
  const out = Buffer.alloc(8 + rest.length)
  out.writeBigUInt64LE(length)
  out.write(rest, 8, 'latin1')
  return out
}

/** A GGUF v3 header claiming `tensors` tensors and `kvs` KVs, followed by one real KV. */
function ggufClaiming(tensors: bigint, kvs: bigint): Uint8Array {
  const u32 = (v: number): Buffer => {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(v)
    return b
  }
  const u64 = (v: bigint): Buffer => {
    const b = Buffer.alloc(8)
    b.writeBigUInt64LE(v)
    return b
  }
  const str = (s: string): Buffer => Buffer.concat([u64(BigInt(s.length)), Buffer.from(s)])
  const STRING = 8
  return Buffer.concat([
    Buffer.from('GGUF'),
    u32(3),
    u64(tensors),
    u64(kvs),
    str('general.name'),
    u32(STRING),
    str('Claims')
  ])
}

const cut = (bytes: Uint8Array, keep: number): Uint8Array => bytes.subarray(0, keep)

const SAFETENSORS_MAX_HEADER = 100_000_000

describe('malformed weight headers', () => {
  let root: string
  let scan: ScanOutcome
  const gguf = ggufBytes({
    metadata: { 'general.name': 'Cut', 'general.license': 'mit', 'general.tags': ['a', 'b'] },
    tensors: [{ name: 'w', shape: [32, 4], type: 0 }]
  })
  const safetensors = safetensorsBytes({ w: { dtype: 'F32', shape: [8, 8] } }, { format: 'pt' })
  const zip = torchZipBytes('archive')
  const onnx = onnxBytes({ metadata: { license: 'mit' } })
  const npy = npyBytes([4, 4])

  const files: Record<string, Uint8Array> = {
    'length-2-63/model.safetensors': lengthPrefixed(2n ** 63n, '{"w":{}}'),
    'length-max-u64/model.safetensors': lengthPrefixed(2n ** 64n - 1n, '{}'),
    'length-100mb-short-file/model.safetensors': lengthPrefixed(
      BigInt(SAFETENSORS_MAX_HEADER),
      '{"w": {"dtype": "F32"'
    ),
    'length-over-limit/model.safetensors': lengthPrefixed(BigInt(SAFETENSORS_MAX_HEADER + 1), '{'),
    'gguf-2-60-tensors/model.gguf': ggufClaiming(2n ** 60n, 1n),
    'gguf-2-60-kvs/model.gguf': ggufClaiming(1n, 2n ** 60n),
    'truncated/model.safetensors': cut(safetensors, 20),
    'truncated/length-only.safetensors': cut(safetensors, 5),
    // Inside the metadata KVs (the header is about 190 bytes).
    'truncated/model.gguf': cut(gguf, 100),
    'truncated/magic-only.gguf': cut(gguf, 6),
    'truncated/pytorch_model.bin': cut(zip, zip.length - 30),
    // Inside producer_name.
    'truncated/model.onnx': cut(onnx, 8),
    'truncated/weights.npy': cut(npy, 12),
    'empty/model.safetensors': new Uint8Array(0)
  }

  beforeAll(async () => {
    root = tempDir('weights')
    write(root, 'README.md', '# Broken weights\n')
    for (const [path, bytes] of Object.entries(files)) write(root, path, bytes)
    scan = await scanBoth(root)
  }, 30_000)

  afterAll(() => removeTree(root))

  it('finishes with a report that counts every file as a weight file', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.inventory.weightFiles).toBe(Object.keys(files).length)
  })

  it.each(Object.keys(files))('reports the problem with %s as a warning', (path) => {
    expect(scan.report.warnings.some((w) => w.startsWith(`${path}: `))).toBe(true)
  })

  it('says why the absurd claims were refused', () => {
    const warning = (path: string): string =>
      scan.report.warnings.find((w) => w.startsWith(`${path}: `)) ?? ''
    expect(warning('length-2-63/model.safetensors')).toMatch(/9223372036854775808.*limit/)
    expect(warning('length-100mb-short-file/model.safetensors')).toMatch(/file size|truncated/)
    expect(warning('gguf-2-60-tensors/model.gguf')).toMatch(/1152921504606846976 tensors/)
    expect(warning('gguf-2-60-kvs/model.gguf')).toMatch(/1152921504606846976 metadata KVs/)
  })

  it('reads no more from any file than its bytes plus 64 KiB, whatever it claims', () => {
    const largest = Math.max(...Object.values(files).map((b) => b.length))
    expect(scan.report.inventory.maxBytesReadPerWeight).toBeLessThanOrEqual(largest + 64 * 1024)
  })

  it('cites only existing paths and keeps the Markdown well formed', () => {
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})

describe('a safetensors header that claims the full 100 MB', () => {
  let root: string
  let scan: ScanOutcome

  beforeAll(async () => {
    root = tempDir('weights-100mb')
    // A sparse file big enough to hold the claimed header: the reader may read it (the format
    // allows it), but it is 100 MB of NUL bytes after '{', which is not JSON.
    const fd = openSync(join(root, 'model.safetensors'), 'w')
    try {
      const head = lengthPrefixed(BigInt(SAFETENSORS_MAX_HEADER), '{')
      writeSync(fd, head, 0, head.length, 0)
      ftruncateSync(fd, 8 + SAFETENSORS_MAX_HEADER + 1024)
    } finally {
      closeSync(fd)
    }
    scan = await scanBoth(root)
  }, 60_000)

  afterAll(() => removeTree(root))

  it('reports the header as invalid and stays within the header plus 64 KiB', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.warnings.some((w) => w.startsWith('model.safetensors: '))).toBe(true)
    expect(scan.report.inventory.maxBytesReadPerWeight).toBeLessThanOrEqual(
      8 + SAFETENSORS_MAX_HEADER + 64 * 1024
    )
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})
