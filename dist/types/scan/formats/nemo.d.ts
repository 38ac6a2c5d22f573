import type { ByteSource, WeightInfo } from './types.js';
/** Bytes read at most while walking tar headers. */
export declare const TAR_READ_CAP: number;
/** Most tar members walked. */
export declare const TAR_MAX_ENTRIES = 1000;
export declare function isGzip(head: Uint8Array): boolean;
export declare function hasUstarMagic(block: Uint8Array): boolean;
/** Lists the members of a plain (uncompressed) tar by walking 512-byte headers. */
export declare function listTarEntries(src: ByteSource): Promise<{
    entries: string[];
    problem?: string;
}>;
/**
 * Reads a `.nemo` archive: plain tar → member names (model_config.yaml, model_weights.ckpt, …);
 * gzip → noted as compressed, members not listed (that would need decompressing).
 */
export declare function readNemoHeader(src: ByteSource): Promise<WeightInfo>;
