import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  type Dirent
} from 'node:fs'
import { join, resolve, isAbsolute } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { classifyPath } from './classify.js'
import { extensionOfName, FileRecord, folderFlags, nameFlags, type IndexedFile } from './facts.js'
import { isWeightFileName } from './formats/index.js'
import type { SkippedItem } from './types.js'

/** Folders that are never part of a release's content. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export interface WalkLimits {
  /** Stop listing after this many files; the report then says the scan is partial. */
  maxFiles: number
  /** Folders deeper than this are reported, not entered (a hostile repository can nest thousands). */
  maxDepth: number
  /** Epoch milliseconds after which the walk stops and reports what was left. */
  deadline: number
  /** Honour `.gitignore` files found in the tree. */
  gitignore: boolean
  /** Extra gitignore-style patterns to leave out (the policy file's `ignore:`). */
  ignorePatterns: string[]
}

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxFiles: 250_000,
  maxDepth: 64,
  deadline: Number.POSITIVE_INFINITY,
  gitignore: true,
  ignorePatterns: []
}

/** A listed file with its facts (name, extension, role, flags); the scan adds what it reads. */
export type WalkedFile = IndexedFile

export interface WalkResult {
  files: WalkedFile[]
  directories: string[]
  skipped: SkippedItem[]
  /** Files left out by .gitignore or the policy's ignore list (not a warning: they are not released). */
  ignoredCount: number
  partial?: { reason: string; remaining: string[] }
}

/** A scoped matcher: patterns of one `.gitignore`, relative to the folder that holds it. */
interface IgnoreScope {
  base: string
  matcher: Ignore
  /**
   * False when every pattern ends in `/` and none is negated: such patterns match only folders,
   * and files sit only in folders the walk entered (not ignored), so no file needs the check.
   */
  matchesFiles: boolean
}

/** Whether gitignore `text` has a pattern that can match a file (see IgnoreScope.matchesFiles). */
export function patternsMatchFiles(text: string): boolean {
  for (const raw of text.split('\n')) {
    // Trailing spaces are dropped unless escaped; a CR of a CRLF file goes with them.
    const line = raw.replace(/\r$/, '').replace(/(?<!\\)\s+$/, '')
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('!') || !line.endsWith('/') || line.endsWith('\\/')) return true
  }
  return false
}

function scopeOf(base: string, patterns: string | string[]): IgnoreScope {
  const text = typeof patterns === 'string' ? patterns : patterns.join('\n')
  return { base, matcher: ignore().add(patterns), matchesFiles: patternsMatchFiles(text) }
}

const GITIGNORE_CAP = 64 * 1024
/** The clock is read once per 1,024 entries: often enough for the budget, rare enough to be free. */
const CLOCK_CHECK_MASK = 1023
const utf8 = new TextDecoder('utf-8', { fatal: true })
const lossy = new TextDecoder('utf-8')

function decodeName(raw: Buffer): string | null {
  try {
    return utf8.decode(raw)
  } catch {
    return null
  }
}

function isIgnored(scopes: IgnoreScope[], path: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    if (!isDir && !scope.matchesFiles) continue
    const rel = scope.base === '' ? path : path.slice(scope.base.length + 1)
    if (rel === '' || rel.startsWith('..')) continue
    if (scope.matcher.ignores(isDir ? rel + '/' : rel)) return true
  }
  return false
}

