import { decodeUtf8Strict, problemOf, readExact } from './bytes.js'
import { MetadataCollector, recordOf } from './limits.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Largest header the reference implementation accepts (safetensors MAX_HEADER_SIZE). */
export const SAFETENSORS_MAX_HEADER = 100_000_000

/** Bits per element for the dtypes the reference and @huggingface/hub know. */
const DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E4M3FN: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  F8_E8M0: 8,
  E8M0: 8,
  UE8: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
  F6_E3M2: 6,
  F6_E2M3: 6,
  F4: 4,
  FP4: 4
}

/** Bytes per element of a safetensors dtype, or undefined for unknown and sub-byte dtypes. */
export function safetensorsDtypeBytes(dtype: string): number | undefined {
  const bits = DTYPE_BITS[dtype]
  return bits !== undefined && bits % 8 === 0 ? bits / 8 : undefined
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Reads the 8-byte length and the JSON header of a safetensors file; never touches tensor data. */
export async function readSafetensorsHeader(src: ByteSource): Promise<WeightInfo> {
  const fail = (problem: string): WeightInfo => ({ format: 'safetensors', problem })
  try {
    const lenBytes = await readExact(src, 0, 8)
    if (!lenBytes) return fail('file is shorter than the 8-byte header length')
    const n = new DataView(lenBytes.buffer, lenBytes.byteOffset, 8).getBigUint64(0, true)
    if (n === 0n) return fail('header length is 0')
    if (n > BigInt(SAFETENSORS_MAX_HEADER)) {
      return fail(`header length ${n} exceeds the ${SAFETENSORS_MAX_HEADER}-byte limit`)
    }
    if (n > BigInt(src.size - 8)) {
      return fail(`header length ${n} exceeds the file size (${src.size} bytes; truncated?)`)
    }
    const headerLength = Number(n)
    const headerBytes = await readExact(src, 8, headerLength)
    if (!headerBytes) return fail('file ends inside the header (truncated)')
    return parseSafetensorsJson(headerBytes, src.size - 8 - headerLength)
  } catch (err) {
    return fail(problemOf(err))
  }
}

/** Parses the JSON header; `dataSize` is the size of the byte buffer that follows it. */
export function parseSafetensorsJson(headerBytes: Uint8Array, dataSize: number): WeightInfo {
  const info: WeightInfo = { format: 'safetensors' }
  const text = decodeUtf8Strict(headerBytes)
  if (text === null) return { ...info, problem: 'header is not valid UTF-8' }
  if (!text.startsWith('{')) return { ...info, problem: "header does not start with '{'" }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    return { ...info, problem: `header is not valid JSON: ${problemOf(err)}` }
  }
  if (!isPlainObject(parsed)) return { ...info, problem: 'header JSON is not an object' }

  const problems: string[] = []
  const meta = new MetadataCollector()
  const rawMeta = parsed['__metadata__']
  if (rawMeta !== undefined) {
    if (!isPlainObject(rawMeta)) problems.push('__metadata__ is not an object')
    else {
      for (const [k, v] of Object.entries(rawMeta)) {
        if (typeof v === 'string') meta.set(k, v)
        else if (problems.length === 0) problems.push(`__metadata__ value "${k}" is not a string`)
      }
    }
  }

  let tensorCount = 0
  let parameters = 0n
  const perDtype = new Map<string, bigint>()
  for (const [name, entry] of Object.entries(parsed)) {
    if (name === '__metadata__') continue
    tensorCount++
    const checked = checkTensor(name, entry, dataSize)
    if (typeof checked === 'string') {
      if (problems.length < 3) problems.push(checked)
      continue
    }
    // A shape is believed only when its bytes are in the file: a 100-byte header can declare
    // [2^40, 2^40] with offsets that point nowhere, and that is not 10^24 parameters.
    if (checked.problem !== undefined) {
      if (problems.length < 3) problems.push(checked.problem)
      continue
    }
    parameters += checked.numel
    perDtype.set(checked.dtype, (perDtype.get(checked.dtype) ?? 0n) + checked.numel)
  }

  info.tensorCount = tensorCount
  info.parameterCount = Number(parameters)
  if (perDtype.size > 0) {
    info.dtypes = recordOf(new Map([...perDtype].map(([k, v]) => [k, Number(v)])))
  }
  const metadata = meta.toRecord()
  if (metadata) info.metadata = metadata
  const license = meta.findIgnoreCase('license', 'licence')
  if (license !== undefined && license.trim() !== '') info.license = license.trim()
  if (problems.length > 0) info.problem = problems.join('; ')
  return info
}

/**
 * Validates one tensor entry. Returns a problem string when dtype or shape is unusable, otherwise
 * the element count plus any problem with its data_offsets (then the count is not to be trusted).
 */
function checkTensor(
  name: string,
  entry: unknown,
  dataSize: number
): { dtype: string; numel: bigint; problem?: string } | string {
  const label = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)
  if (!isPlainObject(entry)) return `tensor ${label} is not an object`
  const { dtype, shape, data_offsets: offsets } = entry
  if (typeof dtype !== 'string' || dtype.length === 0 || dtype.length > 64) {
    return `tensor ${label} has no valid dtype`
  }
  if (!Array.isArray(shape) || shape.length > 64) return `tensor ${label} has no valid shape`
  let numel = 1n
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) {
      return `tensor ${label} has an invalid dimension`
    }
    numel *= BigInt(d)
  }
  const problem = checkOffsets(label, offsets, dtype, numel, dataSize)
  return problem === undefined ? { dtype, numel } : { dtype, numel, problem }
}

function checkOffsets(
  label: string,
  offsets: unknown,
  dtype: string,
  numel: bigint,
  dataSize: number
): string | undefined {
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((o) => typeof o === 'number' && Number.isSafeInteger(o) && o >= 0)
  ) {
    return `tensor ${label} has no valid data_offsets`
  }
  const [begin, end] = offsets as [number, number]
  if (end < begin) return `tensor ${label} has data_offsets out of order`
  if (end > dataSize) {
    return `tensor ${label} data ends at ${end}, past the ${dataSize}-byte data buffer (truncated?)`
  }
  const width = safetensorsDtypeBytes(dtype)
  if (width !== undefined && BigInt(end - begin) !== numel * BigInt(width)) {
    return `tensor ${label} byte length does not match its shape and dtype`
  }
  // Sub-byte and unknown dtypes: at least one bit per element must be there.
  if (width === undefined && numel * BigInt(DTYPE_BITS[dtype] ?? 1) > BigInt(end - begin) * 8n) {
    return `tensor ${label} declares more elements than its bytes can hold`
  }
  return undefined
}
