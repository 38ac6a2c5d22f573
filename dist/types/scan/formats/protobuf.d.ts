import type { ByteSource } from './types.js';
/** One protobuf field: varint/fixed values in `value`, length-delimited payloads by position. */
export interface ProtoField {
    field: number;
    wire: number;
    /** Varint, fixed64 and fixed32 values. */
    value?: bigint;
    /** Start of a length-delimited payload (absolute in the source, or in the buffer). */
    offset: number;
    /** Length of a length-delimited payload. */
    length: number;
}
/** Decodes a varint at `pos`; null when it runs past `end` or beyond 10 bytes. */
export declare function decodeVarint(bytes: Uint8Array, pos: number, end?: number): {
    value: bigint;
    next: number;
} | null;
export declare class ProtoError extends Error {
    constructor(message: string);
}
/** Parses all fields of an in-memory message, with a cap on their number. */
export declare function parseMessage(bytes: Uint8Array, maxFields?: number): ProtoField[];
export declare function fieldBytes(bytes: Uint8Array, f: ProtoField): Uint8Array;
export declare function fieldString(bytes: Uint8Array, f: ProtoField): string;
/**
 * Walks the top-level fields of a message stored in a ByteSource without reading payloads: each
 * step reads at most 20 bytes (tag + length varints), so a huge field (an ONNX graph) is skipped.
 */
export declare class TopLevelWalker {
    private readonly src;
    private readonly maxFields;
    private pos;
    fieldsSeen: number;
    constructor(src: ByteSource, maxFields: number);
    get done(): boolean;
    next(): Promise<ProtoField | null>;
}
