import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ggufBytes } from '../../scripts/weight-writers.mjs'
import { bufferByteSource, openFileByteSource } from '../../src/scan/formats/bytes.js'
import { GGUF_MAX_KV, GGUF_READ_CAP, readGgufHeader } from '../../src/scan/formats/gguf.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import type { WeightInfo } from '../../src/scan/formats/types.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-gguf-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function readFile(
  name: string,
  bytes: Uint8Array
): Promise<{ info: WeightInfo; bytesRead: number }> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  const { source, close } = await openFileByteSource(path)
  try {
    return { info: await readGgufHeader(source), bytesRead: source.bytesRead }
  } finally {
    await close()
  }
}

/** Minimal hand encoder for hostile headers (the writer only makes valid files). */
class Enc {
  private parts: number[] = []
  constructor(private readonly le = true) {}
  raw(bytes: ArrayLike<number>): this {
    this.parts.push(...Array.from(bytes))
    return this
  }
  u32(v: number): this {
    const b = new Uint8Array(4)
    new DataView(b.buffer).setUint32(0, v, this.le)
    return this.raw(b)
  }
  u64(v: bigint | number): this {
    const b = new Uint8Array(8)
    new DataView(b.buffer).setBigUint64(0, BigInt(v), this.le)
    return this.raw(b)
  }
  str(s: string, v1 = false): this {
    const bytes = new TextEncoder().encode(s)
    if (v1) this.u32(bytes.length)
    else this.u64(bytes.length)
    return this.raw(bytes)
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts)
  }
}

function header(version: number, tensors: bigint | number, kvs: bigint | number, le = true): Enc {
  return new Enc(le).raw([0x47, 0x47, 0x55, 0x46]).u32(version).u64(tensors).u64(kvs)
}