/** Reads a .gitignore without following a link and without reading more than the cap. */
function readSmallRegularFile(absPath: string, cap: number): string | null {
  let fd: number | null = null
  try {
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    const info = fstatSync(fd)
    if (!info.isFile()) return null
    const buf = Buffer.alloc(Math.min(cap, info.size))
    const n = readSync(fd, buf, 0, buf.length, 0)
    return buf.subarray(0, n).toString('utf8')
  } catch {
    return null
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

function describeLink(root: string, linkDir: string, target: string | null): string {
  if (target === null) return 'symbolic link (target unreadable); not followed'
  const absolute = isAbsolute(target) ? resolve(target) : resolve(linkDir, target)
  const inside = absolute === root || absolute.startsWith(root + '/')
  return inside
    ? 'symbolic link inside the repository; not followed'
    : 'symbolic link pointing outside the repository; not followed'
}

/** What a listing entry is, from its Dirent: one number per entry instead of the Dirent kept. */
const FILE = 1
const FOLDER = 2
const LINK = 3
const OTHER = 0
const SPECIAL: Record<number, string> = {
  4: 'named pipe (FIFO)',
  5: 'socket',
  6: 'character device',
  7: 'block device'
}

function kindOf(entry: Dirent<string> | Dirent<Buffer>): number {
  // The common cases first: one method call for most entries.
  if (entry.isFile()) return FILE
  if (entry.isDirectory()) return FOLDER
  if (entry.isSymbolicLink()) return LINK
  if (entry.isFIFO()) return 4
  if (entry.isSocket()) return 5
  if (entry.isCharacterDevice()) return 6
  if (entry.isBlockDevice()) return 7
  return OTHER
}

/** A folder being walked: its entries in path order, and how far the walk has got. */
interface Frame {
  rel: string
  abs: string
  depth: number
  scopes: IgnoreScope[]
  /** `rel + '/'`, or '' at the root: the prefix of the folder's paths. */
  parent: string
  /** VENDORED | TEST bits the folder gives every file in it. */
  inheritedFlags: number
  listing: Listing
  /** Entry indexes in path order (see pathOrder). */
  order: number[]
  /** Position in `order` of the next entry. */
  next: number
}

/**
 * The folder's entries in the order their paths sort in (UTF-16 code units, as `<` compares):
 * a folder sorts as its name followed by '/', since every path below it continues that way. A
 * walk that visits entries in this order, and each folder's entries before its next sibling's,
 * lists files in path order without sorting 100,000 whole paths at the end: names contain no
 * '/', so comparing two names this way decides just as comparing the paths would.
 */
function pathOrder(listing: Listing): number[] {
  const { kinds, names } = listing
  const keys: string[] = new Array(kinds.length)
  const order: number[] = new Array(kinds.length)
  for (let i = 0; i < kinds.length; i++) {
    const name = names[i]
    // A name that is not valid UTF-8 is only reported: where it sorts does not matter.
    keys[i] = name === null ? '' : kinds[i] === FOLDER ? name + '/' : name
    order[i] = i
  }
  return order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0))
}

/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
 *
 * Each folder is listed with one synchronous `readdirSync(withFileTypes)`: the walk is bound by
 * system calls, and `opendir` with a call per entry costs about half as much again (bench/RESULTS.md).
 * The clock is read before and after each folder's listing and every 1,024 entries. An explicit
 * stack of folders instead of recursion keeps thousands of nested folders from overflowing. Files
 * come out in path order (see pathOrder), each with its facts (name, extension, role, vendored and
 * test flags) computed here, once.
 */
