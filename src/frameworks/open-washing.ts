import type { ComponentReport } from '../model/licenses.js'
import type { OsaidVerdict } from './osaid.js'

import type { OpennessClaim } from '../model/findings.js'

export type { OpennessClaim }

export interface OpenWashingFlag {
  path: string
  line: number
  phrase: string
  excerpt: string
  /** What the files do not bear out. */
  problem: string
  /** Accurate wording for what is actually open. */
  suggestion: string
}

/** Claims of full openness ask for more than the OSAID: the MOF's open-science class. */
const STRONG_CLAIM = /fully|truly|100\s*%|completely|open[- ]science/i

function licenceLabel(report: ComponentReport): string {
  return report.license ? (report.license.spdx ?? report.license.name) : 'no licence'
}

/** Accurate wording, by what is open: the distinction the OSI's definition draws. */
export function accurateWording(components: ComponentReport[]): string {
  const get = (name: string): ComponentReport | undefined => components.find((c) => c.name === name)
  const weights = get('Model parameters (Final)')
  const code = ['Training code', 'Inference code', 'Model architecture']
    .map(get)
    .filter((c) => c?.status === 'open')
  if (weights?.status === 'open')
    return `"open weights" (the weights are under ${licenceLabel(weights)}; training data information and code are not all open)`
  if (weights && weights.status !== 'missing')
    return `"weights available under ${licenceLabel(weights)}" (not an open licence)`
  if (code.length > 0) return '"open-source code" (the model weights are not released here)'
  return '"publicly available" (no open weights or code are released here)'
}

export function detectOpenWashing(
  claims: OpennessClaim[],
  components: ComponentReport[],
  osaid: OsaidVerdict,
  mofClass: 0 | 1 | 2 | 3
): OpenWashingFlag[] {
  if (claims.length === 0) return []
  const failed = osaid.requirements.filter((r) => !r.met)
  const suggestion = accurateWording(components)
  const flags: OpenWashingFlag[] = []
  for (const claim of claims) {
    const strong = STRONG_CLAIM.test(claim.phrase)
    let problem: string | null = null
    if (!osaid.conformant) {
      problem = `not Open Source AI under OSAID 1.0: ${failed.map((r) => r.title.split(':')[0].toLowerCase()).join('; ')} not met`
    } else if (strong && mofClass !== 1) {
      problem = `"${claim.phrase}" asks for a complete release, but the MOF class is ${mofClass === 0 ? 'Unclassified' : `Class ${'I'.repeat(mofClass)}`}, not Class I (Open Science)`
    }
    if (problem === null) continue
    flags.push({
      path: claim.path,
      line: claim.line,
      phrase: claim.phrase,
      excerpt: claim.text.slice(0, 200),
      problem,
      suggestion: osaid.conformant
        ? '"Open Source AI (OSAID 1.0)"; reserve "fully open" for a Class I release'
        : suggestion
    })
  }
  return flags
}