describe('readGgufHeader on real files', () => {
  it('reads general.* metadata, licence, name, tensor and parameter counts', async () => {
    const bytes = ggufBytes({
      metadata: {
        'general.architecture': 'llama',
        'general.name': 'Tiny Llama',
        'general.license': 'apache-2.0',
        'general.author': 'Example Lab',
        'general.size_label': '1M',
        'general.file_type': 7,
        'general.base_model.count': 1,
        'general.base_model.0.name': 'Base',
        'general.tags': ['text-generation', 'llama'],
        'llama.context_length': 2048,
        'tokenizer.ggml.tokens': ['<s>', '</s>', 'a'],
        'tokenizer.ggml.scores': [0, 0.5, 1.5]
      },
      tensors: [
        { name: 'token_embd.weight', shape: [64, 8], type: 8 },
        { name: 'output_norm.weight', shape: [64], type: 0 },
        { name: 'blk.0.attn_q.weight', shape: [256, 2], type: 12 }
      ]
    })
    const { info, bytesRead } = await readFile('tiny.gguf', bytes)
    expect(info.problem).toBeUndefined()
    expect(info.format).toBe('gguf')
    expect(info.modelName).toBe('Tiny Llama')
    expect(info.license).toBe('apache-2.0')
    expect(info.tensorCount).toBe(3)
    expect(info.parameterCount).toBe(512 + 64 + 512)
    expect(info.dtypes).toEqual({ Q8_0: 512, F32: 64, Q4_K: 512 })
    expect(info.metadata).toEqual({
      'gguf.version': '3',
      'general.architecture': 'llama',
      'general.name': 'Tiny Llama',
      'general.license': 'apache-2.0',
      'general.author': 'Example Lab',
      'general.size_label': '1M',
      'general.file_type': '7',
      'general.base_model.count': '1',
      'general.base_model.0.name': 'Base',
      'general.tags': 'text-generation, llama'
    })
    expect(bytesRead).toBeLessThanOrEqual(bytes.length)
  })

  it('falls back to general.license.name for the licence', async () => {
    const bytes = ggufBytes({
      metadata: { 'general.architecture': 'x', 'general.license.name': 'llama3' }
    })
    const { info } = await readFile('named-licence.gguf', bytes)
    expect(info.license).toBe('llama3')
    expect(info.tensorCount).toBe(0)
    expect(info.parameterCount).toBe(0)
  })

  it('skips big tokenizer arrays without reading fixed-size elements', async () => {
    const vocab = 50_000
    const bytes = ggufBytes({
      metadata: {
        'general.architecture': 'llama',
        'general.name': 'Big vocab',
        'tokenizer.ggml.tokens': Array.from({ length: vocab }, (_, i) => `tok${i}`),
        'tokenizer.ggml.scores': Array.from({ length: 1_000_000 }, (_, i) => i + 0.5),
        'tokenizer.ggml.merges': Array.from({ length: 1000 }, (_, i) => `a${i} b`)
      },
      tensors: [{ name: 'w', shape: [4], type: 0 }]
    })
    const { info, bytesRead } = await readFile('big-vocab.gguf', bytes)
    expect(info.problem).toBeUndefined()
    expect(info.modelName).toBe('Big vocab')
    expect(info.parameterCount).toBe(4)
    expect(info.metadata?.['tokenizer.ggml.tokens']).toBeUndefined()
    // The 4 MB scores array is skipped; tokens cost their length fields (read in 64 KiB chunks).
    const scoresBytes = 1_000_000 * 4
    expect(bytes.length).toBeGreaterThan(scoresBytes)
    expect(bytesRead).toBeLessThan(bytes.length - scoresBytes + 2 * HEADER_READ_SLACK)
  })

  it('renders every scalar type of a general.* key as text', async () => {
    const e = header(3, 0, 12)
    const kv = (key: string, type: number, value: number[]): void => {
      e.str(key).u32(type).raw(value)
    }
    kv('general.u8', 0, [200])
    kv('general.i8', 1, [0xff])
    kv('general.u16', 2, [0x34, 0x12])
    kv('general.i16', 3, [0xfe, 0xff])
    kv('general.u32', 4, [1, 0, 0, 0])
    kv('general.i32', 5, [0xfd, 0xff, 0xff, 0xff])
    kv('general.f32', 6, [0, 0, 0xc0, 0x3f])
    kv('general.bool', 7, [1])
    kv('general.u64', 10, [0, 0, 0, 0, 0, 0, 0, 0x80])
    kv('general.i64', 11, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    kv('general.f64', 12, [0, 0, 0, 0, 0, 0, 0xf8, 0x3f])
    e.str('general.nested').u32(9).u32(9).u64(2).u32(4).u64(1).u32(7).u32(8).u64(0)
    const info = await readGgufHeader(bufferByteSource(e.bytes()))
    expect(info.problem).toBeUndefined()
    expect(info.metadata).toMatchObject({
      'general.u8': '200',
      'general.i8': '-1',
      'general.u16': '4660',
      'general.i16': '-2',
      'general.u32': '1',
      'general.i32': '-3',
      'general.f32': '1.5',
      'general.bool': 'true',
      'general.u64': '9223372036854775808',
      'general.i64': '-1',
      'general.f64': '1.5',
      'general.nested': '[2 arrays]'
    })
  })

  it('reads a big-endian file', async () => {
    const bytes = header(3, 0, 1, false).str('general.name').u32(8).str('Big End').bytes()
    const info = await readGgufHeader(bufferByteSource(bytes))
    expect(info.problem).toBeUndefined()
    expect(info.modelName).toBe('Big End')
    expect(info.metadata?.['gguf.byte_order']).toBe('big-endian')
  })

  it('reads a version 1 file with 32-bit counts and lengths', async () => {
    const bytes = new Enc()
      .raw([0x47, 0x47, 0x55, 0x46])
      .u32(1)
      .u32(1)
      .u32(1)
      .str('general.name', true)
      .u32(8)
      .str('Old', true)
      .str('w', true)
      .u32(2)
      .u32(3)
      .u32(5)
      .u32(0)
      .u64(0)
      .bytes()
    const info = await readGgufHeader(bufferByteSource(bytes))
    expect(info.problem).toBeUndefined()
    expect(info.modelName).toBe('Old')
    expect(info.parameterCount).toBe(15)
  })

  it('keeps what it read when the header runs past the read cap', async () => {
    const bytes = ggufBytes({
      metadata: {
        'general.name': 'Capped',
        'tokenizer.ggml.tokens': Array.from({ length: 5000 }, (_, i) => `t${i}`),
        'general.license': 'mit'
      }
    })
    const src = bufferByteSource(bytes)
    const info = await readGgufHeader(src, { readCap: 4096 })
    expect(info.modelName).toBe('Capped')
    expect(info.license).toBeUndefined()
    expect(info.problem).toMatch(/4096-byte read cap/)
    expect(src.bytesRead).toBeLessThanOrEqual(4096)
  })
})

describe('readGgufHeader on hostile input', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['no magic', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]), /missing GGUF magic/],
    ['a short file', Uint8Array.from([0x47, 0x47]), /too short/],
    ['version 7', header(7, 0, 0).bytes(), /unsupported GGUF version/],
    ['2^60 KVs', header(3, 0, 2n ** 60n).bytes(), new RegExp(`cap ${GGUF_MAX_KV}`)],
    ['KV count the file cannot hold', header(3, 0, 50_000).bytes(), /more than the file can hold/],
    ['2^60 tensors', header(3, 2n ** 60n, 0).bytes(), /claims 1152921504606846976 tensors/],
    ['2^64-1 tensors', header(3, 2n ** 64n - 1n, 0).bytes(), /tensors/],
    [
      'a string length of 2^63',
      header(3, 0, 1)
        .u64(2n ** 63n)
        .raw(new Uint8Array(16))
        .bytes(),
      /over the 1048576-byte cap/
    ],
    [
      'a string length within the cap but past the end',
      header(3, 0, 1).u64(1000).raw(new Uint8Array(16)).bytes(),
      /truncated/
    ],
    [
      'a value string of 2^63 bytes',
      header(3, 0, 1)
        .str('general.name')
        .u32(8)
        .u64(2n ** 63n)
        .bytes(),
      /over the 1048576-byte cap/
    ],
    [
      'an array of 2^62 u64 values',
      header(3, 0, 1)
        .str('k')
        .u32(9)
        .u32(10)
        .u64(2n ** 62n)
        .bytes(),
      /truncated/
    ],
    [
      'an array of 2^60 strings',
      header(3, 0, 1)
        .str('k')
        .u32(9)
        .u32(8)
        .u64(2n ** 60n)
        .bytes(),
      /truncated/
    ],
    [
      'arrays nested five deep',
      header(3, 0, 1)
        .str('k')
        .u32(9)
        .u32(9)
        .u64(1)
        .u32(9)
        .u64(1)
        .u32(9)
        .u64(1)
        .u32(9)
        .u64(1)
        .u32(9)
        .u64(1)
        .u32(0)
        .u64(0)
        .bytes(),
      /deeper than 4/
    ],
    [
      'an unknown value type',
      header(3, 0, 1).str('k').u32(99).u64(0).bytes(),
      /unknown value type/
    ],
    [
      'a skipped string array with an element of 2^40 bytes',
      header(3, 0, 1)
        .str('tokenizer.ggml.tokens')
        .u32(9)
        .u32(8)
        .u64(3)
        .str('a')
        .u64(2n ** 40n)
        .raw(new Uint8Array(16))
        .bytes(),
      /claims 1099511627776 bytes, over the 1048576-byte cap/
    ],
    [
      'a skipped string array with an element of 2,000,000 bytes',
      header(3, 0, 1)
        .str('tokenizer.ggml.tokens')
        .u32(9)
        .u32(8)
        .u64(2)
        .u64(2_000_000)
        .raw(new Uint8Array(16))
        .bytes(),
      /claims 2000000 bytes, over the 1048576-byte cap/
    ],
    [
      'a skipped string array whose element runs past the end',
      header(3, 0, 1)
        .str('tokenizer.ggml.tokens')
        .u32(9)
        .u32(8)
        .u64(3)
        .str('a')
        .u64(500)
        .raw(new Uint8Array(40))
        .bytes(),
      /truncated/
    ],
    [
      'a tensor with 1000 dimensions',
      header(3, 1, 0).str('w').u32(1000).raw(new Uint8Array(64)).bytes(),
      /1000 dimensions/
    ],
    [
      'a truncated tensor info',
      header(3, 1, 0).str('w').u32(2).u64(3).raw(new Uint8Array(12)).bytes(),
      /truncated/
    ]
  ]

  it.each(cases)('%s gives a problem and never throws', async (_name, bytes, problem) => {
    const src = bufferByteSource(bytes)
    const info = await readGgufHeader(src)
    expect(info.format).toBe('gguf')
    expect(info.problem).toMatch(problem)
    expect(src.bytesRead).toBeLessThanOrEqual(Math.min(bytes.length, GGUF_READ_CAP))
  })

  it.each([
    ['version 3, little-endian', 3, true],
    ['version 3, big-endian', 3, false],
    ['version 1 (32-bit lengths)', 1, true]
  ] as const)(
    'skips a tokenizer array across read-ahead windows and reads the key after it (%s)',
    async (_name, version, le) => {
      const v1 = version === 1
      const enc = new Enc(le).raw([0x47, 0x47, 0x55, 0x46]).u32(version)
      if (v1) enc.u32(0).u32(2)
      else enc.u64(0).u64(2)
      // 30,000 strings of 1 to 13 bytes: about 400 KB, so lengths straddle many 60 KiB windows.
      enc.str('tokenizer.ggml.tokens', v1).u32(9).u32(8)
      if (v1) enc.u32(30_000)
      else enc.u64(30_000)
      for (let i = 0; i < 30_000; i++) enc.str('t'.repeat(1 + (i % 13)), v1)
      enc.str('general.name', v1).u32(8).str('After The Tokens', v1)
      const bytes = enc.bytes()
      const src = bufferByteSource(bytes)
      const info = await readGgufHeader(src)
      expect(info.problem).toBeUndefined()
      expect(info.metadata?.['general.name']).toBe('After The Tokens')
      // Lengths that straddle a window are read again with the next one: at most a window more.
      expect(src.bytesRead).toBeLessThan(bytes.length + 64 * 1024)
    }
  )

  it.each([
    ['version 3, little-endian', 3, true],
    ['version 3, big-endian', 3, false],
    ['version 1 (32-bit sizes)', 1, true]
  ] as const)(
    'counts the parameters of thousands of tensors across read-ahead windows (%s)',
    async (_name, version, le) => {
      const v1 = version === 1
      const size = (enc: Enc, n: bigint | number): Enc => (v1 ? enc.u32(Number(n)) : enc.u64(n))
      const shapes: bigint[][] = []
      for (let i = 0; i < 3000; i++) shapes.push([BigInt(1 + (i % 97)), BigInt(4096 + i)])
      // Past 32 bits, and a product past 2^53: the exact (BigInt) path, between buffered ones.
      if (!v1) shapes.splice(1500, 0, [2n ** 33n, 3n], [2n ** 30n, 2n ** 30n, 2n ** 10n])
      const enc = new Enc(le).raw([0x47, 0x47, 0x55, 0x46]).u32(version)
      size(enc, shapes.length)
      size(enc, 0)
      shapes.forEach((shape, i) => {
        enc.str(`blk.${i}.ffn_up.weight`, v1)
        enc.u32(shape.length)
        for (const d of shape) size(enc, d)
        enc.u32(i % 2) // F32, F16
        enc.u64(0)
      })
      const bytes = enc.bytes()
      const src = bufferByteSource(bytes)
      const info = await readGgufHeader(src)
      const numel = (shape: bigint[]): bigint => shape.reduce((a, b) => a * b, 1n)
      const byType = [0n, 0n]
      shapes.forEach((shape, i) => (byType[i % 2] += numel(shape)))
      expect(info.problem).toBeUndefined()
      expect(info.tensorCount).toBe(shapes.length)
      expect(info.parameterCount).toBe(Number(byType[0] + byType[1]))
      expect(info.dtypes).toEqual({ F32: Number(byType[0]), F16: Number(byType[1]) })
    }
  )

  it('does not report a tensor count it refused to believe', async () => {
    const info = await readGgufHeader(bufferByteSource(header(3, 2n ** 60n, 0).bytes()))
    expect(info.tensorCount).toBeUndefined()
    expect(info.parameterCount).toBeUndefined()
  })

  it('stops at the 16 MiB cap on a sparse file whose header claims more', async () => {
    // A 64 MiB file: header + a string array of 2^22 empty strings (32 MiB of length fields).
    const head = header(3, 0, 1).str('general.name').u32(8).str('Huge').bytes()
    const arr = new Enc()
      .str('tokenizer.ggml.tokens')
      .u32(9)
      .u32(8)
      .u64(2n ** 22n)
      .bytes()
    const path = join(dir, 'sparse-header.gguf')
    const full = new Uint8Array(64 * 1024 * 1024)
    // Rewrite the KV count to 2 and append the array KV.
    const start = header(3, 0, 2).bytes()
    full.set(start, 0)
    full.set(head.subarray(start.length), start.length)
    full.set(arr, head.length)
    await writeFile(path, full)
    const { source, close } = await openFileByteSource(path)
    try {
      const info = await readGgufHeader(source)
      expect(info.modelName).toBe('Huge')
      expect(info.problem).toMatch(/read cap/)
      expect(source.bytesRead).toBeLessThanOrEqual(GGUF_READ_CAP)
    } finally {
      await close()
    }
  })
})
