/**
 * The one request helper every resolver goes through. It keeps a resolution run polite and
 * bounded: per-scope concurrency and spacing (arXiv: one request every 3 s, one at a time), 429
 * with `Retry-After` or the Hub's `RateLimit` header, bounded retries on 5xx, a host that cannot
 * be reached asked once per run rather than once per reference, a per-request timeout and an
 * overall deadline, a few manually followed redirects, byte-capped bodies, and tokens sent only
 * to the endpoint they belong to (never after a redirect to another host).
 * It never throws: every failure comes back as a reason the caller can report.
 */
import type { UnresolvedReason } from '../../model/references.js'
import { VERSION } from '../../version.js'
import type { ResponseCache } from '../cache.js'
import { systemClock, type Clock } from './clock.js'

/** A token and the endpoint it belongs to: sent only to URLs under `base`. */
export interface Credential {
  /** Endpoint base URL (`https://huggingface.co`, `https://api.github.com`, a GHES `/api/v3`). */
  base: string
  /** The full header value, e.g. `Bearer hf_…`. */
  authorization: string
}

/** Limits for the URLs under `base` (longest matching base wins; others: per origin). */
export interface ScopePolicy {
  base: string
  /** Requests in flight at once. */
  concurrency: number
  /** Least time between the starts of two requests, in ms (arXiv asks for 3000). */
  minIntervalMs?: number
}

export interface HttpClientOptions {
  clock?: Clock
  /** Overall budget for everything this client does, in ms from its creation (default 120 s). */
  budgetMs?: number
  /** Per-request timeout in ms (default 20 s). */
  timeoutMs?: number
  /** Retries after a 5xx, 408, 429 or network error (default 2). */
  maxRetries?: number
  /** Redirects followed per request (default 5). */
  maxRedirects?: number
  /** A longer wait asked for by a 429 gives up with `rate-limited` (default 60 s). */
  maxRetryWaitMs?: number
  /** Default body cap in bytes (default 4 MiB). */
  maxBytes?: number
  credentials?: Credential[]
  scopes?: ScopePolicy[]
  /** Concurrency for URLs outside every scope (default 4). */
  defaultConcurrency?: number
  userAgent?: string
  /** Successful answers are stored here and served from here while fresh. */
  cache?: ResponseCache
}

export interface RequestOptions {
  accept?: string
  /** Body cap for this request, in bytes. */
  maxBytes?: number
  /** Over the cap: fail (`malformed`, the default) or keep the first `maxBytes` bytes. */
  oversize?: 'fail' | 'truncate'
  /** Set false to bypass the cache for this request. */
  cache?: boolean
  /**
   * Ask for these bytes only: `Range: bytes=start-end` (end inclusive), sent on every hop of a
   * redirect. Ranged answers are never cached. A host that ignores the header answers 200 with
   * the whole file: give `maxBytes` and `oversize: 'truncate'` so that reading stops at the cap.
   */
  range?: { start: number; end: number }
  /** Keep the body as bytes in `HttpResponse.bytes` (and leave `text` empty). */
  binary?: boolean
}

export interface HttpResponse {
  kind: 'response'
  status: number
  /** The URL that answered, after redirects. */
  url: string
  /** Response headers, lower-case names, values capped. */
  headers: Record<string, string>
  text: string
  /** The body as bytes, for `binary` requests. */
  bytes?: Uint8Array
  truncated: boolean
  redirected: boolean
  fromCache: boolean
  /** When the host gave this answer (epoch ms): now, or when a cached answer was stored. */
  receivedAt: number
}

export interface HttpFailure {
  kind: 'failure'
  reason: UnresolvedReason
  detail: string
  url: string
  status?: number
}

export type HttpOutcome = HttpResponse | HttpFailure

export const DEFAULT_USER_AGENT = `model-openness/${VERSION} (openness resolver)`
const DEFAULT_BUDGET_MS = 120_000
const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_MAX_RETRIES = 2
const DEFAULT_MAX_REDIRECTS = 5
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024
const MAX_HEADERS = 100
const MAX_HEADER_VALUE = 2000
const MAX_URL = 4096
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const RETRY_STATUSES = new Set([408, 500, 502, 503, 504])

