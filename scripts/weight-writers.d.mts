/** Types for weight-writers.mjs: writers of small, valid model-weight files. */

export type SafetensorsDtype =
  | 'BOOL'
  | 'U8'
  | 'I8'
  | 'F8_E5M2'
  | 'F8_E4M3'
  | 'I16'
  | 'U16'
  | 'F16'
  | 'BF16'
  | 'I32'
  | 'U32'
  | 'F32'
  | 'F64'
  | 'I64'
  | 'U64'

export interface TensorSpec {
  dtype: SafetensorsDtype
  shape: number[]
}

export const SAFETENSORS_DTYPE_BYTES: Readonly<Record<SafetensorsDtype, number>>

export function safetensorsHeader(
  tensors: Record<string, TensorSpec>,
  metadata?: Record<string, string>
): { header: Uint8Array; dataSize: number }

export function safetensorsBytes(
  tensors: Record<string, TensorSpec>,
  metadata?: Record<string, string>
): Uint8Array

export const GGUF_TYPE: Readonly<Record<string, number>>
export const GGML_TYPE_SIZE: Readonly<Record<number, [number, number]>>

export type GgufValue = string | number | boolean | string[] | number[]

export interface GgufTensorSpec {
  name: string
  /** ggml order: ne0 first. */
  shape: number[]
  /** ggml type id: 0 F32, 1 F16, 2 Q4_0, 8 Q8_0, 12 Q4_K, 14 Q6_K, 30 BF16, … */
  type: number
}

export function ggufBytes(spec?: {
  metadata?: Record<string, GgufValue>
  tensors?: GgufTensorSpec[]
}): Uint8Array

export function lfsPointerText(oid: string, size: number): string

export function zipBytes(
  entries: Record<string, Uint8Array | string>,
  options?: { compress?: boolean; zip64?: boolean }
): Uint8Array

export function torchZipBytes(stem?: string): Uint8Array

export function onnxBytes(spec?: {
  producerName?: string
  producerVersion?: string
  irVersion?: number
  opset?: number
  metadata?: Record<string, string>
  graphBytes?: number
}): Uint8Array

export function coremlBytes(spec?: {
  specificationVersion?: number
  shortDescription?: string
  versionString?: string
  author?: string
  license?: string
  userDefined?: Record<string, string>
  bodyBytes?: number
}): Uint8Array

export function tarBytes(entries: Record<string, Uint8Array | string>): Uint8Array

export function npyBytes(shape: number[], descr?: string): Uint8Array

export function tfliteBytes(): Uint8Array
