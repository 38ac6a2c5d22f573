import { describe, expect, it } from '@jest/globals'
import { useByteFiles } from '../helpers/byte-files.js'
import { gzipSync } from 'node:zlib'
import {
  coremlBytes,
  npyBytes,
  tarBytes,
  tfliteBytes,
  torchZipBytes
} from '../../scripts/weight-writers.mjs'
import { bufferByteSource } from '../../src/scan/formats/bytes.js'
import { readCoreMlHeader } from '../../src/scan/formats/coreml.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import { TAR_READ_CAP, listTarEntries, readNemoHeader } from '../../src/scan/formats/nemo.js'
import { readNpyHeader } from '../../src/scan/formats/signatures.js'
import { readTfliteHeader } from '../../src/scan/formats/tflite.js'

const { withFile } = useByteFiles('formats-containers-')

describe('readCoreMlHeader', () => {
  it('reads author, licence, description and userDefined from the description metadata', async () => {
    const bytes = coremlBytes({
      specificationVersion: 7,
      shortDescription: 'A tiny classifier',
      versionString: '1.0',
      author: 'Example Lab',
      license: 'BSD-3-Clause',
      userDefined: { 'com.github.apple.coremltools.version': '7.1', license: 'not this one' },
      bodyBytes: 100_000
    })
    const { info, bytesRead } = await withFile('model.mlmodel', bytes, async (src) => ({
      info: await readCoreMlHeader(src),
      bytesRead: src.bytesRead
    }))
    expect(info).toEqual({
      format: 'coreml',
      license: 'BSD-3-Clause',
      metadata: {
        'coreml.specification_version': '7',
        shortDescription: 'A tiny classifier',
        versionString: '1.0',
        author: 'Example Lab',
        license: 'BSD-3-Clause',
        'com.github.apple.coremltools.version': '7.1'
      }
    })
    expect(bytesRead).toBeLessThan(1024)
  })

  it('gives a problem for a file that is not a Core ML model', async () => {
    const info = await readCoreMlHeader(bufferByteSource(Uint8Array.from([0x1a, 0x00, 0x12, 0x00])))
    expect(info.problem).toMatch(/not a Core ML model/)
  })

  it('gives a problem for a description length past the end', async () => {
    const bytes = Uint8Array.from([0x08, 0x04, 0x12, 0xff, 0xff, 0xff, 0xff, 0x0f])
    const info = await readCoreMlHeader(bufferByteSource(bytes))
    expect(info.problem).toMatch(/runs past the end/)
  })
})

describe('readTfliteHeader', () => {
  it('detects the TFL3 identifier', async () => {
    const info = await withFile('model.tflite', tfliteBytes(), (src) => readTfliteHeader(src))
    expect(info).toEqual({ format: 'tflite' })
  })

  it('gives a problem without it', async () => {
    const info = await readTfliteHeader(bufferByteSource(new Uint8Array(16)))
    expect(info.problem).toMatch(/TFL3/)
  })
})

