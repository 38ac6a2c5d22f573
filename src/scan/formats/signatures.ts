import { decodeUtf8, problemOf, readExact } from './bytes.js'
import { hasTfliteIdentifier } from './tflite.js'
import type { ByteSource, WeightInfo } from './types.js'

/** What the first bytes of a file say it is. */
export type Signature =
  | 'gguf'
  | 'zip'
  | 'gzip'
  | 'hdf5'
  | 'pytorch-legacy'
  | 'pickle'
  | 'numpy'
  | 'tflite'
  | 'ggml'
  | 'llamafile'
  | 'safetensors'
  | 'lfs-pointer'

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false
  return true
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0))
}

export const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a] as const
/** Offsets where an HDF5 superblock may start (after a user block), besides 0. */
export const HDF5_PROBE_OFFSETS = [512, 1024, 2048] as const
/** pickle.dumps(0x1950a86a20f9469cfc6c, protocol=2): torch's legacy magic number. */
export const TORCH_LEGACY_MAGIC = [
  0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e
] as const
const NPY_MAGIC = [0x93, ...ascii('NUMPY')]
const GGML_MAGICS = [ascii('lmgg'), ascii('fmgg'), ascii('tjgg')]

/**
 * Identifies a file from its first bytes (SNIFF_BYTES suffice). `size` lets the safetensors check
 * see that the claimed header fits the file.
 */
export function sniffSignature(head: Uint8Array, size: number): Signature | null {
  if (startsWith(head, ascii('GGUF'))) return 'gguf'
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip'
  }
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip'
  if (startsWith(head, HDF5_SIGNATURE)) return 'hdf5'
  if (startsWith(head, TORCH_LEGACY_MAGIC)) return 'pytorch-legacy'
  if (head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5) return 'pickle'
  if (startsWith(head, NPY_MAGIC)) return 'numpy'
  if (hasTfliteIdentifier(head)) return 'tflite'
  if (GGML_MAGICS.some((m) => startsWith(head, m))) return 'ggml'
  if (startsWith(head, ascii('MZqFpD'))) return 'llamafile'
  if (startsWith(head, ascii('version https://')) || startsWith(head, ascii('version http://'))) {
    return 'lfs-pointer'
  }
  if (head.length >= 9 && head[8] === 0x7b) {
    const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true)
    if (n > 0n && n <= BigInt(Math.max(0, size - 8))) return 'safetensors'
  }
  return null
}

/** Looks for the HDF5 signature after a user block (512, 1024, 2048); reads 8 bytes per probe. */
export async function probeHdf5UserBlock(src: ByteSource): Promise<boolean> {
  for (const offset of HDF5_PROBE_OFFSETS) {
    const bytes = await readExact(src, offset, HDF5_SIGNATURE.length)
    if (!bytes) return false
    if (startsWith(bytes, HDF5_SIGNATURE)) return true
  }
  return false
}

/** Largest .npy header read (format v1 caps it at 65535; later versions allow more). */
export const NPY_MAX_HEADER = 64 * 1024

/** Reads a .npy header dict for dtype and shape; one array → one "tensor". */
export async function readNpyHeader(src: ByteSource): Promise<WeightInfo> {
  const info: WeightInfo = { format: 'numpy' }
  try {
    const head = await readExact(src, 0, 12)
    if (!head || !startsWith(head, NPY_MAGIC)) return { ...info, problem: 'missing NUMPY magic' }
    const major = head[6]!
    const dv = new DataView(head.buffer, head.byteOffset, 12)
    let headerLength: number
    let start: number
    if (major === 1) {
      headerLength = dv.getUint16(8, true)
      start = 10
    } else if (major === 2 || major === 3) {
      headerLength = dv.getUint32(8, true)
      start = 12
    } else return { ...info, problem: `unsupported .npy version ${major}` }
    if (headerLength > NPY_MAX_HEADER) {
      return { ...info, problem: `.npy header of ${headerLength} bytes is over the cap` }
    }
    const bytes = await readExact(src, start, headerLength)
    if (!bytes) return { ...info, problem: '.npy header is truncated' }
    const text = decodeUtf8(bytes)
    const descr = /['"]descr['"]\s*:\s*['"]([^'"]{1,32})['"]/.exec(text)?.[1]
    const shapeText = /['"]shape['"]\s*:\s*\(([^)]{0,1024})\)/.exec(text)?.[1]
    if (shapeText === undefined) return { ...info, problem: '.npy header has no shape' }
    const dims = shapeText
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    if (!dims.every((d) => /^\d{1,16}L?$/.test(d))) return { ...info, problem: 'bad .npy shape' }
    const numel = dims.reduce((acc, d) => acc * BigInt(d.replace('L', '')), 1n)
    info.tensorCount = 1
    info.parameterCount = Number(numel)
    info.dtypes = Object.fromEntries([[descr ?? 'unknown', Number(numel)]])
    return info
  } catch (err) {
    return { ...info, problem: problemOf(err) }
  }
}
