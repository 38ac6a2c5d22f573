import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs'
import { READ_AHEAD } from './limits.js'
import type { ByteSource } from './types.js'

/** A ByteSource that counts the bytes it has handed out, so callers can prove a read cap. */
export interface CountingByteSource extends ByteSource {
  readonly bytesRead: number
}

/** Thrown when a reader asks for bytes at a position or length that is not a safe integer ≥ 0. */
function assertRange(position: number, length: number): void {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`invalid read position ${String(position)}`)
  }
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`invalid read length ${String(length)}`)
  }
}

/** Random access over bytes already in memory (tests, fuzzing, small files). */
export function bufferByteSource(buf: Uint8Array): CountingByteSource {
  let bytesRead = 0
  return {
    size: buf.length,
    get bytesRead() {
      return bytesRead
    },
    async read(position: number, length: number): Promise<Uint8Array> {
      assertRange(position, length)
      const start = Math.min(position, buf.length)
      const end = Math.min(buf.length, start + length)
      bytesRead += end - start
      return buf.subarray(start, end)
    }
  }
}

/** Largest single read the file source will allocate for; readers ask for far less. */
export const MAX_SINGLE_READ = 128 * 1024 * 1024

/**
 * Opens a file for header reading. O_NOFOLLOW refuses a final-component symlink, O_NONBLOCK keeps a
 * FIFO from blocking the open, and the fstat check refuses anything but a regular file.
 *
 * The calls are synchronous behind the async interface: each is a short positional read of a local
 * file, and the promise-based FileHandle costs several times more per file when a scan opens tens of
 * thousands of them (see bench/RESULTS.md).
 */
export async function openFileByteSource(
  path: string
): Promise<{ source: CountingByteSource; close(): Promise<void> }> {
  const flags = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0)
  const fd = openSync(path, flags)
  let size: number
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      throw new Error(`not a regular file: ${path}`)
    }
    size = stat.size
  } catch (err) {
    closeSync(fd)
    throw err instanceof Error ? err : new Error(String(err))
  }

  let bytesRead = 0
  let closed = false
  const source: CountingByteSource = {
    size,
    get bytesRead() {
      return bytesRead
    },
    async read(position: number, length: number): Promise<Uint8Array> {
      assertRange(position, length)
      const wanted = Math.max(0, Math.min(length, size - position))
      if (wanted > MAX_SINGLE_READ) {
        throw new RangeError(`read of ${wanted} bytes exceeds the single-read limit`)
      }
      // Not zero-filled: only the bytes the reads fill are handed out (a short read returns less).
      const out = Buffer.allocUnsafe(wanted)
      const filled = fill(position, out)
      return filled === wanted ? out : out.subarray(0, filled)
    },
    async readInto(position: number, target: Uint8Array): Promise<number> {
      assertRange(position, target.length)
      return fill(position, target)
    }
  }
  function fill(position: number, target: Uint8Array): number {
    if (closed) throw new Error('byte source is closed')
    const wanted = Math.max(0, Math.min(target.length, size - position))
    let filled = 0
    // The file may shrink while it is read; stop at the first short read that returns nothing.
    while (filled < wanted) {
      const n = readSync(fd, target, filled, wanted - filled, position + filled)
      if (n === 0) break
      filled += n
    }
    bytesRead += filled
    return filled
  }
  return {
    source,
    async close() {
      if (closed) return
      closed = true
      closeSync(fd)
    }
  }
}

/** Raised when a reader goes past the byte budget it was given. */
export class ReadBudgetError extends Error {
  constructor(budget: number) {
    super(`read budget of ${budget} bytes exhausted`)
    this.name = 'ReadBudgetError'
  }
}

/**
 * Wraps a source so that the total number of bytes handed out never exceeds `budget`: a read that
 * would cross it throws ReadBudgetError before touching the underlying source.
 */
export function withReadBudget(src: ByteSource, budget: number): CountingByteSource {
  let used = 0
  return {
    size: src.size,
    readAhead: src.readAhead,
    get bytesRead() {
      return used
    },
    async read(position: number, length: number): Promise<Uint8Array> {
      return src.read(position, take(position, length))
    },
    ...(src.readInto
      ? {
          readInto: async (position: number, target: Uint8Array): Promise<number> => {
            const wanted = take(position, target.length)
            return src.readInto!(position, target.subarray(0, wanted))
          }
        }
      : {})
  }
  /** Charges a read of up to `length` bytes at `position` to the budget; returns its length. */
  function take(position: number, length: number): number {
    assertRange(position, length)
    const wanted = Math.max(0, Math.min(length, src.size - position))
    if (used + wanted > budget) throw new ReadBudgetError(budget)
    used += wanted
    return wanted
  }
}

