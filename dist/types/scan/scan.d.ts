import type { Snapshot } from './types.js';
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
export declare const DEFAULT_SCAN_OPTIONS: ScanOptions;
/** The scan's only user-facing failure: the directory itself cannot be scanned. */
export declare class ScanInputError extends Error {
}
/**
 * The I/O edge of the pipeline: walks the repository, reads headers of weight files, text of
 * documents, code and configs (capped), and returns a Snapshot for the pure detectors.
 */
export declare function scanRepository(dir: string, options?: Partial<ScanOptions>): Promise<Snapshot>;