export async function walkRepository(
  rootDir: string,
  limits: Partial<WalkLimits> = {}
): Promise<WalkResult> {
  const opts = { ...DEFAULT_WALK_LIMITS, ...limits }
  const root = resolve(rootDir)
  const files: WalkedFile[] = []
  const directories: string[] = []
  const skipped: SkippedItem[] = []
  let ignoredCount = 0
  const policyScope: IgnoreScope[] =
    opts.ignorePatterns.length > 0 ? [scopeOf('', opts.ignorePatterns)] : []

  const frames: Frame[] = []
  let stopReason: string | null = null
  /** The folder the budget ran out before, while listing or while walking: first of what was left. */
  let stoppedIn: string | null = null

  /** Lists a folder and makes it the one being walked, unless the budget has run out. */
  const enter = (rel: string, depth: number, inherited: IgnoreScope[]): void => {
    if (Date.now() >= opts.deadline) {
      stopReason = 'time budget exhausted'
      stoppedIn = rel
      return
    }
    const abs = rel === '' ? root : join(root, rel)
    const listing = listEntries(abs, rel, skipped)
    if (listing === null) return
    if (Date.now() >= opts.deadline) {
      // One huge folder can take the whole budget by itself; it is reported as not walked.
      stopReason = 'time budget exhausted'
      stoppedIn = rel
      return
    }
    let scopes = inherited
    const { kinds, names } = listing
    if (opts.gitignore && names.some((n, i) => n === '.gitignore' && kinds[i] === FILE)) {
      const text = readSmallRegularFile(join(abs, '.gitignore'), GITIGNORE_CAP)
      if (text !== null) scopes = [...scopes, scopeOf(rel, text)]
    }
    const parent = rel === '' ? '' : rel + '/'
    frames.push({
      rel,
      abs,
      depth,
      scopes,
      parent,
      inheritedFlags: folderFlags(parent),
      listing,
      order: pathOrder(listing),
      next: 0
    })
  }

  enter('', 0, policyScope)
  while (frames.length > 0 && stopReason === null) {
    const frame = frames[frames.length - 1]
    if (frame.next >= frame.order.length) {
      frames.pop()
      continue
    }
    const position = frame.next++
    const index = frame.order[position]
    const { kinds, names, shownNames } = frame.listing
    const kind = kinds[index]
    const name = names[index]
    if ((position & CLOCK_CHECK_MASK) === CLOCK_CHECK_MASK && Date.now() >= opts.deadline) {
      stopReason = 'time budget exhausted'
      stoppedIn = frame.rel
      frames.pop()
      break
    }
    const { parent, scopes } = frame
    if (name === null || name.includes('/')) {
      skipped.push({
        path: parent + shownNames[index],
        reason: 'invalid-name',
        detail: 'file name is not valid UTF-8; skipped'
      })
      continue
    }
    // join() builds one flat string; `parent + name` would keep a two-part string and, once
    // flattened, both parts (about 35 bytes more per file).
    const rel = parent === '' ? name : [frame.rel, name].join('/')
    if (kind === LINK) {
      let target: string | null
      try {
        target = readlinkSync(join(frame.abs, name))
      } catch {
        target = null
      }
      skipped.push({ path: rel, reason: 'symlink', detail: describeLink(root, frame.abs, target) })
      continue
    }
    if (kind === FOLDER) {
      const verdict = folderVerdict(frame, name, rel, opts.maxDepth)
      if (verdict === 'ignored') ignoredCount++
      else if (verdict === 'too-deep')
        skipped.push({
          path: rel,
          reason: 'depth-limit',
          detail: `folder nested deeper than ${opts.maxDepth} levels; not entered`
        })
      else if (verdict === 'enter') {
        directories.push(rel)
        // The folder's files sort before its next sibling's: walk it now.
        enter(rel, frame.depth + 1, scopes)
      }
      continue
    }
    if (kind !== FILE) {
      const special = SPECIAL[kind]
      if (special !== undefined)
        skipped.push({ path: rel, reason: 'special-file', detail: `${special}; never opened` })
      continue
    }
    if (scopes.length > 0 && isIgnored(scopes, rel, false)) {
      ignoredCount++
      continue
    }
    if (files.length >= opts.maxFiles) {
      stopReason = `file limit of ${opts.maxFiles} reached`
      break
    }
    const ext = extensionOfName(name)
    files.push(
      new FileRecord(
        rel,
        name,
        // The folder's own string: one per folder, shared by its files.
        frame.rel,
        ext,
        // The role depends on the name alone (classify.ts and isWeightFileName read the base name).
        classifyPath(name, isWeightFileName, ext),
        frame.inheritedFlags | nameFlags(name)
      )
    )
  }

  const result: WalkResult = { files, directories, skipped, ignoredCount }
  if (stopReason !== null) {
    const notEntered = foldersNotEntered(frames, opts.maxDepth)
    const remaining = stoppedIn === null ? notEntered : [stoppedIn, ...notEntered]
    result.partial = {
      reason: stopReason,
      remaining: remaining.slice(0, 100).map((rel) => rel || '.')
    }
  }
  return result
}

