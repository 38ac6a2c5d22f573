import type { ByteSource, WeightInfo } from './types.js';
/** Bytes read at most from an ONNX file (field headers and the small fields). */
export declare const ONNX_READ_CAP: number;
/** Largest string or small message (opset import, metadata prop) decoded. */
export declare const ONNX_MAX_FIELD: number;
/** Most top-level fields walked (ModelProto has about a dozen, plus repeated ones). */
export declare const ONNX_MAX_FIELDS = 10000;
/**
 * Reads ONNX ModelProto header fields by walking the top-level tags and seeking past the graph:
 * IR version, producer, domain, opset imports and metadata_props (a `license` prop → license).
 */
export declare function readOnnxHeader(src: ByteSource): Promise<WeightInfo>;
