import { type CountingByteSource } from './formats/bytes.js';
import { type FileRole } from './classify.js';
import type { ScannedFile, SkippedItem, Snapshot } from './types.js';
import { type WalkLimits } from './walk.js';
export interface ScanOptions {
    /** Seconds after which the scan stops and reports itself as partial. */
    maxSeconds: number;
    /** Gitignore-style patterns left out of the scan (policy `ignore:`). */
    ignore: string[];
    /** Most text files whose content is read per role; the rest count by path only. */
    maxTextFiles: number;
    /** Walker limits (tests lower them). */
    walk?: Partial<WalkLimits>;
}
/**
 * Text files read per role (documents, code, configs), shallowest first, from a folder and from
 * the Hub alike, so a checkout and its Hub copy give one report. Measured, not guessed: on the
 * 24 real repositories of bench/READS.md, no report changes between this cap and five times
 * it, and the first changes at 300. `--max-text-files` raises it.
 */
export declare const MAX_TEXT_FILES = 1000;
export declare const DEFAULT_SCAN_OPTIONS: ScanOptions;
/** The scan's only user-facing failure: the directory itself cannot be scanned. */
export declare class ScanInputError extends Error {
}
/**
 * The shortest text parseLfsPointer accepts: the shortest spec URL, a 64-digit oid and `size 0`,
 * one line each. A smaller file cannot be a pointer, so its size alone rules it out.
 */
export declare const LFS_POINTER_MIN: number;
export interface ReadOutcome {
    file: ScannedFile;
    skipped?: SkippedItem;
    bytesRead: number;
    weightBytes?: number;
}
/**
 * What the scan reads of one file, from any byte source (a local file, or a file on the Hub read
 * through range requests): an LFS pointer, a weight header, or capped text. Mutates `file`.
 */
export declare function readFromSource(source: CountingByteSource, file: ScannedFile, role: FileRole): Promise<ReadOutcome>;
/** orderReads for files without facts (a Hub listing), each with its role. */
export declare function planReads(files: ScannedFile[], maxTextFiles: number): {
    toRead: {
        file: ScannedFile;
        role: FileRole;
    }[];
    textNotRead: number;
};
/**
 * The I/O edge of the pipeline: walks the repository, reads headers of weight files, text of
 * documents, code and configs (capped), and returns a Snapshot for the pure detectors.
 */
export declare function scanRepository(dir: string, options?: Partial<ScanOptions>): Promise<Snapshot>;
