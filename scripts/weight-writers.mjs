// Writers for small, valid model-weight files (safetensors, GGUF, zip/torch, ONNX, Core ML, tar,
// npy, LFS pointers). Used by tests, example repositories and benchmarks. No dependencies.
import { crc32, deflateRawSync } from 'node:zlib'

const encoder = new TextEncoder()

function concat(parts) {
  const total = parts.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}

function toBytes(value) {
  return typeof value === 'string' ? encoder.encode(value) : value
}

// ---------------------------------------------------------------------------------------------
// safetensors

/** Bytes per element of the safetensors dtypes the writer supports. */
export const SAFETENSORS_DTYPE_BYTES = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E5M2: 1,
  F8_E4M3: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  F64: 8,
  I64: 8,
  U64: 8
}

function numel(shape) {
  return shape.reduce((a, b) => a * b, 1)
}

/**
 * The 8-byte length and JSON header of a safetensors file, and the size of the data buffer that
 * must follow it. Offsets are contiguous from 0 in the given tensor order; the JSON is padded with
 * spaces to a multiple of 8.
 */
export function safetensorsHeader(tensors, metadata) {
  const header = {}
  if (metadata !== undefined) header.__metadata__ = metadata
  let offset = 0
  for (const [name, { dtype, shape }] of Object.entries(tensors)) {
    const width = SAFETENSORS_DTYPE_BYTES[dtype]
    if (width === undefined) throw new Error(`unsupported dtype ${dtype}`)
    const length = numel(shape) * width
    header[name] = { dtype, shape, data_offsets: [offset, offset + length] }
    offset += length
  }
  let json = JSON.stringify(header)
  const jsonBytes = encoder.encode(json)
  const padded = Math.ceil(jsonBytes.length / 8) * 8
  json += ' '.repeat(padded - jsonBytes.length)
  const body = encoder.encode(json)
  const out = new Uint8Array(8 + body.length)
  new DataView(out.buffer).setBigUint64(0, BigInt(body.length), true)
  out.set(body, 8)
  return { header: out, dataSize: offset }
}

/** A complete safetensors file with zero-filled tensor data. */
export function safetensorsBytes(tensors, metadata) {
  const { header, dataSize } = safetensorsHeader(tensors, metadata)
  const out = new Uint8Array(header.length + dataSize)
  out.set(header, 0)
  return out
}

// ---------------------------------------------------------------------------------------------
// GGUF (v3, little-endian)

export const GGUF_TYPE = {
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
}

/** ggml tensor types: [block size in elements, bytes per block]. */
export const GGML_TYPE_SIZE = {
  0: [1, 4], // F32
  1: [1, 2], // F16
  2: [32, 18], // Q4_0
  3: [32, 20], // Q4_1
  8: [32, 34], // Q8_0
  12: [256, 144], // Q4_K
  14: [256, 210], // Q6_K
  24: [1, 1], // I8
  25: [1, 2], // I16
  26: [1, 4], // I32
  27: [1, 8], // I64
  28: [1, 8], // F64
  30: [1, 2] // BF16
}

/** Little-endian writer into a growing buffer. */
class ByteWriter {
  constructor() {
    this.buf = new Uint8Array(1024)
    this.view = new DataView(this.buf.buffer)
    this.length = 0
  }
  reserve(n) {
    if (this.length + n <= this.buf.length) return this.length
    let size = this.buf.length * 2
    while (size < this.length + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.length))
    this.buf = next
    this.view = new DataView(next.buffer)
    return this.length
  }
  push(bytes) {
    const at = this.reserve(bytes.length)
    this.buf.set(bytes, at)
    this.length += bytes.length
  }
  u8(v) {
    const at = this.reserve(1)
    this.view.setUint8(at, v)
    this.length += 1
  }
  u32(v) {
    const at = this.reserve(4)
    this.view.setUint32(at, v, true)
    this.length += 4
  }
  i32(v) {
    const at = this.reserve(4)
    this.view.setInt32(at, v, true)
    this.length += 4
  }
  u64(v) {
    const at = this.reserve(8)
    this.view.setBigUint64(at, BigInt(v), true)
    this.length += 8
  }
  i64(v) {
    const at = this.reserve(8)
    this.view.setBigInt64(at, BigInt(v), true)
    this.length += 8
  }
  f32(v) {
    const at = this.reserve(4)
    this.view.setFloat32(at, v, true)
    this.length += 4
  }
  string(s) {
    const bytes = encoder.encode(s)
    this.u64(bytes.length)
    this.push(bytes)
  }
  pad(alignment) {
    const rem = this.length % alignment
    if (rem !== 0) this.zeros(alignment - rem)
  }
  zeros(n) {
    this.reserve(n)
    this.buf.fill(0, this.length, this.length + n)
    this.length += n
  }
  bytes() {
    return this.buf.slice(0, this.length)
  }
}

