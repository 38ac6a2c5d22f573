import type { ComponentName } from '../model/components.js'
import type { ReportChanges } from '../report/changes.js'
import { mofClassName } from '../report/names.js'
import type { OpennessReport } from '../report/types.js'
import type { Policy } from './schema.js'

/**
 * The gates in force for one run. The action and the CLI both build them here from their own
 * flags and the policy file, and both evaluate them here, so a policy gates alike everywhere.
 */
export interface Gates {
  failUnder: number
  requireMofClass: 1 | 2 | 3 | null
  requireOsaid: boolean
  failOnRegression: boolean
  require: ComponentName[]
}

/** Gates asked for on the command line or in the workflow; absent means "off". */
export interface RequestedGates {
  failUnder?: number
  requireMofClass?: 1 | 2 | 3 | null
  requireOsaid?: boolean
  failOnRegression?: boolean
}

export type GateName =
  'fail-under' | 'require-mof-class' | 'require-osaid' | 'require' | 'fail-on-regression'

export interface GateFailure {
  gate: GateName
  /** One line, e.g. "score 62 is below 90". */
  message: string
}

/** Flags can tighten the policy file, never loosen it: the stricter of each gate applies. */
export function combineGates(requested: RequestedGates, policy: Policy): Gates {
  const classes = [requested.requireMofClass ?? null, policy['require-mof-class'] ?? null].filter(
    (c): c is 1 | 2 | 3 => c !== null
  )
  return {
    failUnder: Math.max(requested.failUnder ?? 0, policy['fail-under'] ?? 0),
    // Class I is the most open, so the smallest number is the strictest requirement.
    requireMofClass: classes.length > 0 ? (Math.min(...classes) as 1 | 2 | 3) : null,
    requireOsaid: requested.requireOsaid === true || policy['require-osaid'] === true,
    failOnRegression: requested.failOnRegression === true || policy['fail-on-regression'] === true,
    require: [...(policy.require ?? [])]
  }
}

function regressionReason(changes: ReportChanges): string {
  if (changes.mofFrom !== changes.mofTo)
    return `MOF ${mofClassName(changes.mofFrom)} → ${mofClassName(changes.mofTo)}`
  if (changes.scoreTo < changes.scoreFrom) return `score ${changes.scoreFrom} → ${changes.scoreTo}`
  if (changes.osaidFrom && !changes.osaidTo) return 'no longer conforms to OSAID 1.0'
  const lost = changes.lost.filter((c) => c.from === 'open').map((c) => `${c.name} ${c.to}`)
  return lost.length > 0 ? `no longer open: ${lost.join(', ')}` : 'openness dropped'
}

/**
 * The gates the report does not meet, one entry each. `changes` is the comparison with the base
 * commit; without one (the CLI, or a run with no base) the regression gate cannot fail.
 */
export function evaluateGates(
  report: Pick<OpennessReport, 'score' | 'mof' | 'osaid' | 'components'>,
  gates: Gates,
  changes: ReportChanges | null = null
): GateFailure[] {
  const failures: GateFailure[] = []
  if (report.score < gates.failUnder)
    failures.push({
      gate: 'fail-under',
      message: `score ${report.score} is below ${gates.failUnder}`
    })
  if (
    gates.requireMofClass !== null &&
    (report.mof.class === 0 || report.mof.class > gates.requireMofClass)
  ) {
    failures.push({
      gate: 'require-mof-class',
      message: `MOF ${mofClassName(report.mof.class)} does not reach the required ${mofClassName(gates.requireMofClass)}`
    })
  }
  if (gates.requireOsaid && !report.osaid.conformant)
    failures.push({
      gate: 'require-osaid',
      message: 'the release does not conform to OSAID 1.0'
    })
  for (const name of gates.require) {
    const c = report.components.find((x) => x.name === name)
    const status = c?.status ?? 'missing'
    if (status !== 'open')
      failures.push({ gate: 'require', message: `required component ${name} is ${status}` })
  }
  if (gates.failOnRegression && changes?.regression)
    failures.push({
      gate: 'fail-on-regression',
      message: `openness regressed (${regressionReason(changes)})`
    })
  return failures
}
