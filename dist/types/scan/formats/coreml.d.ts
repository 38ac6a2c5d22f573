import type { ByteSource, WeightInfo } from './types.js';
/** Largest ModelDescription (field 2) read; it holds feature descriptions and the metadata. */
export declare const COREML_MAX_DESCRIPTION: number;
/** Bytes read at most from a .mlmodel. */
export declare const COREML_READ_CAP: number;
/**
 * Reads a Core ML `.mlmodel` header: specificationVersion (field 1) and, from the description
 * (field 2 → field 100 Metadata), shortDescription, versionString, author, license and the
 * userDefined map. The model body (fields ≥ 200) is never read.
 */
export declare function readCoreMlHeader(src: ByteSource): Promise<WeightInfo>;
