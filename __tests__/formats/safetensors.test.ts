import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { safetensorsBytes, safetensorsHeader } from '../../scripts/weight-writers.mjs'
import { bufferByteSource, openFileByteSource } from '../../src/scan/formats/bytes.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import {
  SAFETENSORS_MAX_HEADER,
  parseSafetensorsJson,
  readSafetensorsHeader
} from '../../src/scan/formats/safetensors.js'
import type { WeightInfo } from '../../src/scan/formats/types.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-safetensors-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Writes bytes to a real file and reads its header through openFileByteSource. */
async function readFile(
  name: string,
  bytes: Uint8Array,
  sizeOnDisk?: number
): Promise<{ info: WeightInfo; bytesRead: number }> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  if (sizeOnDisk !== undefined) await truncate(path, sizeOnDisk)
  const { source, close } = await openFileByteSource(path)
  try {
    const info = await readSafetensorsHeader(source)
    return { info, bytesRead: source.bytesRead }
  } finally {
    await close()
  }
}

function withLength(length: bigint, rest: Uint8Array = new Uint8Array(0)): Uint8Array {
  const out = new Uint8Array(8 + rest.length)
  new DataView(out.buffer).setBigUint64(0, length, true)
  out.set(rest, 8)
  return out
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('readSafetensorsHeader on real files', () => {
  it('counts tensors, parameters and parameters per dtype, and reads metadata', async () => {
    const bytes = safetensorsBytes(
      {
        'model.embed.weight': { dtype: 'BF16', shape: [10, 4] },
        'model.norm.weight': { dtype: 'F32', shape: [4] },
        'lm_head.weight': { dtype: 'BF16', shape: [10, 4] },
        scalar: { dtype: 'I64', shape: [] }
      },
      { format: 'pt', license: 'apache-2.0', total_parameters: '85' }
    )
    const { info, bytesRead } = await readFile('model.safetensors', bytes)
    expect(info).toEqual({
      format: 'safetensors',
      tensorCount: 4,
      parameterCount: 85,
      dtypes: { BF16: 80, F32: 4, I64: 1 },
      metadata: { format: 'pt', license: 'apache-2.0', total_parameters: '85' },
      license: 'apache-2.0'
    })
    const headerLength = Number(new DataView(bytes.buffer).getBigUint64(0, true))
    expect(bytesRead).toBe(8 + headerLength)
  })

  it('parses a sparse 100 GB file while reading only its header', async () => {
    const { header, dataSize } = safetensorsHeader({
      'huge.weight': { dtype: 'F16', shape: [50_000, 1_000_000] }
    })
    expect(dataSize).toBe(100_000_000_000)
    const { info, bytesRead } = await readFile('huge.safetensors', header, header.length + dataSize)
    expect(info.problem).toBeUndefined()
    expect(info.parameterCount).toBe(50_000_000_000)
    expect(info.dtypes).toEqual({ F16: 50_000_000_000 })
    expect(bytesRead).toBeLessThanOrEqual(header.length + HEADER_READ_SLACK)
  })

  it('sums element counts as BigInt, exactly', () => {
    // Three tensors whose bytes fit the (declared) data buffer: 2^52 + 2^52 + 3 elements.
    const json = JSON.stringify({
      a: { dtype: 'U8', shape: [2 ** 25, 2 ** 27], data_offsets: [0, 2 ** 52] },
      b: { dtype: 'BOOL', shape: [2 ** 52], data_offsets: [2 ** 52, 2 ** 53 - 1] },
      c: { dtype: 'U8', shape: [3], data_offsets: [2 ** 52, 2 ** 52 + 3] }
    })
    const info = parseSafetensorsJson(utf8(json), 2 ** 53 - 1)
    // b is one byte short of its shape, so only a and c count.
    expect(info.parameterCount).toBe(2 ** 52 + 3)
    expect(info.problem).toMatch(/"b" byte length does not match/)
  })

  it('does not believe a shape whose bytes are not in the file (114-byte header, 2^40 × 2^40)', async () => {
    const json = JSON.stringify({
      w: { dtype: 'F16', shape: [2 ** 40, 2 ** 40], data_offsets: [0, 2] }
    })
    const bytes = new Uint8Array([...withLength(BigInt(json.length), utf8(json)), 0, 0])
    expect(bytes.length).toBeLessThan(120)
    const info = await readSafetensorsHeader(bufferByteSource(bytes))
    expect(info.parameterCount).toBe(0)
    expect(info.tensorCount).toBe(1)
    expect(info.problem).toMatch(/byte length does not match/)

    const pastEnd = JSON.stringify({
      w: { dtype: 'F16', shape: [2 ** 40, 2 ** 40], data_offsets: [0, 2 ** 50] }
    })
    const truncated = await readSafetensorsHeader(
      bufferByteSource(withLength(BigInt(pastEnd.length), utf8(pastEnd)))
    )
    expect(truncated.parameterCount).toBe(0)
    expect(truncated.problem).toMatch(/past the 0-byte data buffer/)
  })

  it('does not believe more elements of an unknown dtype than its bytes hold', () => {
    const json = JSON.stringify({ t: { dtype: 'F2_NEW', shape: [9], data_offsets: [0, 1] } })
    const info = parseSafetensorsJson(utf8(json), 1)
    expect(info.parameterCount).toBe(0)
    expect(info.problem).toMatch(/more elements than its bytes can hold/)
  })

  it('keeps unknown dtypes and does not reject the file', async () => {
    const json = JSON.stringify({ t: { dtype: 'F2_NEW', shape: [3], data_offsets: [0, 1] } })
    const bytes = new Uint8Array([...withLength(BigInt(json.length), utf8(json)), 0])
    const info = await readSafetensorsHeader(bufferByteSource(bytes))
    expect(info.problem).toBeUndefined()
    expect(info.dtypes).toEqual({ F2_NEW: 3 })
  })

  it('finds a licence under a differently-cased key and ignores non-string metadata', async () => {
    const json = JSON.stringify({ __metadata__: { License: ' MIT ', n: 3 } })
    const info = await readSafetensorsHeader(
      bufferByteSource(withLength(BigInt(json.length), utf8(json)))
    )
    expect(info.license).toBe('MIT')
    expect(info.metadata).toEqual({ License: ' MIT ' })
    expect(info.problem).toMatch(/not a string/)
    expect(info.tensorCount).toBe(0)
  })

  it('stores a "__proto__" metadata key as data without touching prototypes', async () => {
    const json = '{"__metadata__":{"__proto__":"x","format":"pt"}}'
    const info = await readSafetensorsHeader(
      bufferByteSource(withLength(BigInt(json.length), utf8(json)))
    )
    expect(Object.getPrototypeOf(info.metadata)).toBe(Object.prototype)
    expect(Object.keys(info.metadata ?? {})).toEqual(['__proto__', 'format'])
  })

  it('reports a byte length that does not match shape × dtype', async () => {
    const json = JSON.stringify({ t: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } })
    const bytes = new Uint8Array([
      ...withLength(BigInt(json.length), utf8(json)),
      ...new Uint8Array(8)
    ])
    const info = await readSafetensorsHeader(bufferByteSource(bytes))
    expect(info.problem).toMatch(/does not match/)
    expect(info.parameterCount).toBe(0)
    expect(info.tensorCount).toBe(1)
  })
})

