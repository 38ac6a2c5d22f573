import { decodeUtf8 } from './bytes.js'
import type { ByteSource } from './types.js'

/** One protobuf field: varint/fixed values in `value`, length-delimited payloads by position. */
export interface ProtoField {
  field: number
  wire: number
  /** Varint, fixed64 and fixed32 values. */
  value?: bigint
  /** Start of a length-delimited payload (absolute in the source, or in the buffer). */
  offset: number
  /** Length of a length-delimited payload. */
  length: number
}

/** Decodes a varint at `pos`; null when it runs past `end` or beyond 10 bytes. */
export function decodeVarint(
  bytes: Uint8Array,
  pos: number,
  end = bytes.length
): { value: bigint; next: number } | null {
  let value = 0n
  let shift = 0n
  for (let i = 0; i < 10; i++) {
    if (pos + i >= end) return null
    const b = bytes[pos + i]!
    value |= BigInt(b & 0x7f) << shift
    if ((b & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: pos + i + 1 }
    shift += 7n
  }
  return null
}

export class ProtoError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProtoError'
  }
}

/** Parses one field header and value from `bytes` at `pos`; payload bounds are checked. */
function fieldAt(
  bytes: Uint8Array,
  pos: number,
  end: number,
  available: number
): { field: ProtoField; next: number } {
  const tag = decodeVarint(bytes, pos, end)
  if (!tag) throw new ProtoError('truncated or overlong field tag')
  const fieldNo = tag.value >> 3n
  const wire = Number(tag.value & 7n)
  if (fieldNo === 0n || fieldNo > 536_870_911n) throw new ProtoError('invalid field number')
  const field = Number(fieldNo)
  let p = tag.next
  switch (wire) {
    case 0: {
      const v = decodeVarint(bytes, p, end)
      if (!v) throw new ProtoError(`field ${field}: truncated varint`)
      return { field: { field, wire, value: v.value, offset: v.next, length: 0 }, next: v.next }
    }
    case 1:
    case 5: {
      const width = wire === 1 ? 8 : 4
      if (p + width > available) throw new ProtoError(`field ${field}: truncated fixed value`)
      let value = 0n
      if (p + width <= end) {
        for (let i = width - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[p + i]!)
      }
      return { field: { field, wire, value, offset: p, length: width }, next: p + width }
    }
    case 2: {
      const len = decodeVarint(bytes, p, end)
      if (!len) throw new ProtoError(`field ${field}: truncated length`)
      p = len.next
      if (len.value > BigInt(available - p)) {
        throw new ProtoError(`field ${field}: length ${len.value} runs past the end`)
      }
      const length = Number(len.value)
      return { field: { field, wire, offset: p, length }, next: p + length }
    }
    default:
      throw new ProtoError(`field ${field}: unsupported wire type ${wire}`)
  }
}

/** Parses all fields of an in-memory message, with a cap on their number. */
export function parseMessage(bytes: Uint8Array, maxFields = 10_000): ProtoField[] {
  const fields: ProtoField[] = []
  let pos = 0
  while (pos < bytes.length) {
    if (fields.length >= maxFields)
      throw new ProtoError(`message has more than ${maxFields} fields`)
    const { field, next } = fieldAt(bytes, pos, bytes.length, bytes.length)
    fields.push(field)
    pos = next
  }
  return fields
}

export function fieldBytes(bytes: Uint8Array, f: ProtoField): Uint8Array {
  return bytes.subarray(f.offset, f.offset + f.length)
}

export function fieldString(bytes: Uint8Array, f: ProtoField): string {
  return decodeUtf8(fieldBytes(bytes, f))
}

/**
 * Walks the top-level fields of a message stored in a ByteSource without reading payloads: each
 * step reads at most 20 bytes (tag + length varints), so a huge field (an ONNX graph) is skipped.
 */
export class TopLevelWalker {
  private pos = 0
  fieldsSeen = 0

  constructor(
    private readonly src: ByteSource,
    private readonly maxFields: number
  ) {}

  get done(): boolean {
    return this.pos >= this.src.size
  }

  async next(): Promise<ProtoField | null> {
    if (this.pos >= this.src.size) return null
    if (this.fieldsSeen >= this.maxFields) {
      throw new ProtoError(`more than ${this.maxFields} top-level fields`)
    }
    const head = await this.src.read(this.pos, Math.min(20, this.src.size - this.pos))
    const { field, next } = fieldAt(head, 0, head.length, this.src.size - this.pos)
    this.fieldsSeen++
    const base = this.pos
    this.pos = base + next
    return { ...field, offset: base + field.offset }
  }
}
