import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  writeFileSync
} from 'node:fs'
import { stat } from 'node:fs/promises'
import { isAscii } from 'node:buffer'
import { resolve, sep } from 'node:path'
import { openFileByteSource, type CountingByteSource } from './formats/bytes.js'
import { inspectWeightFile, isWeightFileName } from './formats/index.js'
import { LFS_SPEC_VERSIONS, parseLfsPointer } from './formats/lfs.js'
import { formatBytes } from '../format.js'
import { classifyPath, READ_CAP, type FileRole } from './classify.js'
import type { ScannedFile, SkippedItem, Snapshot } from './types.js'
import type { IndexedFile } from './facts.js'
import { walkRepository, type WalkedFile, type WalkLimits } from './walk.js'
import { segmentCount } from '../util/paths.js'

export interface ScanOptions {
  /** Seconds after which the scan stops and reports itself as partial. */
  maxSeconds: number
  /** Gitignore-style patterns left out of the scan (policy `ignore:`). */
  ignore: string[]
  /** Most text files whose content is read per role; the rest count by path only. */
  maxTextFiles: number
  /** Walker limits (tests lower them). */
  walk?: Partial<WalkLimits>
}

/**
 * Text files read per role (documents, code, configs), shallowest first, from a folder and from
 * the Hub alike, so a checkout and its Hub copy give one report. Measured, not guessed: on the
 * 24 real repositories of bench/READS.md, no report changes between this cap and five times
 * it, and the first changes at 300. `--max-text-files` raises it.
 */
export const MAX_TEXT_FILES = 1000

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  maxSeconds: 120,
  ignore: [],
  maxTextFiles: MAX_TEXT_FILES
}

/** The scan's only user-facing failure: the directory itself cannot be scanned. */
export class ScanInputError extends Error {}

const LFS_POINTER_MAX = 1024
/**
 * The shortest text parseLfsPointer accepts: the shortest spec URL, a 64-digit oid and `size 0`,
 * one line each. A smaller file cannot be a pointer, so its size alone rules it out.
 */
export const LFS_POINTER_MIN = Math.min(
  ...LFS_SPEC_VERSIONS.map((v) => `version ${v}\noid sha256:${'0'.repeat(64)}\nsize 0`.length)
)
const BINARY_SNIFF = 8192
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

export interface ReadOutcome {
  file: ScannedFile
  skipped?: SkippedItem
  bytesRead: number
  weightBytes?: number
}

/**
 * The absolute path of a walked file: `root` is resolved and the walk's paths are plain relative
 * ones (no `.`, `..` or empty segments), so a concatenation names the file path.join would name
 * (the same string on POSIX), without its per-character normalisation.
 */
function inRoot(root: string, path: string): string {
  return root.endsWith('/') || root.endsWith(sep) ? root + path : root + sep + path
}

/**
 * Reads a weight file's header, or the bytes of a file the quick paths below leave to it, into
 * `file` (mutated in place: 100,000 files need no second copy).
 */
async function readFile(root: string, file: ScannedFile, role: FileRole): Promise<ReadOutcome> {
  const path = file.path
  let opened
  try {
    opened = await openFileByteSource(inRoot(root, path))
  } catch (error) {
    return {
      file,
      bytesRead: 0,
      skipped: {
        path,
        reason: 'unreadable',
        detail: `could not be opened as a regular file (${describe(error)})`
      }
    }
  }
  try {
    return await readFromSource(opened.source, file, role)
  } finally {
    await opened.close().catch(() => undefined)
  }
}

/**
 * What the scan reads of one file, from any byte source (a local file, or a file on the Hub read
 * through range requests): an LFS pointer, a weight header, or capped text. Mutates `file`.
 */
export async function readFromSource(
  source: CountingByteSource,
  file: ScannedFile,
  role: FileRole
): Promise<ReadOutcome> {
  const path = file.path
  try {
    file.size = source.size
    if (source.size < LFS_POINTER_MAX && source.size > 0) {
      const head = await source.read(0, source.size)
      const pointer = parseLfsPointer(head)
      if (pointer !== null) {
        file.lfs = pointer
        return { file, bytesRead: source.bytesRead }
      }
      if (role === 'weights') {
        file.weight = await inspectWeightFile(source, path)
        return { file, bytesRead: source.bytesRead, weightBytes: source.bytesRead }
      }
    } else if (role === 'weights') {
      file.weight = await inspectWeightFile(source, path)
      return { file, bytesRead: source.bytesRead, weightBytes: source.bytesRead }
    }
    const cap = READ_CAP[role]
    if (cap <= LFS_POINTER_MAX || source.size === 0) {
      if (source.size === 0) file.text = role === 'binary-data' ? undefined : ''
      return { file, bytesRead: source.bytesRead }
    }
    const length = Math.min(cap, source.size)
    const bytes = await source.read(0, length)
    const sniff = bytes.subarray(0, BINARY_SNIFF)
    if (sniff.includes(0)) {
      return {
        file,
        bytesRead: source.bytesRead,
        skipped: {
          path,
          reason: 'binary-document',
          detail: 'binary content in a file named as text; not read'
        }
      }
    }
    file.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
    if (source.size > length) {
      file.truncated = true
      return {
        file,
        bytesRead: source.bytesRead,
        skipped: {
          path,
          reason: 'too-large',
          detail: `${formatBytes(source.size)}; only the first ${formatBytes(length)} was read`
        }
      }
    }
    return { file, bytesRead: source.bytesRead }
  } catch (error) {
    return {
      file,
      bytesRead: source.bytesRead,
      skipped: { path, reason: 'unreadable', detail: `read failed (${describe(error)})` }
    }
  }
}

