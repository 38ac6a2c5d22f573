/**
 * The Hub as a scan target: read the model repository into a Snapshot over HTTP, then the same
 * pipeline as for a folder (analyzeSnapshot). The report says where the files came from
 * (`source`), so evidence links to the files at the pinned commit.
 */
import { analyzeSnapshot, type Analysis, type AnalyzeOptions } from './analyze.js'
import { EMPTY_POLICY } from './policy.js'
import { LOCK_FILE_NAME, parseLock, readLockFile, type LockReadResult } from './resolve/lock.js'
import { HttpClient } from './resolve/online/http.js'
import { resolveEndpoints } from './resolve/online/index.js'
import { readHubSnapshot, type HubTarget } from './scan/hub-snapshot.js'
import type { Snapshot } from './scan/types.js'

export interface AnalyzeHubOptions extends AnalyzeOptions {
  /** Environment for `HF_ENDPOINT` and `HF_TOKEN` (default `process.env`). */
  env?: NodeJS.ProcessEnv
}

/** The repository's own lock file, when it has one, as the local scan would read it from disk. */
function lockFromSnapshot(snapshot: Snapshot): LockReadResult {
  const file = snapshot.files.find((f) => f.path === LOCK_FILE_NAME)
  if (!file) return { ok: false, error: `${LOCK_FILE_NAME} not found`, missing: true }
  if (file.text === undefined || file.truncated)
    return { ok: false, error: `${LOCK_FILE_NAME} could not be read from the Hub` }
  return parseLock(file.text)
}

/** Reads `hf:ORG/NAME[@REVISION]` from the Hub and assesses it. Throws HubTargetError (exit 2). */
export async function analyzeHubModel(
  target: HubTarget,
  options: AnalyzeHubOptions
): Promise<Analysis> {
  const startedAt = Date.now()
  const env = options.env ?? options.resolve?.options?.env ?? process.env
  const endpoints = resolveEndpoints(options.resolve?.options?.endpoints, env)
  const token =
    options.resolve?.options?.tokens?.hub ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN ?? ''
  const maxSeconds = options.maxSeconds ?? 120
  const http = new HttpClient({
    budgetMs: maxSeconds * 1000,
    credentials: token ? [{ base: endpoints.hub, authorization: `Bearer ${token}` }] : [],
    scopes: [{ base: endpoints.hub, concurrency: 4 }]
  })
  const policy = options.policy ?? EMPTY_POLICY
  const hub = await readHubSnapshot(target, {
    http,
    endpoint: endpoints.hub,
    ignore: policy.ignore ?? [],
    maxTextFiles: options.maxTextFiles
  })
  const lockPath = options.resolve?.lockPath
  const lock = lockPath ? await readLockFile(lockPath) : lockFromSnapshot(hub.snapshot)
  const analysis = await analyzeSnapshot(hub.snapshot, lock, {
    ...options,
    resolve: options.resolve
      ? { ...options.resolve, options: { ...options.resolve.options, env } }
      : undefined,
    startedAt
  })
  analysis.report.source = hub.source
  analysis.report.warnings.push(...hub.warnings)
  return analysis
}
