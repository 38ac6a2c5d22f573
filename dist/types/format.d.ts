/** Human-readable sizes and counts shared by the report and the detectors. */
export declare function formatBytes(n: number): string;
export declare function formatCount(n: number): string;
