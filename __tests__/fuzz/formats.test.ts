import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  coremlBytes,
  ggufBytes,
  lfsPointerText,
  npyBytes,
  onnxBytes,
  safetensorsBytes,
  tarBytes,
  torchZipBytes,
  zipBytes
} from '../../scripts/weight-writers.mjs'
import { MAX_SINGLE_READ, bufferByteSource } from '../../src/scan/formats/bytes.js'
import { COREML_READ_CAP, readCoreMlHeader } from '../../src/scan/formats/coreml.js'
import { GGUF_READ_CAP, readGgufHeader } from '../../src/scan/formats/gguf.js'
import {
  MAX_WEIGHT_READ_BYTES,
  inspectWeightFile,
  parseShardedIndex
} from '../../src/scan/formats/index.js'
import { isLfsTracked, parseGitattributesLfs, parseLfsPointer } from '../../src/scan/formats/lfs.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import { TAR_READ_CAP, readNemoHeader } from '../../src/scan/formats/nemo.js'
import { ONNX_READ_CAP, readOnnxHeader } from '../../src/scan/formats/onnx.js'
import {
  SAFETENSORS_MAX_HEADER,
  readSafetensorsHeader
} from '../../src/scan/formats/safetensors.js'
import { readNpyHeader } from '../../src/scan/formats/signatures.js'
import { readTfliteHeader } from '../../src/scan/formats/tflite.js'
import type { ByteSource, WeightInfo } from '../../src/scan/formats/types.js'
import { ZIP_READ_CAP, ZIP_SMALL_ENTRY_CAP, inspectZipWeights } from '../../src/scan/formats/zip.js'

const numRuns = Number(process.env.FUZZ_RUNS ?? 200)
/** Long fuzz runs (FUZZ_RUNS=100000) take longer than jest's default per-test timeout. */
const timeout = Math.max(60_000, numRuns * 2)

/**
 * A source of `size` bytes: `prefix` then zeros, generated on demand so a file can claim terabytes.
 * It records the bytes handed out and fails any single read larger than the file source allows.
 */
function virtualSource(prefix: Uint8Array, size: number): ByteSource & { bytesRead: number } {
  const src = {
    size,
    bytesRead: 0,
    async read(position: number, length: number): Promise<Uint8Array> {
      if (
        !Number.isSafeInteger(position) ||
        position < 0 ||
        !Number.isSafeInteger(length) ||
        length < 0
      ) {
        throw new RangeError('bad read')
      }
      const n = Math.max(0, Math.min(length, size - position))
      if (n > MAX_SINGLE_READ) throw new RangeError('oversized read')
      const out = new Uint8Array(n)
      if (position < prefix.length) out.set(prefix.subarray(position, position + n))
      src.bytesRead += n
      return out
    }
  }
  return src
}

type Reader = (src: ByteSource) => Promise<WeightInfo>

/** Each reader with the most it may read from any file: its own cap plus the slack. */
const readers: [string, Reader, number][] = [
  ['safetensors', readSafetensorsHeader, 8 + SAFETENSORS_MAX_HEADER + HEADER_READ_SLACK],
  ['gguf', (s) => readGgufHeader(s), GGUF_READ_CAP + HEADER_READ_SLACK],
  ['zip', inspectZipWeights, ZIP_READ_CAP + ZIP_SMALL_ENTRY_CAP + 2 * HEADER_READ_SLACK],
  ['onnx', readOnnxHeader, ONNX_READ_CAP],
  ['coreml', readCoreMlHeader, COREML_READ_CAP],
  ['tflite', readTfliteHeader, 8],
  ['nemo', readNemoHeader, TAR_READ_CAP + 512],
  ['npy', readNpyHeader, 12 + 64 * 1024],
  ['inspect .bin', (s) => inspectWeightFile(s, 'pytorch_model.bin'), MAX_WEIGHT_READ_BYTES]
]

function isWeightInfo(info: unknown): info is WeightInfo {
  return (
    typeof info === 'object' &&
    info !== null &&
    typeof (info as WeightInfo).format === 'string' &&
    ((info as WeightInfo).problem === undefined || typeof (info as WeightInfo).problem === 'string')
  )
}

/** Valid files of every format, the seeds for mutation. */
const seeds: Uint8Array[] = [
  safetensorsBytes(
    { a: { dtype: 'F16', shape: [2, 3] }, b: { dtype: 'I8', shape: [4] } },
    { format: 'pt', license: 'mit' }
  ),
  ggufBytes({
    metadata: {
      'general.name': 'n',
      'general.license': 'mit',
      'general.tags': ['a', 'b'],
      'tokenizer.ggml.tokens': ['x', 'y'],
      'tokenizer.ggml.scores': [0.5, 1.5]
    },
    tensors: [{ name: 'w', shape: [4, 2], type: 0 }]
  }),
  torchZipBytes('m'),
  zipBytes({ 'config.json': '{}', 'metadata.json': '{"keras_version":"3"}' }, { compress: true }),
  zipBytes({ 'a.npy': npyBytes([2]) }, { zip64: true }),
  onnxBytes({ metadata: { license: 'mit' }, graphBytes: 8 }),
  coremlBytes({ author: 'a', license: 'MIT', userDefined: { k: 'v' } }),
  tarBytes({ 'model_config.yaml': 'a: 1', 'model_weights.ckpt': 'x' }),
  npyBytes([3, 2])
]

