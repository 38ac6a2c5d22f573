/**
 * Online resolution of a release's references: which licence, gate, checkpoints and card the
 * hosts report for the release's own weights, datasets, papers and code, and for the code it
 * depends on. Citations are never resolved. Three modes: `online` asks the hosts, `offline` asks
 * nobody, `lock` answers from model-openness.lock.json alone. A failure never throws; the fact
 * says why it is unresolved.
 */
import type { Reference, RemoteFact, ResolveMode } from '../../model/references.js'
import { createFileCache, type ResponseCache } from '../cache.js'
import { factsFromLock, type LockFile } from '../lock.js'
import { resolveArxivPaper, arxivIdWithoutVersion, arxivRecordUrl } from './arxiv.js'
import { systemClock, type Clock } from './clock.js'
import {
  cleanText,
  DEFAULT_ENDPOINTS,
  factReference,
  unresolvedFact,
  type Endpoints,
  type ResolverContext
} from './common.js'
import { doiUrl, isDoi, resolveDoi } from './doi.js'
import { githubLicenseUrl, isGitHubRepoId, resolveGitHubRepo } from './github.js'
import { HttpClient, type Credential, type ScopePolicy } from './http.js'
import { hubApiUrl, isHubId, resolveHubRepo } from './hub.js'

export type { ResolveMode }

export interface ResolveOptions {
  mode: ResolveMode
  /** Host base URLs; missing ones come from `env`, then the public hosts. */
  endpoints?: Partial<Endpoints>
  /** Environment for endpoints and tokens (default `process.env`). */
  env?: NodeJS.ProcessEnv
  /** Tokens; default `HF_TOKEN` and `GITHUB_TOKEN` from `env`. An empty string means none. */
  tokens?: { hub?: string; github?: string }
  /** Overall time for the whole run, in ms (default 120 000). */
  budgetMs?: number
  /** Per-request timeout, in ms (default 20 000). */
  timeoutMs?: number
  /** Retries after 5xx, 429 or a network error (default 2). */
  maxRetries?: number
  /** A 429 asking for a longer wait gives up with `rate-limited` (default 60 000 ms). */
  maxRetryWaitMs?: number
  clock?: Clock
  /**
   * Local cache of answers: `true` for the default directory (`~/.cache/model-openness`), a
   * directory and TTL, or a cache object. Default: no cache.
   */
  cache?: boolean | { dir?: string; ttlMs?: number } | ResponseCache
  /** The parsed lock file; required for `mode: 'lock'`. */
  lock?: LockFile
  /** Read model and dataset cards from the Hub (default true). */
  readCards?: boolean
  /** References resolved at the same time per host (default 4); hosts have their own limits too. */
  concurrency?: number
  /** Receives the number of HTTP requests sent (not served by the cache), for diagnostics. */
  onRequestCount?: (count: number) => void
}

/** Whether a reference is resolved online: the release's own things and the code it depends on. */
export function isResolvable(reference: Reference): boolean {
  if (reference.role === 'citation') return false
  if (reference.role === 'own-release') return true
  return reference.kind === 'github' || reference.kind === 'submodule'
}

function referenceKey(reference: { kind: string; id: string; revision?: string }): string {
  return `${reference.kind}\n${reference.id}\n${reference.revision ?? ''}`
}

/** The resolvable references, without duplicates, in their first order. */
export function selectReferences(references: readonly Reference[]): Reference[] {
  const seen = new Set<string>()
  const selected: Reference[] = []
  for (const reference of references) {
    if (!isResolvable(reference)) continue
    const key = referenceKey(reference)
    if (seen.has(key)) continue
    seen.add(key)
    selected.push(reference)
  }
  return selected
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined
  } catch {
    return undefined
  }
}

/** Endpoints from explicit options, then `HF_ENDPOINT`, `GITHUB_API_URL`, `ARXIV_OAI_URL`, `ZENODO_URL`, `DOI_RESOLVER_URL`. */
export function resolveEndpoints(
  explicit: Partial<Endpoints> = {},
  env: NodeJS.ProcessEnv = process.env
): Endpoints {
  return {
    hub: httpUrl(explicit.hub) ?? httpUrl(env.HF_ENDPOINT) ?? DEFAULT_ENDPOINTS.hub,
    github: httpUrl(explicit.github) ?? httpUrl(env.GITHUB_API_URL) ?? DEFAULT_ENDPOINTS.github,
    arxiv: httpUrl(explicit.arxiv) ?? httpUrl(env.ARXIV_OAI_URL) ?? DEFAULT_ENDPOINTS.arxiv,
    zenodo: httpUrl(explicit.zenodo) ?? httpUrl(env.ZENODO_URL) ?? DEFAULT_ENDPOINTS.zenodo,
    doi: httpUrl(explicit.doi) ?? httpUrl(env.DOI_RESOLVER_URL) ?? DEFAULT_ENDPOINTS.doi
  }
}

/** The URL a reference would be read from (offline facts and unsupported kinds report it). */
export function referenceUrl(reference: Reference, endpoints: Endpoints): string {
  const ctx = { endpoints }
  switch (reference.kind) {
    case 'hf-model':
      return isHubId(reference.id) ? hubApiUrl(ctx, 'model', reference.id, reference.revision) : ''
    case 'hf-dataset':
      return isHubId(reference.id)
        ? hubApiUrl(ctx, 'dataset', reference.id, reference.revision)
        : ''
    case 'github':
    case 'submodule':
      return isGitHubRepoId(reference.id)
        ? githubLicenseUrl(ctx, reference.id, reference.revision)
        : ''
    case 'arxiv': {
      const bare = arxivIdWithoutVersion(reference.id)
      return bare ? arxivRecordUrl(ctx, bare) : ''
    }
    case 'doi':
      return isDoi(reference.id) ? doiUrl(ctx, reference.id) : ''
    default:
      return cleanText(reference.url ?? reference.id, 2000)
  }
}

