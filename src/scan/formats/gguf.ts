import {
  BufferedReader,
  ReadCapError,
  decodeUtf8,
  problemOf,
  readExact,
  smallUnsigned
} from './bytes.js'
import { MetadataCollector, READ_AHEAD, capString, recordOf } from './limits.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Bytes of header (KVs + tensor infos) read at most; past it the result is partial. */
export const GGUF_READ_CAP = 16 * 1024 * 1024
/** Most KV pairs accepted (the count is checked before any KV is read). */
export const GGUF_MAX_KV = 100_000
/** Most tensor infos read for the parameter count. */
export const GGUF_MAX_TENSORS = 1_000_000
/** Longest string value or key decoded or skipped. */
export const GGUF_MAX_STRING = 1024 * 1024
/** Deepest nesting of arrays. */
export const GGUF_MAX_ARRAY_DEPTH = 4
/** Most dimensions per tensor (ggml uses 4; the spec caps at 8 in practice). */
export const GGUF_MAX_DIMS = 8
/** Most elements of a string array decoded into metadata (e.g. general.tags). */
const MAX_ARRAY_ITEMS_KEPT = 64

const ValueType = {
  UINT8: 0,
  INT8: 1,
  UINT16: 2,
  INT16: 3,
  UINT32: 4,
  INT32: 5,
  FLOAT32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  UINT64: 10,
  INT64: 11,
  FLOAT64: 12
} as const

/** Byte width of fixed-size value types; strings and arrays are absent. */
const FIXED_WIDTH: Readonly<Record<number, number>> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
}

/** ggml tensor type ids → names (ggml.h `enum ggml_type`). */
const GGML_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'F32',
  1: 'F16',
  2: 'Q4_0',
  3: 'Q4_1',
  6: 'Q5_0',
  7: 'Q5_1',
  8: 'Q8_0',
  9: 'Q8_1',
  10: 'Q2_K',
  11: 'Q3_K',
  12: 'Q4_K',
  13: 'Q5_K',
  14: 'Q6_K',
  15: 'Q8_K',
  16: 'IQ2_XXS',
  17: 'IQ2_XS',
  18: 'IQ3_XXS',
  19: 'IQ1_S',
  20: 'IQ4_NL',
  21: 'IQ3_S',
  22: 'IQ2_S',
  23: 'IQ4_XS',
  24: 'I8',
  25: 'I16',
  26: 'I32',
  27: 'I64',
  28: 'F64',
  29: 'IQ1_M',
  30: 'BF16',
  34: 'TQ1_0',
  35: 'TQ2_0',
  39: 'MXFP4'
}

export function ggmlTypeName(type: number): string {
  return GGML_TYPE_NAMES[type] ?? `type_${type}`
}

/** Keys whose values are kept as metadata: everything under general.* */
function isKeptKey(key: string): boolean {
  return key.startsWith('general.')
}

/** Smallest possible encoded KV (empty key, type, one-byte value) and tensor info, per version. */
function minKvBytes(v1: boolean): number {
  return (v1 ? 4 : 8) + 4 + 1
}
function minTensorInfoBytes(v1: boolean): number {
  return (v1 ? 4 : 8) + 4 + 4 + 8
}

export interface GgufReadOptions {
  /** Overrides GGUF_READ_CAP (tests use a small cap to exercise partial results). */
  readCap?: number
}

/** Strings skipped per synchronous batch (any count fits; a batch keeps the arithmetic in numbers). */
const BATCH = 1n << 30n

class GgufParser {
  readonly meta = new MetadataCollector()
  private readonly v1: boolean

  constructor(
    private readonly r: BufferedReader,
    version: number,
    private readonly le: boolean
  ) {
    this.v1 = version === 1
  }

  /** Reads a size field: u32 in v1, u64 later. */
  async size(what: string): Promise<bigint> {
    return this.v1 ? BigInt(await this.r.u32(what)) : this.r.u64(what)
  }

  async stringLength(what: string): Promise<number> {
    const len = await this.size(what)
    if (len > BigInt(GGUF_MAX_STRING)) {
      throw new Error(`${what} claims ${len} bytes, over the ${GGUF_MAX_STRING}-byte cap`)
    }
    return Number(len)
  }

  async string(what: string): Promise<string> {
    const len = await this.stringLength(what)
    return decodeUtf8(await this.r.bytes(len, what))
  }

  async skipString(what: string): Promise<void> {
    this.r.skip(await this.stringLength(what), what)
  }

  /** Skips `count` strings, reading lengths from the buffered window where they are already read. */
  async skipStrings(count: bigint, what: string): Promise<void> {
    const width = this.v1 ? 4 : 8
    let left = count
    while (left > 0n) {
      const batch = left > BATCH ? Number(BATCH) : Number(left)
      const skipped = this.r.skipBufferedStrings(batch, width, GGUF_MAX_STRING, what)
      left -= BigInt(skipped)
      if (skipped < batch) {
        // Not buffered, or too long: the async path reads (and reports) this one.
        await this.skipString(what)
        left -= 1n
      }
    }
  }