/**
 * What the walk does with subfolder `name` (path `rel`) of `frame`: enters it, or leaves it out
 * as a folder never walked, as ignored (.gitignore, the policy), or as nested too deep.
 */
function folderVerdict(
  frame: Frame,
  name: string,
  rel: string,
  maxDepth: number
): 'enter' | 'always-skipped' | 'ignored' | 'too-deep' {
  if (ALWAYS_SKIPPED_DIRS.has(name)) return 'always-skipped'
  if (frame.scopes.length > 0 && isIgnored(frame.scopes, rel, true)) return 'ignored'
  if (frame.depth + 1 > maxDepth) return 'too-deep'
  return 'enter'
}

/**
 * The folders the walk would still have entered, nearest first: each open folder's entries not yet
 * reached, from the deepest open folder up. At most 100 are kept.
 */
function foldersNotEntered(frames: readonly Frame[], maxDepth: number): string[] {
  const out: string[] = []
  for (let f = frames.length - 1; f >= 0 && out.length < 100; f--) {
    const frame = frames[f]
    const { kinds, names } = frame.listing
    for (let p = frame.next; p < frame.order.length && out.length < 100; p++) {
      const i = frame.order[p]
      const name = names[i]
      if (kinds[i] !== FOLDER || name === null || name.includes('/')) continue
      const rel = frame.parent + name
      if (folderVerdict(frame, name, rel, maxDepth) === 'enter') out.push(rel)
    }
  }
  return out
}

/** One folder's entries, without their Dirents (a walk keeps the listings of the folders it is in). */
interface Listing {
  /** Each entry's kind: FILE, FOLDER, LINK, a SPECIAL code or OTHER. */
  kinds: Uint8Array
  /** Each entry's name, or null when it is not valid UTF-8. */
  names: ReadonlyArray<string | null>
  /** How to show each name in a report (lossy for invalid UTF-8). */
  shownNames: readonly string[]
}

function kindsOf(entries: ReadonlyArray<Dirent<string> | Dirent<Buffer>>): Uint8Array {
  const kinds = new Uint8Array(entries.length)
  for (let i = 0; i < entries.length; i++) kinds[i] = kindOf(entries[i])
  return kinds
}

/**
 * One folder's entries. Names are listed as strings (no Buffer per entry); only a folder where a
 * name decodes to U+FFFD is listed again with raw bytes, to tell invalid UTF-8 from a real U+FFFD.
 */
function listEntries(abs: string, rel: string, skipped: SkippedItem[]): Listing | null {
  const listed = listFolder(abs, rel, skipped, 'utf8') as Dirent<string>[] | null
  if (listed === null) return null
  const names = listed.map((d) => d.name)
  if (!names.some((n) => n.includes('\ufffd')))
    return { kinds: kindsOf(listed), names, shownNames: names }
  const raw = (listFolder(abs, rel, [], 'buffer') ?? []) as Dirent<Buffer>[]
  return {
    kinds: kindsOf(raw),
    names: raw.map((d) => decodeName(d.name)),
    shownNames: raw.map((d) => lossy.decode(d.name))
  }
}

/** All entries of one folder, or null when it cannot be listed (reported). */
function listFolder(
  abs: string,
  rel: string,
  skipped: SkippedItem[],
  encoding: 'utf8' | 'buffer'
): Dirent<string>[] | Dirent<Buffer>[] | null {
  try {
    return encoding === 'buffer'
      ? readdirSync(abs, { withFileTypes: true, encoding: 'buffer' })
      : readdirSync(abs, { withFileTypes: true, encoding: 'utf8' })
  } catch (error) {
    skipped.push({
      path: rel || '.',
      reason: 'unreadable',
      detail: `folder could not be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    })
    return null
  }
}
