// Sparse weight files for the benchmark: a real header written at the front (and, for formats whose
// index sits at the end, a real trailer at the back), with the tensor data left as a hole of the
// size the header declares. Apparent sizes reach tens of GB while the disk holds a few KB or MB.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { GGUF_TYPE, safetensorsHeader, zipBytes } from '../scripts/weight-writers.mjs'

const encoder = new TextEncoder()

/**
 * Writes `parts` ([position, bytes] pairs) into a new file of apparent size `size`; everything not
 * written stays a hole. Returns the number of bytes actually written (the "header").
 */
function writeSparse(path, size, parts) {
  const fd = openSync(path, 'w')
  let written = 0
  try {
    ftruncateSync(fd, size)
    for (const [position, bytes] of parts) {
      writeSync(fd, bytes, 0, bytes.length, position)
      written += bytes.length
    }
  } finally {
    closeSync(fd)
  }
  return written
}

// ---------------------------------------------------------------------------------------------
// Tensor layouts of well-known model shapes (names as in transformers / llama.cpp).

/** A Llama-style decoder's tensors in transformers naming, for `layers` layers. */
function llamaTensors({ hidden, ffn, kv, vocab, layers, firstLayer = 0, dtype = 'BF16' }) {
  const tensors = {}
  if (firstLayer === 0) tensors['model.embed_tokens.weight'] = { dtype, shape: [vocab, hidden] }
  for (let i = firstLayer; i < firstLayer + layers; i++) {
    const p = `model.layers.${i}.`
    tensors[`${p}input_layernorm.weight`] = { dtype, shape: [hidden] }
    tensors[`${p}self_attn.q_proj.weight`] = { dtype, shape: [hidden, hidden] }
    tensors[`${p}self_attn.k_proj.weight`] = { dtype, shape: [kv, hidden] }
    tensors[`${p}self_attn.v_proj.weight`] = { dtype, shape: [kv, hidden] }
    tensors[`${p}self_attn.o_proj.weight`] = { dtype, shape: [hidden, hidden] }
    tensors[`${p}post_attention_layernorm.weight`] = { dtype, shape: [hidden] }
    tensors[`${p}mlp.gate_proj.weight`] = { dtype, shape: [ffn, hidden] }
    tensors[`${p}mlp.up_proj.weight`] = { dtype, shape: [ffn, hidden] }
    tensors[`${p}mlp.down_proj.weight`] = { dtype, shape: [hidden, ffn] }
  }
  return tensors
}

/** A safetensors file whose data buffer is exactly what the header declares. */
export function writeSparseSafetensors(path, tensors, metadata = { format: 'pt' }) {
  const { header, dataSize } = safetensorsHeader(tensors, metadata)
  const size = header.length + dataSize
  const written = writeSparse(path, size, [[0, header]])
  return { format: 'safetensors', size, headerBytes: written }
}

// ---------------------------------------------------------------------------------------------
// GGUF v3: the writer in scripts/ zero-fills tensor data in memory, so the header is built here.

const GGML = { F32: 0, Q4_0: 2, Q4_K: 12 }
const GGML_BLOCK = { 0: [1, 4], 2: [32, 18], 12: [256, 144] }

class Chunks {
  constructor() {
    this.parts = []
    this.length = 0
  }
  push(bytes) {
    this.parts.push(bytes)
    this.length += bytes.length
  }
  u32(v) {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(v)
    this.push(b)
  }
  u64(v) {
    const b = Buffer.alloc(8)
    b.writeBigUInt64LE(BigInt(v))
    this.push(b)
  }
  string(s) {
    const bytes = encoder.encode(s)
    this.u64(bytes.length)
    this.push(bytes)
  }
  bytes() {
    return Buffer.concat(this.parts, this.length)
  }
}

/** A synthetic BPE vocabulary: byte tokens, then word pieces of 2–10 characters. */
function vocabulary(size) {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const tokens = []
  for (let i = 0; i < 256 && tokens.length < size; i++)
    tokens.push(`<0x${i.toString(16).padStart(2, '0')}>`)
  for (let i = 0; tokens.length < size; i++) {
    let word = ''
    for (let n = i, len = 2 + (i % 9); word.length < len; n = Math.floor(n / 26) + len)
      word += letters[n % 26]
    tokens.push((i % 3 === 0 ? '\u0120' : '') + word + (i > 26 ** 2 ? String(i % 97) : ''))
  }
  return tokens
}

