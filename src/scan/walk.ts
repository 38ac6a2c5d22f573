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

function specialKind(entry: Dirent<string> | Dirent<Buffer>): string | null {
  if (entry.isFIFO()) return 'named pipe (FIFO)'
  if (entry.isSocket()) return 'socket'
  if (entry.isCharacterDevice()) return 'character device'
  if (entry.isBlockDevice()) return 'block device'
  return null
}

/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
 *
 * Each folder is listed with one synchronous `readdirSync(withFileTypes)`: the walk is bound by
 * system calls, and `opendir` with a call per entry costs about half as much again (bench/RESULTS.md).
 * The clock is read after each folder's listing and every 1,024 entries. An explicit stack instead
 * of recursion keeps thousands of nested folders from overflowing. Each file's facts (name,
 * extension, role, vendored and test flags) are computed here, once.
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

  type Job = { rel: string; depth: number; scopes: IgnoreScope[] }
  const stack: Job[] = [{ rel: '', depth: 0, scopes: policyScope }]
  let stopReason: string | null = null
  /** The folder the budget ran out in, listed first among what was left. */
  let interrupted: string | null = null

  while (stack.length > 0 && stopReason === null) {
    if (Date.now() >= opts.deadline) {
      stopReason = 'time budget exhausted'
      break
    }
    const job = stack.pop() as Job
    const abs = job.rel === '' ? root : join(root, job.rel)
    const listed = listEntries(abs, job.rel, skipped)
    if (listed === null) continue
    if (Date.now() >= opts.deadline) {
      // One huge folder can take the whole budget by itself; it is reported as not walked.
      stopReason = 'time budget exhausted'
      interrupted = job.rel
      break
    }
    const { dirents, names, shownNames } = listed
    let scopes = job.scopes
    if (opts.gitignore && dirents.some((d, i) => names[i] === '.gitignore' && d.isFile())) {
      const text = readSmallRegularFile(join(abs, '.gitignore'), GITIGNORE_CAP)
      if (text !== null) scopes = [...scopes, scopeOf(job.rel, text)]
    }
    const parent = job.rel === '' ? '' : job.rel + '/'
    const inheritedFlags = folderFlags(parent)
    const subfolders: Job[] = []
    for (let index = 0; index < dirents.length; index++) {
      const entry = dirents[index]
      const name = names[index]
      if ((index & CLOCK_CHECK_MASK) === CLOCK_CHECK_MASK && Date.now() >= opts.deadline) {
        stopReason = 'time budget exhausted'
        interrupted = job.rel
        break
      }
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
      const rel = parent === '' ? name : [job.rel, name].join('/')
      if (entry.isSymbolicLink()) {
        let target: string | null
        try {
          target = readlinkSync(join(abs, name))
        } catch {
          target = null
        }
        skipped.push({ path: rel, reason: 'symlink', detail: describeLink(root, abs, target) })
        continue
      }
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(name)) continue
        if (scopes.length > 0 && isIgnored(scopes, rel, true)) {
          ignoredCount++
          continue
        }
        if (job.depth + 1 > opts.maxDepth) {
          skipped.push({
            path: rel,
            reason: 'depth-limit',
            detail: `folder nested deeper than ${opts.maxDepth} levels; not entered`
          })
          continue
        }
        directories.push(rel)
        subfolders.push({ rel, depth: job.depth + 1, scopes })
        continue
      }
      const special = specialKind(entry)
      if (special !== null) {
        skipped.push({ path: rel, reason: 'special-file', detail: `${special}; never opened` })
        continue
      }
      if (!entry.isFile()) continue
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
          job.rel,
          ext,
          // The role depends on the name alone (classify.ts and isWeightFileName read the base name).
          classifyPath(name, isWeightFileName, ext),
          inheritedFlags | nameFlags(name)
        )
      )
    }
    // Reverse so that the stack visits folders in listing order.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i])
  }

  const result: WalkResult = { files, directories, skipped, ignoredCount }
  if (stopReason !== null) {
    const left = stack.map((j) => j.rel || '.')
    if (interrupted !== null) left.unshift(interrupted || '.')
    result.partial = { reason: stopReason, remaining: left.slice(0, 100) }
  }
  return result
}

interface Listing {
  dirents: Array<Dirent<string> | Dirent<Buffer>>
  /** Each entry's name, or null when it is not valid UTF-8. */
  names: ReadonlyArray<string | null>
  /** How to show each name in a report (lossy for invalid UTF-8). */
  shownNames: readonly string[]
}

/**
 * One folder's entries. Names are listed as strings (no Buffer per entry); only a folder where a
 * name decodes to U+FFFD is listed again with raw bytes, to tell invalid UTF-8 from a real U+FFFD.
 */
function listEntries(abs: string, rel: string, skipped: SkippedItem[]): Listing | null {
  const listed = listFolder(abs, rel, skipped, 'utf8') as Dirent<string>[] | null
  if (listed === null) return null
  const names = listed.map((d) => d.name)
  if (!names.some((n) => n.includes('\ufffd'))) return { dirents: listed, names, shownNames: names }
  const raw = (listFolder(abs, rel, [], 'buffer') ?? []) as Dirent<Buffer>[]
  return {
    dirents: raw,
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
