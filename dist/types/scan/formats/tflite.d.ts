import type { ByteSource, WeightInfo } from './types.js';
/** True when bytes 4–7 hold the TFLite FlatBuffer file identifier `TFL3`. */
export declare function hasTfliteIdentifier(head: Uint8Array): boolean;
/** Detects a TFLite model by its file identifier; the FlatBuffer itself is not walked. */
export declare function readTfliteHeader(src: ByteSource): Promise<WeightInfo>;
