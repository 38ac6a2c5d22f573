import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  coremlBytes,
  ggufBytes,
  lfsPointerText,
  npyBytes,
  onnxBytes,
  safetensorsBytes,
  safetensorsHeader,
  tarBytes,
  tfliteBytes,
  torchZipBytes,
  zipBytes
} from '../../scripts/weight-writers.mjs'
import {
  HEADER_READ_SLACK,
  MAX_WEIGHT_READ_BYTES,
  formatFromName,
  inspectWeightFile,
  isOptimizerStateFile,
  isShardName,
  isTrainingArgsFile,
  isWeightFileName,
  openFileByteSource,
  parseShardName,
  parseShardedIndex
} from '../../src/scan/formats/index.js'
import type { WeightInfo } from '../../src/scan/formats/index.js'
import { TORCH_LEGACY_MAGIC } from '../../src/scan/formats/signatures.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-index-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let counter = 0
/** Writes a real file (optionally grown sparse) and inspects it as the scanner would. */
async function inspect(
  name: string,
  bytes: Uint8Array | string,
  sizeOnDisk?: number
): Promise<{ info: WeightInfo; bytesRead: number }> {
  const path = join(dir, `${counter++}-${name.replace(/\//g, '_')}`)
  await writeFile(path, bytes)
  if (sizeOnDisk !== undefined) await truncate(path, sizeOnDisk)
  const { source, close } = await openFileByteSource(path)
  try {
    return { info: await inspectWeightFile(source, name), bytesRead: source.bytesRead }
  } finally {
    await close()
  }
}

describe('isWeightFileName', () => {
  const weights = [
    'model.safetensors',
    'model-00001-of-00002.safetensors',
    'sub/dir/model.gguf',
    'pytorch_model.bin',
    'adapter_model.bin',
    'model.pt',
    'consolidated.00.pth',
    'last.ckpt',
    'model.onnx',
    'model.onnx_data',
    'model.onnx.data',
    'tf_model.h5',
    'weights.hdf5',
    'model.keras',
    'model.tflite',
    'Model.mlmodel',
    'asr.nemo',
    'flax_model.msgpack',
    'model.pdparams',
    'model.engine',
    'model.plan',
    'ggml-model-q4_0.bin',
    'rust_model.ot',
    'model.llamafile',
    'weights.npz',
    'model_weights.npy',
    'model.pkl',
    'model.joblib',
    'saved_model.pb',
    'variables/variables.data-00000-of-00001',
    'model.ckpt-1000.data-00000-of-00001',
    'openvino_model.bin',
    // Names whose extension by extensionOf is '' or mixed case still meet the name rules.
    '.data-00000-of-00001',
    'MODEL.SafeTensors',
    'SAVED_MODEL.PB',
    'Model.ONNX.Data'
  ]
  it.each(weights)('%s is a weight file', (name) => {
    expect(isWeightFileName(name)).toBe(true)
  })

  const notWeights = [
    'tokenizer.model',
    'tokenizer.json',
    'tokenizer.bin',
    'training_args.bin',
    'optimizer.pt',
    'optimizer.bin',
    'scheduler.pt',
    'rng_state.pth',
    'rng_state_3.pth',
    'scaler.pt',
    'global_step100/zero_pp_rank_0_mp_rank_00_optim_states.pt',
    'config.json',
    'model.safetensors.index.json',
    'data.npy',
    'labels.npz',
    'cache.pkl',
    'other.msgpack',
    'ggml-vocab-llama.gguf',
    'README.md',
    'variables/variables.index',
    'Training_Args.BIN',
    'OPTIMIZER.PT',
    'RNG_STATE.PTH',
    'Makefile',
    '.safetensors',
    'model.data-0000-of-00001'
  ]
  it.each(notWeights)('%s is not a weight file', (name) => {
    expect(isWeightFileName(name)).toBe(false)
  })

  it('tells training arguments and optimizer state apart', () => {
    expect(isTrainingArgsFile('checkpoint-500/training_args.bin')).toBe(true)
    expect(isTrainingArgsFile('pytorch_model.bin')).toBe(false)
    expect(isOptimizerStateFile('checkpoint-500/optimizer.pt')).toBe(true)
    expect(isOptimizerStateFile('bf16_zero_pp_rank_0_mp_rank_00_optim_states.pt')).toBe(true)
    expect(isOptimizerStateFile('mp_rank_00_model_states.pt')).toBe(false)
  })
})

describe('formatFromName', () => {
  it.each([
    ['a.safetensors', 'safetensors'],
    ['a.gguf', 'gguf'],
    ['a.onnx', 'onnx'],
    ['a.onnx.data', 'onnx'],
    ['a.h5', 'hdf5'],
    ['a.mlmodel', 'coreml'],
    ['flax_model.msgpack', 'flax-msgpack'],
    ['saved_model.pb', 'tensorflow-savedmodel'],
    ['openvino_model.bin', 'openvino'],
    ['pytorch_model.bin', 'unknown']
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format)
  })
})

