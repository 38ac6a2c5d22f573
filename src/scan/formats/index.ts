import { ReadBudgetError, problemOf, withReadBudget } from './bytes.js'
import { readCoreMlHeader } from './coreml.js'
import { readGgufHeader } from './gguf.js'
import { LFS_POINTER_MAX_SIZE, parseLfsPointer } from './lfs.js'
import { HEADER_READ_SLACK, SNIFF_BYTES } from './limits.js'
import { readNemoHeader } from './nemo.js'
import { readOnnxHeader } from './onnx.js'
import { SAFETENSORS_MAX_HEADER, readSafetensorsHeader } from './safetensors.js'
import { probeHdf5UserBlock, readNpyHeader, sniffSignature } from './signatures.js'
import { readTfliteHeader } from './tflite.js'
import type { ByteSource, WeightFormat, WeightInfo } from './types.js'
import { inspectZipWeights } from './zip.js'

export type { ByteSource, LfsPointer, WeightFormat, WeightInfo } from './types.js'
export { bufferByteSource, openFileByteSource, withReadBudget } from './bytes.js'
export type { CountingByteSource } from './bytes.js'
export { readSafetensorsHeader, SAFETENSORS_MAX_HEADER } from './safetensors.js'
export { readGgufHeader, GGUF_READ_CAP } from './gguf.js'
export {
  compileLfsMatcher,
  isLfsTracked,
  LFS_POINTER_MAX_SIZE,
  parseGitattributesLfs,
  parseLfsPointer
} from './lfs.js'
export { inspectZipWeights, listZipEntries, ZIP_READ_CAP } from './zip.js'
export { readOnnxHeader, ONNX_READ_CAP } from './onnx.js'
export { readTfliteHeader } from './tflite.js'
export { readCoreMlHeader, COREML_READ_CAP } from './coreml.js'
export { listTarEntries, readNemoHeader, TAR_READ_CAP } from './nemo.js'
export { readNpyHeader, sniffSignature } from './signatures.js'
export { HEADER_READ_SLACK, SNIFF_BYTES } from './limits.js'

/**
 * The most bytes inspectWeightFile reads from any file, whatever it claims: the largest header a
 * format allows (a safetensors JSON header of SAFETENSORS_MAX_HEADER bytes plus its 8-byte length)
 * plus HEADER_READ_SLACK. Each reader also has its own, smaller cap (GGUF_READ_CAP, ZIP_READ_CAP,
 * ONNX_READ_CAP, COREML_READ_CAP, TAR_READ_CAP), so a file reads at most its header + slack.
 */
export const MAX_WEIGHT_READ_BYTES = 8 + SAFETENSORS_MAX_HEADER + HEADER_READ_SLACK

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** `training_args.bin`: a pickled TrainingArguments object: training metadata, not weights. */
export function isTrainingArgsFile(path: string): boolean {
  const name = baseName(path)
  // The extension test first: it rules out nearly every file without a regex.
  return TORCH_EXTENSIONS.has(extensionOf(name)) && /^training_args\.(bin|pt|pth)$/i.test(name)
}

const TORCH_EXTENSIONS: ReadonlySet<string> = new Set(['bin', 'pt', 'pth'])
/**
 * Every extension an optimizer-state or training-arguments name can end in: a file with another
 * extension is neither, whatever its name.
 */
export const STATE_EXTENSIONS: ReadonlySet<string> = new Set([
  'pt',
  'pth',
  'bin',
  'ckpt',
  'safetensors'
])

/** Optimizer, scheduler, grad-scaler and RNG state saved next to checkpoints: not weights. */
export function isOptimizerStateFile(path: string): boolean {
  const base = baseName(path)
  if (!STATE_EXTENSIONS.has(extensionOf(base))) return false
  const name = base.toLowerCase()
  return (
    /^(optimizer|scheduler|lr_scheduler|scaler)([._-][^/]*)?\.(pt|pth|bin|ckpt|safetensors)$/.test(
      name
    ) ||
    /^rng_state[^/]*\.pth?$/.test(name) ||
    /optim_states\.pt$/.test(name)
  )
}

const WEIGHT_EXTENSIONS = new Set([
  'safetensors',
  'gguf',
  'bin',
  'pt',
  'pth',
  'ckpt',
  'onnx',
  'onnx_data',
  'h5',
  'hdf5',
  'keras',
  'tflite',
  'mlmodel',
  'nemo',
  'pdparams',
  'engine',
  'plan',
  'ggml',
  'ot',
  'llamafile'
])

/** Extensions that hold weights only when the name says so (numpy arrays, sklearn pickles). */
const WEIGHT_IF_NAMED = new Set(['npz', 'npy', 'pkl', 'pickle', 'joblib'])
const WEIGHT_LIKE_NAME = /(weight|model|param|checkpoint|ckpt|state_dict)/i

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** The extensions isWeightFileName can say yes to (`x.onnx.data`, `saved_model.pb`, `x.data-00000-of-00001`). */
function mayBeWeightExtension(ext: string): boolean {
  return (
    WEIGHT_EXTENSIONS.has(ext) ||
    ext === 'msgpack' ||
    WEIGHT_IF_NAMED.has(ext) ||
    ext === 'data' ||
    ext === 'pb' ||
    ext.startsWith('data-')
  )
}

