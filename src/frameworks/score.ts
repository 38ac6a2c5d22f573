import { MOF_COMPONENTS, type ComponentName } from '../model/components.js'
import type { ComponentReport, ComponentStatus } from '../model/licenses.js'

/**
 * The headline openness score, 0–100 (docs/scoring.md). Each MOF component carries a weight; a
 * component earns its weight times the factor of its status. Weights sum to 100, so every point
 * traces to one line of the component table. Factors rise with openness, which makes the score
 * monotone: adding a component, or opening its licence, never lowers it.
 */
export const STATUS_FACTOR: Readonly<Record<ComponentStatus, number>> = {
  open: 1,
  restricted: 0.4,
  unlicensed: 0.25,
  missing: 0
}

/**
 * A component kept elsewhere whose licence the repository does not state is an unresolved
 * reference: neither its content nor its terms were seen, so it earns less than one whose files
 * are here, and less than a stated restrictive licence.
 */
export const UNRESOLVED_REFERENCE_FACTOR = 0.15

/** Required components weigh by the class that first asks for them; optional ones weigh 2. */
const CLASS_WEIGHT: Readonly<Record<1 | 2 | 3, number>> = { 3: 9, 2: 6, 1: 4 }
const OPTIONAL_WEIGHT = 2

export const COMPONENT_WEIGHTS: Readonly<Record<ComponentName, number>> = Object.fromEntries(
  MOF_COMPONENTS.map((c) => [c.name, c.required ? CLASS_WEIGHT[c.firstClass] : OPTIONAL_WEIGHT])
) as Record<ComponentName, number>

export interface ScoreLine {
  name: ComponentName
  status: ComponentStatus
  weight: number
  points: number
}

export interface OpennessScore {
  score: number
  lines: ScoreLine[]
}

/** Rounds to one decimal without binary-fraction drift (so equal inputs give equal text). */
function round1(n: number): number {
  return Math.round(n * 10 + Number.EPSILON) / 10
}

export function computeScore(
  components: (Pick<ComponentReport, 'name' | 'status'> &
    Partial<Pick<ComponentReport, 'presence'>>)[]
): OpennessScore {
  const lines = MOF_COMPONENTS.map((def): ScoreLine => {
    const component = components.find((c) => c.name === def.name)
    const status = component?.status ?? 'missing'
    const weight = COMPONENT_WEIGHTS[def.name]
    const factor =
      status === 'unlicensed' && component?.presence === 'by-reference'
        ? UNRESOLVED_REFERENCE_FACTOR
        : STATUS_FACTOR[status]
    return { name: def.name, status, weight, points: round1(weight * factor) }
  })
  const total = lines.reduce((sum, l) => sum + l.points, 0)
  return { score: Math.min(100, Math.round(total)), lines }
}
