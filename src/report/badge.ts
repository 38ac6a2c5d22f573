import { formatNumber, mofClassName } from './names.js'
import type { OpennessReport } from './types.js'

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export interface ShieldsEndpoint {
  schemaVersion: 1
  label: string
  message: string
  color: string
}

/** Colour steps by score; a partial scan is grey, since its score is not final. */
function colourFor(score: number): string {
  if (score >= 90) return 'brightgreen'
  if (score >= 75) return 'green'
  if (score >= 50) return 'yellow'
  if (score >= 25) return 'orange'
  return 'red'
}

export function reportToBadge(
  report: Pick<OpennessReport, 'score' | 'mof' | 'inventory'>
): ShieldsEndpoint {
  const partial = report.inventory.partial !== null
  return {
    schemaVersion: 1,
    label: 'model openness',
    message: `${formatNumber(report.score)}/100 · MOF ${mofClassName(report.mof.class)}${partial ? ' (partial)' : ''}`,
    color: partial ? 'lightgrey' : colourFor(report.score)
  }
}