describe('inspectWeightFile', () => {
  it('reads safetensors', async () => {
    const bytes = safetensorsBytes({ w: { dtype: 'F16', shape: [4, 4] } }, { format: 'pt' })
    const { info } = await inspect('model.safetensors', bytes)
    expect(info).toMatchObject({ format: 'safetensors', tensorCount: 1, parameterCount: 16 })
  })

  it('reads GGUF', async () => {
    const bytes = ggufBytes({
      metadata: { 'general.name': 'G', 'general.license': 'mit' },
      tensors: [{ name: 'w', shape: [8], type: 0 }]
    })
    const { info } = await inspect('model.gguf', bytes)
    expect(info).toMatchObject({
      format: 'gguf',
      modelName: 'G',
      license: 'mit',
      parameterCount: 8
    })
  })

  it('decides .bin by magic: torch zip, legacy torch, GGUF, safetensors, raw', async () => {
    expect((await inspect('pytorch_model.bin', torchZipBytes('archive'))).info).toMatchObject({
      format: 'pytorch-zip',
      containsPickle: true
    })
    const legacy = new Uint8Array([...TORCH_LEGACY_MAGIC, 0x80, 0x02, 0x7d, 0x2e])
    expect((await inspect('pytorch_model.bin', legacy)).info).toEqual({
      format: 'pytorch-legacy',
      containsPickle: true
    })
    const gguf = ggufBytes({ metadata: { 'general.name': 'InBin' } })
    expect((await inspect('ggml-model.bin', gguf)).info.modelName).toBe('InBin')
    const st = safetensorsBytes({ w: { dtype: 'U8', shape: [2] } })
    expect((await inspect('model.bin', st)).info.format).toBe('safetensors')
    const raw = (await inspect('openvino_model.bin', new Uint8Array(256).fill(3))).info
    expect(raw).toEqual({ format: 'openvino' })
    const unknown = (await inspect('weights.bin', new Uint8Array(256).fill(3))).info
    expect(unknown.format).toBe('unknown')
    expect(unknown.problem).toMatch(/no recognised header/)
  })

  it('reads ONNX, Core ML, TFLite, NeMo, npy and npz', async () => {
    const onnx = await inspect('model.onnx', onnxBytes({ metadata: { license: 'mit' } }))
    expect(onnx.info).toMatchObject({ format: 'onnx', license: 'mit' })
    const coreml = await inspect('m.mlmodel', coremlBytes({ license: 'Apache-2.0' }))
    expect(coreml.info).toMatchObject({ format: 'coreml', license: 'Apache-2.0' })
    expect((await inspect('m.tflite', tfliteBytes())).info).toEqual({ format: 'tflite' })
    const nemo = await inspect('m.nemo', tarBytes({ 'model_config.yaml': 'a: 1' }))
    expect(nemo.info).toEqual({ format: 'nemo', entries: ['model_config.yaml'] })
    expect((await inspect('w.npy', npyBytes([2, 2]))).info.parameterCount).toBe(4)
    const npz = await inspect('weights.npz', zipBytes({ 'a.npy': npyBytes([1]) }))
    expect(npz.info.format).toBe('numpy')
  })

  it('recognises HDF5 at offset 0 and after a 512-byte user block', async () => {
    const sig = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]
    const at0 = new Uint8Array(1024)
    at0.set(sig, 0)
    expect((await inspect('tf_model.h5', at0)).info).toEqual({ format: 'hdf5' })
    const at512 = new Uint8Array(1024)
    at512.set(sig, 512)
    expect((await inspect('model.h5', at512)).info).toEqual({ format: 'hdf5' })
    const none = await inspect('model.h5', new Uint8Array(4096))
    expect(none.info.problem).toMatch(/no HDF5 signature/)
  })

  it('recognises pickles, GGML, Flax msgpack, TensorRT and llamafile by magic or name', async () => {
    expect((await inspect('model.pkl', Uint8Array.of(0x80, 0x04, 0x95))).info).toEqual({
      format: 'pickle',
      containsPickle: true
    })
    expect(
      (await inspect('ggml-model-f16.bin', new TextEncoder().encode('lmgg....'))).info
    ).toEqual({
      format: 'ggml'
    })
    expect((await inspect('flax_model.msgpack', Uint8Array.of(0x82, 0xa1))).info).toEqual({
      format: 'flax-msgpack'
    })
    expect((await inspect('model.engine', new Uint8Array(8))).info.metadata).toEqual({
      container: 'tensorrt-engine'
    })
    const llamafile = await inspect('m.llamafile', new TextEncoder().encode("MZqFpD='\n"))
    expect(llamafile.info.format).toBe('gguf')
  })

  it('says when a weight file is a Git LFS pointer', async () => {
    const oid = 'ab'.repeat(32)
    const { info } = await inspect('model.safetensors', lfsPointerText(oid, 5_000_000_000))
    expect(info.format).toBe('safetensors')
    expect(info.problem).toMatch(/Git LFS pointer to 5000000000 bytes/)
  })

  it('gives a problem for an empty file', async () => {
    expect((await inspect('model.safetensors', new Uint8Array(0))).info).toEqual({
      format: 'safetensors',
      problem: 'file is empty'
    })
  })

  it('reads at most header + 64 KiB from sparse multi-gigabyte files of each format', async () => {
    const big = 50 * 1024 ** 3
    const { header } = safetensorsHeader({ w: { dtype: 'F16', shape: [25 * 1024 ** 3] } })
    const gguf = ggufBytes({ metadata: { 'general.name': 'x' } })
    const onnx = onnxBytes({ graphBytes: 16 })
    const coreml = coremlBytes({ author: 'a' })
    // A tar's header is its 512-byte member header; the member's data is skipped.
    const nemo = tarBytes({ 'model_config.yaml': 'a' })
    const files: [string, Uint8Array, number][] = [
      ['model.safetensors', header, header.length],
      ['model.gguf', gguf, gguf.length],
      ['model.onnx', onnx, onnx.length],
      ['m.mlmodel', coreml, coreml.length],
      ['m.nemo', nemo, 1024],
      ['model.bin', new Uint8Array(64), 0],
      ['model.h5', new Uint8Array(64), 0]
    ]
    for (const [name, bytes, headerSize] of files) {
      const { bytesRead } = await inspect(name, bytes, big)
      const within = bytesRead <= headerSize + HEADER_READ_SLACK
      expect({ name, bytesRead, within }).toEqual({ name, bytesRead, within: true })
    }
    expect(MAX_WEIGHT_READ_BYTES).toBeGreaterThan(100_000_000)
  })
})

