import { fileIndex } from '../scan/facts.js'
import type { ComponentReport } from '../model/licenses.js'
import type { DeclaredComparison } from '../report/types.js'
import type { Snapshot } from '../scan/types.js'
import { isMotOpenLicense } from './mof.js'
import { COMPONENT_NAMES } from '../model/components.js'
import { motRecordToMofInput, parseMotRecord, type MotRecord } from './mot-record.js'

/** Where a repository may keep its own MOF declaration, in the Model Openness Tool's format. */
export const DECLARATION_FILES = [
  'mof.yml',
  '.mof.yml',
  'model_openness.yml',
  'mof.yaml',
  '.mof.yaml',
  'model_openness.yaml'
]

export interface Declaration {
  path: string
  record: MotRecord | null
  error?: string
}

export function findDeclaration(snapshot: Snapshot): Declaration | null {
  for (const name of DECLARATION_FILES) {
    const file = fileIndex(snapshot).byPath(name)
    if (!file) continue
    if (file.text === undefined) return { path: name, record: null, error: 'could not be read' }
    const parsed = parseMotRecord(file.text)
    return parsed.ok
      ? { path: name, record: parsed.record }
      : { path: name, record: null, error: parsed.error }
  }
  return null
}

function detectedLicense(c: ComponentReport): string | null {
  return c.license ? (c.license.spdx ?? c.license.name) : null
}

/**
 * Each declared component against what the scanner found: a declared component that is not found,
 * a declared open licence that the files do not show, and components found but not declared.
 */
export function compareDeclaration(
  record: MotRecord,
  components: ComponentReport[]
): DeclaredComparison[] {
  const declared = motRecordToMofInput(record).components
  const byName = new Map(components.map((c) => [c.name, c]))
  const out: DeclaredComparison[] = []
  const seen = new Set<string>()
  for (const d of declared) {
    if (seen.has(d.name)) continue
    seen.add(d.name)
    const found = byName.get(d.name) as ComponentReport
    const license = d.license ?? null
    const declaredOpen = isMotOpenLicense(license)
    const detected = detectedLicense(found)
    const under = license ? `under ${license}` : 'without a licence'
    let agrees = true
    let message: string
    if (found.status === 'missing') {
      agrees = false
      message = `declares ${d.name} ${under}; no ${d.name.toLowerCase()} found`
    } else if (declaredOpen && found.status !== 'open') {
      agrees = false
      message = `declares ${d.name} ${under}; found it ${found.status === 'unlicensed' ? 'with no licence' : `under ${detected}`}`
    } else if (!declaredOpen && found.status === 'open') {
      agrees = false
      message = `declares ${d.name} ${under}; found it under the open licence ${detected}`
    } else if (license && detected && license !== detected && found.license?.spdx !== license) {
      message = `declares ${d.name} ${under}; found it under ${detected}`
    } else {
      message = `declares ${d.name} ${under}; found ${found.presence === 'by-reference' ? 'by reference' : 'in the repository'}${detected ? ` under ${detected}` : ''}`
    }
    out.push({
      component: d.name,
      declaredLicense: license,
      detectedStatus: found.status,
      detectedLicense: detected,
      agrees,
      message
    })
  }
  for (const name of COMPONENT_NAMES) {
    const found = byName.get(name)
    if (seen.has(name) || !found || found.status === 'missing') continue
    out.push({
      component: name,
      declaredLicense: null,
      detectedStatus: found.status,
      detectedLicense: detectedLicense(found),
      agrees: true,
      message: `${name} found but not declared`
    })
  }
  return out
}