function makeCache(option: ResolveOptions['cache']): ResponseCache | undefined {
  if (!option) return undefined
  if (option === true) return createFileCache()
  if ('get' in option && 'set' in option) return option
  return createFileCache(option as { dir?: string; ttlMs?: number })
}

async function resolveOne(ctx: ResolverContext, reference: Reference): Promise<RemoteFact> {
  switch (reference.kind) {
    case 'hf-model':
      return resolveHubRepo(ctx, 'model', reference.id, reference.revision)
    case 'hf-dataset':
      return resolveHubRepo(ctx, 'dataset', reference.id, reference.revision)
    case 'github':
    case 'submodule':
      return resolveGitHubRepo(ctx, reference.kind, reference.id, reference.revision)
    case 'arxiv':
      return resolveArxivPaper(ctx, reference.id, reference.revision)
    case 'doi':
      return resolveDoi(ctx, reference.id, reference.revision)
    default:
      return unresolvedFact(
        factReference(reference.kind, reference.id, reference.revision),
        referenceUrl(reference, ctx.endpoints),
        new Date(ctx.http.clock.now()).toISOString(),
        'unsupported',
        `${reference.kind} references are not resolved online`
      )
  }
}

/**
 * The selected references' indices, grouped by the host each is read from (`hostOf`: the
 * HttpClient's own grouping of its limits), in input order.
 */
function queuesByHost(
  selected: readonly Reference[],
  hostOf: (reference: Reference) => string
): number[][] {
  const queues = new Map<string, number[]>()
  selected.forEach((reference, index) => {
    const host = hostOf(reference)
    const queue = queues.get(host)
    if (queue) queue.push(index)
    else queues.set(host, [index])
  })
  return [...queues.values()]
}

/**
 * Resolves the release's own references (and code dependencies) to what their hosts say. One
 * fact per distinct resolvable reference, in input order. Never throws.
 */
export async function resolveReferences(
  references: readonly Reference[],
  options: ResolveOptions
): Promise<RemoteFact[]> {
  const selected = selectReferences(references)
  const env = options.env ?? process.env
  const clock = options.clock ?? systemClock
  const endpoints = resolveEndpoints(options.endpoints, env)
  if (options.mode === 'lock') {
    if (!options.lock)
      return selected.map((reference) =>
        unresolvedFact(
          factReference(reference.kind, reference.id, reference.revision),
          referenceUrl(reference, endpoints),
          new Date(clock.now()).toISOString(),
          'offline',
          'lock mode without a lock file'
        )
      )
    return factsFromLock(options.lock, selected)
  }
  if (options.mode === 'offline') {
    const fetchedAt = new Date(clock.now()).toISOString()
    return selected.map((reference) =>
      unresolvedFact(
        factReference(reference.kind, reference.id, reference.revision),
        referenceUrl(reference, endpoints),
        fetchedAt,
        'offline',
        'offline mode: no request was made'
      )
    )
  }

  const hubToken = options.tokens?.hub ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN ?? ''
  const githubToken = options.tokens?.github ?? env.GITHUB_TOKEN ?? ''
  const credentials: Credential[] = []
  if (hubToken) credentials.push({ base: endpoints.hub, authorization: `Bearer ${hubToken}` })
  if (githubToken)
    credentials.push({ base: endpoints.github, authorization: `Bearer ${githubToken}` })
  const scopes: ScopePolicy[] = [
    { base: endpoints.hub, concurrency: 4 },
    { base: endpoints.github, concurrency: 4 },
    // arXiv's terms: one request every three seconds, a single connection at a time.
    { base: endpoints.arxiv, concurrency: 1, minIntervalMs: 3000 },
    { base: endpoints.zenodo, concurrency: 2 },
    { base: endpoints.doi, concurrency: 2 }
  ]
  const http = new HttpClient({
    clock,
    budgetMs: options.budgetMs,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    maxRetryWaitMs: options.maxRetryWaitMs,
    credentials,
    scopes,
    cache: makeCache(options.cache)
  })
  const ctx: ResolverContext = { http, endpoints, readCards: options.readCards ?? true }
  const facts: RemoteFact[] = new Array(selected.length)
  const resolveAt = async (index: number): Promise<void> => {
    const reference = selected[index]
    try {
      facts[index] = await resolveOne(ctx, reference)
    } catch (error) {
      facts[index] = unresolvedFact(
        factReference(reference.kind, reference.id, reference.revision),
        referenceUrl(reference, endpoints),
        new Date(clock.now()).toISOString(),
        'http-error',
        `internal error: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  // One queue per host, each with its own workers: a host that must be asked slowly (arXiv, one
  // request every 3 s) does not hold up the references kept on the others.
  const perHost = Math.max(1, options.concurrency ?? 4)
  const workers: Promise<void>[] = []
  for (const queue of queuesByHost(selected, (r) => http.hostKey(referenceUrl(r, endpoints)))) {
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < queue.length) await resolveAt(queue[next++])
    }
    for (let i = 0; i < Math.min(perHost, queue.length); i++) workers.push(worker())
  }
  await Promise.all(workers)
  options.onRequestCount?.(http.requestCount)
  return facts
}

export type { Endpoints } from './common.js'
export type { Clock } from './clock.js'
export { systemClock } from './clock.js'
export { DEFAULT_ENDPOINTS } from './common.js'