describe('parseShardedIndex', () => {
  it('reads totals and distinct shard names in order', () => {
    const text = JSON.stringify({
      metadata: { total_size: 28_966_928_384, total_parameters: 7_241_732_096 },
      weight_map: {
        'a.weight': 'model-00001-of-00002.safetensors',
        'b.weight': 'model-00002-of-00002.safetensors',
        'c.weight': 'model-00001-of-00002.safetensors'
      }
    })
    expect(parseShardedIndex(text)).toEqual({
      totalSize: 28_966_928_384,
      totalParameters: 7_241_732_096,
      shards: ['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors']
    })
  })

  it('rejects shard names with path separators or dot-dot', () => {
    const text = JSON.stringify({
      weight_map: {
        a: '../secret.safetensors',
        b: 'sub/model.safetensors',
        c: 'C:\\x.safetensors',
        d: 'ok.safetensors'
      }
    })
    const index = parseShardedIndex(text)
    expect(index.shards).toEqual(['ok.safetensors'])
    expect(index.problem).toMatch(/unsafe shard files.*secret.*sub\/model.*C:/)
  })

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['an array', '[]', /not an object/],
    ['no weight_map', '{"metadata":{}}', /no weight_map/],
    ['a non-string shard', '{"weight_map":{"a":5}}', /unsafe shard files: "5"/]
  ])('gives a problem for %s', (_name, text, problem) => {
    expect(parseShardedIndex(text).problem).toMatch(problem)
  })

  it('accepts a numeric string total_size and ignores a negative one', () => {
    expect(parseShardedIndex('{"metadata":{"total_size":"123"},"weight_map":{}}').totalSize).toBe(
      123
    )
    expect(
      parseShardedIndex('{"metadata":{"total_size":-1},"weight_map":{}}').totalSize
    ).toBeUndefined()
  })
})

describe('isShardName', () => {
  it.each([
    ['model-00001-of-00004.safetensors', true],
    ['sub/model-00004-of-00004.safetensors', true],
    ['pytorch_model-00001-of-00002.bin', true],
    ['qwen2-7b-instruct-q8_0-00001-of-00003.gguf', true],
    ['model_000001-of-000010.safetensors', true],
    ['model-00005-of-00004.safetensors', false],
    ['model-00000-of-00004.safetensors', false],
    ['model-1-of-4.safetensors', false],
    ['model.safetensors', false]
  ])('%s → %s', (name, expected) => {
    expect(isShardName(name)).toBe(expected)
  })

  it('parses the parts', () => {
    expect(parseShardName('model-00002-of-00009.safetensors')).toEqual({
      base: 'model',
      index: 2,
      total: 9,
      extension: 'safetensors'
    })
  })
})