function ggufValueType(value) {
  if (typeof value === 'string') return GGUF_TYPE.STRING
  if (typeof value === 'boolean') return GGUF_TYPE.BOOL
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return GGUF_TYPE.FLOAT32
    if (value >= 0 && value <= 0xffffffff) return GGUF_TYPE.UINT32
    return GGUF_TYPE.INT64
  }
  throw new Error(`unsupported GGUF value ${String(value)}`)
}

function writeGgufScalar(w, type, value) {
  switch (type) {
    case GGUF_TYPE.STRING:
      return w.string(value)
    case GGUF_TYPE.BOOL:
      return w.u8(value ? 1 : 0)
    case GGUF_TYPE.UINT32:
      return w.u32(value)
    case GGUF_TYPE.INT32:
      return w.i32(value)
    case GGUF_TYPE.INT64:
      return w.i64(value)
    case GGUF_TYPE.FLOAT32:
      return w.f32(value)
    default:
      throw new Error(`unsupported GGUF type ${type}`)
  }
}

/**
 * A GGUF v3 file. Metadata values: string, integer (UINT32, or INT64 outside its range), float
 * (FLOAT32), boolean, string[] or number[] (an ARRAY of STRING, INT32 or FLOAT32). Tensor shapes
 * are listed in ggml order (ne0 first); types are ggml type ids (0 F32, 1 F16, 8 Q8_0, …). Tensor
 * data is zero-filled and aligned to `general.alignment` (default 32).
 */
export function ggufBytes({ metadata = {}, tensors = [] } = {}) {
  const alignment =
    typeof metadata['general.alignment'] === 'number' ? metadata['general.alignment'] : 32
  const w = new ByteWriter()
  w.push(encoder.encode('GGUF'))
  w.u32(3)
  w.u64(tensors.length)
  w.u64(Object.keys(metadata).length)
  for (const [key, value] of Object.entries(metadata)) {
    w.string(key)
    if (Array.isArray(value)) {
      w.u32(GGUF_TYPE.ARRAY)
      let elemType = GGUF_TYPE.INT32
      if (value.length > 0 && typeof value[0] === 'string') elemType = GGUF_TYPE.STRING
      else if (!value.every((v) => Number.isInteger(v))) elemType = GGUF_TYPE.FLOAT32
      w.u32(elemType)
      w.u64(value.length)
      for (const v of value) writeGgufScalar(w, elemType, v)
    } else {
      const type = key === 'general.alignment' ? GGUF_TYPE.UINT32 : ggufValueType(value)
      w.u32(type)
      writeGgufScalar(w, type, value)
    }
  }
  let offset = 0
  const sizes = []
  for (const { name, shape, type } of tensors) {
    const spec = GGML_TYPE_SIZE[type]
    if (spec === undefined) throw new Error(`unsupported ggml type ${type}`)
    const [block, bytesPerBlock] = spec
    const n = numel(shape)
    if (n % block !== 0)
      throw new Error(`tensor ${name}: ${n} elements is not a multiple of ${block}`)
    const size = (n / block) * bytesPerBlock
    w.string(name)
    w.u32(shape.length)
    for (const d of shape) w.u64(d)
    w.u32(type)
    w.u64(offset)
    sizes.push(size)
    offset += Math.ceil(size / alignment) * alignment
  }
  w.pad(alignment)
  w.zeros(offset)
  return w.bytes()
}

// ---------------------------------------------------------------------------------------------
// Git LFS

