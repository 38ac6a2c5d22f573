import { join } from 'node:path'
import { assessDetection } from './assess.js'
import { detectComponents } from './detect/index.js'
import type { RemoteFact, Resolution, ResolveMode } from './model/references.js'
import { EMPTY_POLICY, type Policy } from './policy.js'
import type { OpennessReport } from './report/types.js'
import {
  diffLock,
  LOCK_FILE_NAME,
  readLockFile,
  type LockFile,
  type LockReadResult
} from './resolve/lock.js'
import { resolveReferences, type ResolveOptions } from './resolve/online/index.js'
import { scanRepository } from './scan/scan.js'
import type { Snapshot } from './scan/types.js'

/** How the references a release keeps elsewhere are resolved. */
export interface ResolveSettings {
  /**
   * `online` asks the hosts (and reports drift from a committed lock file); `offline` makes no
   * network call and uses the lock file when the repository has one; `lock` reads only the lock.
   */
  mode: ResolveMode
  /** The lock file (default `DIR/model-openness.lock.json`). */
  lockPath?: string
  /** Passed to the resolvers: endpoints and tokens from `env`, a cache, the time budget. */
  options?: Omit<ResolveOptions, 'mode' | 'lock'>
}

export interface AnalyzeOptions {
  maxSeconds?: number
  /** Text files read per role, shallowest first (default MAX_TEXT_FILES). */
  maxTextFiles?: number
  policy?: Policy
  /** Display name in the report; `OWNER/NAME` lets the owner's models and code count as the release's. */
  repository: string
  /** Default offline: the library makes no network call unless asked to. */
  resolve?: ResolveSettings
}

export interface Analysis {
  report: OpennessReport
  snapshot: Snapshot
  /** Every fact the resolve stage produced (for writing a lock file). */
  facts: RemoteFact[]
  /** The lock file that was read, if any. */
  lock: LockFile | null
  /** Problems reading the lock file, one line each. */
  lockProblems: string[]
}

/** Time left for online resolution: what the scan left of `--max-seconds`, at most two minutes. */
function resolutionBudget(maxSeconds: number, elapsedMs: number): number {
  return Math.max(1_000, Math.min(120_000, maxSeconds * 1000 - elapsedMs))
}

/** Scan (the I/O edge), detect (pure), resolve (the network edge), assess (pure). */
export async function analyzeRepository(dir: string, options: AnalyzeOptions): Promise<Analysis> {
  const started = Date.now()
  const policy = options.policy ?? EMPTY_POLICY
  const maxSeconds = options.maxSeconds ?? 120
  const snapshot = await scanRepository(dir, {
    maxSeconds,
    ignore: policy.ignore ?? [],
    maxTextFiles: options.maxTextFiles
  })
  const settings = options.resolve ?? { mode: 'offline' }
  const read = await readLockFile(settings.lockPath ?? join(dir, LOCK_FILE_NAME))
  return analyzeSnapshot(snapshot, read, { ...options, startedAt: started })
}

/**
 * Everything after the scan, for a snapshot from any source (a folder, the Hub): detect, resolve
 * with the lock file that was read (or found missing), assess.
 */
export async function analyzeSnapshot(
  snapshot: Snapshot,
  read: LockReadResult,
  options: AnalyzeOptions & { startedAt: number }
): Promise<Analysis> {
  const policy = options.policy ?? EMPTY_POLICY
  const maxSeconds = options.maxSeconds ?? 120
  const detection = detectComponents(snapshot, { repository: options.repository })

  const settings = options.resolve ?? { mode: 'offline' }
  const lockProblems: string[] = []
  let lock: LockFile | null = null
  if (read.ok) lock = read.lock
  else if (!('missing' in read) || settings.mode === 'lock') lockProblems.push(read.error)

  let facts: RemoteFact[]
  let mode: ResolveMode = settings.mode
  let drift: Resolution['drift'] = []
  if (settings.mode === 'online') {
    facts = await resolveReferences(detection.references, {
      budgetMs: resolutionBudget(maxSeconds, Date.now() - options.startedAt),
      ...settings.options,
      mode: 'online'
    })
    if (lock) drift = diffLock(lock, facts)
  } else if (lock) {
    // Offline with a committed lock file: the lock's answers, with no network call.
    facts = await resolveReferences(detection.references, { mode: 'lock', lock })
    mode = 'lock'
  } else {
    // Nothing was fetched: no time goes into the report, so offline reports are reproducible.
    facts = (await resolveReferences(detection.references, { mode: 'offline' })).map((f) => ({
      ...f,
      fetchedAt: ''
    }))
    mode = 'offline'
  }
  const report = assessDetection(
    snapshot,
    detection,
    { mode, facts, drift },
    { repository: options.repository, policy }
  )
  report.warnings.push(...lockProblems)
  return { report, snapshot, facts, lock, lockProblems }
}
