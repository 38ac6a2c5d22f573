import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

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
}

/** Primary rate limits reset hourly; waiting longer than this would hold the job for too long. */
export const MAX_PRIMARY_RETRY_AFTER_SECONDS = 60
export const MAX_PRIMARY_RETRIES = 2
/**
 * GitHub asks clients not to retry a secondary limit before `retry-after`; a long wait is better
 * reported as a failure than spent idling, so only short waits are honoured, once.
 */
export const MAX_SECONDARY_RETRY_AFTER_SECONDS = 5

/**
 * The retry plugin's own list plus 429: rate limits are left to the throttling handlers, otherwise
 * both plugins retry a persistent 429 and it is sent eight times instead of twice.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export function defaultApiUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

export function createOctokit(token: string, options: CreateOctokitOptions = {}): Octokit {
  const log = options.log
  const warn = (message: string): void => (log ? log.warn(message) : console.warn(message))
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
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o, count) => {
          const again = count < MAX_PRIMARY_RETRIES && retryAfter <= MAX_PRIMARY_RETRY_AFTER_SECONDS
          warn(
            `GitHub rate limit hit on ${request.method} ${request.url}; ` +
              (again ? `retrying in ${retryAfter}s` : `giving up (reset in ${retryAfter}s)`)
          )
          return again
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o,
          count
        ) => {
          const again = count < 1 && retryAfter <= MAX_SECONDARY_RETRY_AFTER_SECONDS
          warn(
            `GitHub secondary rate limit hit on ${request.method} ${request.url}; ` +
              (again ? `retrying in ${retryAfter}s` : `giving up (retry-after ${retryAfter}s)`)
          )
          return again
        }
      }
    },
    retry,
    throttling
  )
}