/** A Git LFS pointer (spec v1) for a sha256 hex digest and a size. */
export function lfsPointerText(oid, size) {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`
}

// ---------------------------------------------------------------------------------------------
// zip

/**
 * A zip archive. Entries are stored (or deflated with `compress: true`), names are UTF-8 (flag bit
 * 11), CRC-32 from zlib. `zip64: true` writes ZIP64 end records (sizes stay 32-bit) so readers
 * exercise that path.
 */
export function zipBytes(entries, options = {}) {
  const { compress = false, zip64 = false } = options
  const local = []
  const central = []
  let offset = 0
  let count = 0
  for (const [name, value] of Object.entries(entries)) {
    const data = toBytes(value)
    const nameBytes = encoder.encode(name)
    const stored = compress ? new Uint8Array(deflateRawSync(data)) : data
    const method = compress ? 8 : 0
    const crc = crc32(data) >>> 0
    const header = new Uint8Array(30)
    const h = new DataView(header.buffer)
    h.setUint32(0, 0x04034b50, true)
    h.setUint16(4, 20, true)
    h.setUint16(6, 0x0800, true)
    h.setUint16(8, method, true)
    h.setUint16(10, 0, true)
    h.setUint16(12, 0x21, true)
    h.setUint32(14, crc, true)
    h.setUint32(18, stored.length, true)
    h.setUint32(22, data.length, true)
    h.setUint16(26, nameBytes.length, true)
    h.setUint16(28, 0, true)
    local.push(header, nameBytes, stored)

    const cd = new Uint8Array(46)
    const c = new DataView(cd.buffer)
    c.setUint32(0, 0x02014b50, true)
    c.setUint16(4, 0x0314, true)
    c.setUint16(6, 20, true)
    c.setUint16(8, 0x0800, true)
    c.setUint16(10, method, true)
    c.setUint16(12, 0, true)
    c.setUint16(14, 0x21, true)
    c.setUint32(16, crc, true)
    c.setUint32(20, stored.length, true)
    c.setUint32(24, data.length, true)
    c.setUint16(28, nameBytes.length, true)
    c.setUint32(38, (0o100644 << 16) >>> 0, true)
    c.setUint32(42, offset, true)
    central.push(cd, nameBytes)

    offset += header.length + nameBytes.length + stored.length
    count++
  }
  const cdBytes = concat(central)
  const tail = []
  if (zip64) {
    const rec = new Uint8Array(56)
    const r = new DataView(rec.buffer)
    r.setUint32(0, 0x06064b50, true)
    r.setBigUint64(4, 44n, true)
    r.setUint16(12, 45, true)
    r.setUint16(14, 45, true)
    r.setBigUint64(24, BigInt(count), true)
    r.setBigUint64(32, BigInt(count), true)
    r.setBigUint64(40, BigInt(cdBytes.length), true)
    r.setBigUint64(48, BigInt(offset), true)
    const loc = new Uint8Array(20)
    const l = new DataView(loc.buffer)
    l.setUint32(0, 0x07064b50, true)
    l.setBigUint64(8, BigInt(offset + cdBytes.length), true)
    l.setUint32(16, 1, true)
    tail.push(rec, loc)
  }
  const eocd = new Uint8Array(22)
  const e = new DataView(eocd.buffer)
  e.setUint32(0, 0x06054b50, true)
  e.setUint16(8, zip64 ? 0xffff : count, true)
  e.setUint16(10, zip64 ? 0xffff : count, true)
  e.setUint32(12, zip64 ? 0xffffffff : cdBytes.length, true)
  e.setUint32(16, zip64 ? 0xffffffff : offset, true)
  tail.push(eocd)
  return concat([...local, cdBytes, ...tail])
}

/**
 * A torch.save-style zip: <stem>/data.pkl (an empty dict pickled with protocol 2: harmless),
 * <stem>/byteorder, <stem>/data/0 and <stem>/version.
 */
export function torchZipBytes(stem = 'archive') {
  return zipBytes({
    [`${stem}/data.pkl`]: Uint8Array.of(0x80, 0x02, 0x7d, 0x2e),
    [`${stem}/byteorder`]: 'little',
    [`${stem}/data/0`]: new Uint8Array(16),
    [`${stem}/version`]: '3\n'
  })
}

// ---------------------------------------------------------------------------------------------
// protobuf (ONNX, Core ML)

function varint(value) {
  let v = BigInt(value)
  if (v < 0n) v = BigInt.asUintN(64, v)
  const out = []
  do {
    let byte = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) byte |= 0x80
    out.push(byte)
  } while (v > 0n)
  return Uint8Array.from(out)
}

function pbVarint(field, value) {
  return concat([varint((field << 3) | 0), varint(value)])
}

function pbBytes(field, value) {
  const bytes = toBytes(value)
  return concat([varint((field << 3) | 2), varint(bytes.length), bytes])
}

function pbMap(field, record) {
  return Object.entries(record).map(([k, v]) =>
    pbBytes(field, concat([pbBytes(1, k), pbBytes(2, v)]))
  )
}

/**
 * An ONNX ModelProto in serialiser field order: ir_version, producer_name, producer_version, graph
 * (`graphBytes` zero bytes: opaque to header readers), opset_import, metadata_props.
 */
export function onnxBytes({
  producerName = 'pytorch',
  producerVersion = '2.1',
  irVersion = 8,
  opset = 17,
  metadata = {},
  graphBytes = 16
} = {}) {
  return concat([
    pbVarint(1, irVersion),
    pbBytes(2, producerName),
    pbBytes(3, producerVersion),
    pbBytes(7, new Uint8Array(graphBytes)),
    pbBytes(8, concat([pbBytes(1, ''), pbVarint(2, opset)])),
    ...pbMap(14, metadata)
  ])
}

/**
 * A Core ML .mlmodel: specificationVersion, a description holding Metadata (shortDescription,
 * versionString, author, license, userDefined), then an opaque model body (field 300).
 */
export function coremlBytes({
  specificationVersion = 4,
  shortDescription,
  versionString,
  author,
  license,
  userDefined = {},
  bodyBytes = 16
} = {}) {
  const md = []
  if (shortDescription !== undefined) md.push(pbBytes(1, shortDescription))
  if (versionString !== undefined) md.push(pbBytes(2, versionString))
  if (author !== undefined) md.push(pbBytes(3, author))
  if (license !== undefined) md.push(pbBytes(4, license))
  md.push(...pbMap(100, userDefined))
  const description = concat([pbBytes(1, concat([pbBytes(1, 'input')])), pbBytes(100, concat(md))])
  return concat([
    pbVarint(1, specificationVersion),
    pbBytes(2, description),
    pbBytes(300, new Uint8Array(bodyBytes))
  ])
}

// ---------------------------------------------------------------------------------------------
// tar (for .nemo), npy, tflite

/** A POSIX ustar archive of regular files, with the two zero end blocks. */
export function tarBytes(entries) {
  const parts = []
  for (const [name, value] of Object.entries(entries)) {
    const data = toBytes(value)
    const header = new Uint8Array(512)
    const put = (text, at, len) => header.set(encoder.encode(text).subarray(0, len), at)
    put(name, 0, 100)
    put('0000644\0', 100, 8)
    put('0000000\0', 108, 8)
    put('0000000\0', 116, 8)
    put(data.length.toString(8).padStart(11, '0') + '\0', 124, 12)
    put('00000000000\0', 136, 12)
    put('        ', 148, 8)
    put('0', 156, 1)
    put('ustar\0', 257, 6)
    put('00', 263, 2)
    const sum = header.reduce((a, b) => a + b, 0)
    put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8)
    parts.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512))
  }
  parts.push(new Uint8Array(1024))
  return concat(parts)
}

/** A NumPy .npy (format 1.0) of zeros. */
export function npyBytes(shape, descr = '<f4') {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`
  let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`
  const total = 10 + dict.length + 1
  dict += ' '.repeat((64 - (total % 64)) % 64) + '\n'
  const head = new Uint8Array(10)
  head.set([0x93, ...encoder.encode('NUMPY'), 1, 0])
  new DataView(head.buffer).setUint16(8, dict.length, true)
  const width = Number(/\d+$/.exec(descr)?.[0] ?? 1)
  return concat([head, encoder.encode(dict), new Uint8Array(numel(shape) * width)])
}

/** The first bytes of a TFLite FlatBuffer: a root offset and the `TFL3` identifier. */
export function tfliteBytes() {
  const out = new Uint8Array(32)
  new DataView(out.buffer).setUint32(0, 16, true)
  out.set(encoder.encode('TFL3'), 4)
  return out
}
