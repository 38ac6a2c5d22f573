import { problemOf, readExact, withReadBudget } from './bytes.js'
import { MetadataCollector } from './limits.js'
import { ProtoError, TopLevelWalker, fieldString, parseMessage } from './protobuf.js'
import type { ByteSource, WeightInfo } from './types.js'

/** Largest ModelDescription (field 2) read; it holds feature descriptions and the metadata. */
export const COREML_MAX_DESCRIPTION = 1024 * 1024
/** Bytes read at most from a .mlmodel. */
export const COREML_READ_CAP = COREML_MAX_DESCRIPTION + 4096

/** Metadata fields of Core ML `Metadata` (Model.proto): number → key. */
const METADATA_FIELDS: Readonly<Record<number, string>> = {
  1: 'shortDescription',
  2: 'versionString',
  3: 'author',
  4: 'license'
}

/**
 * Reads a Core ML `.mlmodel` header: specificationVersion (field 1) and, from the description
 * (field 2 → field 100 Metadata), shortDescription, versionString, author, license and the
 * userDefined map. The model body (fields ≥ 200) is never read.
 */
export async function readCoreMlHeader(src: ByteSource): Promise<WeightInfo> {
  const info: WeightInfo = { format: 'coreml' }
  const budgeted = withReadBudget(src, COREML_READ_CAP)
  const walker = new TopLevelWalker(budgeted, 16)
  const meta = new MetadataCollector()
  let problem: string | undefined
  try {
    if (src.size === 0) return { ...info, problem: 'file is empty' }
    let sawSpec = false
    for (let f = await walker.next(); f; f = await walker.next()) {
      if (f.field === 1 && f.wire === 0 && f.value !== undefined) {
        sawSpec = true
        meta.set('coreml.specification_version', String(f.value))
        continue
      }
      if (f.field === 2 && f.wire === 2) {
        if (f.length > COREML_MAX_DESCRIPTION) {
          problem = `model description of ${f.length} bytes is over the read cap`
          break
        }
        const desc = await readExact(budgeted, f.offset, f.length)
        if (!desc) throw new ProtoError('truncated model description')
        readDescription(desc, meta)
        break
      }
      // The description comes before the model body; anything else first means no metadata.
      if (f.field >= 200 || !sawSpec) {
        if (!sawSpec) problem = 'not a Core ML model (no specificationVersion)'
        break
      }
    }
  } catch (err) {
    problem = `Core ML protobuf: ${problemOf(err)}`
  }
  const record = meta.toRecord()
  if (record) info.metadata = record
  const license = meta.get('license')
  if (license !== undefined && license.trim() !== '') info.license = license.trim()
  if (problem !== undefined) info.problem = problem
  return info
}

function readDescription(desc: Uint8Array, meta: MetadataCollector): void {
  for (const f of parseMessage(desc)) {
    if (f.field !== 100 || f.wire !== 2) continue
    const md = desc.subarray(f.offset, f.offset + f.length)
    for (const m of parseMessage(md)) {
      if (m.wire !== 2) continue
      const key = METADATA_FIELDS[m.field]
      if (key !== undefined) meta.set(key, fieldString(md, m))
      else if (m.field === 100) {
        const entry = md.subarray(m.offset, m.offset + m.length)
        let k: string | undefined
        let v = ''
        for (const e of parseMessage(entry, 16)) {
          if (e.field === 1 && e.wire === 2) k = fieldString(entry, e)
          if (e.field === 2 && e.wire === 2) v = fieldString(entry, e)
        }
        // userDefined never overrides the named fields (a user key called "license").
        if (k !== undefined && meta.get(k) === undefined) meta.set(k, v)
      }
    }
  }
}