describe('readSafetensorsHeader on hostile input', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['header length 2^63', withLength(2n ** 63n, utf8('{}')), /exceeds the 100000000-byte limit/],
    ['header length 2^64-1', withLength(2n ** 64n - 1n), /exceeds the 100000000-byte limit/],
    [
      'header length 100 MB + 1',
      withLength(BigInt(SAFETENSORS_MAX_HEADER + 1), utf8('{}')),
      /exceeds the 100000000-byte limit/
    ],
    ['header length past the end', withLength(100n, utf8('{"a":1}')), /exceeds the file size/],
    ['header length 0', withLength(0n, utf8('{}')), /header length is 0/],
    ['a file shorter than 8 bytes', Uint8Array.from([1, 2, 3]), /shorter than the 8-byte/],
    ['JSON that is an array', withLength(2n, utf8('[]')), /does not start with/],
    ['JSON that is a string', withLength(4n, utf8('"ab"')), /does not start with/],
    ['JSON that is null after a brace check', withLength(4n, utf8('{"a"')), /not valid JSON/],
    ['invalid UTF-8', withLength(3n, Uint8Array.from([0x7b, 0xff, 0x7d])), /not valid UTF-8/],
    [
      'a tensor that is not an object',
      withLength(9n, utf8('{"a":123}')),
      /tensor "a" is not an object/
    ],
    [
      'a negative dimension',
      withLength(
        48n,
        utf8('{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}}').subarray(0, 48)
      ),
      /not valid JSON|invalid dimension/
    ]
  ]
  it.each(cases)('%s gives a problem and never throws', async (_name, bytes, problem) => {
    const src = bufferByteSource(bytes)
    const info = await readSafetensorsHeader(src)
    expect(info.format).toBe('safetensors')
    expect(info.problem).toMatch(problem)
    expect(src.bytesRead).toBeLessThanOrEqual(bytes.length)
  })

  it('does not read the body when the length is 100 MB + 1 in a file that big', async () => {
    // A 100 MB + 9 byte sparse file: the length is one byte over the limit.
    const { info, bytesRead } = await readFile(
      'over-limit.safetensors',
      withLength(BigInt(SAFETENSORS_MAX_HEADER + 1)),
      SAFETENSORS_MAX_HEADER + 9
    )
    expect(info.problem).toMatch(/exceeds/)
    expect(bytesRead).toBe(8)
  })

  it('reports a truncated file whose tensors run past the end', async () => {
    const bytes = safetensorsBytes({ a: { dtype: 'F32', shape: [64] } })
    const { info } = await readFile('truncated.safetensors', bytes.subarray(0, bytes.length - 10))
    expect(info.problem).toMatch(/past the .* data buffer/)
    expect(info.tensorCount).toBe(1)
  })
})
