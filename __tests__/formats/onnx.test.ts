import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onnxBytes } from '../../scripts/weight-writers.mjs'
import { bufferByteSource, openFileByteSource } from '../../src/scan/formats/bytes.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import { ONNX_READ_CAP, readOnnxHeader } from '../../src/scan/formats/onnx.js'
import { decodeVarint, parseMessage } from '../../src/scan/formats/protobuf.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-onnx-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function varint(v: bigint): number[] {
  const out: number[] = []
  do {
    let b = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) b |= 0x80
    out.push(b)
  } while (v > 0n)
  return out
}

describe('readOnnxHeader', () => {
  it('reads producer, IR version, opsets and licence, seeking past a 3 MB graph', async () => {
    const bytes = onnxBytes({
      producerName: 'pytorch',
      producerVersion: '2.1.0',
      irVersion: 8,
      opset: 17,
      metadata: { license: 'apache-2.0', author: 'Example' },
      graphBytes: 3_000_000
    })
    const path = join(dir, 'model.onnx')
    await writeFile(path, bytes)
    const { source, close } = await openFileByteSource(path)
    try {
      const info = await readOnnxHeader(source)
      expect(info).toEqual({
        format: 'onnx',
        license: 'apache-2.0',
        metadata: {
          'onnx.ir_version': '8',
          'onnx.producer_name': 'pytorch',
          'onnx.producer_version': '2.1.0',
          'onnx.opset_import': 'ai.onnx:17',
          license: 'apache-2.0',
          author: 'Example'
        }
      })
      expect(source.bytesRead).toBeLessThan(1024)
    } finally {
      await close()
    }
  })

  it('reports a missing ir_version', async () => {
    const bytes = onnxBytes({ producerName: 'x' }).subarray(2)
    const info = await readOnnxHeader(bufferByteSource(bytes))
    expect(info.problem).toMatch(/no ir_version/)
    expect(info.metadata?.['onnx.producer_name']).toBe('x')
  })

  const hostile: [string, number[], RegExp][] = [
    // field 7 (graph), wire 2, length 2^62: far past the end.
    ['a huge varint length', [0x08, 0x08, 0x3a, ...varint(2n ** 62n)], /runs past the end/],
    ['a length of 2^64-1', [0x08, 0x08, 0x3a, ...varint(2n ** 64n - 1n)], /runs past the end/],
    ['an overlong varint', [0x08, ...new Array<number>(11).fill(0xff)], /truncated varint/],
    ['a truncated tag', [0x08, 0x08, 0xff], /truncated or overlong field tag/],
    ['a group wire type', [0x08, 0x08, 0x0b], /unsupported wire type 3/],
    ['field number 0', [0x02, 0x00], /invalid field number/],
    [
      'text that is not protobuf',
      Array.from(new TextEncoder().encode('hello')),
      /not an ONNX|wire type|field/
    ]
  ]
  it.each(hostile)('%s gives a problem and never throws', async (_name, bytes, problem) => {
    const src = bufferByteSource(Uint8Array.from(bytes))
    const info = await readOnnxHeader(src)
    expect(info.format).toBe('onnx')
    expect(info.problem).toMatch(problem)
    expect(src.bytesRead).toBeLessThanOrEqual(bytes.length + HEADER_READ_SLACK)
  })

  it('stops after the read cap when a file holds endless small fields', async () => {
    // 200,000 repeated doc_string fields of 10 bytes: more than ONNX_READ_CAP in field reads.
    const field = [0x32, 10, ...new Array<number>(10).fill(0x61)]
    const bytes = new Uint8Array(8 + 200_000 * field.length)
    bytes.set([0x08, 0x08], 0)
    for (let i = 0; i < 200_000; i++) bytes.set(field, 2 + i * field.length)
    const src = bufferByteSource(bytes.subarray(0, 2 + 200_000 * field.length))
    const info = await readOnnxHeader(src)
    expect(info.problem).toMatch(/more than 10000 top-level fields|read budget/)
    expect(src.bytesRead).toBeLessThanOrEqual(ONNX_READ_CAP)
  })
})

describe('protobuf helpers', () => {
  it('decodes varints up to 64 bits and rejects an 11th byte', () => {
    expect(decodeVarint(Uint8Array.from([0x96, 0x01]), 0)).toEqual({ value: 150n, next: 2 })
    expect(decodeVarint(Uint8Array.from(varint(2n ** 64n - 1n)), 0)?.value).toBe(2n ** 64n - 1n)
    expect(decodeVarint(Uint8Array.from(new Array<number>(11).fill(0x80)), 0)).toBeNull()
  })

  it('parses a message and refuses more fields than the cap', () => {
    const msg = Uint8Array.from([0x08, 0x01, 0x12, 0x01, 0x41])
    expect(parseMessage(msg).map((f) => f.field)).toEqual([1, 2])
    expect(() => parseMessage(msg, 1)).toThrow(/more than 1 fields/)
  })
})