/** `RateLimit: "api";r=0;t=55` (draft-ietf-httpapi-ratelimit-headers-09), as the Hub sends it. */
export function parseRateLimit(
  value: string | undefined
): { remaining: number; resetSeconds: number } | null {
  if (!value) return null
  const match = /"(\w+)"\s*;\s*r\s*=\s*(\d{1,9})\s*;\s*t\s*=\s*(\d{1,9})/.exec(value.slice(0, 500))
  return match ? { remaining: Number(match[2]), resetSeconds: Number(match[3]) } : null
}

/** `Retry-After` as delay seconds or an HTTP date → ms to wait from `now`, or null. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null
  const text = value.trim().slice(0, 100)
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isFinite(date) ? Math.max(0, date - now) : null
}

/** How long the server asks us to wait before the next request, or null when it does not say. */
export function requestedWaitMs(headers: Record<string, string>, now: number): number | null {
  const retryAfter = parseRetryAfter(headers['retry-after'], now)
  if (retryAfter !== null) return retryAfter
  const rate = parseRateLimit(headers['ratelimit'])
  if (rate && rate.remaining === 0) return (rate.resetSeconds + 1) * 1000
  // GitHub's primary limit: remaining 0 and the reset as epoch seconds.
  if (
    headers['x-ratelimit-remaining'] === '0' &&
    /^\d{1,12}$/.test(headers['x-ratelimit-reset'] ?? '')
  )
    return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now)
  return null
}