/**
 * A data file is opened only when its size allows a Git LFS pointer: the size comes from lstat
 * (one call, no descriptor). Null leaves the file to readFile (not a regular file any more, or
 * lstat failed), so those cases are reported as before.
 */
function readDataFile(root: string, file: ScannedFile): ReadOutcome | null {
  let size: number
  try {
    const info = lstatSync(inRoot(root, file.path))
    if (!info.isFile()) return null
    size = info.size
  } catch {
    return null
  }
  if (size >= LFS_POINTER_MIN && size < LFS_POINTER_MAX) return null
  file.size = size
  return { file, bytesRead: 0 }
}

/**
 * Batch size. A full batch is over Node's 1,031,913-byte threshold and decodes to an external
 * string; a smaller one over 128 KiB to a large object. V8 moves neither.
 */
const TEXT_BATCH_BYTES = 1 << 20
/** Larger texts are decoded on their own (they are large objects for V8 already). */
const BATCHED_TEXT_MAX = 64 * 1024

/**
 * The scan keeps every text it reads until the report is made. Decoded one by one, each text is a
 * young object that V8's scavenger copies twice before it settles in the old generation: tens of
 * megabytes copied on a large tree. ASCII texts (most of them) are instead read into a batch,
 * and a batch is decoded once into a single string that V8 never moves; each file's text is a
 * slice of it (for ASCII, a byte is a character, so the text is the same). Other texts, and large
 * ones, are decoded on their own.
 */
class TextBatches {
  /** Reused after each flush: decoding copies the bytes into the string. */
  readonly buffer = Buffer.allocUnsafe(TEXT_BATCH_BYTES)
  private used = 0
  private pending: ScannedFile[] = []
  private ends: number[] = []

  /**
   * Where a read of up to `length` bytes (at most BATCHED_TEXT_MAX + 1) goes in `buffer`: after
   * the texts kept so far, the batch decoded first when they leave too little room. A text read
   * there is kept by `keep` without a copy.
   */
  reserve(length: number): number {
    if (this.used + length > TEXT_BATCH_BYTES) this.flush()
    return this.used
  }

  /**
   * Sets `file.text` from `bytes`. Bytes read into `buffer` at the offset `reserve` gave
   * (`inBatch`) join the batch when they are ASCII; anything else is decoded now.
   */
  keep(file: ScannedFile, bytes: Buffer, inBatch: boolean): void {
    if (!inBatch || bytes.length > BATCHED_TEXT_MAX || !isAscii(bytes)) {
      file.text = bytes.toString('utf8')
      return
    }
    this.used += bytes.length
    this.pending.push(file)
    this.ends.push(this.used)
  }

  /** Decodes the batch and hands each waiting file its slice. */
  flush(): void {
    if (this.pending.length > 0) {
      const all = this.buffer.toString('latin1', 0, this.used)
      let start = 0
      for (let i = 0; i < this.pending.length; i++) {
        const end = this.ends[i]
        this.pending[i].text = all.slice(start, end)
        start = end
      }
    }
    this.used = 0
    this.pending = []
    this.ends = []
  }
}

let scratch = Buffer.alloc(0)

/** One buffer for the texts too long for a batch (each is decoded before the next). */
function scratchBuffer(length: number): Buffer {
  if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, 64 * 1024))
  return scratch
}

/**
 * Documents, code and configs: one synchronous open, one read of up to one byte past the cap (two
 * for a text over 64 KiB), and close. The bytes read give the size (a short read is the end), so
 * no fstat and no Stats object per file; fstat runs only for what the reads cannot tell: an empty
 * result (an empty file, or no longer a regular file) and a file over the cap (whose size the
 * report names). The first bytes serve both the LFS pointer check and the text, so a small file is
 * read once.
 */
