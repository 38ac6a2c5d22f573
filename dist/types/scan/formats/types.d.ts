/** Random-access bytes: a file handle at the edge, a buffer in tests and fuzzing. */
export interface ByteSource {
    /** Total size in bytes (for a file: its size on disk, which may be sparse). */
    readonly size: number;
    /** Reads up to `length` bytes at `position`; fewer only at the end of the source. */
    read(position: number, length: number): Promise<Uint8Array>;
    /**
     * Optional: reads up to `target.length` bytes at `position` into `target` and returns how many
     * (fewer only at the end). A buffered reader refills one buffer of its own through it instead of
     * getting a new one per read: on a large header, fresh memory per read costs more in page
     * faults than the reads themselves.
     */
    readInto?(position: number, target: Uint8Array): Promise<number>;
    /**
     * Largest read-ahead a buffered reader should ask for. A remote source pays for every byte
     * fetched, so it asks for a small one; a local file leaves it unset.
     */
    readonly readAhead?: number;
}
export type WeightFormat = 'safetensors' | 'gguf' | 'pytorch-zip' | 'pytorch-legacy' | 'pickle' | 'onnx' | 'keras' | 'hdf5' | 'tflite' | 'coreml' | 'nemo' | 'flax-msgpack' | 'numpy' | 'ggml' | 'openvino' | 'tensorflow-savedmodel' | 'unknown';
/** What a weight file's header says, read without loading tensors or unpickling anything. */
export interface WeightInfo {
    format: WeightFormat;
    /** Number of tensors, when the header lists them. */
    tensorCount?: number;
    /** Sum of tensor element counts, when shapes are in the header. */
    parameterCount?: number;
    /** Parameter count per dtype (e.g. {"BF16": 7241732096}). */
    dtypes?: Record<string, number>;
    /** Free-form string metadata from the header (safetensors __metadata__, GGUF general.*, ONNX props). */
    metadata?: Record<string, string>;
    /** Licence string declared inside the file (GGUF general.license, ONNX/Core ML metadata). */
    license?: string;
    /** Model name declared inside the file (GGUF general.name). */
    modelName?: string;
    /** Names of entries inside a zip/tar container (capped). */
    entries?: string[];
    /** True when the container holds a pickle (never loaded, only noted). */
    containsPickle?: boolean;
    /** Why the header could not be fully read; the file still counts as a weight file. */
    problem?: string;
}
export interface LfsPointer {
    oid: string;
    size: number;
    version: string;
}
