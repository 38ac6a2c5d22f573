import type { SkippedItem } from './types.js';
export interface WalkLimits {
    /** Stop listing after this many files; the report then says the scan is partial. */
    maxFiles: number;
    /** Folders deeper than this are reported, not entered (a hostile repository can nest thousands). */
    maxDepth: number;
    /** Epoch milliseconds after which the walk stops and reports what was left. */
    deadline: number;
    /** Honour `.gitignore` files found in the tree. */
    gitignore: boolean;
    /** Extra gitignore-style patterns to leave out (the policy file's `ignore:`). */
    ignorePatterns: string[];
}
export declare const DEFAULT_WALK_LIMITS: WalkLimits;
export interface WalkedFile {
    /** POSIX path relative to the root. */
    path: string;
}
export interface WalkResult {
    files: WalkedFile[];
    directories: string[];
    skipped: SkippedItem[];
    /** Files left out by .gitignore or the policy's ignore list (not a warning: they are not released). */
    ignoredCount: number;
    partial?: {
        reason: string;
        remaining: string[];
    };
}
/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
 *
 * Folders are read with synchronous `opendir` calls: the walk is bound by system calls, and the
 * promise per entry of the async iterator costs more than the call itself (bench/RESULTS.md). An
 * explicit stack instead of recursion keeps thousands of nested folders from overflowing.
 */
export declare function walkRepository(rootDir: string, limits?: Partial<WalkLimits>): Promise<WalkResult>;