  /**
   * One tensor info (name, dimensions, type, offset) decoded from the buffered window without
   * awaiting, when all of it is buffered and within the cap, its name length and dimension count
   * are within their caps and its element count is a safe integer. Null leaves the tensor to the
   * async readers, which also report what is wrong with it. A model has hundreds of tensors.
   */
  bufferedTensorInfo(): { numel: bigint; type: number } | null {
    const r = this.r
    const available = r.bufferedLength()
    const width = this.v1 ? 4 : 8
    const view = r.windowView()
    const at = r.windowOffset()
    const le = this.le
    // A length or dimension: -1 when it does not fit in 32 bits (the async path handles those).
    const sizeAt = (p: number): number => smallUnsigned(view, at + p, width, le)
    let p = 0
    if (p + width > available) return null
    const nameLength = sizeAt(p)
    if (nameLength < 0 || nameLength > GGUF_MAX_STRING) return null
    p += width + nameLength
    if (p + 4 > available) return null
    const nDims = view.getUint32(at + p, le)
    if (nDims > GGUF_MAX_DIMS) return null
    p += 4
    if (p + nDims * width + 4 + 8 > available) return null
    let numel = 1
    for (let d = 0; d < nDims; d++, p += width) {
      const dim = sizeAt(p)
      if (dim < 0) return null
      numel *= dim
      if (numel > Number.MAX_SAFE_INTEGER) return null
    }
    const type = view.getUint32(at + p, le)
    p += 4 + 8
    r.advance(p)
    return { numel: BigInt(numel), type }
  }

  /** Reads one scalar as a display string. */
  async scalar(type: number, what: string): Promise<string> {
    switch (type) {
      case ValueType.UINT8:
        return String(await this.r.u8(what))
      case ValueType.INT8:
        return String(((await this.r.u8(what)) << 24) >> 24)
      case ValueType.UINT16:
        return String((await this.r.view(2, what)).getUint16(0, this.le))
      case ValueType.INT16:
        return String((await this.r.view(2, what)).getInt16(0, this.le))
      case ValueType.UINT32:
        return String(await this.r.u32(what))
      case ValueType.INT32:
        return String(await this.r.i32(what))
      case ValueType.FLOAT32:
        return String((await this.r.view(4, what)).getFloat32(0, this.le))
      case ValueType.BOOL:
        return (await this.r.u8(what)) === 0 ? 'false' : 'true'
      case ValueType.UINT64:
        return String(await this.r.u64(what))
      case ValueType.INT64:
        return String(await this.r.i64(what))
      case ValueType.FLOAT64:
        return String((await this.r.view(8, what)).getFloat64(0, this.le))
      case ValueType.STRING:
        return this.string(what)
      default:
        throw new Error(`${what} has unknown value type ${type}`)
    }
  }

  /**
   * Reads or skips one value. Returns a display string when `keep` and the value is small enough to
   * be worth keeping, otherwise undefined. Arrays of fixed-size values are skipped without decoding;
   * string arrays cost one length read per element.
   */
  async value(
    type: number,
    keep: boolean,
    depth: number,
    what: string
  ): Promise<string | undefined> {
    if (type !== ValueType.ARRAY) {
      if (keep) return this.scalar(type, what)
      const width = FIXED_WIDTH[type]
      if (width !== undefined) this.r.skip(width, what)
      else if (type === ValueType.STRING) await this.skipString(what)
      else throw new Error(`${what} has unknown value type ${type}`)
      return undefined
    }
    if (depth >= GGUF_MAX_ARRAY_DEPTH) {
      throw new Error(`${what} nests arrays deeper than ${GGUF_MAX_ARRAY_DEPTH}`)
    }
    const elemType = await this.r.u32(what)
    const count = await this.size(what)
    const width = FIXED_WIDTH[elemType]
    if (width !== undefined) {
      this.r.skip(count * BigInt(width), what)
      return keep ? `[${count} values]` : undefined
    }
    if (elemType !== ValueType.STRING && elemType !== ValueType.ARRAY) {
      throw new Error(`${what} has unknown array element type ${elemType}`)
    }
    // Every element takes at least a length (strings) or a type + count (arrays).
    const minElem = BigInt(this.v1 ? 4 : 8) + (elemType === ValueType.ARRAY ? 4n : 0n)
    this.r.ensureAvailable(count * minElem, what)
    if (!keep && elemType === ValueType.STRING) {
      await this.skipStrings(count, what)
      return undefined
    }
    const kept: string[] = []
    for (let i = 0n; i < count; i++) {
      const keepItem = keep && elemType === ValueType.STRING && kept.length < MAX_ARRAY_ITEMS_KEPT
      const item = await this.value(elemType, keepItem, depth + 1, what)
      if (item !== undefined) kept.push(item)
    }
    if (!keep) return undefined
    if (elemType !== ValueType.STRING) return `[${count} arrays]`
    return kept.join(', ') + (count > BigInt(kept.length) ? ', …' : '')
  }
}

