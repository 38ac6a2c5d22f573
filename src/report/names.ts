/** Display names and number formats shared by every output format. */

export const CLASS_ROMAN = ['', 'I', 'II', 'III'] as const

export function mofClassName(cls: 0 | 1 | 2 | 3): string {
  return cls === 0 ? 'Unclassified' : `Class ${CLASS_ROMAN[cls]}`
}

/** A number for people: at most one decimal, no trailing `.0`, no binary-fraction tails. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10 + Number.EPSILON * Math.sign(value)) / 10
  return Object.is(rounded, -0) ? '0' : String(rounded)
}