describe('readNemoHeader', () => {
  it('lists the members of a plain-tar .nemo and notes the checkpoint pickle', async () => {
    const bytes = tarBytes({
      './model_config.yaml': 'name: tiny\n',
      './model_weights.ckpt': torchZipBytes('model_weights'),
      './tokenizer.model': new Uint8Array(700)
    })
    const info = await withFile('model.nemo', bytes, (src) => readNemoHeader(src))
    expect(info).toEqual({
      format: 'nemo',
      entries: ['model_config.yaml', 'model_weights.ckpt', 'tokenizer.model'],
      containsPickle: true
    })
  })

  it('notes a gzip-compressed .nemo without decompressing it', async () => {
    const bytes = new Uint8Array(gzipSync(tarBytes({ 'model_config.yaml': 'a: 1\n' })))
    const src = bufferByteSource(bytes)
    const info = await readNemoHeader(src)
    expect(info).toEqual({ format: 'nemo', metadata: { 'nemo.compression': 'gzip' } })
    expect(src.bytesRead).toBeLessThanOrEqual(512)
  })

  it('reports a tar without model_config.yaml', async () => {
    const info = await readNemoHeader(bufferByteSource(tarBytes({ 'a.txt': 'x' })))
    expect(info.problem).toMatch(/without model_config.yaml/)
  })

  it('reports a bad checksum, a truncated member and a missing end block', async () => {
    const good = tarBytes({ 'model_config.yaml': 'x'.repeat(2000) })
    const corrupt = good.slice()
    corrupt[0] = 0x5a
    expect((await listTarEntries(bufferByteSource(corrupt))).problem).toMatch(/checksum/)
    const truncated = good.subarray(0, 1024)
    expect((await listTarEntries(bufferByteSource(truncated))).problem).toMatch(/runs past the end/)
    const noEnd = good.subarray(0, 512 + 2048)
    expect(await listTarEntries(bufferByteSource(noEnd))).toEqual({
      entries: ['model_config.yaml']
    })
  })

  it('reads pax and GNU long names', async () => {
    const longName = `${'d'.repeat(120)}/model_config.yaml`
    const base = tarBytes({ placeholder: longName })
    // Turn the first member into a GNU 'L' record (its data is the next member's name).
    const withL = base.slice()
    withL.set(new TextEncoder().encode('././@LongLink'.padEnd(100, '\0')), 0)
    withL[156] = 'L'.charCodeAt(0)
    fixChecksum(withL)
    const next = tarBytes({ short: 'data' })
    const bytes = new Uint8Array([...withL.subarray(0, withL.length - 1024), ...next])
    expect((await listTarEntries(bufferByteSource(bytes))).entries).toEqual([longName])

    const record = ` path=${longName}\n`
    const pax = `${record.length + String(record.length + 3).length}${record}`
    const paxTar = tarBytes({ PaxHeader: pax })
    paxTar[156] = 'x'.charCodeAt(0)
    fixChecksum(paxTar)
    const paxBytes = new Uint8Array([...paxTar.subarray(0, paxTar.length - 1024), ...next])
    expect((await listTarEntries(bufferByteSource(paxBytes))).entries).toEqual([longName])
  })

  it('stops at the read cap for an archive of endless members', async () => {
    const members: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) members[`f${i}`] = ''
    const src = bufferByteSource(tarBytes(members))
    const listing = await listTarEntries(src)
    expect(listing.problem).toMatch(/more than 1000 members|read budget/)
    expect(src.bytesRead).toBeLessThanOrEqual(TAR_READ_CAP)
  })
})

function fixChecksum(block: Uint8Array): void {
  block.fill(0x20, 148, 156)
  let sum = 0
  for (let i = 0; i < 512; i++) sum += block[i]!
  block.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), 148)
}

describe('readNpyHeader', () => {
  it('reads dtype and shape', async () => {
    const info = await withFile('weights.npy', npyBytes([3, 5], '<f2'), (src) => readNpyHeader(src))
    expect(info).toEqual({
      format: 'numpy',
      tensorCount: 1,
      parameterCount: 15,
      dtypes: { '<f2': 15 }
    })
  })

  it('handles a one-dimensional shape and a scalar', async () => {
    expect((await readNpyHeader(bufferByteSource(npyBytes([7])))).parameterCount).toBe(7)
    expect((await readNpyHeader(bufferByteSource(npyBytes([])))).parameterCount).toBe(1)
  })

  it('refuses an oversized header length without reading it', async () => {
    const bytes = npyBytes([2]).slice()
    bytes[6] = 2
    new DataView(bytes.buffer).setUint32(8, 0xffffffff, true)
    const src = bufferByteSource(bytes)
    const info = await readNpyHeader(src)
    expect(info.problem).toMatch(/over the cap/)
    expect(src.bytesRead).toBeLessThanOrEqual(12 + HEADER_READ_SLACK)
  })
})
