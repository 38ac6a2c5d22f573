import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Git settings for reading the base commit: no LFS downloads, no hooks, no pager, no prompts. */
const SAFE_GIT = [
  '-c',
  'filter.lfs.smudge=',
  '-c',
  'filter.lfs.process=',
  '-c',
  'filter.lfs.required=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false'
]

/** A base tree larger than this is not extracted; the previous comment's report is used instead. */
export const MAX_BASE_TREE_BYTES = 2 * 1024 * 1024 * 1024

export interface BaseCheckout {
  dir: string
  cleanup(): Promise<void>
}

async function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<string> {
  const { stdout } = await run('git', [...SAFE_GIT, ...args], {
    cwd,
    maxBuffer,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1' }
  })
  return stdout
}

/**
 * Extracts the base commit's version of `subPath` into a temporary folder, when the checkout has
 * that commit. Returns null (with a reason) when it does not, so the caller can fall back to the
 * previous comment's report. Git only reads its own objects here; nothing from the tree runs.
 */
export async function checkoutBase(
  repoRoot: string,
  baseSha: string,
  subPath: string
): Promise<{ base: BaseCheckout | null; reason?: string }> {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha)) return { base: null, reason: 'no base commit id' }
  try {
    await git(repoRoot, ['cat-file', '-e', `${baseSha}^{commit}`])
  } catch {
    return {
      base: null,
      reason: 'the checkout does not have the base commit (fetch-depth 0 or 2 makes it available)'
    }
  }
  const spec = subPath === '' || subPath === '.' ? [] : ['--', subPath]
  try {
    const listing = await git(
      repoRoot,
      ['ls-tree', '-r', '-l', '-z', baseSha, ...spec],
      256 * 1024 * 1024
    )
    let total = 0
    for (const entry of listing.split('\0')) {
      const size = Number(/^\d+ blob [0-9a-f]+\s+(\d+)\t/.exec(entry)?.[1] ?? 0)
      total += size
    }
    if (total > MAX_BASE_TREE_BYTES)
      return { base: null, reason: 'the base tree is too large to extract' }
  } catch {
    return { base: null, reason: 'the base tree could not be listed' }
  }
  const dir = await mkdtemp(join(tmpdir(), 'model-openness-base-'))
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    await new Promise<void>((resolve, reject) => {
      const archive = spawn('git', [...SAFE_GIT, 'archive', '--format=tar', baseSha, ...spec], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' }
      })
      const tar = spawn('tar', ['-x', '--no-same-owner', '--no-same-permissions', '-C', dir], {
        stdio: ['pipe', 'ignore', 'ignore']
      })
      archive.stdout.pipe(tar.stdin)
      let pending = 2
      const done = (code: number | null, name: string): void => {
        if (code !== 0) reject(new Error(`${name} exited with ${code}`))
        else if (--pending === 0) resolve()
      }
      archive.on('error', reject)
      tar.on('error', reject)
      archive.on('close', (code) => done(code, 'git archive'))
      tar.on('close', (code) => done(code, 'tar'))
    })
  } catch (error) {
    await cleanup()
    return {
      base: null,
      reason: `the base commit could not be extracted (${error instanceof Error ? error.message : 'error'})`
    }
  }
  return { base: { dir: spec.length > 0 ? join(dir, subPath) : dir, cleanup } }
}

/** The repository root of a folder, or null outside a git checkout. */
export async function gitRoot(dir: string): Promise<string | null> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim() || null
  } catch {
    return null
  }
}

/** A file at a commit, as git's objects have it. */
export type FileAtCommit =
  | { kind: 'text'; text: string }
  /** The commit has no blob at that path. */
  | { kind: 'missing' }
  | { kind: 'too-large'; size: number }
  /** The checkout does not have the commit (a shallow clone). */
  | { kind: 'no-commit' }

/**
 * A file's text at a commit, read from git's objects; nothing is checked out. Capped. Only "the
 * path is not in the commit's tree" counts as missing; any other failure is thrown, so a caller
 * that must fail closed can.
 */
export async function readFileAtCommit(
  repoRoot: string,
  sha: string,
  path: string,
  cap: number
): Promise<FileAtCommit> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { kind: 'no-commit' }
  if (path.startsWith('..') || path.startsWith('/')) throw new Error(`bad path ${path}`)
  try {
    await git(repoRoot, ['cat-file', '-e', `${sha}^{commit}`])
  } catch {
    return { kind: 'no-commit' }
  }
  // ls-tree answers with nothing for a path the tree lacks, and says what the path is otherwise.
  const listing = await git(repoRoot, [
    '--literal-pathspecs',
    'ls-tree',
    '-l',
    '-z',
    sha,
    '--',
    path
  ])
  const entry = listing.split('\0')[0]
  if (!entry) return { kind: 'missing' }
  const m = /^\d+ (\w+) [0-9a-f]+\s+(\d+|-)\t/.exec(entry)
  if (!m || m[1] !== 'blob') throw new Error(`${path} is not a file in ${sha.slice(0, 12)}`)
  const size = Number(m[2])
  if (!Number.isFinite(size) || size > cap) return { kind: 'too-large', size }
  return {
    kind: 'text',
    text: await git(repoRoot, ['cat-file', 'blob', `${sha}:${path}`], cap + 1024)
  }
}

/** The commit checked out in a folder, or null outside a git checkout. */
export async function headCommit(dir: string): Promise<string | null> {
  try {
    const sha = (await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim().toLowerCase()
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null
  } catch {
    return null
  }
}
