import type { RemoteFact, ResolveMode } from './model/references.js';
import { type Policy } from './policy.js';
import type { OpennessReport } from './report/types.js';
import { type LockFile, type LockReadResult } from './resolve/lock.js';
import { type ResolveOptions } from './resolve/online/index.js';
import type { Snapshot } from './scan/types.js';
/** How the references a release keeps elsewhere are resolved. */
export interface ResolveSettings {
    /**
     * `online` asks the hosts (and reports drift from a committed lock file); `offline` makes no
     * network call and uses the lock file when the repository has one; `lock` reads only the lock.
     */
    mode: ResolveMode;
    /** The lock file (default `DIR/model-openness.lock.json`). */
    lockPath?: string;
    /** Passed to the resolvers: endpoints and tokens from `env`, a cache, the time budget. */
    options?: Omit<ResolveOptions, 'mode' | 'lock'>;
}
export interface AnalyzeOptions {
    maxSeconds?: number;
    /** Text files read per role, shallowest first (default MAX_TEXT_FILES). */
    maxTextFiles?: number;
    policy?: Policy;
    /** Display name in the report; `OWNER/NAME` lets the owner's models and code count as the release's. */
    repository: string;
    /** Default offline: the library makes no network call unless asked to. */
    resolve?: ResolveSettings;
}
export interface Analysis {
    report: OpennessReport;
    snapshot: Snapshot;
    /** Every fact the resolve stage produced (for writing a lock file). */
    facts: RemoteFact[];
    /** The lock file that was read, if any. */
    lock: LockFile | null;
    /** Problems reading the lock file, one line each. */
    lockProblems: string[];
}
/** Scan (the I/O edge), detect (pure), resolve (the network edge), assess (pure). */
export declare function analyzeRepository(dir: string, options: AnalyzeOptions): Promise<Analysis>;
/**
 * Everything after the scan, for a snapshot from any source (a folder, the Hub): detect, resolve
 * with the lock file that was read (or found missing), assess.
 */
export declare function analyzeSnapshot(snapshot: Snapshot, read: LockReadResult, options: AnalyzeOptions & {
    startedAt: number;
}): Promise<Analysis>;
