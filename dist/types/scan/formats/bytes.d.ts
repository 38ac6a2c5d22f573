import type { ByteSource } from './types.js';
/** A ByteSource that counts the bytes it has handed out, so callers can prove a read cap. */
export interface CountingByteSource extends ByteSource {
    readonly bytesRead: number;
}
/** Random access over bytes already in memory (tests, fuzzing, small files). */
export declare function bufferByteSource(buf: Uint8Array): CountingByteSource;
/** Largest single read the file source will allocate for; readers ask for far less. */
export declare const MAX_SINGLE_READ: number;
/**
 * Opens a file for header reading. O_NOFOLLOW refuses a final-component symlink, O_NONBLOCK keeps a
 * FIFO from blocking the open, and the fstat check refuses anything but a regular file.
 *
 * The calls are synchronous behind the async interface: each is a short positional read of a local
 * file, and the promise-based FileHandle costs several times more per file when a scan opens tens of
 * thousands of them (see bench/RESULTS.md).
 */
export declare function openFileByteSource(path: string): Promise<{
    source: CountingByteSource;
    close(): Promise<void>;
}>;
/** Raised when a reader goes past the byte budget it was given. */
export declare class ReadBudgetError extends Error {
    constructor(budget: number);
}
/**
 * Wraps a source so that the total number of bytes handed out never exceeds `budget`: a read that
 * would cross it throws ReadBudgetError before touching the underlying source.
 */
export declare function withReadBudget(src: ByteSource, budget: number): CountingByteSource;
/** Reads exactly `length` bytes or returns null when the source ends first. */
export declare function readExact(src: ByteSource, position: number, length: number): Promise<Uint8Array | null>;
/** The source ended before a structure that the header declares. */
export declare class TruncatedError extends Error {
    constructor(what: string);
}
/** The header goes on past the reader's cap; what was read so far is still reported. */
export declare class ReadCapError extends Error {
    constructor(cap: number);
}
/** Decodes UTF-8, replacing invalid sequences. */
export declare function decodeUtf8(bytes: Uint8Array): string;
/** Decodes UTF-8, returning null for invalid input. */
export declare function decodeUtf8Strict(bytes: Uint8Array): string | null;
/**
 * The unsigned 4- or 8-byte integer at `offset` of `view` as a number, or -1 when an 8-byte one
 * does not fit in 32 bits (callers leave those to the async readers, which report them).
 */
export declare function smallUnsigned(view: DataView, offset: number, width: 4 | 8, le: boolean): number;
/**
 * Forward reader over a ByteSource with a read-ahead window, so a header made of many small fields
 * costs few reads, and bytes read stay within (bytes consumed + one chunk). Positions past `cap`
 * raise ReadCapError; positions past the end raise TruncatedError. Never reads past `cap` (an
 * absolute position in the source).
 */
export declare class BufferedReader {
    private readonly src;
    readonly cap: number;
    private littleEndian;
    private window;
    private windowStart;
    /** The buffer each refill reads into, when the source can read into one (`readInto`). */
    private refillBuffer;
    private cachedView;
    private cachedViewOf;
    private pos;
    /** Position past which nothing is read: min(requested cap, size). */
    private readonly limit;
    /** Read-ahead per read: the chunk asked for, or less when the source prefers less. */
    private readonly chunkSize;
    constructor(src: ByteSource, start: number, cap: number, chunkSize?: number, littleEndian?: boolean);
    get position(): number;
    setLittleEndian(le: boolean): void;
    /** Throws when [pos, pos+n) is not readable: past the end (truncated) or past the cap. */
    ensureAvailable(n: number | bigint, what: string): number;
    /**
     * Up to `want` bytes from the current position, as the new window. A source that reads into a
     * buffer refills the reader's own one, so the bytes of the previous window are overwritten:
     * views handed out are valid until the next call, as `bytes` says.
     */
    private refill;
    /** Returns n bytes at the current position (a view; valid until the next call). */
    bytes(n: number, what?: string): Promise<Uint8Array>;
    /** Moves forward without reading; the target must lie within the file and the cap. */
    skip(n: number | bigint, what?: string): void;
    /**
     * How many bytes from the current position are buffered and within the cap: what a caller may
     * decode synchronously through `windowView()` from `windowOffset()` before calling `advance`.
     */
    bufferedLength(): number;
    /** The current position's offset in `windowView()`. */
    windowOffset(): number;
    /** A view of the buffered window (one per window, not one per field). */
    windowView(): DataView;
    /** Moves forward over `n` bytes the caller decoded itself; `n` must be within bufferedLength(). */
    advance(n: number): void;
    /**
     * Skips up to `count` strings, each a 4- or 8-byte unsigned length then that many bytes, while
     * their lengths sit in the buffered window: no promise, BigInt or view per string, which matters
     * for a tokenizer's hundreds of thousands of entries. Stops before a length that is not buffered
     * or is over `maxLength` (the caller reads that one with the async readers, which also report
     * it), and returns how many it skipped. A string running past the end or the cap throws as
     * `skip` does.
     */
    skipBufferedStrings(count: number, width: 4 | 8, maxLength: number, what: string): number;
    u8(what?: string): Promise<number>;
    u32(what?: string): Promise<number>;
    i32(what?: string): Promise<number>;
    u64(what?: string): Promise<bigint>;
    i64(what?: string): Promise<bigint>;
    view(n: number, what?: string): Promise<DataView>;
}
/** Renders any thrown value as a one-line problem string. */
export declare function problemOf(err: unknown): string;
