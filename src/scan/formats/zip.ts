import { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { problemOf, withReadBudget } from './bytes.js'
import { MAX_REPORTED_ENTRIES, MetadataCollector, READ_AHEAD } from './limits.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Bytes of a zip read at most: the end-of-central-directory search plus the central directory. */
export const ZIP_READ_CAP = 8 * 1024 * 1024
/** Default number of central-directory entries listed. */
export const ZIP_MAX_ENTRIES = 10_000
/** Largest small JSON entry (e.g. a .keras metadata.json) read, compressed or not. */
export const ZIP_SMALL_ENTRY_CAP = 64 * 1024
/** Read-ahead block for central-directory reads, which yauzl issues in small pieces. */
const BLOCK = READ_AHEAD

/**
 * yauzl reader over a ByteSource. Central-directory reads come as many small sequential reads, so a
 * one-block read-ahead cache keeps them cheap; reads beyond the cache go straight to the source.
 */
class SourceReader extends yauzl.RandomAccessReader {
  private block: Uint8Array = new Uint8Array(0)
  private blockStart = 0

  /**
   * @param onCallbackError receives anything yauzl throws from inside a read callback, which would
   * otherwise become an unhandled rejection and leave the listing waiting forever.
   */
  constructor(
    private readonly src: ByteSource,
    private readonly onCallbackError: (err: unknown) => void
  ) {
    super()
  }

  private async readRange(position: number, length: number): Promise<Uint8Array> {
    const offset = position - this.blockStart
    if (offset >= 0 && offset + length <= this.block.length) {
      return this.block.subarray(offset, offset + length)
    }
    if (length >= BLOCK) {
      // Keep large reads too: yauzl reads the end of the file to find the end record, then asks
      // for the central directory inside that same range.
      const data = await this.src.read(position, length)
      this.block = data
      this.blockStart = position
      return data
    }
    const data = await this.src.read(position, Math.min(BLOCK, this.src.size - position))
    this.block = data
    this.blockStart = position
    return data.subarray(0, Math.min(length, data.length))
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void
  ): void {
    this.readRange(position, length)
      .then(
        (data) => {
          buffer.set(data, offset)
          callback(null, data.length)
        },
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)))
      )
      .catch(this.onCallbackError)
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const src = this.src
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let pos = start; pos < end;) {
        const data = await src.read(pos, Math.min(BLOCK, end - pos))
        if (data.length === 0) return
        pos += data.length
        yield Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      }
    }
    return Readable.from(chunks(), { objectMode: false })
  }
}

interface Listing {
  entries: yauzl.Entry[]
  zipfile?: yauzl.ZipFile
  problem?: string
}

/** Lists central-directory entries with yauzl (lazy, never decompressing); keeps the zip open. */
function listRaw(src: ByteSource, limit: number): Promise<Listing> {
  return new Promise((resolve) => {
    const entries: yauzl.Entry[] = []
    let settled = false
    const done = (listing: Listing): void => {
      if (settled) return
      settled = true
      resolve(listing)
    }
    if (src.size > Number.MAX_SAFE_INTEGER) {
      done({ entries, problem: 'zip file too large' })
      return
    }
    const options = { lazyEntries: true, autoClose: false, decodeStrings: true }
    try {
      const reader = new SourceReader(src, (err) => {
        done({ entries, problem: `zip reader failed: ${problemOf(err)}` })
      })
      yauzl.fromRandomAccessReader(reader, src.size, options, (err, zipfile) => {
        if (err || !zipfile) {
          done({ entries, problem: `not a readable zip: ${problemOf(err)}` })
          return
        }
        zipfile.on('error', (e: unknown) => {
          done({ entries, zipfile, problem: `zip central directory: ${problemOf(e)}` })
        })
        zipfile.on('end', () => done({ entries, zipfile }))
        zipfile.on('entry', (entry: yauzl.Entry) => {
          entries.push(entry)
          if (entries.length >= limit && zipfile.entryCount > limit) {
            done({
              entries,
              zipfile,
              problem: `zip lists ${zipfile.entryCount} entries; only the first ${limit} were read`
            })
            return
          }
          zipfile.readEntry()
        })
        zipfile.readEntry()
      })
    } catch (err) {
      done({ entries, problem: `not a readable zip: ${problemOf(err)}` })
    }
  })
}

