import { describe, expect, it } from '@jest/globals'
import { useByteFiles } from '../helpers/byte-files.js'
import { truncate, writeFile } from 'node:fs/promises'
import { npyBytes, torchZipBytes, zipBytes } from '../../scripts/weight-writers.mjs'
import { bufferByteSource, openFileByteSource } from '../../src/scan/formats/bytes.js'
import { HEADER_READ_SLACK } from '../../src/scan/formats/limits.js'
import {
  ZIP_READ_CAP,
  ZIP_SMALL_ENTRY_CAP,
  inspectZipWeights,
  listZipEntries
} from '../../src/scan/formats/zip.js'

const { withFile, pathOf } = useByteFiles('formats-zip-')

describe('listZipEntries', () => {
  it('lists the entries of a torch .pt archive from the central directory', async () => {
    const entries = await withFile('model.pt', torchZipBytes('model'), (src) => listZipEntries(src))
    expect(entries).toEqual({
      entries: ['model/data.pkl', 'model/byteorder', 'model/data/0', 'model/version']
    })
  })

  it('reads ZIP64 end records', async () => {
    const bytes = zipBytes({ 'a.npy': npyBytes([2]), 'b.npy': npyBytes([3]) }, { zip64: true })
    const listing = await withFile('z64.npz', bytes, (src) => listZipEntries(src))
    expect(listing).toEqual({ entries: ['a.npy', 'b.npy'] })
  })

  it('stops at the entry limit and says so', async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i < 30; i++) many[`f${i}.txt`] = ''
    const listing = await listZipEntries(bufferByteSource(zipBytes(many)), 10)
    expect(listing.entries).toHaveLength(10)
    expect(listing.problem).toMatch(/30 entries; only the first 10/)
  })

  it('never decompresses: a deflated entry costs nothing beyond the central directory', async () => {
    const big = new Uint8Array(2_000_000).fill(7)
    const bytes = zipBytes({ 'blob.bin': big }, { compress: true })
    const src = bufferByteSource(bytes)
    const listing = await listZipEntries(src)
    expect(listing.entries).toEqual(['blob.bin'])
    expect(src.bytesRead).toBeLessThanOrEqual(bytes.length)
  })
})

describe('inspectZipWeights', () => {
  it('recognises a torch archive and notes the pickle', async () => {
    const info = await withFile('pytorch_model.bin', torchZipBytes('archive'), (src) =>
      inspectZipWeights(src)
    )
    expect(info).toEqual({
      format: 'pytorch-zip',
      containsPickle: true,
      entries: ['archive/data.pkl', 'archive/byteorder', 'archive/data/0', 'archive/version']
    })
  })

  it('reads keras_version from a deflated .keras metadata.json', async () => {
    const bytes = zipBytes(
      {
        'metadata.json': JSON.stringify({ keras_version: '3.3.3', date_saved: '2024-05-01' }),
        'config.json': JSON.stringify({ class_name: 'Sequential' }),
        'model.weights.h5': new Uint8Array(64)
      },
      { compress: true }
    )
    const info = await withFile('model.keras', bytes, (src) => inspectZipWeights(src))
    expect(info.format).toBe('keras')
    expect(info.metadata).toEqual({ keras_version: '3.3.3', date_saved: '2024-05-01' })
    expect(info.problem).toBeUndefined()
  })

  it('reads a stored .keras metadata.json', async () => {
    const bytes = zipBytes({
      'config.json': '{}',
      'metadata.json': '{"keras_version":"3.0.0"}'
    })
    const info = await inspectZipWeights(bufferByteSource(bytes))
    expect(info.metadata).toEqual({ keras_version: '3.0.0' })
  })

  it('does not inflate a metadata.json bomb past the small-entry cap', async () => {
    const bomb = '{"keras_version":"' + 'x'.repeat(ZIP_SMALL_ENTRY_CAP * 4) + '"}'
    const bytes = zipBytes({ 'config.json': '{}', 'metadata.json': bomb }, { compress: true })
    const info = await inspectZipWeights(bufferByteSource(bytes))
    expect(info.format).toBe('keras')
    expect(info.metadata).toBeUndefined()
    expect(info.problem).toMatch(/metadata.json (is larger|inflates past)/)
  })

  it('classifies an .npz as numpy', async () => {
    const bytes = zipBytes({ 'arr_0.npy': npyBytes([4]), 'arr_1.npy': npyBytes([2, 2]) })
    const info = await inspectZipWeights(bufferByteSource(bytes))
    expect(info).toEqual({ format: 'numpy', entries: ['arr_0.npy', 'arr_1.npy'] })
  })

  it('reports a zip without a known layout', async () => {
    const info = await inspectZipWeights(bufferByteSource(zipBytes({ 'readme.txt': 'hi' })))
    expect(info.format).toBe('unknown')
    expect(info.problem).toMatch(/without a known weight layout/)
  })

  it('reports entries with unsafe names as a problem', async () => {
    const info = await inspectZipWeights(bufferByteSource(zipBytes({ '../evil.pkl': 'x' })))
    expect(info.problem).toMatch(/invalid relative path/)
  })
})

