import type { DriftField, LockDrift } from '../model/references.js';
import type { Reference, RemoteFact } from '../model/references.js';
export declare const LOCK_FILE_NAME = "model-openness.lock.json";
export declare const LOCK_VERSION = 1;
/** Largest lock file read, in bytes. */
export declare const MAX_LOCK_BYTES: number;
export interface LockFile {
    version: typeof LOCK_VERSION;
    /** `model-openness <version>` that wrote it. */
    generator: string;
    /** One entry per reference, sorted by kind, id and revision. */
    entries: RemoteFact[];
}
export type LockParseResult = {
    ok: true;
    lock: LockFile;
} | {
    ok: false;
    error: string;
};
/** Whether a fact belongs in a lock: resolved, or unresolved for a lasting reason (not found, gated …). */
export declare function isLockable(fact: RemoteFact): boolean;
/**
 * A lock from a run's facts. Facts unresolved for a transient reason (offline, timed out,
 * rate-limited, budget, HTTP error) keep the previous lock's entry when there is one and are
 * otherwise left out. An entry that did not change keeps its previous `fetchedAt`, so a lock
 * rewritten without drift is byte-identical.
 */
export declare function buildLock(facts: readonly RemoteFact[], previous?: LockFile): LockFile;
/** The lock as committed text: sorted keys and entries, two-space indent, final newline. */
export declare function serializeLock(lock: LockFile): string;
/**
 * Reads and checks a lock file's text. Hostile input gets one clear line, never an exception:
 * size capped, JSON checked, version checked, every field typed and capped.
 */
export declare function parseLock(source: string | Uint8Array): LockParseResult;
export type LockReadResult = LockParseResult | {
    ok: false;
    error: string;
    missing: true;
};
/**
 * Reads and checks a lock file from disk: a missing file says so (`missing: true`), a symlink or
 * anything but a regular file is refused, the size is checked before reading.
 */
export declare function readLockFile(path: string): Promise<LockReadResult>;
/** Writes the lock's canonical text atomically (a temporary file renamed into place). */
export declare function writeLockFile(path: string, lock: LockFile): Promise<void>;
/**
 * Facts for `references` from the lock alone (no network). A reference the lock does not hold
 * comes back unresolved (`offline`, "not in the lock file"). Without `references`, every entry.
 */
export declare function factsFromLock(lock: LockFile, references?: ReadonlyArray<Pick<Reference, 'kind' | 'id' | 'revision' | 'url'>>): RemoteFact[];
/**
 * What changed between the lock and live facts. Live facts unresolved for a transient reason
 * (timed out, rate-limited, offline …) are not compared: they say nothing about the host.
 */
export declare function diffLock(lock: LockFile, liveFacts: readonly RemoteFact[]): LockDrift[];
export type { DriftField, LockDrift };
