import type { ByteSource, WeightInfo } from './types.js';
/** Bytes of a zip read at most: the end-of-central-directory search plus the central directory. */
export declare const ZIP_READ_CAP: number;
/** Default number of central-directory entries listed. */
export declare const ZIP_MAX_ENTRIES = 10000;
/** Largest small JSON entry (e.g. a .keras metadata.json) read, compressed or not. */
export declare const ZIP_SMALL_ENTRY_CAP: number;
/** Lists the names in a zip's central directory; reads at most ZIP_READ_CAP bytes. */
export declare function listZipEntries(src: ByteSource, limit?: number): Promise<{
    entries: string[];
    problem?: string;
}>;
/**
 * Classifies a zip by its central directory: a torch archive (`<dir>/data.pkl`), a Keras 3 archive
 * (`config.json` + `metadata.json`) or a NumPy .npz (all entries `.npy`). Nothing is decompressed
 * except a .keras `metadata.json` of at most ZIP_SMALL_ENTRY_CAP bytes.
 */
export declare function inspectZipWeights(src: ByteSource): Promise<WeightInfo>;