/** Reads exactly `length` bytes or returns null when the source ends first. */
export async function readExact(
  src: ByteSource,
  position: number,
  length: number
): Promise<Uint8Array | null> {
  if (position + length > src.size) return null
  const bytes = await src.read(position, length)
  return bytes.length === length ? bytes : null
}

/** The source ended before a structure that the header declares. */
export class TruncatedError extends Error {
  constructor(what: string) {
    super(`file ends inside ${what} (truncated or corrupt)`)
    this.name = 'TruncatedError'
  }
}

/** The header goes on past the reader's cap; what was read so far is still reported. */
export class ReadCapError extends Error {
  constructor(cap: number) {
    super(`header continues past the ${cap}-byte read cap; results are partial`)
    this.name = 'ReadCapError'
  }
}

const textDecoder = new TextDecoder('utf-8', { fatal: false })
const strictTextDecoder = new TextDecoder('utf-8', { fatal: true })

/** Decodes UTF-8, replacing invalid sequences. */
export function decodeUtf8(bytes: Uint8Array): string {
  return textDecoder.decode(bytes)
}

/** Decodes UTF-8, returning null for invalid input. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictTextDecoder.decode(bytes)
  } catch {
    return null
  }
}

/**
 * The unsigned 4- or 8-byte integer at `offset` of `view` as a number, or -1 when an 8-byte one
 * does not fit in 32 bits (callers leave those to the async readers, which report them).
 */
export function smallUnsigned(view: DataView, offset: number, width: 4 | 8, le: boolean): number {
  if (width === 4) return view.getUint32(offset, le)
  if (view.getUint32(le ? offset + 4 : offset, le) !== 0) return -1
  return view.getUint32(le ? offset : offset + 4, le)
}

/**
 * Forward reader over a ByteSource with a read-ahead window, so a header made of many small fields
 * costs few reads, and bytes read stay within (bytes consumed + one chunk). Positions past `cap`
 * raise ReadCapError; positions past the end raise TruncatedError. Never reads past `cap` (an
 * absolute position in the source).
 */
export class BufferedReader {
  private window: Uint8Array = new Uint8Array(0)
  private windowStart = 0
  /** The buffer each refill reads into, when the source can read into one (`readInto`). */
  private refillBuffer: Uint8Array | null = null
  private cachedView: DataView | null = null
  private cachedViewOf: Uint8Array | null = null
  private pos: number
  /** Position past which nothing is read: min(requested cap, size). */
  private readonly limit: number
  /** Read-ahead per read: the chunk asked for, or less when the source prefers less. */
  private readonly chunkSize: number

  constructor(
    private readonly src: ByteSource,
    start: number,
    readonly cap: number,
    chunkSize = READ_AHEAD,
    private littleEndian = true
  ) {
    this.pos = start
    this.limit = Math.min(cap, src.size)
    this.chunkSize = Math.max(1, Math.min(chunkSize, src.readAhead ?? chunkSize))
  }

  get position(): number {
    return this.pos
  }

  setLittleEndian(le: boolean): void {
    this.littleEndian = le
  }

