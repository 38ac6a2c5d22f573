/**
 * The one request helper every resolver goes through. It keeps a resolution run polite and
 * bounded: per-scope concurrency and spacing (arXiv: one request every 3 s, one at a time), 429
 * with `Retry-After` or the Hub's `RateLimit` header, bounded retries on 5xx, a host that cannot
 * be reached asked once per run rather than once per reference, a per-request timeout and an
 * overall deadline, a few manually followed redirects, byte-capped bodies, and tokens sent only
 * to the endpoint they belong to (never after a redirect to another host).
 * It never throws: every failure comes back as a reason the caller can report.
 */
import type { UnresolvedReason } from '../../model/references.js';
import type { ResponseCache } from '../cache.js';
import { type Clock } from './clock.js';
/** A token and the endpoint it belongs to: sent only to URLs under `base`. */
export interface Credential {
    /** Endpoint base URL (`https://huggingface.co`, `https://api.github.com`, a GHES `/api/v3`). */
    base: string;
    /** The full header value, e.g. `Bearer hf_…`. */
    authorization: string;
}
/** Limits for the URLs under `base` (longest matching base wins; others: per origin). */
export interface ScopePolicy {
    base: string;
    /** Requests in flight at once. */
    concurrency: number;
    /** Least time between the starts of two requests, in ms (arXiv asks for 3000). */
    minIntervalMs?: number;
}
export interface HttpClientOptions {
    clock?: Clock;
    /** Overall budget for everything this client does, in ms from its creation (default 120 s). */
    budgetMs?: number;
    /** Per-request timeout in ms (default 20 s). */
    timeoutMs?: number;
    /** Retries after a 5xx, 408, 429 or network error (default 2). */
    maxRetries?: number;
    /** Redirects followed per request (default 5). */
    maxRedirects?: number;
    /** A longer wait asked for by a 429 gives up with `rate-limited` (default 60 s). */
    maxRetryWaitMs?: number;
    /** Default body cap in bytes (default 4 MiB). */
    maxBytes?: number;
    credentials?: Credential[];
    scopes?: ScopePolicy[];
    /** Concurrency for URLs outside every scope (default 4). */
    defaultConcurrency?: number;
    userAgent?: string;
    /** Successful answers are stored here and served from here while fresh. */
    cache?: ResponseCache;
}
export interface RequestOptions {
    accept?: string;
    /** Body cap for this request, in bytes. */
    maxBytes?: number;
    /** Over the cap: fail (`malformed`, the default) or keep the first `maxBytes` bytes. */
    oversize?: 'fail' | 'truncate';
    /** Set false to bypass the cache for this request. */
    cache?: boolean;
    /**
     * Ask for these bytes only: `Range: bytes=start-end` (end inclusive), sent on every hop of a
     * redirect. Ranged answers are never cached. A host that ignores the header answers 200 with
     * the whole file: give `maxBytes` and `oversize: 'truncate'` so that reading stops at the cap.
     */
    range?: {
        start: number;
        end: number;
    };
    /** Keep the body as bytes in `HttpResponse.bytes` (and leave `text` empty). */
    binary?: boolean;
}
export interface HttpResponse {
    kind: 'response';
    status: number;
    /** The URL that answered, after redirects. */
    url: string;
    /** Response headers, lower-case names, values capped. */
    headers: Record<string, string>;
    text: string;
    /** The body as bytes, for `binary` requests. */
    bytes?: Uint8Array;
    truncated: boolean;
    redirected: boolean;
    fromCache: boolean;
    /** When the host gave this answer (epoch ms): now, or when a cached answer was stored. */
    receivedAt: number;
}
export interface HttpFailure {
    kind: 'failure';
    reason: UnresolvedReason;
    detail: string;
    url: string;
    status?: number;
}
export type HttpOutcome = HttpResponse | HttpFailure;
export declare const DEFAULT_USER_AGENT = "model-openness/0.1.0 (openness resolver)";
/** `RateLimit: "api";r=0;t=55` (draft-ietf-httpapi-ratelimit-headers-09), as the Hub sends it. */
export declare function parseRateLimit(value: string | undefined): {
    remaining: number;
    resetSeconds: number;
} | null;
/** `Retry-After` as delay seconds or an HTTP date → ms to wait from `now`, or null. */
export declare function parseRetryAfter(value: string | undefined, now: number): number | null;
/** How long the server asks us to wait before the next request, or null when it does not say. */
export declare function requestedWaitMs(headers: Record<string, string>, now: number): number | null;
/** The system or undici error code under a failed fetch (`fetch failed` wraps it as the cause). */
export declare function networkErrorCode(error: unknown): string | undefined;
/**
 * What a failed fetch says about its host. A host that cannot be reached, or whose certificate
 * is refused, fails every other request of the run the same way, so it is asked only once.
 */
export declare function describeNetworkFailure(error: unknown): {
    retryable: boolean;
    hostUnreachable: boolean;
};
/** One client per resolution run: it owns the deadline, the gates and the cache. */
export declare class HttpClient {
    readonly clock: Clock;
    readonly deadline: number;
    private readonly options;
    private readonly credentials;
    private readonly scopes;
    private readonly gates;
    /** Origins that could not be reached in this run, with why; they are not asked again. */
    private readonly unreachable;
    /** Origins one request is retrying after it could not reach them; settled when it is done. */
    private readonly probes;
    private readonly cache?;
    /** Requests actually sent (not served from the cache). */
    requestCount: number;
    /** Body bytes read from the network (what a byte cap is checked against). */
    bytesReceived: number;
    constructor(options?: HttpClientOptions);
    /** Milliseconds left of the overall budget. */
    remainingMs(): number;
    /** GET with every rule above. Never throws. */
    get(url: string, request?: RequestOptions): Promise<HttpOutcome>;
    private authorizationFor;
    /**
     * The host a URL's requests are limited as: its scope (longest base first), else its origin;
     * '' for a URL that is not http(s). Each has its own gate; callers group work by it too.
     */
    hostKey(url: string): string;
    private scopeOf;
    private gateFor;
    private withRetries;
    private backoffMs;
    /** Sleeps `ms`, or reports `budget` when that would pass the deadline. */
    private pause;
    /**
     * Whether a request may go to its host now: not while the host's answer to an earlier request
     * of the run asks for a longer wait than the run gives it, not when the host could not be
     * reached earlier in the run, nor, unless `probing`, while another request is retrying it
     * (`deferred`: the gate is left for that request, and this one waits for its verdict).
     */
    private beforeAsking;
    private once;
}