/** Lists the names in a zip's central directory; reads at most ZIP_READ_CAP bytes. */
export async function listZipEntries(
  src: ByteSource,
  limit = ZIP_MAX_ENTRIES
): Promise<{ entries: string[]; problem?: string }> {
  const listing = await listRaw(withReadBudget(src, ZIP_READ_CAP), limit)
  listing.zipfile?.close()
  const result: { entries: string[]; problem?: string } = {
    entries: listing.entries.map((e) => e.fileName)
  }
  if (listing.problem !== undefined) result.problem = listing.problem
  return result
}

/** Reads one small entry's bytes (stored or deflated) with a cap on both sides. */
async function readSmallEntry(
  zipfile: yauzl.ZipFile,
  entry: yauzl.Entry
): Promise<Uint8Array | string> {
  if (entry.compressedSize > ZIP_SMALL_ENTRY_CAP || entry.uncompressedSize > ZIP_SMALL_ENTRY_CAP) {
    return `${entry.fileName} is larger than ${ZIP_SMALL_ENTRY_CAP} bytes; not read`
  }
  if (entry.isEncrypted() || !entry.canDecodeFileData()) {
    return `${entry.fileName} cannot be decoded`
  }
  let stream: Readable
  try {
    stream = await zipfile.openReadStreamPromise(entry)
  } catch (err) {
    return `${entry.fileName}: ${problemOf(err)}`
  }
  const parts: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer
      total += buf.length
      if (total > ZIP_SMALL_ENTRY_CAP) {
        stream.destroy()
        return `${entry.fileName} inflates past ${ZIP_SMALL_ENTRY_CAP} bytes; not read`
      }
      parts.push(buf)
    }
  } catch (err) {
    return `${entry.fileName}: ${problemOf(err)}`
  }
  return Buffer.concat(parts)
}

function isTorchLayout(names: string[]): boolean {
  return names.some((n) => /^(?:[^/]+\/)?data\.pkl$/.test(n))
}

/**
 * Classifies a zip by its central directory: a torch archive (`<dir>/data.pkl`), a Keras 3 archive
 * (`config.json` + `metadata.json`) or a NumPy .npz (all entries `.npy`). Nothing is decompressed
 * except a .keras `metadata.json` of at most ZIP_SMALL_ENTRY_CAP bytes.
 */
export async function inspectZipWeights(src: ByteSource): Promise<WeightInfo> {
  const budgeted = withReadBudget(src, ZIP_READ_CAP + ZIP_SMALL_ENTRY_CAP + BLOCK)
  const listing = await listRaw(budgeted, ZIP_MAX_ENTRIES)
  try {
    const names = listing.entries.map((e) => e.fileName)
    const files = names.filter((n) => !n.endsWith('/'))
    const info: WeightInfo = { format: 'unknown' }
    const problems: string[] = []
    if (listing.problem !== undefined) problems.push(listing.problem)
    const containsPickle = names.some((n) => /\.(pkl|pickle)$/i.test(n))

    if (isTorchLayout(names)) {
      info.format = 'pytorch-zip'
    } else if (files.includes('config.json') && files.includes('metadata.json')) {
      info.format = 'keras'
      const entry = listing.entries.find((e) => e.fileName === 'metadata.json')
      if (entry && listing.zipfile) {
        const meta = new MetadataCollector()
        const data = await readSmallEntry(listing.zipfile, entry)
        if (typeof data === 'string') problems.push(data)
        else readKerasMetadata(data, meta, problems)
        const record = meta.toRecord()
        if (record) info.metadata = record
      }
    } else if (files.length > 0 && files.every((n) => n.toLowerCase().endsWith('.npy'))) {
      info.format = 'numpy'
    } else if (files.length > 0 && listing.problem === undefined) {
      problems.push('zip archive without a known weight layout')
    }

    if (names.length > 0) info.entries = names.slice(0, MAX_REPORTED_ENTRIES)
    if (containsPickle) info.containsPickle = true
    if (problems.length > 0) info.problem = problems.join('; ')
    return info
  } finally {
    listing.zipfile?.close()
  }
}

function readKerasMetadata(data: Uint8Array, meta: MetadataCollector, problems: string[]): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(data).toString('utf8'))
  } catch {
    problems.push('metadata.json is not valid JSON')
    return
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push('metadata.json is not an object')
    return
  }
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      meta.set(k, String(v))
    }
  }
}