  /** Throws when [pos, pos+n) is not readable: past the end (truncated) or past the cap. */
  ensureAvailable(n: number | bigint, what: string): number {
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= this.limit - this.pos) {
      return n
    }
    // Compare as "remaining" so that a claimed length near 2^64 never loses precision.
    const big = BigInt(n)
    if (big < 0n || big > BigInt(this.src.size - this.pos)) throw new TruncatedError(what)
    if (big > BigInt(this.limit - this.pos)) throw new ReadCapError(this.cap)
    return Number(big)
  }

  /**
   * Up to `want` bytes from the current position, as the new window. A source that reads into a
   * buffer refills the reader's own one, so the bytes of the previous window are overwritten:
   * views handed out are valid until the next call, as `bytes` says.
   */
  private async refill(want: number): Promise<Uint8Array> {
    if (this.src.readInto === undefined) return this.src.read(this.pos, want)
    if (this.refillBuffer === null || this.refillBuffer.length < want) {
      // Not zero-filled: only the bytes a read fills are handed out.
      this.refillBuffer = Buffer.allocUnsafe(Math.max(want, this.chunkSize))
    }
    const got = await this.src.readInto(this.pos, this.refillBuffer.subarray(0, want))
    return this.refillBuffer.subarray(0, got)
  }

  /** Returns n bytes at the current position (a view; valid until the next call). */
  async bytes(n: number, what = 'a field'): Promise<Uint8Array> {
    this.ensureAvailable(n, what)
    const offset = this.pos - this.windowStart
    if (offset >= 0 && offset + n <= this.window.length) {
      this.pos += n
      return this.window.subarray(offset, offset + n)
    }
    const want = Math.min(Math.max(n, this.chunkSize), this.limit - this.pos)
    const data = await this.refill(want)
    if (data.length < n) throw new TruncatedError(what)
    this.window = data
    this.windowStart = this.pos
    this.pos += n
    return data.subarray(0, n)
  }

  /** Moves forward without reading; the target must lie within the file and the cap. */
  skip(n: number | bigint, what = 'a field'): void {
    const k = this.ensureAvailable(n, what)
    this.pos += k
  }

  /**
   * How many bytes from the current position are buffered and within the cap: what a caller may
   * decode synchronously through `windowView()` from `windowOffset()` before calling `advance`.
   */
  bufferedLength(): number {
    const offset = this.pos - this.windowStart
    if (offset < 0 || offset > this.window.length) return 0
    return Math.min(this.window.length - offset, this.limit - this.pos)
  }

  /** The current position's offset in `windowView()`. */
  windowOffset(): number {
    return this.pos - this.windowStart
  }

  /** A view of the buffered window (one per window, not one per field). */
  windowView(): DataView {
    const window = this.window
    if (this.cachedView === null || this.cachedViewOf !== window) {
      this.cachedView = new DataView(window.buffer, window.byteOffset, window.byteLength)
      this.cachedViewOf = window
    }
    return this.cachedView
  }

  /** Moves forward over `n` bytes the caller decoded itself; `n` must be within bufferedLength(). */
  advance(n: number): void {
    if (n < 0 || n > this.bufferedLength()) throw new RangeError('advance past the buffered bytes')
    this.pos += n
  }

  /**
   * Skips up to `count` strings, each a 4- or 8-byte unsigned length then that many bytes, while
   * their lengths sit in the buffered window: no promise, BigInt or view per string, which matters
   * for a tokenizer's hundreds of thousands of entries. Stops before a length that is not buffered
   * or is over `maxLength` (the caller reads that one with the async readers, which also report
   * it), and returns how many it skipped. A string running past the end or the cap throws as
   * `skip` does.
   */
  skipBufferedStrings(count: number, width: 4 | 8, maxLength: number, what: string): number {
    const view = this.windowView()
    const le = this.littleEndian
    let skipped = 0
    while (skipped < count) {
      if (width > this.bufferedLength()) break
      const length = smallUnsigned(view, this.windowOffset(), width, le)
      if (length < 0 || length > maxLength) break
      this.pos += width
      this.skip(length, what)
      skipped++
    }
    return skipped
  }

  async u8(what?: string): Promise<number> {
    const b = await this.bytes(1, what)
    return b[0]!
  }

  async u32(what?: string): Promise<number> {
    const b = await this.bytes(4, what)
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, this.littleEndian)
  }

  async i32(what?: string): Promise<number> {
    const b = await this.bytes(4, what)
    return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, this.littleEndian)
  }

  async u64(what?: string): Promise<bigint> {
    const b = await this.bytes(8, what)
    return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, this.littleEndian)
  }

  async i64(what?: string): Promise<bigint> {
    const b = await this.bytes(8, what)
    return new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, this.littleEndian)
  }

  async view(n: number, what?: string): Promise<DataView> {
    const b = await this.bytes(n, what)
    return new DataView(b.buffer, b.byteOffset, n)
  }
}

/** Renders any thrown value as a one-line problem string. */
export function problemOf(err: unknown): string {
  if (err instanceof Error) return err.message
  return String(err)
}
