import type { ComponentName } from '../model/components.js'
import type { ComponentReport } from '../model/licenses.js'
import { isOsiApproved } from '../license/classify.js'

/**
 * OSI Open Source AI Definition 1.0: the preferred form to make modifications must include Data
 * Information, the complete Code, and the Parameters, each under OSI-approved / OSD-conformant terms.
 * The training data itself is not required. Rules are data: each requirement lists the MOF
 * components that satisfy it and the terms it needs.
 */
export type OsaidTerms = 'osi-approved' | 'osd-conformant'

export interface OsaidRequirementRule {
  id: string
  group: 'Data Information' | 'Code' | 'Model'
  title: string
  /** Every component listed must be present under suitable terms (`all`), or one of them (`any`). */
  components: ComponentName[]
  match: 'all' | 'any'
  terms: OsaidTerms
  /** Met when none of the components is present ("if used"). */
  onlyIfUsed?: boolean
  clause: string
}

export const OSAID_REQUIREMENTS: OsaidRequirementRule[] = [
  {
    id: 'data-information',
    group: 'Data Information',
    title:
      'Data information: sources, scope, provenance, selection and processing of the training data',
    components: ['Data card'],
    match: 'any',
    terms: 'osd-conformant',
    clause: 'OSAID 1.0, Data Information'
  },
  {
    id: 'code-data-processing',
    group: 'Code',
    title: 'Code used to process and filter the data',
    components: ['Data preprocessing code'],
    match: 'all',
    terms: 'osi-approved',
    clause: 'OSAID 1.0, Code (data processing and filtering)'
  },
  {
    id: 'code-training',
    group: 'Code',
    title: 'Code used for training, validation and testing',
    components: ['Training code', 'Evaluation code'],
    match: 'all',
    terms: 'osi-approved',
    clause: 'OSAID 1.0, Code (training, validation and testing)'
  },
  {
    id: 'code-inference',
    group: 'Code',
    title: 'Code used for inference',
    components: ['Inference code'],
    match: 'all',
    terms: 'osi-approved',
    clause: 'OSAID 1.0, Code (inference)'
  },
  {
    id: 'code-supporting-libraries',
    group: 'Code',
    title: 'Supporting libraries and tools (if used)',
    components: ['Supporting libraries and tools'],
    match: 'all',
    terms: 'osi-approved',
    onlyIfUsed: true,
    clause: 'OSAID 1.0, Code (supporting libraries such as tokenizers)'
  },
  {
    id: 'model-architecture',
    group: 'Model',
    title: 'Model architecture',
    components: ['Model architecture'],
    match: 'all',
    terms: 'osi-approved',
    clause: 'OSAID 1.0, Code (model architecture)'
  },
  {
    id: 'model-parameters',
    group: 'Model',
    title: 'Model parameters, including weights',
    components: ['Model parameters (Final)'],
    match: 'all',
    terms: 'osd-conformant',
    clause: 'OSAID 1.0, Parameters'
  }
]

export interface OsaidRequirementResult {
  id: string
  group: OsaidRequirementRule['group']
  title: string
  met: boolean
  reason: string
  components: ComponentName[]
  clause: string
}

export interface OsaidVerdict {
  conformant: boolean
  requirements: OsaidRequirementResult[]
}

function termsMet(report: ComponentReport, terms: OsaidTerms): boolean {
  if (report.status !== 'open' || report.license === null) return false
  // Code needs an OSI-approved licence; documents and parameters need OSD-conformant terms,
  // which the open-data and open-content licences of the MOF open list provide.
  return terms === 'osi-approved' ? isOsiApproved(report.license.spdx) : true
}

function describe(report: ComponentReport, terms: OsaidTerms): string {
  if (report.status === 'missing') return `${report.name}: not found`
  if (report.license === null) return `${report.name}: present, no licence found`
  if (report.status === 'restricted')
    return `${report.name}: under ${report.license.name}, which is not open`
  if (terms === 'osi-approved' && !isOsiApproved(report.license.spdx)) {
    return `${report.name}: under ${report.license.spdx ?? report.license.name}, which is not an OSI-approved licence`
  }
  const where = report.presence === 'by-reference' ? ' (by reference)' : ''
  return `${report.name}: under ${report.license.spdx ?? report.license.name}${where}`
}

export function evaluateOsaid(components: ComponentReport[]): OsaidVerdict {
  const byName = new Map(components.map((c) => [c.name, c]))
  const requirements = OSAID_REQUIREMENTS.map((rule): OsaidRequirementResult => {
    const reports = rule.components.map((n) => byName.get(n) as ComponentReport)
    const ok = reports.map((r) => termsMet(r, rule.terms))
    let met = rule.match === 'all' ? ok.every(Boolean) : ok.some(Boolean)
    let reason = reports.map((r) => describe(r, rule.terms)).join('; ')
    if (!met && rule.onlyIfUsed && reports.every((r) => r.status === 'missing')) {
      met = true
      reason = 'none found; required only if used'
    }
    return {
      id: rule.id,
      group: rule.group,
      title: rule.title,
      met,
      reason,
      components: rule.components,
      clause: rule.clause
    }
  })
  return { conformant: requirements.every((r) => r.met), requirements }
}