const mutation = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
  cut: fc.option(fc.nat(), { nil: undefined })
})

function mutate({
  seed,
  edits,
  cut
}: {
  seed: number
  edits: [number, number][]
  cut: number | undefined
}): Uint8Array {
  const bytes = seeds[seed]!.slice()
  for (const [at, value] of edits) bytes[at % bytes.length] = value
  return cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1))
}

describe('header readers never throw and never read past their cap', () => {
  it.each(readers)(
    '%s on arbitrary bytes',
    async (_name, read, cap) => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
          const src = bufferByteSource(bytes)
          const info = await read(src)
          expect(isWeightInfo(info)).toBe(true)
          expect(src.bytesRead).toBeLessThanOrEqual(cap)
        }),
        { numRuns }
      )
    },
    timeout
  )

  it.each(readers)(
    '%s on mutated valid files',
    async (_name, read, cap) => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const src = bufferByteSource(mutate(m))
          const info = await read(src)
          expect(isWeightInfo(info)).toBe(true)
          expect(src.bytesRead).toBeLessThanOrEqual(cap)
        }),
        { numRuns }
      )
    },
    timeout
  )

  it.each(readers)(
    '%s on mutated headers of a file that claims to be huge',
    async (_name, read, cap) => {
      await fc.assert(
        fc.asyncProperty(
          mutation,
          fc.integer({ min: 1024, max: Number.MAX_SAFE_INTEGER }),
          async (m, size) => {
            const src = virtualSource(mutate(m), size)
            const info = await read(src)
            expect(isWeightInfo(info)).toBe(true)
            expect(src.bytesRead).toBeLessThanOrEqual(cap)
          }
        ),
        { numRuns: Math.min(numRuns, 2000) }
      )
    }
  )

  it(
    'inspectWeightFile resolves for any name and content',
    async () => {
      const names = fc.constantFrom(
        'model.safetensors',
        'model.gguf',
        'model.onnx',
        'model.mlmodel',
        'model.nemo',
        'model.tflite',
        'model.h5',
        'model.keras',
        'flax_model.msgpack',
        'weights.npy',
        'model.engine',
        'model.onnx.data',
        'whatever'
      )
      await fc.assert(
        fc.asyncProperty(
          names,
          fc.oneof(fc.uint8Array({ maxLength: 300 }), mutation.map(mutate)),
          async (name, bytes) => {
            const src = bufferByteSource(bytes)
            const info = await inspectWeightFile(src, name)
            expect(isWeightInfo(info)).toBe(true)
          }
        ),
        { numRuns }
      )
    },
    timeout
  )
})

describe('text parsers never throw', () => {
  it(
    'parseLfsPointer returns a pointer or null for any bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 1100 }), (bytes) => {
          const pointer = parseLfsPointer(bytes)
          expect(pointer === null || /^[0-9a-f]{64}$/.test(pointer.oid)).toBe(true)
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'parseShardedIndex returns shards without unsafe names for any JSON',
    () => {
      const shardName = fc.oneof(
        fc.string(),
        fc.constantFrom('../x', 'a/b', 'ok.safetensors', '..')
      )
      const index = fc.record({
        metadata: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
        weight_map: fc.oneof(fc.dictionary(fc.string(), shardName), fc.jsonValue())
      })
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            index.map((v) => JSON.stringify(v))
          ),
          (text) => {
            const result = parseShardedIndex(text)
            expect(Array.isArray(result.shards)).toBe(true)
            for (const s of result.shards) expect(/[/\\]|\.\./.test(s)).toBe(false)
          }
        ),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'gitattributes parsing and matching accept any text and path',
    () => {
      const line = fc.oneof(
        fc.string(),
        fc
          .tuple(
            fc.string({ maxLength: 20 }),
            fc.constantFrom('filter=lfs', '-filter', '!filter', 'text')
          )
          .map(([p, a]) => `${p} ${a}`)
      )
      fc.assert(
        fc.property(
          fc.array(line, { maxLength: 6 }),
          fc.string({ maxLength: 60 }),
          (lines, path) => {
            const text = lines.join('\n')
            expect(Array.isArray(parseGitattributesLfs(text))).toBe(true)
            expect(typeof isLfsTracked(path, text)).toBe('boolean')
          }
        ),
        { numRuns }
      )
    },
    timeout
  )
})

describe('LFS pointers round-trip', () => {
  it(
    'parses what the writer writes',
    () => {
      const oid = fc
        .uint8Array({ minLength: 32, maxLength: 32 })
        .map((b) => Buffer.from(b).toString('hex'))
      fc.assert(
        fc.property(oid, fc.maxSafeNat(), (hex, size) => {
          const text = lfsPointerText(hex, size)
          expect(parseLfsPointer(new TextEncoder().encode(text))).toEqual({
            oid: hex,
            size,
            version: 'https://git-lfs.github.com/spec/v1'
          })
        }),
        { numRuns }
      )
    },
    timeout
  )
})
