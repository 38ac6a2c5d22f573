import type { ByteSource, WeightFormat, WeightInfo } from './types.js';
export type { ByteSource, LfsPointer, WeightFormat, WeightInfo } from './types.js';
export { bufferByteSource, openFileByteSource, withReadBudget } from './bytes.js';
export type { CountingByteSource } from './bytes.js';
export { readSafetensorsHeader, SAFETENSORS_MAX_HEADER } from './safetensors.js';
export { readGgufHeader, GGUF_READ_CAP } from './gguf.js';
export { compileLfsMatcher, isLfsTracked, LFS_POINTER_MAX_SIZE, parseGitattributesLfs, parseLfsPointer } from './lfs.js';
export { inspectZipWeights, listZipEntries, ZIP_READ_CAP } from './zip.js';
export { readOnnxHeader, ONNX_READ_CAP } from './onnx.js';
export { readTfliteHeader } from './tflite.js';
export { readCoreMlHeader, COREML_READ_CAP } from './coreml.js';
export { listTarEntries, readNemoHeader, TAR_READ_CAP } from './nemo.js';
export { readNpyHeader, sniffSignature } from './signatures.js';
export { HEADER_READ_SLACK, SNIFF_BYTES } from './limits.js';
/**
 * The most bytes inspectWeightFile reads from any file, whatever it claims: the largest header a
 * format allows (a safetensors JSON header of SAFETENSORS_MAX_HEADER bytes plus its 8-byte length)
 * plus HEADER_READ_SLACK. Each reader also has its own, smaller cap (GGUF_READ_CAP, ZIP_READ_CAP,
 * ONNX_READ_CAP, COREML_READ_CAP, TAR_READ_CAP), so a file reads at most its header + slack.
 */
export declare const MAX_WEIGHT_READ_BYTES: number;
/** `training_args.bin`: a pickled TrainingArguments object: training metadata, not weights. */
export declare function isTrainingArgsFile(path: string): boolean;
/**
 * Every extension an optimizer-state or training-arguments name can end in: a file with another
 * extension is neither, whatever its name.
 */
export declare const STATE_EXTENSIONS: ReadonlySet<string>;
/** Optimizer, scheduler, grad-scaler and RNG state saved next to checkpoints: not weights. */
export declare function isOptimizerStateFile(path: string): boolean;
/**
 * True for files that hold model weights by name. Conservative: training arguments, optimizer
 * state, tokenizer files and vocab-only GGUF files are not weights.
 */
export declare function isWeightFileName(path: string, ext?: string): boolean;
/** The format a file name suggests, used when the content cannot say (LFS pointers, no magic). */
export declare function formatFromName(path: string): WeightFormat;
/**
 * Reads what a weight file's header says, choosing the reader by magic bytes first and by name
 * second (`.bin` is decided by magic). Never throws; reads at most the format's header plus
 * HEADER_READ_SLACK (and never more than MAX_WEIGHT_READ_BYTES).
 */
export declare function inspectWeightFile(src: ByteSource, path: string): Promise<WeightInfo>;
/** Parsed `*.index.json` of sharded weights. */
export interface ShardedIndex {
    totalSize?: number;
    totalParameters?: number;
    /** Distinct shard file names from weight_map, in first-seen order (unsafe names left out). */
    shards: string[];
    problem?: string;
}
/** Largest index text parsed; real ones are a few hundred KiB. */
export declare const SHARDED_INDEX_MAX_TEXT: number;
/** A shard name must be a plain file name in the index's own folder. */
export declare function isSafeShardName(name: string): boolean;
/** Parses a sharded-weights index (`model.safetensors.index.json` and friends). */
export declare function parseShardedIndex(text: string): ShardedIndex;
/** Parts of a shard name such as `model-00001-of-00004.safetensors`. */
export declare function parseShardName(path: string): {
    base: string;
    index: number;
    total: number;
    extension: string;
} | null;
/** True for `<prefix>-00001-of-00004.<ext>`-style shard names. */
export declare function isShardName(path: string): boolean;
