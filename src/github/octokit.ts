import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { ApiRequestAbortedError, type ApiDeadline } from './deadline.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface OctokitLog {
  warn(message: string): void
}

export interface CreateOctokitOptions {
  /** REST root; defaults to GITHUB_API_URL (read now, not at module load) or api.github.com. */
  baseUrl?: string
  /** Passed to @octokit/plugin-retry; tests set `retryAfterBaseValue: 1` to avoid sleeping. */
  retry?: {
    enabled?: boolean
    retries?: number
    retryAfterBaseValue?: number
    doNotRetry?: number[]
  }
  /** Passed to @octokit/plugin-throttling (the limit handlers are always ours). */
  throttle?: {
    enabled?: boolean
    retryAfterBaseValue?: number
    fallbackSecondaryRateRetryAfter?: number
    /** Separate ids get separate write queues; the plugin shares queues per id within a process. */
    id?: string
  }
  log?: OctokitLog
  /**
   * Budget for all API work: each request gets a timeout well below it, and rate-limit waits are
   * honoured only when they end before it.
   */
  deadline?: ApiDeadline
}

/** Without a deadline, waits longer than these are reported as failures rather than spent idling. */
export const MAX_PRIMARY_RETRY_AFTER_SECONDS = 60
export const MAX_SECONDARY_RETRY_AFTER_SECONDS = 60
export const MAX_PRIMARY_RETRIES = 2
/** Secondary limits and 429s: GitHub asks for a wait of `retry-after` seconds before each retry. */
export const MAX_SECONDARY_RETRIES = 3
/** GitHub's advice when a 429 or secondary limit carries no `retry-after`: wait a minute. */
const DEFAULT_RETRY_AFTER_SECONDS = 60

/**
 * The retry plugin's own list plus 429: rate limits are left to the throttling handlers, otherwise
 * both plugins retry a persistent 429 and it is sent eight times instead of twice.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export function defaultApiUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

type RequestFunction = (options: RequestOptions) => Promise<unknown>
type RequestOptions = { method: string; url: string; request?: Record<string, unknown> }
interface HookedOctokit {
  hook: {
    wrap(
      name: 'request',
      wrapper: (request: RequestFunction, options: RequestOptions) => Promise<unknown>
    ): void
  }
}

/** Each attempt gets its own timeout; applied first, so it sits inside the retry plugins. */
function requestTimeoutPlugin(deadline: ApiDeadline | undefined) {
  return (octokit: unknown): Record<string, never> => {
    if (!deadline) return {}
    ;(octokit as HookedOctokit).hook.wrap('request', async (request, options) => {
      let sent: RequestOptions = options
      try {
        return await deadline.withRequestSignal((signal) => {
          // A copy: `options.request` may be the client's shared defaults object.
          sent = { ...options, request: { ...options.request, signal } }
          return request(sent)
        })
      } catch (error) {
        if (error instanceof ApiRequestAbortedError) error.request = sent
        throw error
      }
    })
    return {}
  }
}

function isRetryableRateLimit(error: unknown): error is {
  status: number
  message: string
  response?: { headers?: Record<string, string | undefined> }
} {
  const e = error as { status?: unknown; message?: unknown } | null
  return typeof e?.status === 'number' && e.status === 429 && typeof e.message === 'string'
}

export function createOctokit(token: string, options: CreateOctokitOptions = {}): Octokit {
  const log = options.log
  const deadline = options.deadline
  const warn = (message: string): void => (log ? log.warn(message) : console.warn(message))
  const waitScaleMs = options.throttle?.retryAfterBaseValue ?? 1000
  /** Whether a wait of `seconds` (plus one more attempt) ends before the deadline. */
  const fits = (seconds: number, cap: number): boolean =>
    deadline
      ? seconds * waitScaleMs + deadline.requestTimeoutMs <= deadline.remainingMs()
      : seconds <= cap
  const decide = (
    kind: string,
    retryAfter: number,
    request: { method: string; url: string },
    again: boolean
  ): boolean => {
    warn(
      `GitHub ${kind} hit on ${request.method} ${request.url}; ` +
        (again ? `retrying in ${retryAfter}s` : `giving up (retry-after ${retryAfter}s)`)
    )
    return again
  }

  /**
   * A 429 the throttling plugin does not recognise (no "secondary rate" message, no exhausted
   * quota) is still a rate limit: wait `retry-after` when it fits, like a secondary limit.
   */
  const plainTooManyRequests = (octokit: unknown): Record<string, never> => {
    ;(octokit as HookedOctokit).hook.wrap('request', async (request, requestOptions) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(requestOptions)
        } catch (error) {
          if (!isRetryableRateLimit(error)) throw error
          const headers = error.response?.headers ?? {}
          if (/\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0')
            throw error
          const header = Number(headers['retry-after'])
          const retryAfter =
            Number.isFinite(header) && header >= 0 ? Math.ceil(header) : DEFAULT_RETRY_AFTER_SECONDS
          const again =
            attempt < MAX_SECONDARY_RETRIES && fits(retryAfter, MAX_SECONDARY_RETRY_AFTER_SECONDS)
          if (!decide('rate limit (429)', retryAfter, requestOptions, again)) throw error
          const ms = retryAfter * waitScaleMs
          if (deadline) await deadline.sleep(ms)
          else await new Promise((resolve) => setTimeout(resolve, ms))
        }
      }
    })
    return {}
  }

  return getOctokit(
    token,
    {
      baseUrl: (options.baseUrl ?? defaultApiUrl()).replace(/\/+$/, ''),
      ...(log
        ? {
            log: {
              debug: () => {},
              info: () => {},
              warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
              error: (...args: unknown[]) => log.warn(args.map(String).join(' '))
            }
          }
        : {}),
      retry: { doNotRetry: DO_NOT_RETRY, ...options.retry },
      throttle: {
        ...options.throttle,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o, count) =>
          decide(
            'rate limit',
            retryAfter,
            request,
            count < MAX_PRIMARY_RETRIES && fits(retryAfter, MAX_PRIMARY_RETRY_AFTER_SECONDS)
          ),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o,
          count
        ) =>
          decide(
            'secondary rate limit',
            retryAfter,
            request,
            count < MAX_SECONDARY_RETRIES && fits(retryAfter, MAX_SECONDARY_RETRY_AFTER_SECONDS)
          )
      }
    },
    requestTimeoutPlugin(deadline),
    retry,
    throttling,
    plainTooManyRequests
  )
}