/**
 * True for files that hold model weights by name. Conservative: training arguments, optimizer
 * state, tokenizer files and vocab-only GGUF files are not weights.
 */
export function isWeightFileName(path: string, ext?: string): boolean {
  const name = baseName(path)
  // `ext`, when given, is extensionOf(name): the walk has it for every file and spares the slice.
  ext ??= extensionOf(name)
  // No rule below can hold for another extension: most files are decided here, without regexes.
  // ('' goes on: `.data-00000-of-00001` has no extension by extensionOf, yet the last rule holds.)
  if (ext !== '' && !mayBeWeightExtension(ext)) return false
  if (isTrainingArgsFile(name) || isOptimizerStateFile(name)) return false
  const lower = name.toLowerCase()
  if (lower.startsWith('tokenizer') || lower.startsWith('ggml-vocab')) return false
  if (WEIGHT_EXTENSIONS.has(ext)) return true
  if (ext === 'msgpack') return lower.startsWith('flax_model')
  if (WEIGHT_IF_NAMED.has(ext)) return WEIGHT_LIKE_NAME.test(name.slice(0, -ext.length - 1))
  if (lower.endsWith('.onnx.data')) return true
  if (lower === 'saved_model.pb') return true
  // TF checkpoints and SavedModel variables: <prefix>.data-00000-of-00001
  return /\.data-\d{5}-of-\d{5}$/.test(lower)
}

/** The format a file name suggests, used when the content cannot say (LFS pointers, no magic). */
export function formatFromName(path: string): WeightFormat {
  const name = baseName(path).toLowerCase()
  const ext = extensionOf(name)
  if (name === 'saved_model.pb' || /\.data-\d{5}-of-\d{5}$/.test(name)) {
    return 'tensorflow-savedmodel'
  }
  if (name.endsWith('.onnx.data')) return 'onnx'
  if (name.startsWith('openvino') && ext === 'bin') return 'openvino'
  const byExt: Record<string, WeightFormat> = {
    safetensors: 'safetensors',
    gguf: 'gguf',
    llamafile: 'gguf',
    onnx: 'onnx',
    onnx_data: 'onnx',
    h5: 'hdf5',
    hdf5: 'hdf5',
    keras: 'keras',
    tflite: 'tflite',
    mlmodel: 'coreml',
    nemo: 'nemo',
    msgpack: 'flax-msgpack',
    npy: 'numpy',
    npz: 'numpy',
    pkl: 'pickle',
    pickle: 'pickle',
    joblib: 'pickle',
    pdparams: 'pickle',
    ggml: 'ggml'
  }
  return byExt[ext] ?? 'unknown'
}

/**
 * Reads what a weight file's header says, choosing the reader by magic bytes first and by name
 * second (`.bin` is decided by magic). Never throws; reads at most the format's header plus
 * HEADER_READ_SLACK (and never more than MAX_WEIGHT_READ_BYTES).
 */
export async function inspectWeightFile(src: ByteSource, path: string): Promise<WeightInfo> {
  const budgeted = withReadBudget(src, MAX_WEIGHT_READ_BYTES)
  try {
    return await dispatch(budgeted, path)
  } catch (err) {
    const problem =
      err instanceof ReadBudgetError
        ? `stopped at the ${MAX_WEIGHT_READ_BYTES}-byte read cap`
        : problemOf(err)
    return { format: formatFromName(path), problem }
  }
}