describe('hostile zips', () => {
  it('gives a problem for a bogus end-of-central-directory record', async () => {
    const bytes = torchZipBytes('m')
    const view = new DataView(bytes.buffer)
    // Central directory offset (EOCD + 16) pointing far past the end.
    view.setUint32(bytes.length - 22 + 16, 0xfffffff0, true)
    const src = bufferByteSource(bytes)
    const info = await inspectZipWeights(src)
    expect(info.problem).toMatch(/zip/)
    expect(info.format).toBe('unknown')
    expect(src.bytesRead).toBeLessThanOrEqual(bytes.length)
  })

  it('gives a problem when the EOCD claims 65535 entries but has few', async () => {
    const bytes = torchZipBytes('m')
    const view = new DataView(bytes.buffer)
    view.setUint16(bytes.length - 22 + 8, 0xfffe, true)
    view.setUint16(bytes.length - 22 + 10, 0xfffe, true)
    const info = await inspectZipWeights(bufferByteSource(bytes))
    expect(info.problem).toMatch(/central directory/)
    // What was listed before the lie is still reported.
    expect(info.format).toBe('pytorch-zip')
  })

  it('gives a problem for bytes that are not a zip at all', async () => {
    const bytes = new Uint8Array(1000).fill(0x41)
    const listing = await listZipEntries(bufferByteSource(bytes))
    expect(listing.entries).toEqual([])
    expect(listing.problem).toMatch(/not a readable zip/)
  })

  it('reads only the tail of a sparse 10 GB file that is not a zip', async () => {
    const path = pathOf('sparse.zip')
    await writeFile(path, new Uint8Array(0))
    await truncate(path, 10 * 1024 ** 3)
    const { source, close } = await openFileByteSource(path)
    try {
      const info = await inspectZipWeights(source)
      expect(info.problem).toMatch(/not a readable zip/)
      expect(source.bytesRead).toBeLessThanOrEqual(HEADER_READ_SLACK + 1024)
    } finally {
      await close()
    }
  })

  it('stops at the read cap when the central directory is huge', async () => {
    const many: Record<string, string> = {}
    // ~40,000 entries with long names: a central directory well over ZIP_READ_CAP.
    const longName = 'n'.repeat(200)
    for (let i = 0; i < 40_000; i++) many[`${longName}${i}`] = ''
    const bytes = zipBytes(many)
    const src = bufferByteSource(bytes)
    const listing = await listZipEntries(src, 100_000)
    expect(listing.problem).toMatch(/read budget/)
    expect(listing.entries.length).toBeGreaterThan(1000)
    expect(src.bytesRead).toBeLessThanOrEqual(ZIP_READ_CAP)
  })
})
