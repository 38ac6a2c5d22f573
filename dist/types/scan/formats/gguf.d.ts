import type { ByteSource, WeightInfo } from './types.js';
/** Bytes of header (KVs + tensor infos) read at most; past it the result is partial. */
export declare const GGUF_READ_CAP: number;
/** Most KV pairs accepted (the count is checked before any KV is read). */
export declare const GGUF_MAX_KV = 100000;
/** Most tensor infos read for the parameter count. */
export declare const GGUF_MAX_TENSORS = 1000000;
/** Longest string value or key decoded or skipped. */
export declare const GGUF_MAX_STRING: number;
/** Deepest nesting of arrays. */
export declare const GGUF_MAX_ARRAY_DEPTH = 4;
/** Most dimensions per tensor (ggml uses 4; the spec caps at 8 in practice). */
export declare const GGUF_MAX_DIMS = 8;
export declare function ggmlTypeName(type: number): string;
export interface GgufReadOptions {
    /** Overrides GGUF_READ_CAP (tests use a small cap to exercise partial results). */
    readCap?: number;
}
/**
 * Reads a GGUF header: version, counts, general.* metadata (never the tokenizer arrays' contents)
 * and, when sane and within the read cap, the tensor infos for a parameter count.
 */
export declare function readGgufHeader(src: ByteSource, options?: GgufReadOptions): Promise<WeightInfo>;
