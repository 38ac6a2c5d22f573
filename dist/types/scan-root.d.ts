import type { OpennessReport } from './report/types.js';
/**
 * Checks the folder to scan before anything else reads from it, so a missing or unreadable folder
 * is named as such (and not, say, as an unreadable policy file inside it). `shown` is the folder
 * as the user wrote it.
 */
export declare function checkScanRoot(dir: string, shown: string): Promise<void>;
/**
 * An empty folder is almost always a wrong path; a report of "everything missing" would hide that.
 * A scan that stopped early, or that skipped what it found (links, special files), is not empty.
 */
export declare function checkFilesFound(report: Pick<OpennessReport, 'inventory'>, shown: string): void;
