import { type IndexedFile } from './facts.js';
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
/** A listed file with its facts (name, extension, role, flags); the scan adds what it reads. */
export type WalkedFile = IndexedFile;
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
/** Whether gitignore `text` has a pattern that can match a file (see IgnoreScope.matchesFiles). */
export declare function patternsMatchFiles(text: string): boolean;
/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
 *
 * Each folder is listed with one synchronous `readdirSync(withFileTypes)`: the walk is bound by
 * system calls, and `opendir` with a call per entry costs about half as much again (bench/RESULTS.md).
 * The clock is read before and after each folder's listing and every 1,024 entries. An explicit
 * stack of folders instead of recursion keeps thousands of nested folders from overflowing. Files
 * come out in path order (see pathOrder), each with its facts (name, extension, role, vendored and
 * test flags) computed here, once.
 */
export declare function walkRepository(rootDir: string, limits?: Partial<WalkLimits>): Promise<WalkResult>;
