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
  /**
   * `not-borne-out`: the files show restriction or absence. `not-verifiable`: what fails is only
   * kept elsewhere with no licence stated here (resolve it online, or state it).
   */
  verdict: 'not-borne-out' | 'not-verifiable'
}

/** Claims of full openness ask for more than the OSAID: the MOF's open-science class. */
const STRONG_CLAIM = /fully|truly|100\s*%|completely|open[- ]science/i

/** A licence by its human name ("the Llama 3 Community License"), never a raw LicenseRef id. */
function licenceLabel(report: ComponentReport): string {
  if (!report.license) return 'a licence not stated here'
  const { name, spdx } = report.license
  return name && !/^LicenseRef-/.test(name) ? name : (spdx ?? 'a licence not stated here')
}

/** Words that name a model: "GLM-4", "Llama-2-7B", "Yi-1.5". */
const MODEL_NAME = /\b[A-Za-z][A-Za-z]*(?:[-.][A-Za-z]*)*[-.]?\d+(?:\.\d+)?(?:[-.][A-Za-z0-9]+)*\b/g

/** Whether a claim names models, none of which is the release's own. */
function aboutAnotherModel(text: string, subject: readonly string[]): boolean {
  const own = subject.map((s) => s.toLowerCase())
  const named = [...text.matchAll(MODEL_NAME)]
    .map((m) => m[0].toLowerCase())
    .filter((n) => /[a-z]{2,}/.test(n) && !/^(v?\d|top\d|x\d)/.test(n))
  if (named.length === 0 || own.length === 0) return false
  return named.every((n) => !own.some((o) => o.includes(n) || n.includes(o)))
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
  if (weights?.status === 'restricted')
    return `"weights available under ${licenceLabel(weights)}" (not an open licence)`
  if (weights?.status === 'unlicensed')
    return weights.presence === 'by-reference'
      ? '"weights available" (their licence is not stated in the repository)'
      : '"weights available" (no licence is stated for them)'
  if (code.length > 0) return '"open-source code" (the model weights are not released here)'
  return '"publicly available" (no open weights or code are released here)'
}

export function detectOpenWashing(
  claims: OpennessClaim[],
  components: ComponentReport[],
  osaid: OsaidVerdict,
  mofClass: 0 | 1 | 2 | 3,
  /** Names and ids of the release's own models: claims about other models are not its claims. */
  subject: readonly string[] = []
): OpenWashingFlag[] {
  if (claims.length === 0) return []
  const failed = osaid.requirements.filter((r) => !r.met)
  // Restriction or absence is evidence; a component kept elsewhere whose licence is merely not
  // stated here is not, so a claim that fails only on those is "not verifiable".
  const unresolvedOnly = failed.every((r) =>
    r.components.every((name) => {
      const c = components.find((x) => x.name === name)
      return c?.status === 'unlicensed' && c.presence === 'by-reference'
    })
  )
  const suggestion = accurateWording(components)
  const flags: OpenWashingFlag[] = []
  for (const claim of claims) {
    if (aboutAnotherModel(claim.text, subject)) continue
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
      problem:
        !osaid.conformant && unresolvedOnly
          ? `not verifiable from the repository: ${failed.map((r) => r.title.split(':')[0].toLowerCase()).join('; ')} kept elsewhere with no licence stated here`
          : problem,
      suggestion: osaid.conformant
        ? '"Open Source AI (OSAID 1.0)"; reserve "fully open" for a Class I release'
        : suggestion,
      verdict: !osaid.conformant && unresolvedOnly ? 'not-verifiable' : 'not-borne-out'
    })
  }
  return flags
}
