import { problemOf, readExact, withReadBudget } from './bytes.js'
import { MetadataCollector } from './limits.js'
import { ProtoError, TopLevelWalker, fieldString, parseMessage } from './protobuf.js'
import type { ProtoField } from './protobuf.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Bytes read at most from an ONNX file (field headers and the small fields). */
export const ONNX_READ_CAP = 1024 * 1024
/** Largest string or small message (opset import, metadata prop) decoded. */
export const ONNX_MAX_FIELD = 64 * 1024
/** Most top-level fields walked (ModelProto has about a dozen, plus repeated ones). */
export const ONNX_MAX_FIELDS = 10_000

/** ModelProto field numbers (onnx.proto). */
const F = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
  trainingInfo: 20,
  functions: 25,
  configuration: 26
} as const
const KNOWN_FIELDS = new Set<number>(Object.values(F))

/**
 * Reads ONNX ModelProto header fields by walking the top-level tags and seeking past the graph:
 * IR version, producer, domain, opset imports and metadata_props (a `license` prop → license).
 */
export async function readOnnxHeader(src: ByteSource): Promise<WeightInfo> {
  const info: WeightInfo = { format: 'onnx' }
  const budgeted = withReadBudget(src, ONNX_READ_CAP)
  const walker = new TopLevelWalker(budgeted, ONNX_MAX_FIELDS)
  const ours = new MetadataCollector()
  const props = new MetadataCollector()
  const opsets: string[] = []
  let sawKnownField = false
  let problem: string | undefined
  try {
    if (src.size === 0) return { ...info, problem: 'file is empty' }
    for (let f = await walker.next(); f; f = await walker.next()) {
      if (KNOWN_FIELDS.has(f.field)) sawKnownField = true
      else if (!sawKnownField) {
        return { ...info, problem: `not an ONNX model (first field is ${f.field})` }
      }
      switch (f.field) {
        case F.irVersion:
        case F.modelVersion:
          if (f.wire === 0 && f.value !== undefined) {
            const key = f.field === F.irVersion ? 'onnx.ir_version' : 'onnx.model_version'
            ours.set(key, String(BigInt.asIntN(64, f.value)))
          }
          break
        case F.producerName:
        case F.producerVersion:
        case F.domain:
        case F.docString: {
          const text = await smallString(budgeted, f)
          if (text === undefined) break
          const key = {
            [F.producerName]: 'onnx.producer_name',
            [F.producerVersion]: 'onnx.producer_version',
            [F.domain]: 'onnx.domain',
            [F.docString]: 'onnx.doc_string'
          }[f.field]
          ours.set(key, text)
          break
        }
        case F.opsetImport: {
          const msg = await smallMessage(budgeted, f)
          if (!msg) break
          let domain = ''
          let version = ''
          for (const inner of parseMessage(msg, 64)) {
            if (inner.field === 1 && inner.wire === 2) domain = fieldString(msg, inner)
            if (inner.field === 2 && inner.wire === 0 && inner.value !== undefined) {
              version = String(BigInt.asIntN(64, inner.value))
            }
          }
          if (opsets.length < 64) opsets.push(`${domain || 'ai.onnx'}:${version}`)
          break
        }
        case F.metadataProps: {
          const msg = await smallMessage(budgeted, f)
          if (!msg) break
          let key: string | undefined
          let value = ''
          for (const inner of parseMessage(msg, 64)) {
            if (inner.field === 1 && inner.wire === 2) key = fieldString(msg, inner)
            if (inner.field === 2 && inner.wire === 2) value = fieldString(msg, inner)
          }
          if (key !== undefined) props.set(key, value)
          break
        }
        default:
          // The graph and everything else are skipped without reading.
          break
      }
    }
    if (!ours.get('onnx.ir_version')) problem = 'no ir_version field; maybe not an ONNX model'
  } catch (err) {
    problem =
      err instanceof ProtoError ? `ONNX protobuf: ${err.message}` : `ONNX: ${problemOf(err)}`
  }
  if (opsets.length > 0) ours.set('onnx.opset_import', opsets.join(', '))
  const metadata = new Map<string, string>()
  for (const [k, v] of Object.entries(ours.toRecord() ?? {})) metadata.set(k, v)
  for (const [k, v] of Object.entries(props.toRecord() ?? {})) {
    if (!metadata.has(k) && metadata.size < 256) metadata.set(k, v)
  }
  if (metadata.size > 0) info.metadata = Object.fromEntries(metadata)
  const license = props.findIgnoreCase('license', 'licence')
  if (license !== undefined && license.trim() !== '') info.license = license.trim()
  if (problem !== undefined) info.problem = problem
  return info
}

async function smallMessage(src: ByteSource, f: ProtoField): Promise<Uint8Array | undefined> {
  if (f.wire !== 2 || f.length > ONNX_MAX_FIELD) return undefined
  return (await readExact(src, f.offset, f.length)) ?? undefined
}

async function smallString(src: ByteSource, f: ProtoField): Promise<string | undefined> {
  const bytes = await smallMessage(src, f)
  return bytes ? fieldString(bytes, { ...f, offset: 0 }) : undefined
}