async function dispatch(src: ByteSource, path: string): Promise<WeightInfo> {
  const name = baseName(path).toLowerCase()
  const ext = extensionOf(name)
  const byName = formatFromName(path)
  if (src.size === 0) return { format: byName, problem: 'file is empty' }
  const head = await src.read(0, Math.min(SNIFF_BYTES, src.size))
  const signature = sniffSignature(head, src.size)

  switch (signature) {
    case 'lfs-pointer': {
      if (src.size < LFS_POINTER_MAX_SIZE) {
        const pointer = parseLfsPointer(await src.read(0, src.size))
        if (pointer) {
          return {
            format: byName,
            problem: `Git LFS pointer to ${pointer.size} bytes (sha256 ${pointer.oid}); the weights are not checked out`
          }
        }
      }
      break
    }
    case 'gguf':
      return readGgufHeader(src)
    case 'zip': {
      const info = await inspectZipWeights(src)
      if (info.format === 'unknown' && ext === 'keras') info.format = 'keras'
      return info
    }
    case 'gzip':
      if (ext === 'nemo') return readNemoHeader(src)
      return { format: byName, problem: 'gzip-compressed; not inspected' }
    case 'hdf5':
      return { format: 'hdf5' }
    case 'pytorch-legacy':
      return { format: 'pytorch-legacy', containsPickle: true }
    case 'pickle':
      return { format: 'pickle', containsPickle: true }
    case 'numpy':
      return readNpyHeader(src)
    case 'tflite':
      return readTfliteHeader(src)
    case 'ggml':
      return { format: 'ggml' }
    case 'llamafile':
      return { format: 'gguf', problem: 'llamafile executable; the embedded weights were not read' }
    case 'safetensors':
      return readSafetensorsHeader(src)
    case null:
      break
  }

  switch (ext) {
    case 'safetensors':
      return readSafetensorsHeader(src)
    case 'gguf':
      return readGgufHeader(src)
    case 'onnx':
      return readOnnxHeader(src)
    case 'onnx_data':
      return { format: 'onnx', metadata: { 'onnx.external_data': 'true' } }
    case 'mlmodel':
      return readCoreMlHeader(src)
    case 'nemo':
      return readNemoHeader(src)
    case 'tflite':
      return readTfliteHeader(src)
    case 'h5':
    case 'hdf5':
    case 'keras':
      if (await probeHdf5UserBlock(src)) return { format: 'hdf5' }
      return { format: byName, problem: 'no HDF5 signature' }
    case 'msgpack': {
      // A msgpack state dict is a map: fixmap (0x80–0x8f), map16 (0xde) or map32 (0xdf).
      const b = head[0]!
      const isMap = (b >= 0x80 && b <= 0x8f) || b === 0xde || b === 0xdf
      return isMap
        ? { format: 'flax-msgpack' }
        : { format: 'flax-msgpack', problem: 'not a msgpack map' }
    }
    case 'engine':
    case 'plan':
      return { format: 'unknown', metadata: { container: 'tensorrt-engine' } }
    default:
      break
  }
  if (name.endsWith('.onnx.data')) {
    return { format: 'onnx', metadata: { 'onnx.external_data': 'true' } }
  }
  if (byName === 'tensorflow-savedmodel' || byName === 'openvino') return { format: byName }
  return { format: byName, problem: 'no recognised header (raw tensor data or an unknown format)' }
}

/** Parsed `*.index.json` of sharded weights. */
export interface ShardedIndex {
  totalSize?: number
  totalParameters?: number
  /** Distinct shard file names from weight_map, in first-seen order (unsafe names left out). */
  shards: string[]
  problem?: string
}

/** Largest index text parsed; real ones are a few hundred KiB. */
export const SHARDED_INDEX_MAX_TEXT = 64 * 1024 * 1024
const MAX_SHARDS = 100_000

/** A shard name must be a plain file name in the index's own folder. */
export function isSafeShardName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes('\0') &&
    !name.includes('..') &&
    name !== '.'
  )
}

function countField(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return Number(v)
  return undefined
}

/** Parses a sharded-weights index (`model.safetensors.index.json` and friends). */
export function parseShardedIndex(text: string): ShardedIndex {
  if (text.length > SHARDED_INDEX_MAX_TEXT) {
    return { shards: [], problem: 'index file is too large to parse' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    return { shards: [], problem: `index is not valid JSON: ${problemOf(err)}` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { shards: [], problem: 'index JSON is not an object' }
  }
  const obj = parsed as Record<string, unknown>
  const result: ShardedIndex = { shards: [] }
  const meta = obj['metadata']
  if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
    const m = meta as Record<string, unknown>
    const totalSize = countField(m['total_size'])
    const totalParameters = countField(m['total_parameters'])
    if (totalSize !== undefined) result.totalSize = totalSize
    if (totalParameters !== undefined) result.totalParameters = totalParameters
  }
  const map = obj['weight_map']
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    return { ...result, problem: 'index has no weight_map object' }
  }
  const seen = new Set<string>()
  const unsafe: string[] = []
  for (const value of Object.values(map as Record<string, unknown>)) {
    if (typeof value !== 'string') {
      if (unsafe.length < 3) unsafe.push(String(value))
      continue
    }
    if (seen.has(value)) continue
    if (!isSafeShardName(value)) {
      if (unsafe.length < 3) unsafe.push(value)
      continue
    }
    if (seen.size >= MAX_SHARDS) break
    seen.add(value)
  }
  result.shards = [...seen]
  if (unsafe.length > 0) {
    result.problem = `weight_map names unsafe shard files: ${unsafe.map((u) => JSON.stringify(u.slice(0, 100))).join(', ')}`
  }
  return result
}

const SHARD_RE = /^(.+)[-_](\d{5,6})-of-(\d{5,6})\.(safetensors|bin|gguf|pt|pth|h5|msgpack|ckpt)$/i

/** Parts of a shard name such as `model-00001-of-00004.safetensors`. */
export function parseShardName(
  path: string
): { base: string; index: number; total: number; extension: string } | null {
  const m = SHARD_RE.exec(baseName(path))
  if (!m) return null
  const index = Number(m[2])
  const total = Number(m[3])
  if (total < 1 || index < 1 || index > total) return null
  return { base: m[1]!, index, total, extension: m[4]!.toLowerCase() }
}

/** True for `<prefix>-00001-of-00004.<ext>`-style shard names. */
export function isShardName(path: string): boolean {
  return parseShardName(path) !== null
}
