import type { ByteSource, WeightInfo } from './types.js';
/** Largest header the reference implementation accepts (safetensors MAX_HEADER_SIZE). */
export declare const SAFETENSORS_MAX_HEADER = 100000000;
/** Bytes per element of a safetensors dtype, or undefined for unknown and sub-byte dtypes. */
export declare function safetensorsDtypeBytes(dtype: string): number | undefined;
/** Reads the 8-byte length and the JSON header of a safetensors file; never touches tensor data. */
export declare function readSafetensorsHeader(src: ByteSource): Promise<WeightInfo>;
/** Parses the JSON header; `dataSize` is the size of the byte buffer that follows it. */
export declare function parseSafetensorsJson(headerBytes: Uint8Array, dataSize: number): WeightInfo;
