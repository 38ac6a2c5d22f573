import { decodeUtf8, problemOf, readExact, withReadBudget } from './bytes.js'
import { MAX_REPORTED_ENTRIES, MetadataCollector } from './limits.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Bytes read at most while walking tar headers. */
export const TAR_READ_CAP = 1024 * 1024
/** Most tar members walked. */
export const TAR_MAX_ENTRIES = 1000
/** Largest pax extended header or GNU long name read. */
const TAR_MAX_EXTENDED = 64 * 1024

const BLOCK = 512

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
}

export function hasUstarMagic(block: Uint8Array): boolean {
  return block.length >= 262 && decodeUtf8(block.subarray(257, 262)) === 'ustar'
}

function cString(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0)
  return decodeUtf8(nul >= 0 ? bytes.subarray(0, nul) : bytes)
}

/** Octal number field, or base-256 when the high bit of the first byte is set (GNU). */
function numberField(bytes: Uint8Array): bigint | null {
  if (bytes.length === 0) return null
  if (bytes[0]! & 0x80) {
    if (bytes[0]! & 0x40) return null // negative
    let v = BigInt(bytes[0]! & 0x3f)
    for (let i = 1; i < bytes.length; i++) v = (v << 8n) | BigInt(bytes[i]!)
    return v
  }
  const text = cString(bytes).trim()
  if (text === '') return 0n
  if (!/^[0-7]+$/.test(text)) return null
  return BigInt(`0o${text}`)
}

function checksumOk(block: Uint8Array): boolean {
  const stored = numberField(block.subarray(148, 156))
  if (stored === null) return false
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!
    unsigned += b
    signed += b > 127 ? b - 256 : b
  }
  return stored === BigInt(unsigned) || stored === BigInt(signed)
}

/** Pulls `path=` out of pax extended header records ("<len> key=value\n"). */
function paxPath(data: Uint8Array): string | undefined {
  const text = decodeUtf8(data)
  let pos = 0
  let path: string | undefined
  while (pos < text.length) {
    const space = text.indexOf(' ', pos)
    if (space < 0) break
    const len = Number(text.slice(pos, space))
    if (!Number.isSafeInteger(len) || len <= 0) break
    const record = text.slice(space + 1, pos + len - 1)
    if (record.startsWith('path=')) path = record.slice(5)
    pos += len
  }
  return path
}

function normalizeName(name: string): string {
  return name.replace(/^(\.\/)+/, '')
}

/** Lists the members of a plain (uncompressed) tar by walking 512-byte headers. */
export async function listTarEntries(
  src: ByteSource
): Promise<{ entries: string[]; problem?: string }> {
  const budgeted = withReadBudget(src, TAR_READ_CAP)
  const entries: string[] = []
  let pos = 0
  let nextName: string | undefined
  try {
    for (let walked = 0; ; walked++) {
      if (walked >= TAR_MAX_ENTRIES) {
        return { entries, problem: `tar has more than ${TAR_MAX_ENTRIES} members; list truncated` }
      }
      if (pos + BLOCK > src.size) {
        return pos === src.size && entries.length > 0
          ? { entries }
          : { entries, problem: 'tar ends without an end-of-archive block (truncated?)' }
      }
      const block = await readExact(budgeted, pos, BLOCK)
      if (!block) return { entries, problem: 'tar header is truncated' }
      if (block.every((b) => b === 0)) return { entries }
      if (!checksumOk(block)) return { entries, problem: `bad tar header checksum at ${pos}` }
      const size = numberField(block.subarray(124, 136))
      if (size === null) return { entries, problem: `bad tar size field at ${pos}` }
      const dataStart = pos + BLOCK
      const padded = ((size + 511n) / 512n) * 512n
      if (BigInt(dataStart) + padded > BigInt(src.size) + 511n) {
        return { entries, problem: `tar member at ${pos} runs past the end (truncated?)` }
      }
      const type = String.fromCharCode(block[156]!)
      if (type === 'x' || type === 'L') {
        if (size > BigInt(TAR_MAX_EXTENDED)) {
          return { entries, problem: `oversized tar extended header at ${pos}` }
        }
        const data = await readExact(budgeted, dataStart, Number(size))
        if (!data) return { entries, problem: 'tar extended header is truncated' }
        nextName = type === 'x' ? (paxPath(data) ?? nextName) : cString(data)
      } else if (type !== 'g' && type !== 'K') {
        let name = nextName
        if (name === undefined) {
          name = cString(block.subarray(0, 100))
          const prefix = hasUstarMagic(block) ? cString(block.subarray(345, 500)) : ''
          if (prefix !== '') name = `${prefix}/${name}`
        }
        nextName = undefined
        const clean = normalizeName(name)
        if (type !== '5' && clean !== '' && !clean.endsWith('/')) entries.push(clean)
      }
      pos = Number(BigInt(dataStart) + padded)
    }
  } catch (err) {
    return { entries, problem: `tar: ${problemOf(err)}` }
  }
}

/**
 * Reads a `.nemo` archive: plain tar → member names (model_config.yaml, model_weights.ckpt, …);
 * gzip → noted as compressed, members not listed (that would need decompressing).
 */
export async function readNemoHeader(src: ByteSource): Promise<WeightInfo> {
  const info: WeightInfo = { format: 'nemo' }
  try {
    const head = await src.read(0, Math.min(BLOCK, src.size))
    if (isGzip(head)) {
      const meta = new MetadataCollector()
      meta.set('nemo.compression', 'gzip')
      return { ...info, metadata: meta.toRecord()! }
    }
    const { entries, problem } = await listTarEntries(src)
    if (entries.length > 0) info.entries = entries.slice(0, MAX_REPORTED_ENTRIES)
    if (entries.some((e) => /\.(ckpt|pt|pth|pkl)$/i.test(e))) info.containsPickle = true
    if (problem !== undefined) info.problem = problem
    else if (!entries.some((e) => e.endsWith('model_config.yaml'))) {
      info.problem = 'tar archive without model_config.yaml'
    }
    return info
  } catch (err) {
    return { ...info, problem: problemOf(err) }
  }
}
