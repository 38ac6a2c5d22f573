/** One stored answer (successful responses only). */
export interface CachedResponse {
    /** The URL that answered, after redirects. */
    url: string;
    status: number;
    headers: Record<string, string>;
    text: string;
    /** Epoch milliseconds when it was stored. */
    storedAt: number;
}
export interface ResponseCache {
    /** The entry for `key` when present, well-formed and younger than the TTL at `now`. */
    get(key: string, now: number): Promise<CachedResponse | undefined>;
    /** Stores an entry; failures are swallowed (a cache never fails a run). */
    set(key: string, value: CachedResponse): Promise<void>;
}
export interface FileCacheOptions {
    /** Directory for the entries; default `$XDG_CACHE_HOME/model-openness` or `~/.cache/model-openness`. */
    dir?: string;
    /** Time to live in milliseconds; default one day. */
    ttlMs?: number;
    /** Largest entry read or written, in bytes; default 8 MiB. */
    maxEntryBytes?: number;
}
export declare const DEFAULT_CACHE_TTL_MS: number;
/** The default cache directory (not created until something is stored). */
export declare function defaultCacheDir(env?: NodeJS.ProcessEnv): string;
/** A cache of JSON files in a directory. */
export declare function createFileCache(options?: FileCacheOptions): ResponseCache & {
    dir: string;
};
