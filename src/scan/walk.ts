import { opendir, open, readlink } from 'node:fs/promises'
import { constants, type Dirent } from 'node:fs'
import { join, resolve, isAbsolute } from 'node:path'
import ignore, { type Ignore } from 'ignore'
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
  /** Folders listed at once; keeps both cores busy without letting memory grow. */
  concurrency: number
  /** Honour `.gitignore` files found in the tree. */
  gitignore: boolean
  /** Extra gitignore-style patterns to leave out (the policy file's `ignore:`). */
  ignorePatterns: string[]
}

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxFiles: 250_000,
  maxDepth: 64,
  deadline: Number.POSITIVE_INFINITY,
  concurrency: 8,
  gitignore: true,
  ignorePatterns: []
}

export interface WalkedFile {
  /** POSIX path relative to the root. */
  path: string
}

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
}

const GITIGNORE_CAP = 64 * 1024
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
    const rel = scope.base === '' ? path : path.slice(scope.base.length + 1)
    if (rel === '' || rel.startsWith('..')) continue
    if (scope.matcher.ignores(isDir ? rel + '/' : rel)) return true
  }
  return false
}

/** Reads a .gitignore without following a link and without reading more than the cap. */
async function readSmallRegularFile(absPath: string, cap: number): Promise<string | null> {
  let handle
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    const info = await handle.stat()
    if (!info.isFile()) return null
    const buf = Buffer.alloc(Math.min(cap, info.size))
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead).toString('utf8')
  } catch {
    return null
  } finally {
    await handle?.close().catch(() => undefined)
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

function specialKind(entry: Dirent<Buffer>): string | null {
  if (entry.isFIFO()) return 'named pipe (FIFO)'
  if (entry.isSocket()) return 'socket'
  if (entry.isCharacterDevice()) return 'character device'
  if (entry.isBlockDevice()) return 'block device'
  return null
}

/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
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
    opts.ignorePatterns.length > 0 ? [{ base: '', matcher: ignore().add(opts.ignorePatterns) }] : []

  type Job = { rel: string; depth: number; scopes: IgnoreScope[] }
  const queue: Job[] = [{ rel: '', depth: 0, scopes: policyScope }]
  let stopReason: string | null = null

  const visit = async (job: Job): Promise<void> => {
    const abs = job.rel === '' ? root : join(root, job.rel)
    let scopes = job.scopes
    if (opts.gitignore) {
      const text = await readSmallRegularFile(join(abs, '.gitignore'), GITIGNORE_CAP)
      if (text !== null) scopes = [...scopes, { base: job.rel, matcher: ignore().add(text) }]
    }
    let dir
    try {
      // Raw names, so a name that is not valid UTF-8 is reported instead of silently mangled.
      // (@types/node does not declare the 'buffer' encoding for opendir; Node supports it.)
      dir = await opendir(abs, { encoding: 'buffer' as BufferEncoding, bufferSize: 128 })
    } catch (error) {
      skipped.push({
        path: job.rel || '.',
        reason: 'unreadable',
        detail: `folder could not be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      })
      return
    }
    try {
      for await (const dirent of dir) {
        const entry = dirent as unknown as Dirent<Buffer>
        const name = decodeName(entry.name)
        const parent = job.rel === '' ? '' : job.rel + '/'
        if (name === null || name.includes('/')) {
          skipped.push({
            path: parent + lossy.decode(entry.name),
            reason: 'invalid-name',
            detail: 'file name is not valid UTF-8; skipped'
          })
          continue
        }
        const rel = parent + name
        if (entry.isSymbolicLink()) {
          const target = await readlink(join(abs, name)).catch(() => null)
          skipped.push({ path: rel, reason: 'symlink', detail: describeLink(root, abs, target) })
          continue
        }
        if (entry.isDirectory()) {
          if (
            job.rel === ''
              ? ALWAYS_SKIPPED_DIRS.has(name)
              : name === '.git' || name === 'node_modules'
          )
            continue
          if (isIgnored(scopes, rel, true)) {
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
          queue.push({ rel, depth: job.depth + 1, scopes })
          continue
        }
        const special = specialKind(entry)
        if (special !== null) {
          skipped.push({ path: rel, reason: 'special-file', detail: `${special}; never opened` })
          continue
        }
        if (!entry.isFile()) continue
        if (isIgnored(scopes, rel, false)) {
          ignoredCount++
          continue
        }
        if (files.length >= opts.maxFiles) {
          stopReason ??= `file limit of ${opts.maxFiles} reached`
          break
        }
        files.push({ path: rel })
      }
    } catch (error) {
      skipped.push({
        path: job.rel || '.',
        reason: 'unreadable',
        detail: `folder listing failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      })
    } finally {
      await dir.close().catch(() => undefined)
    }
  }

  // A pool of workers draining one queue: bounded concurrency, flat memory, no recursion depth.
  const worker = async (): Promise<void> => {
    for (;;) {
      if (stopReason === null && Date.now() > opts.deadline) stopReason = 'time budget exhausted'
      if (stopReason !== null) return
      const job = queue.pop()
      if (job === undefined) {
        if (active === 0) return
        await new Promise<void>((r) => setImmediate(r))
        continue
      }
      active++
      try {
        await visit(job)
      } finally {
        active--
      }
    }
  }
  let active = 0
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker))

  const result: WalkResult = { files, directories, skipped, ignoredCount }
  if (stopReason !== null) {
    result.partial = { reason: stopReason, remaining: queue.map((j) => j.rel || '.').slice(0, 100) }
  }
  return result
}