function readTextFile(
  root: string,
  file: ScannedFile,
  role: FileRole,
  texts: TextBatches
): ReadOutcome | null {
  const path = file.path
  let fd: number
  try {
    fd = openSync(inRoot(root, path), OPEN_FLAGS)
  } catch {
    return null
  }
  let bytesRead = 0
  try {
    const cap = READ_CAP[role]
    // The first read goes straight into the text batch; only a file larger than a batched text
    // (rare) moves to the scratch buffer for the rest of its read.
    // A regular file gives fewer bytes than asked only at its end (libuv retries interrupted
    // reads): a short read ends the file without another call to see 0.
    const first = Math.min(cap + 1, BATCHED_TEXT_MAX + 1)
    let bytes: Buffer = texts.buffer
    let offset = texts.reserve(first)
    bytesRead = readSync(fd, bytes, offset, first, 0)
    if (bytesRead === first && bytesRead <= cap) {
      const large = scratchBuffer(cap + 1)
      bytes.copy(large, 0, offset, offset + bytesRead)
      bytes = large
      offset = 0
      while (bytesRead <= cap) {
        const asked = cap + 1 - bytesRead
        const n = readSync(fd, large, bytesRead, asked, bytesRead)
        bytesRead += n
        if (n < asked) break
      }
    }
    let size = bytesRead
    if (bytesRead === 0 || bytesRead > cap) {
      const info = fstatSync(fd)
      if (!info.isFile()) return null
      size = info.size
    }
    file.size = size
    if (size === 0) {
      file.text = ''
      return { file, bytesRead }
    }
    const length = Math.min(cap, bytesRead)
    const head = bytes.subarray(offset, offset + length)
    if (size < LFS_POINTER_MAX) {
      const pointer = parseLfsPointer(head)
      if (pointer !== null) {
        file.lfs = pointer
        return { file, bytesRead }
      }
    }
    if (head.subarray(0, BINARY_SNIFF).includes(0)) {
      return {
        file,
        bytesRead,
        skipped: {
          path,
          reason: 'binary-document',
          detail: 'binary content in a file named as text; not read'
        }
      }
    }
    texts.keep(file, head, bytes === texts.buffer)
    if (size > length) {
      file.truncated = true
      return {
        file,
        bytesRead,
        skipped: {
          path,
          reason: 'too-large',
          detail: `${formatBytes(size)}; only the first ${formatBytes(length)} was read`
        }
      }
    }
    return { file, bytesRead }
  } catch (error) {
    // A folder put in the file's place since the listing: left to readFile, which reports it.
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return null
    return {
      file,
      bytesRead,
      skipped: { path, reason: 'unreadable', detail: `read failed (${describe(error)})` }
    }
  } finally {
    closeSync(fd)
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code) return code
  return error instanceof Error ? error.message.split('\n')[0].slice(0, 120) : 'error'
}

/** The number of folders above a file: per folder (a record's shared `dir`) when it has one. */
function depthOf(file: ScannedFile, byFolder: Map<string, number>): number {
  const dir = (file as Partial<IndexedFile>).dir
  if (dir === undefined) return segmentCount(file.path) - 1
  let depth = byFolder.get(dir)
  if (depth === undefined) {
    depth = dir === '' ? 0 : segmentCount(dir)
    byFolder.set(dir, depth)
  }
  return depth
}

/**
 * The `keep` files of `list` with the fewest folders in their path, ordered by depth then path.
 * Only the depths up to the one where `keep` is reached are sorted, not the whole list.
 */
function shallowestFirst<F extends ScannedFile>(list: readonly F[], keep: number): F[] {
  const depths = new Uint16Array(list.length)
  const perDepth: number[] = []
  const byFolder = new Map<string, number>()
  for (let i = 0; i < list.length; i++) {
    // The walk stops far below 65,535 levels (maxDepth); a deeper Hub path sorts last.
    const depth = Math.min(depthOf(list[i], byFolder), 0xffff)
    depths[i] = depth
    while (perDepth.length <= depth) perDepth.push(0)
    perDepth[depth]++
  }
  let boundary = 0
  for (let below = 0; below + perDepth[boundary] < keep; boundary++) below += perDepth[boundary]
  const kept: number[] = []
  for (let i = 0; i < list.length; i++) if (depths[i] <= boundary) kept.push(i)
  kept.sort((a, b) => depths[a] - depths[b] || (list[a].path < list[b].path ? -1 : 1))
  kept.length = keep
  return kept.map((i) => list[i])
}

const TEXT_ROLES: readonly FileRole[] = ['document', 'code', 'config']

/**
 * Decides what to read: weights and pointer candidates always; text up to a count per role,
 * shallow paths first (a release's own files sit near the top, generated trees deep below).
 * Returns the files themselves, in reading order: no wrapper object per file.
 */
