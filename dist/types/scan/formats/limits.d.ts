/**
 * Read caps shared by the header readers. Every reader stays within its format's own header plus
 * HEADER_READ_SLACK bytes, whatever the file claims; the per-format caps bound "header" itself.
 */
/** Extra bytes any reader may read beyond the header it parses (read-ahead, sniffing, probes). */
export declare const HEADER_READ_SLACK: number;
/**
 * Read-ahead chunk of the buffered readers: a little under HEADER_READ_SLACK, so that one chunk of
 * read-ahead plus the sniffed bytes still fit in the slack.
 */
export declare const READ_AHEAD: number;
/** Bytes sniffed from the start of a file to pick a reader. */
export declare const SNIFF_BYTES = 64;
/** Most metadata entries kept per file. */
export declare const MAX_METADATA_ENTRIES = 256;
/** Longest metadata key kept (longer keys are dropped). */
export declare const MAX_METADATA_KEY_LENGTH = 256;
/** Longest metadata value kept (longer values are cut, with a trailing ellipsis). */
export declare const MAX_METADATA_VALUE_LENGTH = 8192;
/** Most container entry names reported in WeightInfo.entries. */
export declare const MAX_REPORTED_ENTRIES = 100;
/**
 * Collects string metadata with caps on count and lengths. Keys are stored as own data properties
 * (Object.fromEntries), so a key such as "__proto__" cannot change an object's prototype.
 */
export declare class MetadataCollector {
    private readonly map;
    truncated: boolean;
    set(key: string, value: string): void;
    get(key: string): string | undefined;
    get size(): number;
    /** Finds the first key equal to one of `names`, ignoring case. */
    findIgnoreCase(...names: string[]): string | undefined;
    toRecord(): Record<string, string> | undefined;
}
export declare function capString(value: string, max?: number): string;
/** Builds a record from counted entries without prototype pitfalls. */
export declare function recordOf(map: Map<string, number>): Record<string, number>;
