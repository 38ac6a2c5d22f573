import type { LfsPointer, WeightInfo } from './formats/types.js';
/** Why something in the repository was not scanned; each ends up as a warning in the report. */
export type SkipReason = 'symlink' | 'special-file' | 'unreadable' | 'too-large' | 'binary-document' | 'invalid-name' | 'depth-limit' | 'file-limit' | 'time-budget' | 'malformed';
export interface SkippedItem {
    /** POSIX path relative to the repository root (lossy-decoded if the name is not UTF-8). */
    path: string;
    reason: SkipReason;
    detail: string;
}
/** One regular file of the repository, as the scanner saw it. */
export interface ScannedFile {
    /** POSIX path relative to the repository root. */
    path: string;
    /** Size on disk (apparent size); known for every file whose bytes were looked at. */
    size?: number;
    /** Text content for documents, code and configs, capped (see `truncated`). */
    text?: string;
    /** True when `text` holds only the first part of the file. */
    truncated?: boolean;
    /** Header facts for weight files (never the tensors). */
    weight?: WeightInfo;
    /** Set when the file is a Git LFS pointer rather than the real content. */
    lfs?: LfsPointer;
}
export interface ScanStats {
    filesSeen: number;
    directoriesSeen: number;
    bytesRead: number;
    /** Largest number of bytes read from any single weight file. */
    maxBytesReadPerWeight: number;
    elapsedMs: number;
    /** Files left out by .gitignore or the policy's ignore list. */
    ignoredFiles: number;
    /** Text files beyond the per-role read limit, judged by path only. */
    textFilesNotRead: number;
}
/** Everything the pure core needs to know about a repository, gathered by the scan edge. */
export interface Snapshot {
    /** In path order (UTF-16 code units, as `<` compares paths). */
    files: ScannedFile[];
    /** Folders that exist (POSIX, relative), for detectors that look at layout. */
    directories: string[];
    skipped: SkippedItem[];
    stats: ScanStats;
    /** Set when the scan stopped early (time budget, file limit); says what was left. */
    partial?: {
        reason: string;
        remaining: string[];
    };
}