/**
 * A GGUF v3 header for a Llama-style model: general.* metadata, llama.* hyperparameters, a
 * tokenizer (tokens, optional scores, token types, optional merges) and the tensor infos.
 */
export function writeSparseGguf(path, spec) {
  const { name, license, hidden, ffn, kv, layers, vocab, type, merges = 0, scores = false } = spec
  const tokens = vocabulary(vocab)
  const meta = []
  const str = (key, value) => meta.push([key, GGUF_TYPE.STRING, (c) => c.string(value)])
  const u32 = (key, value) => meta.push([key, GGUF_TYPE.UINT32, (c) => c.u32(value)])
  str('general.architecture', 'llama')
  str('general.name', name)
  str('general.license', license)
  u32('general.file_type', type === GGML.Q4_K ? 15 : 2)
  u32('general.quantization_version', 2)
  u32('llama.context_length', 8192)
  u32('llama.embedding_length', hidden)
  u32('llama.block_count', layers)
  u32('llama.feed_forward_length', ffn)
  u32('llama.attention.head_count', hidden / 128)
  u32('llama.attention.head_count_kv', kv / 128)
  str('tokenizer.ggml.model', merges > 0 ? 'gpt2' : 'llama')
  meta.push([
    'tokenizer.ggml.tokens',
    GGUF_TYPE.ARRAY,
    (c) => {
      c.u32(GGUF_TYPE.STRING)
      c.u64(tokens.length)
      for (const t of tokens) c.string(t)
    }
  ])
  if (scores) {
    meta.push([
      'tokenizer.ggml.scores',
      GGUF_TYPE.ARRAY,
      (c) => {
        c.u32(GGUF_TYPE.FLOAT32)
        c.u64(vocab)
        const b = Buffer.alloc(4 * vocab)
        for (let i = 0; i < vocab; i++) b.writeFloatLE(-i, 4 * i)
        c.push(b)
      }
    ])
  }
  meta.push([
    'tokenizer.ggml.token_type',
    GGUF_TYPE.ARRAY,
    (c) => {
      c.u32(GGUF_TYPE.INT32)
      c.u64(vocab)
      const b = Buffer.alloc(4 * vocab)
      for (let i = 0; i < vocab; i++) b.writeInt32LE(i < 256 ? 6 : 1, 4 * i)
      c.push(b)
    }
  ])
  if (merges > 0) {
    meta.push([
      'tokenizer.ggml.merges',
      GGUF_TYPE.ARRAY,
      (c) => {
        c.u32(GGUF_TYPE.STRING)
        c.u64(merges)
        for (let i = 0; i < merges; i++) c.string(`${tokens[256 + (i % 1000)]} ${tokens[300 + i]}`)
      }
    ])
  }

  const tensorInfos = [['token_embd.weight', [hidden, vocab], type]]
  for (let i = 0; i < layers; i++) {
    const p = `blk.${i}.`
    tensorInfos.push(
      [`${p}attn_norm.weight`, [hidden], GGML.F32],
      [`${p}attn_q.weight`, [hidden, hidden], type],
      [`${p}attn_k.weight`, [hidden, kv], type],
      [`${p}attn_v.weight`, [hidden, kv], type],
      [`${p}attn_output.weight`, [hidden, hidden], type],
      [`${p}ffn_norm.weight`, [hidden], GGML.F32],
      [`${p}ffn_gate.weight`, [hidden, ffn], type],
      [`${p}ffn_up.weight`, [hidden, ffn], type],
      [`${p}ffn_down.weight`, [ffn, hidden], type]
    )
  }
  tensorInfos.push(
    ['output_norm.weight', [hidden], GGML.F32],
    ['output.weight', [hidden, vocab], type]
  )

  const c = new Chunks()
  c.push(encoder.encode('GGUF'))
  c.u32(3)
  c.u64(tensorInfos.length)
  c.u64(meta.length)
  for (const [key, valueType, write] of meta) {
    c.string(key)
    c.u32(valueType)
    write(c)
  }
  const alignment = 32
  let offset = 0
  for (const [tensorName, shape, ggmlType] of tensorInfos) {
    const [block, bytesPerBlock] = GGML_BLOCK[ggmlType]
    const numel = shape.reduce((a, b) => a * b, 1)
    c.string(tensorName)
    c.u32(shape.length)
    for (const d of shape) c.u64(d)
    c.u32(ggmlType)
    c.u64(offset)
    offset += Math.ceil(((numel / block) * bytesPerBlock) / alignment) * alignment
  }
  const header = c.bytes()
  const dataStart = Math.ceil(header.length / alignment) * alignment
  const size = dataStart + offset
  const written = writeSparse(path, size, [[0, header]])
  return { format: 'gguf', size, headerBytes: written }
}

