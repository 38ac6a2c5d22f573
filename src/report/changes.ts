import { z } from 'zod'
import { COMPONENT_NAMES, type ComponentName } from '../model/components.js'
import type { ComponentStatus } from '../model/licenses.js'
import { mofClassName } from './names.js'
import type { OpennessReport } from './types.js'

/**
 * The compact form of a report that a PR comment carries for the next run: enough to say what a
 * later commit changed, small enough to embed. It comes back from GitHub as untrusted data, so it
 * is validated before use.
 */
function summaryFields() {
  const status = z.enum(['open', 'restricted', 'unlicensed', 'missing'])
  return {
    v: z.literal(1),
    score: z.number().min(0).max(100),
    mofClass: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    osaid: z.boolean(),
    components: z.record(z.string().max(64), status),
    missing: z.array(z.string().max(64)).max(40)
  }
}
/** Built on first use (z.lazy), as the schemas of the policy file are. */
export const reportSummarySchema = z.lazy(() => z.object(summaryFields()))

export type ReportSummary = z.output<typeof reportSummarySchema>

/**
 * What the comment's marker carries: this run's summary plus the base it was compared with, so a
 * re-run of the same commit compares with the same base instead of with its own earlier report.
 */
export const embeddedReportSchema = z.lazy(() =>
  z.object({
    ...summaryFields(),
    base: reportSummarySchema.optional(),
    baseSource: z.enum(['git', 'previous-comment']).optional()
  })
)

export type EmbeddedReport = z.output<typeof embeddedReportSchema>

const MAX_MISSING = 40

export function summarizeReport(report: OpennessReport): ReportSummary {
  return {
    v: 1,
    score: report.score,
    mofClass: report.mof.class,
    osaid: report.osaid.conformant,
    components: Object.fromEntries(report.components.map((c) => [c.name, c.status])),
    // Unique and capped, so the summary always passes its own schema on the next run.
    missing: [...new Set(report.missingDisclosures.map((d) => d.component))].slice(0, MAX_MISSING)
  }
}

export function embedReport(
  head: ReportSummary,
  base: { summary: ReportSummary; source: ReportChanges['baseSource'] } | null
): EmbeddedReport {
  return base ? { ...head, base: base.summary, baseSource: base.source } : { ...head }
}

export function parseReportSummary(value: unknown): ReportSummary | null {
  const parsed = reportSummarySchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export function parseEmbeddedReport(value: unknown): EmbeddedReport | null {
  const parsed = embeddedReportSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * The base to compare with when git has none: the previous comment's report, or, when that report
 * is of this very commit (a re-run), the base that run used, so a re-run cannot turn a failed
 * regression gate green.
 */
export function baseFromPreviousReport(
  previous: EmbeddedReport | null,
  previousSha: string | undefined,
  headSha: string
): { summary: ReportSummary; source: ReportChanges['baseSource'] } | null {
  if (!previous) return null
  if (previousSha !== undefined && previousSha.toLowerCase() === headSha.toLowerCase()) {
    return previous.base
      ? { summary: previous.base, source: previous.baseSource ?? 'previous-comment' }
      : null
  }
  const summary: ReportSummary = {
    v: previous.v,
    score: previous.score,
    mofClass: previous.mofClass,
    osaid: previous.osaid,
    components: previous.components,
    missing: previous.missing
  }
  return { summary, source: 'previous-comment' }
}

export interface ComponentChange {
  name: ComponentName
  from: ComponentStatus
  to: ComponentStatus
}

export interface ReportChanges {
  baseSource: 'git' | 'previous-comment'
  scoreFrom: number
  scoreTo: number
  mofFrom: 0 | 1 | 2 | 3
  mofTo: 0 | 1 | 2 | 3
  osaidFrom: boolean
  osaidTo: boolean
  gained: ComponentChange[]
  lost: ComponentChange[]
  newMissing: ComponentName[]
  /** True when openness dropped: lower score, lower MOF class, lost OSAID, or a component lost openness. */
  regression: boolean
}

const RANK: Record<ComponentStatus, number> = { missing: 0, unlicensed: 1, restricted: 2, open: 3 }
/** Class 0 (Unclassified) is the least open; Class I the most. */
const CLASS_RANK: Record<0 | 1 | 2 | 3, number> = { 0: 0, 3: 1, 2: 2, 1: 3 }

export function compareReports(
  base: ReportSummary,
  head: ReportSummary,
  baseSource: ReportChanges['baseSource']
): ReportChanges {
  const gained: ComponentChange[] = []
  const lost: ComponentChange[] = []
  for (const name of COMPONENT_NAMES) {
    const from = base.components[name] ?? 'missing'
    const to = head.components[name] ?? 'missing'
    if (RANK[to] > RANK[from]) gained.push({ name, from, to })
    if (RANK[to] < RANK[from]) lost.push({ name, from, to })
  }
  const before = new Set(base.missing)
  const newMissing = head.missing.filter(
    (m): m is ComponentName => !before.has(m) && (COMPONENT_NAMES as readonly string[]).includes(m)
  )
  return {
    baseSource,
    scoreFrom: base.score,
    scoreTo: head.score,
    mofFrom: base.mofClass,
    mofTo: head.mofClass,
    osaidFrom: base.osaid,
    osaidTo: head.osaid,
    gained,
    lost,
    newMissing,
    regression:
      head.score < base.score ||
      CLASS_RANK[head.mofClass] < CLASS_RANK[base.mofClass] ||
      (base.osaid && !head.osaid) ||
      lost.some((c) => c.from === 'open')
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0'
}

/** The "what this PR changes" section of the comment. */
export function renderChanges(changes: ReportChanges): string {
  const lines: string[] = ['### What this PR changes', '']
  const against =
    changes.baseSource === 'git' ? 'the base commit' : 'the previous report on this PR'
  const delta = changes.scoreTo - changes.scoreFrom
  lines.push(
    `Compared with ${against}: score ${changes.scoreFrom} → **${changes.scoreTo}** (${signed(delta)}).`
  )
  if (changes.mofFrom !== changes.mofTo) {
    const dir = CLASS_RANK[changes.mofTo] < CLASS_RANK[changes.mofFrom] ? '⬇️ lowered' : '⬆️ raised'
    lines.push(
      `- MOF class ${dir}: ${mofClassName(changes.mofFrom)} → **${mofClassName(changes.mofTo)}**`
    )
  }
  if (changes.osaidFrom !== changes.osaidTo)
    lines.push(`- OSAID 1.0: ${changes.osaidTo ? 'now conformant' : '**no longer conformant**'}`)
  for (const c of changes.gained) lines.push(`- ✅ ${c.name}: ${c.from} → ${c.to}`)
  for (const c of changes.lost) lines.push(`- ❌ ${c.name}: ${c.from} → **${c.to}**`)
  if (changes.newMissing.length > 0)
    lines.push(`- New missing disclosures: ${changes.newMissing.join(', ')}`)
  if (
    changes.gained.length + changes.lost.length === 0 &&
    changes.mofFrom === changes.mofTo &&
    delta === 0
  )
    lines.push('- No change in openness.')
  if (changes.regression)
    lines.push('', '> [!CAUTION]', '> This PR lowers the openness of the release.')
  return lines.join('\n')
}
