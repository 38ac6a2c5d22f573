/** Human-readable sizes and counts shared by the report and the detectors. */
export declare function formatBytes(n: number): string;
export declare function formatCount(n: number): string;
/**
 * An integer with comma thousands separators, as `toLocaleString('en-US')` writes it. That call
 * builds a number formatter each time (about 0.4 ms), which a scan of many weight files repeats.
 */
export declare function formatInteger(n: number): string;
