/**
 * Online resolution of a release's references: which licence, gate, checkpoints and card the
 * hosts report for the release's own weights, datasets, papers and code, and for the code it
 * depends on. Citations are never resolved. Three modes: `online` asks the hosts, `offline` asks
 * nobody, `lock` answers from model-openness.lock.json alone. A failure never throws; the fact
 * says why it is unresolved.
 */
import type { Reference, RemoteFact, ResolveMode } from '../../model/references.js';
import { type ResponseCache } from '../cache.js';
import { type LockFile } from '../lock.js';
import { type Clock } from './clock.js';
import { type Endpoints } from './common.js';
export type { ResolveMode };
export interface ResolveOptions {
    mode: ResolveMode;
    /** Host base URLs; missing ones come from `env`, then the public hosts. */
    endpoints?: Partial<Endpoints>;
    /** Environment for endpoints and tokens (default `process.env`). */
    env?: NodeJS.ProcessEnv;
    /** Tokens; default `HF_TOKEN` and `GITHUB_TOKEN` from `env`. An empty string means none. */
    tokens?: {
        hub?: string;
        github?: string;
    };
    /** Overall time for the whole run, in ms (default 120 000). */
    budgetMs?: number;
    /** Per-request timeout, in ms (default 20 000). */
    timeoutMs?: number;
    /** Retries after 5xx, 429 or a network error (default 2). */
    maxRetries?: number;
    /** A 429 asking for a longer wait gives up with `rate-limited` (default 60 000 ms). */
    maxRetryWaitMs?: number;
    clock?: Clock;
    /**
     * Local cache of answers: `true` for the default directory (`~/.cache/model-openness`), a
     * directory and TTL, or a cache object. Default: no cache.
     */
    cache?: boolean | {
        dir?: string;
        ttlMs?: number;
    } | ResponseCache;
    /** The parsed lock file; required for `mode: 'lock'`. */
    lock?: LockFile;
    /** Read model and dataset cards from the Hub (default true). */
    readCards?: boolean;
    /** References resolved at the same time per host (default 4); hosts have their own limits too. */
    concurrency?: number;
    /** Receives the number of HTTP requests sent (not served by the cache), for diagnostics. */
    onRequestCount?: (count: number) => void;
}
/** Whether a reference is resolved online: the release's own things and the code it depends on. */
export declare function isResolvable(reference: Reference): boolean;
/** The resolvable references, without duplicates, in their first order. */
export declare function selectReferences(references: readonly Reference[]): Reference[];
/** Endpoints from explicit options, then `HF_ENDPOINT`, `GITHUB_API_URL`, `ARXIV_OAI_URL`, `ZENODO_URL`, `DOI_RESOLVER_URL`. */
export declare function resolveEndpoints(explicit?: Partial<Endpoints>, env?: NodeJS.ProcessEnv): Endpoints;
/** The URL a reference would be read from (offline facts and unsupported kinds report it). */
export declare function referenceUrl(reference: Reference, endpoints: Endpoints): string;
/**
 * Resolves the release's own references (and code dependencies) to what their hosts say. One
 * fact per distinct resolvable reference, in input order. Never throws.
 */
export declare function resolveReferences(references: readonly Reference[], options: ResolveOptions): Promise<RemoteFact[]>;
export type { Endpoints } from './common.js';
export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export { DEFAULT_ENDPOINTS } from './common.js';