// ---------------------------------------------------------------------------------------------
// torch.save zip archives: local entries at the front, the tensor storage as a hole, then the
// central directory and ZIP64 end records at the very end, as in a real multi-GB checkpoint.

export function writeSparseTorchZip(path, { stem = 'archive', storages, size }) {
  const entries = {
    [`${stem}/data.pkl`]: Uint8Array.of(0x80, 0x02, 0x7d, 0x2e),
    [`${stem}/byteorder`]: 'little',
    [`${stem}/version`]: '3\n',
    [`${stem}/.data/serialization_id`]: '1234567890123456789012345678901234567890'
  }
  for (let i = 0; i < storages; i++) entries[`${stem}/data/${i}`] = new Uint8Array(16)
  const zip = zipBytes(entries, { zip64: true })
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  // zipBytes' ZIP64 tail: [central directory][zip64 EOCD record (56)][locator (20)][EOCD (22)].
  const eocd = zip.length - 22
  const locator = eocd - 20
  const record = locator - 56
  const cdStart = Number(view.getBigUint64(record + 48, true))
  const local = zip.subarray(0, cdStart)
  const tail = Buffer.from(zip.subarray(cdStart))
  const tailStart = size - tail.length
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength)
  tailView.setBigUint64(record - cdStart + 48, BigInt(tailStart), true)
  tailView.setBigUint64(locator - cdStart + 8, BigInt(tailStart + (record - cdStart)), true)
  writeSparse(path, size, [
    [0, local],
    [tailStart, tail]
  ])
  // Only the end records and the central directory are the header a reader needs.
  return { format: 'pytorch-zip', size, headerBytes: tail.length }
}

// ---------------------------------------------------------------------------------------------
// ONNX: ModelProto with a graph field of `graphBytes` (a hole), opset and metadata after it.

function varint(value) {
  let v = BigInt(value)
  const out = []
  do {
    let byte = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) byte |= 0x80
    out.push(byte)
  } while (v > 0n)
  return Buffer.from(out)
}
const pbVarint = (field, value) => Buffer.concat([varint(field << 3), varint(value)])
const pbBytes = (field, bytes) =>
  Buffer.concat([varint((field << 3) | 2), varint(bytes.length), Buffer.from(bytes)])

export function writeSparseOnnx(path, { graphBytes, license = 'apache-2.0' }) {
  const prefix = Buffer.concat([
    pbVarint(1, 8),
    pbBytes(2, encoder.encode('pytorch')),
    pbBytes(3, encoder.encode('2.3.0')),
    varint((7 << 3) | 2),
    varint(graphBytes)
  ])
  const opset = pbBytes(8, Buffer.concat([pbBytes(1, new Uint8Array(0)), pbVarint(2, 17)]))
  const prop = (k, v) =>
    pbBytes(14, Buffer.concat([pbBytes(1, encoder.encode(k)), pbBytes(2, encoder.encode(v))]))
  const suffix = Buffer.concat([opset, prop('license', license), prop('model_author', 'bench')])
  const size = prefix.length + graphBytes + suffix.length
  const written = writeSparse(path, size, [
    [0, prefix],
    [prefix.length + graphBytes, suffix]
  ])
  return { format: 'onnx', size, headerBytes: written }
}

/** External ONNX tensor data: raw bytes with no header at all. */
export function writeSparseRaw(path, size, format) {
  writeSparse(path, size, [])
  return { format, size, headerBytes: 0 }
}