function orderReads<F extends ScannedFile>(
  files: readonly F[],
  roleOf: (file: F) => FileRole,
  maxTextFiles: number
): { toRead: F[]; textNotRead: number } {
  const textByRole: F[][] = TEXT_ROLES.map(() => [])
  const toRead: F[] = []
  for (let i = 0; i < files.length; i++) {
    const file = files[i]
    const role = roleOf(file)
    if (role === 'weights' || role === 'binary-data') toRead.push(file)
    else if (role === 'document') textByRole[0].push(file)
    else if (role === 'code') textByRole[1].push(file)
    else if (role === 'config') textByRole[2].push(file)
  }
  let textNotRead = 0
  for (const list of textByRole) {
    if (list.length > maxTextFiles) {
      textNotRead += list.length - maxTextFiles
      for (const file of shallowestFirst(list, maxTextFiles)) toRead.push(file)
    } else for (const file of list) toRead.push(file)
  }
  return { toRead, textNotRead }
}

/** orderReads for files without facts (a Hub listing), each with its role. */
export function planReads(
  files: ScannedFile[],
  maxTextFiles: number
): { toRead: { file: ScannedFile; role: FileRole }[]; textNotRead: number } {
  const roles = new Map(files.map((f) => [f, classifyPath(f.path, isWeightFileName)]))
  const { toRead, textNotRead } = orderReads(files, (f) => roles.get(f)!, maxTextFiles)
  return { toRead: toRead.map((file) => ({ file, role: roles.get(file)! })), textNotRead }
}

/**
 * The I/O edge of the pipeline: walks the repository, reads headers of weight files, text of
 * documents, code and configs (capped), and returns a Snapshot for the pure detectors.
 */
export async function scanRepository(
  dir: string,
  options: Partial<ScanOptions> = {}
): Promise<Snapshot> {
  // An option passed as undefined keeps its default, as an option left out does.
  const given = Object.entries(options).filter(([, value]) => value !== undefined)
  const opts: ScanOptions = { ...DEFAULT_SCAN_OPTIONS, ...Object.fromEntries(given) }
  const started = Date.now()
  const deadline = started + opts.maxSeconds * 1000
  const root = resolve(dir)
  let rootInfo
  try {
    rootInfo = await stat(root)
  } catch (error) {
    throw new ScanInputError(`cannot read ${dir}: ${describe(error)}`)
  }
  if (!rootInfo.isDirectory()) throw new ScanInputError(`${dir} is not a directory`)

  const walked = await walkRepository(root, { deadline, ignorePatterns: opts.ignore, ...opts.walk })
  const skipped: SkippedItem[] = [...walked.skipped]

  const files: WalkedFile[] = walked.files
  const { toRead, textNotRead } = orderReads(files, (f) => f.role, opts.maxTextFiles)

  let bytesRead = 0
  let maxWeightBytes = 0
  // The benchmark's floor repeats exactly these calls (bench/floor.mjs): `lstat PATH` for a data
  // file sized without opening it, `read PATH BYTES` for a file opened and read.
  const logPath = process.env.MODEL_OPENNESS_READ_LOG
  const log: string[] | null = logPath ? [] : null
  // One file after another: reads are short synchronous positional reads (see bytes.ts), so
  // parallel readers would only interleave them.
  const texts = new TextBatches()
  let next = 0
  let timedOut = false
  while (next < toRead.length) {
    if (Date.now() >= deadline) {
      timedOut = true
      break
    }
    const file = toRead[next++]
    const role = file.role
    const quick =
      role === 'binary-data'
        ? readDataFile(root, file)
        : role === 'weights'
          ? null
          : readTextFile(root, file, role, texts)
    const outcome = quick ?? (await readFile(root, file, role))
    if (log) {
      if (role === 'binary-data') log.push(`lstat\t${file.path}`)
      if (role !== 'binary-data' || quick === null)
        log.push(`read\t${file.path}\t${outcome.bytesRead}`)
    }
    bytesRead += outcome.bytesRead
    if (outcome.weightBytes !== undefined)
      maxWeightBytes = Math.max(maxWeightBytes, outcome.weightBytes)
    if (outcome.skipped) skipped.push(outcome.skipped)
  }

  texts.flush()
  if (logPath && log) writeFileSync(logPath, log.join('\n') + '\n')

  // The walk lists files in path order (walk.ts, pathOrder), which the snapshot promises.
  const snapshot: Snapshot = {
    files,
    directories: [...walked.directories].sort(),
    skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    stats: {
      filesSeen: walked.files.length,
      directoriesSeen: walked.directories.length,
      bytesRead,
      maxBytesReadPerWeight: maxWeightBytes,
      elapsedMs: Date.now() - started,
      ignoredFiles: walked.ignoredCount,
      textFilesNotRead: textNotRead
    }
  }
  if (walked.partial) snapshot.partial = walked.partial
  else if (timedOut) {
    snapshot.partial = {
      reason: 'time budget exhausted while reading files',
      remaining: toRead.slice(next, next + 100).map((f) => f.path)
    }
  }
  return snapshot
}