class Gate {
  active = 0
  nextStart = 0
  blockedUntil = 0
  /** Set when the host asked for a longer wait than a run gives it: until when, and its answer. */
  refusal: { until: number; detail: string } | null = null
  private readonly waiting: Array<() => void> = []
  constructor(
    readonly concurrency: number,
    readonly minIntervalMs: number
  ) {}
  async enter(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }
  leave(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}

function startsWithBase(url: URL, base: URL): boolean {
  if (url.origin !== base.origin) return false
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`
  return basePath === '/' || url.pathname === base.pathname || url.pathname.startsWith(basePath)
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  let count = 0
  headers.forEach((value, name) => {
    if (count++ < MAX_HEADERS) record[name.toLowerCase()] = value.slice(0, MAX_HEADER_VALUE)
  })
  return record
}

/** Headers the resolvers read; nothing else (cookies and the like) is written to the cache. */
const CACHED_HEADERS = [
  'content-type',
  'etag',
  'x-repo-commit',
  'x-error-code',
  'x-error-message',
  'link'
]

function cachedHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const name of CACHED_HEADERS) if (name in headers) kept[name] = headers[name]
  return kept
}

/**
 * A field of a thrown value, read without `instanceof`: errors from another realm (a VM context,
 * a test runner's sandbox) are not instances of this realm's Error.
 */
function fieldOf(value: unknown, name: 'cause' | 'code' | 'message' | 'errors'): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined
}

/** The system or undici error code under a failed fetch (`fetch failed` wraps it as the cause). */
export function networkErrorCode(error: unknown): string | undefined {
  const cause = fieldOf(error, 'cause')
  const code = fieldOf(cause, 'code')
  if (typeof code === 'string') return code
  // Node tries each address of a host in turn and reports the failures together.
  const errors = fieldOf(cause, 'errors')
  const first = Array.isArray(errors) ? fieldOf(errors[0], 'code') : undefined
  return typeof first === 'string' ? first : undefined
}

/**
 * Codes that say the host could not be reached at all, whatever was asked of it: its name does
 * not resolve, nothing listens, no route, or no connection within undici's connect timeout.
 */
const HOST_UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT'
])

/** A certificate the runtime does not trust: asking again gets the same certificate. */
const CERTIFICATE_ERROR =
  /^(CERT_|UNABLE_TO_(GET|VERIFY)_|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_)/

/**
 * What a failed fetch says about its host. A host that cannot be reached, or whose certificate
 * is refused, fails every other request of the run the same way, so it is asked only once.
 */
export function describeNetworkFailure(error: unknown): {
  retryable: boolean
  hostUnreachable: boolean
} {
  const code = networkErrorCode(error)
  if (code !== undefined && CERTIFICATE_ERROR.test(code))
    return { retryable: false, hostUnreachable: true }
  return { retryable: true, hostUnreachable: code !== undefined && HOST_UNREACHABLE.has(code) }
}

/** The message of the error under a failed fetch (`getaddrinfo ENOTFOUND host`), or ''. */
function causeText(error: unknown): string {
  const message = fieldOf(fieldOf(error, 'cause'), 'message')
  return typeof message === 'string' ? message.slice(0, 200) : ''
}

function errorText(error: unknown): string {
  const cause = causeText(error)
  const ownMessage = fieldOf(error, 'message')
  const message = typeof ownMessage === 'string' ? ownMessage : String(error)
  return (cause ? `${message} (${cause})` : message).slice(0, 200)
}

type Attempt =
  | {
      kind: 'response'
      status: number
      headers: Record<string, string>
      text: string
      bytes?: Uint8Array
      truncated: boolean
    }
  | {
      kind: 'failure'
      reason: UnresolvedReason
      detail: string
      retryable: boolean
      /** Set when the host could not be reached (see describeNetworkFailure): what said so. */
      unreachable?: string
    }
  /** Not sent: another request is finding out whether the host can be reached. */
  | { kind: 'deferred' }

/** What a request ends with, after its retries: an answer or a failure. */
type Settled = Exclude<Attempt, { kind: 'deferred' }>

/** One client per resolution run: it owns the deadline, the gates and the cache. */
export class HttpClient {
  readonly clock: Clock
  readonly deadline: number
  private readonly options: Required<
    Pick<
      HttpClientOptions,
      | 'timeoutMs'
      | 'maxRetries'
      | 'maxRedirects'
      | 'maxRetryWaitMs'
      | 'maxBytes'
      | 'defaultConcurrency'
      | 'userAgent'
    >
  >
  private readonly credentials: Array<{ base: URL; authorization: string }>
  private readonly scopes: Array<{ base: URL; policy: ScopePolicy }>
  private readonly gates = new Map<string, Gate>()
  /** Origins that could not be reached in this run, with why; they are not asked again. */
  private readonly unreachable = new Map<string, { reason: UnresolvedReason; cause: string }>()
  /** Origins one request is retrying after it could not reach them; settled when it is done. */
  private readonly probes = new Map<string, Promise<void>>()
  private readonly cache?: ResponseCache
  /** Requests actually sent (not served from the cache). */
  requestCount = 0
  /** Body bytes read from the network (what a byte cap is checked against). */
  bytesReceived = 0

  constructor(options: HttpClientOptions = {}) {
    this.clock = options.clock ?? systemClock
    this.deadline = this.clock.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS)
    this.options = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      maxRetryWaitMs: options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      defaultConcurrency: options.defaultConcurrency ?? 4,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT
    }
    this.credentials = []
    for (const credential of options.credentials ?? []) {
      const base = safeUrl(credential.base)
      if (base && credential.authorization)
        this.credentials.push({ base, authorization: credential.authorization })
    }
    this.scopes = []
    for (const policy of options.scopes ?? []) {
      const base = safeUrl(policy.base)
      if (base) this.scopes.push({ base, policy })
    }
    // Longest base first, so a narrower scope wins.
    this.scopes.sort((a, b) => b.base.href.length - a.base.href.length)
    this.cache = options.cache
  }

  /** Milliseconds left of the overall budget. */
  remainingMs(): number {
    return this.deadline - this.clock.now()
  }

  /** GET with every rule above. Never throws. */
  async get(url: string, request: RequestOptions = {}): Promise<HttpOutcome> {
    const first = safeUrl(url)
    if (!first)
      return {
        kind: 'failure',
        reason: 'malformed',
        detail: 'not an http(s) URL',
        url: url.slice(0, MAX_URL)
      }
    const accept = request.accept ?? 'application/json'
    const cacheKey = `${accept}\n${first.href}`
    const cacheable = request.cache !== false && !request.range && !request.binary
    if (this.cache && cacheable) {
      const hit = await this.cache.get(cacheKey, this.clock.now()).catch(() => undefined)
      if (hit)
        return {
          kind: 'response',
          status: hit.status,
          url: hit.url,
          headers: hit.headers,
          text: hit.text,
          truncated: false,
          redirected: hit.url !== first.href,
          fromCache: true,
          receivedAt: hit.storedAt
        }
    }
    let current = first
    let crossedOrigin = false
    for (let redirects = 0; ; redirects++) {
      const authorization = crossedOrigin ? undefined : this.authorizationFor(current)
      const attempt = await this.withRetries(current, accept, authorization, request)
      if (attempt.kind === 'failure')
        return {
          kind: 'failure',
          reason: attempt.reason,
          detail: attempt.detail,
          url: current.href
        }
      const location = attempt.headers['location']
      if (REDIRECTS.has(attempt.status) && location) {
        if (redirects >= this.options.maxRedirects)
          return {
            kind: 'failure',
            reason: 'http-error',
            detail: `more than ${this.options.maxRedirects} redirects`,
            url: current.href,
            status: attempt.status
          }
        const next = safeUrl(location, current)
        if (!next)
          return {
            kind: 'failure',
            reason: 'malformed',
            detail: 'redirect to a URL that is not http(s)',
            url: current.href,
            status: attempt.status
          }
        if (next.origin !== first.origin) crossedOrigin = true
        current = next
        continue
      }
      const response: HttpResponse = {
        kind: 'response',
        status: attempt.status,
        url: current.href,
        headers: attempt.headers,
        text: attempt.text,
        truncated: attempt.truncated,
        redirected: redirects > 0,
        fromCache: false,
        receivedAt: this.clock.now()
      }
      if (attempt.bytes) response.bytes = attempt.bytes
      if (
        this.cache &&
        cacheable &&
        attempt.status >= 200 &&
        attempt.status < 300 &&
        !attempt.truncated
      )
        await this.cache
          .set(cacheKey, {
            url: current.href,
            status: attempt.status,
            headers: cachedHeaders(attempt.headers),
            text: attempt.text,
            storedAt: this.clock.now()
          })
          .catch(() => undefined)
      return response
    }
  }

  private authorizationFor(url: URL): string | undefined {
    let best: { base: URL; authorization: string } | undefined
    for (const credential of this.credentials)
      if (
        startsWithBase(url, credential.base) &&
        (!best || credential.base.href.length > best.base.href.length)
      )
        best = credential
    return best?.authorization
  }

  /**
   * The host a URL's requests are limited as: its scope (longest base first), else its origin;
   * '' for a URL that is not http(s). Each has its own gate; callers group work by it too.
   */
  hostKey(url: string): string {
    const parsed = safeUrl(url)
    return parsed ? this.scopeOf(parsed).key : ''
  }

  private scopeOf(url: URL): { key: string; policy?: ScopePolicy } {
    const scope = this.scopes.find((s) => startsWithBase(url, s.base))
    return scope
      ? { key: `scope:${scope.base.href}`, policy: scope.policy }
      : { key: `origin:${url.origin}` }
  }

  private gateFor(url: URL): Gate {
    const { key, policy } = this.scopeOf(url)
    let gate = this.gates.get(key)
    if (!gate) {
      gate = new Gate(
        Math.max(1, policy?.concurrency ?? this.options.defaultConcurrency),
        Math.max(0, policy?.minIntervalMs ?? 0)
      )
      this.gates.set(key, gate)
    }
    return gate
  }

  private async withRetries(
    url: URL,
    accept: string,
    authorization: string | undefined,
    request: RequestOptions
  ): Promise<Settled> {
    const gate = this.gateFor(url)
    const origin = url.origin
    // Set while this request is the one finding out whether its host can be reached.
    let endProbe: (() => void) | undefined
    try {
      for (let attempt = 0; ; attempt++) {
        // Another request is retrying a host it could not reach: its verdict decides this one.
        const probe = endProbe ? undefined : this.probes.get(origin)
        if (probe) await probe
        const result = await this.once(
          gate,
          url,
          accept,
          authorization,
          request,
          endProbe !== undefined
        )
        if (result.kind === 'deferred') {
          // Not asked, so not counted as an attempt: the next turn waits for the probing request.
          attempt--
          continue
        }
        if (result.kind === 'failure') {
          if (!result.retryable || attempt >= this.options.maxRetries) {
            // Retried and still unreachable: the rest of the run does not wait for it again.
            if (result.unreachable !== undefined && !this.unreachable.has(origin))
              this.unreachable.set(origin, { reason: result.reason, cause: result.unreachable })
            return result
          }
          if (result.unreachable !== undefined && !endProbe) {
            // Requests in flight at once all fail; one retries, the others wait for it.
            if (this.probes.has(origin)) continue
            this.probes.set(origin, new Promise<void>((resolve) => (endProbe = resolve)))
          }
          const waited = await this.pause(this.backoffMs(attempt))
          if (waited) return waited
          continue
        }
        const now = this.clock.now()
        const rate = parseRateLimit(result.headers['ratelimit'])
        if (rate && rate.remaining === 0)
          gate.blockedUntil = Math.max(gate.blockedUntil, now + (rate.resetSeconds + 1) * 1000)
        // GitHub signals its primary limit with 403 and remaining 0, its secondary limit with 403
        // and Retry-After.
        const limited =
          result.status === 429 ||
          (result.status === 403 &&
            (result.headers['x-ratelimit-remaining'] === '0' || 'retry-after' in result.headers))
        if (limited) {
          const wait = requestedWaitMs(result.headers, now) ?? this.backoffMs(attempt)
          if (attempt >= this.options.maxRetries)
            return {
              kind: 'failure',
              reason: 'rate-limited',
              detail: `HTTP ${result.status} after ${attempt + 1} attempts`,
              retryable: false
            }
          // Whether this request waits or gives up, the host's other requests wait as long.
          gate.blockedUntil = Math.max(gate.blockedUntil, now + wait)
          if (wait > this.options.maxRetryWaitMs) {
            const detail = `HTTP ${result.status}; the host asks to wait ${Math.ceil(wait / 1000)} s`
            // Asking again before then would only be refused (and GitHub may block a client
            // that keeps asking): the run's other requests to the host are not sent.
            gate.refusal = { until: now + wait, detail }
            return { kind: 'failure', reason: 'rate-limited', detail, retryable: false }
          }
          if (now + wait >= this.deadline)
            return {
              kind: 'failure',
              reason: 'budget',
              detail: `rate-limited; waiting ${Math.ceil(wait / 1000)} s would exceed the resolution budget`,
              retryable: false
            }
          continue
        }
        if (RETRY_STATUSES.has(result.status)) {
          if (attempt >= this.options.maxRetries)
            return {
              kind: 'failure',
              reason: 'http-error',
              detail: `HTTP ${result.status} after ${attempt + 1} attempts`,
              retryable: false
            }
          const wait = requestedWaitMs(result.headers, now) ?? this.backoffMs(attempt)
          const waited = await this.pause(Math.min(wait, this.options.maxRetryWaitMs))
          if (waited) return waited
          continue
        }
        return result
      }
    } finally {
      if (endProbe) {
        this.probes.delete(origin)
        endProbe()
      }
    }
  }

  private backoffMs(attempt: number): number {
    return Math.min(1000 * 2 ** attempt, 8000)
  }

  /** Sleeps `ms`, or reports `budget` when that would pass the deadline. */
  private async pause(ms: number): Promise<Settled | null> {
    if (this.clock.now() + ms >= this.deadline)
      return {
        kind: 'failure',
        reason: 'budget',
        detail: 'the resolution budget ran out while retrying',
        retryable: false
      }
    await this.clock.sleep(ms)
    return null
  }

  /**
   * Whether a request may go to its host now: not while the host's answer to an earlier request
   * of the run asks for a longer wait than the run gives it, not when the host could not be
   * reached earlier in the run, nor, unless `probing`, while another request is retrying it
   * (`deferred`: the gate is left for that request, and this one waits for its verdict).
   */
  private beforeAsking(gate: Gate, url: URL, probing: boolean): Attempt | null {
    const refusal = gate.refusal
    if (refusal && refusal.until > this.clock.now())
      return {
        kind: 'failure',
        reason: 'rate-limited',
        detail: `not asked: ${url.host} asked earlier in this run to wait (${refusal.detail})`,
        retryable: false
      }
    const known = this.unreachable.get(url.origin)
    if (known)
      return {
        kind: 'failure',
        reason: known.reason,
        // The first failure, which the report lists too, says it in full; here only its cause.
        detail: `not asked: ${url.host} could not be reached earlier in this run (${known.cause})`,
        retryable: false
      }
    return !probing && this.probes.has(url.origin) ? { kind: 'deferred' } : null
  }

  private async once(
    gate: Gate,
    url: URL,
    accept: string,
    authorization: string | undefined,
    request: RequestOptions,
    probing: boolean
  ): Promise<Attempt> {
    await gate.enter()
    try {
      // Asked after the gate and again after the host's spacing: a request queued behind one
      // that could not reach the host neither waits its turn nor asks.
      const early = this.beforeAsking(gate, url, probing)
      if (early) return early
      const start = Math.max(gate.nextStart, gate.blockedUntil)
      const wait = start - this.clock.now()
      if (wait > 0) {
        if (this.clock.now() + wait >= this.deadline)
          return {
            kind: 'failure',
            reason: 'budget',
            detail: 'the resolution budget ran out while waiting for the host',
            retryable: false
          }
        await this.clock.sleep(wait)
        const late = this.beforeAsking(gate, url, probing)
        if (late) return late
      }
      const remaining = this.remainingMs()
      if (remaining <= 0)
        return {
          kind: 'failure',
          reason: 'budget',
          detail: 'the resolution budget ran out',
          retryable: false
        }
      gate.nextStart = this.clock.now() + gate.minIntervalMs
      const limitedByBudget = remaining < this.options.timeoutMs
      const timeout = Math.min(this.options.timeoutMs, remaining)
      const controller = new AbortController()
      const cancelTimer = this.clock.setTimer(timeout, () => controller.abort())
      const headers: Record<string, string> = { accept, 'user-agent': this.options.userAgent }
      if (authorization) headers.authorization = authorization
      if (request.range) headers.range = `bytes=${request.range.start}-${request.range.end}`
      try {
        this.requestCount++
        const response = await fetch(url, {
          method: 'GET',
          headers,
          redirect: 'manual',
          signal: controller.signal
        })
        const record = headerRecord(response.headers)
        const body = await readBody(
          response,
          request.maxBytes ?? this.options.maxBytes,
          request.oversize ?? 'fail',
          request.binary === true,
          (n) => (this.bytesReceived += n)
        )
        if (body === 'too-large')
          return {
            kind: 'failure',
            reason: 'malformed',
            detail: `the answer is larger than ${request.maxBytes ?? this.options.maxBytes} bytes`,
            retryable: false
          }
        return {
          kind: 'response',
          status: response.status,
          headers: record,
          text: body.text,
          ...(body.bytes ? { bytes: body.bytes } : {}),
          truncated: body.truncated
        }
      } catch (error) {
        if (controller.signal.aborted)
          return limitedByBudget
            ? {
                kind: 'failure',
                reason: 'budget',
                detail: 'the resolution budget ran out during the request',
                retryable: false
              }
            : {
                kind: 'failure',
                reason: 'timed-out',
                detail: `no answer within ${Math.round(timeout / 1000)} s`,
                retryable: false
              }
        const { retryable, hostUnreachable } = describeNetworkFailure(error)
        const detail = errorText(error)
        return {
          kind: 'failure',
          reason: 'http-error',
          detail,
          retryable,
          ...(hostUnreachable ? { unreachable: causeText(error) || detail } : {})
        }
      } finally {
        cancelTimer()
      }
    } finally {
      gate.leave()
    }
  }
}

function safeUrl(text: string, base?: URL): URL | null {
  if (typeof text !== 'string' || text.length > MAX_URL) return null
  try {
    const url = new URL(text, base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (url.username || url.password) return null
    return url
  } catch {
    return null
  }
}

async function readBody(
  response: Response,
  maxBytes: number,
  oversize: 'fail' | 'truncate',
  binary: boolean,
  received: (bytes: number) => void
): Promise<{ text: string; bytes?: Uint8Array; truncated: boolean } | 'too-large'> {
  const declared = Number(response.headers.get('content-length'))
  if (oversize === 'fail' && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    return 'too-large'
  }
  if (!response.body)
    return binary
      ? { text: '', bytes: new Uint8Array(0), truncated: false }
      : { text: '', truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  let truncated = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received(value.byteLength)
    if (total + value.byteLength > maxBytes) {
      if (oversize === 'fail') {
        await reader.cancel().catch(() => undefined)
        return 'too-large'
      }
      chunks.push(value.subarray(0, maxBytes - total))
      total = maxBytes
      truncated = true
      await reader.cancel().catch(() => undefined)
      break
    }
    chunks.push(value)
    total += value.byteLength
  }
  const joined = Buffer.concat(chunks, total)
  if (binary)
    return { text: '', bytes: new Uint8Array(joined.buffer, joined.byteOffset, total), truncated }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(joined)
  return { text, truncated }
}
