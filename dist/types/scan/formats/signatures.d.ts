import type { ByteSource, WeightInfo } from './types.js';
/** What the first bytes of a file say it is. */
export type Signature = 'gguf' | 'zip' | 'gzip' | 'hdf5' | 'pytorch-legacy' | 'pickle' | 'numpy' | 'tflite' | 'ggml' | 'llamafile' | 'safetensors' | 'lfs-pointer';
export declare const HDF5_SIGNATURE: readonly [137, 72, 68, 70, 13, 10, 26, 10];
/** Offsets where an HDF5 superblock may start (after a user block), besides 0. */
export declare const HDF5_PROBE_OFFSETS: readonly [512, 1024, 2048];
/** pickle.dumps(0x1950a86a20f9469cfc6c, protocol=2): torch's legacy magic number. */
export declare const TORCH_LEGACY_MAGIC: readonly [128, 2, 138, 10, 108, 252, 156, 70, 249, 32, 106, 168, 80, 25, 46];
/**
 * Identifies a file from its first bytes (SNIFF_BYTES suffice). `size` lets the safetensors check
 * see that the claimed header fits the file.
 */
export declare function sniffSignature(head: Uint8Array, size: number): Signature | null;
/** Looks for the HDF5 signature after a user block (512, 1024, 2048); reads 8 bytes per probe. */
export declare function probeHdf5UserBlock(src: ByteSource): Promise<boolean>;
/** Largest .npy header read (format v1 caps it at 65535; later versions allow more). */
export declare const NPY_MAX_HEADER: number;
/** Reads a .npy header dict for dtype and shape; one array → one "tensor". */
export declare function readNpyHeader(src: ByteSource): Promise<WeightInfo>;