/** HDF5 (Keras/TF .h5): the 8-byte signature and a version-0 superblock prefix. */
export function writeSparseHdf5(path, size) {
  const head = Buffer.alloc(96)
  Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0)
  head[8] = 0 // superblock version
  head[13] = 8 // size of offsets
  head[14] = 8 // size of lengths
  const written = writeSparse(path, size, [[0, head]])
  return { format: 'hdf5', size, headerBytes: written }
}

/** A legacy (pre-1.6) torch.save file: the pickled magic number, protocol, then data. */
export function writeSparseLegacyTorch(path, size) {
  const head = Buffer.from([
    0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e, 0x80,
    0x02, 0x4d, 0xe9, 0x03, 0x2e
  ])
  const written = writeSparse(path, size, [[0, head]])
  return { format: 'pytorch-legacy', size, headerBytes: written }
}

// ---------------------------------------------------------------------------------------------

/**
 * The 50 weight files of the benchmark tree: [relative path, writer]. Apparent sizes total about
 * 1.2 TB; shapes follow public model families (405B-, 70B-, 13B- and 7B-class decoders).
 */
export function weightFilePlan() {
  const plan = []
  const big = { hidden: 16384, ffn: 53248, kv: 1024, vocab: 128256 }
  const shards = 30
  for (let s = 0; s < shards; s++) {
    const name = `model-${String(s + 1).padStart(5, '0')}-of-${String(shards).padStart(5, '0')}.safetensors`
    plan.push([
      `checkpoints/release/${name}`,
      (p) => writeSparseSafetensors(p, llamaTensors({ ...big, layers: 5, firstLayer: s * 5 }))
    ])
  }
  plan.push([
    'checkpoints/7b/model.safetensors',
    (p) =>
      writeSparseSafetensors(
        p,
        llamaTensors({ hidden: 4096, ffn: 11008, kv: 4096, vocab: 32000, layers: 32 })
      )
  ])
  const gguf70 = { hidden: 8192, ffn: 28672, kv: 1024, layers: 80, vocab: 128256, merges: 100_000 }
  for (const variant of ['Q4_K_M', 'Q4_K_S', 'Q4_K_L'])
    plan.push([
      `gguf/bench-70b-instruct-${variant}.gguf`,
      (p) =>
        writeSparseGguf(p, {
          ...gguf70,
          name: 'Bench 70B Instruct',
          license: 'llama3.1',
          type: GGML.Q4_K
        })
    ])
  const gguf7 = { hidden: 4096, ffn: 11008, kv: 4096, layers: 32, vocab: 32000, scores: true }
  for (const variant of ['Q4_0', 'Q4_0-imat'])
    plan.push([
      `gguf/bench-7b-${variant}.gguf`,
      (p) => writeSparseGguf(p, { ...gguf7, name: 'Bench 7B', license: 'mit', type: GGML.Q4_0 })
    ])
  for (let s = 0; s < 5; s++)
    plan.push([
      `torch/pytorch_model-${String(s + 1).padStart(5, '0')}-of-00005.bin`,
      (p) => writeSparseTorchZip(p, { stem: 'archive', storages: 80, size: 10e9 + s * 1e6 })
    ])
  plan.push([
    'original/consolidated.00.pth',
    (p) => writeSparseTorchZip(p, { stem: 'consolidated.00', storages: 291, size: 13.5e9 })
  ])
  for (const variant of ['fp32', 'fp16']) {
    plan.push([
      `onnx/${variant}/model.onnx`,
      (p) => writeSparseOnnx(p, { graphBytes: 1_900_000_000 })
    ])
    plan.push([
      `onnx/${variant}/model.onnx_data`,
      (p) => writeSparseRaw(p, variant === 'fp32' ? 28e9 : 14e9, 'onnx')
    ])
  }
  for (const name of ['tf_model.h5', 'keras/model.h5'])
    plan.push([name, (p) => writeSparseHdf5(p, 10e9)])
  for (const name of ['torch/model_v0.pt', 'torch/model_v1.pt'])
    plan.push([name, (p) => writeSparseLegacyTorch(p, 5e9)])
  return plan
}