/**
 * Reads a GGUF header: version, counts, general.* metadata (never the tokenizer arrays' contents)
 * and, when sane and within the read cap, the tensor infos for a parameter count.
 */
export async function readGgufHeader(
  src: ByteSource,
  options: GgufReadOptions = {}
): Promise<WeightInfo> {
  const info: WeightInfo = { format: 'gguf' }
  const cap = options.readCap ?? GGUF_READ_CAP
  let parser: GgufParser | undefined
  try {
    const head = await readExact(src, 0, 8)
    if (!head) return { ...info, problem: 'file is too short for a GGUF header' }
    if (decodeUtf8(head.subarray(0, 4)) !== 'GGUF') {
      return { ...info, problem: 'missing GGUF magic' }
    }
    const dv = new DataView(head.buffer, head.byteOffset, 8)
    let le = true
    let version = dv.getUint32(4, true)
    if (version < 1 || version > 3) {
      const be = dv.getUint32(4, false)
      if (be >= 1 && be <= 3) {
        le = false
        version = be
      } else {
        return { ...info, problem: `unsupported GGUF version ${version}` }
      }
    }
    const r = new BufferedReader(src, 8, cap, READ_AHEAD, le)
    parser = new GgufParser(r, version, le)
    const meta = parser.meta
    meta.set('gguf.version', String(version))
    if (!le) meta.set('gguf.byte_order', 'big-endian')
    const v1 = version === 1
    const tensorCount = await parser.size('tensor count')
    const kvCount = await parser.size('metadata KV count')

    if (kvCount > BigInt(GGUF_MAX_KV)) {
      return finish(info, parser, `claims ${kvCount} metadata KVs (cap ${GGUF_MAX_KV})`)
    }
    // Each KV and tensor info has a minimum encoded size, so absurd counts fail before any loop.
    const remaining = BigInt(src.size - r.position)
    if (kvCount * BigInt(minKvBytes(v1)) > remaining) {
      return finish(info, parser, `claims ${kvCount} metadata KVs, more than the file can hold`)
    }
    r.ensureAvailable(kvCount * BigInt(minKvBytes(v1)), 'the metadata KVs')
    const tensorsSane =
      tensorCount <= BigInt(GGUF_MAX_TENSORS) &&
      tensorCount * BigInt(minTensorInfoBytes(v1)) <= remaining
    if (tensorsSane) info.tensorCount = Number(tensorCount)

    for (let i = 0n; i < kvCount; i++) {
      const key = await parser.string('a metadata key')
      const type = await r.u32(`value type of ${key}`)
      const label = capString(JSON.stringify(key), 120)
      const value = await parser.value(type, isKeptKey(key), 0, `value of ${label}`)
      if (value !== undefined) meta.set(key, value)
    }

    if (!tensorsSane) {
      return finish(info, parser, `claims ${tensorCount} tensors, more than can be read`)
    }
    let parameters = 0n
    const perType = new Map<string, bigint>()
    for (let i = 0n; i < tensorCount; i++) {
      let numel: bigint
      let typeName: string
      const buffered = parser.bufferedTensorInfo()
      if (buffered !== null) {
        numel = buffered.numel
        typeName = ggmlTypeName(buffered.type)
      } else {
        await parser.skipString('a tensor name')
        const nDims = await r.u32('tensor dimensions')
        if (nDims > GGUF_MAX_DIMS) throw new Error(`a tensor claims ${nDims} dimensions`)
        numel = 1n
        for (let d = 0; d < nDims; d++) numel *= await parser.size('a tensor dimension')
        typeName = ggmlTypeName(await r.u32('tensor type'))
        r.skip(8, 'tensor offset')
      }
      parameters += numel
      perType.set(typeName, (perType.get(typeName) ?? 0n) + numel)
    }
    info.parameterCount = Number(parameters)
    info.dtypes = recordOf(new Map([...perType].map(([k, v]) => [k, Number(v)])))
    return finish(info, parser)
  } catch (err) {
    const problem =
      err instanceof ReadCapError
        ? `${err.message} (GGUF header)`
        : `GGUF header: ${problemOf(err)}`
    return finish(info, parser, problem)
  }
}

function finish(info: WeightInfo, parser: GgufParser | undefined, problem?: string): WeightInfo {
  if (parser) {
    const meta = parser.meta
    const record = meta.toRecord()
    if (record) info.metadata = record
    const license = meta.get('general.license') ?? meta.get('general.license.name')
    if (license !== undefined && license.trim() !== '') info.license = license.trim()
    const name = meta.get('general.name')
    if (name !== undefined && name.trim() !== '') info.modelName = name.trim()
  }
  if (problem !== undefined) info.problem = problem
  return info
}
