import { componentDefinition, MOF_COMPONENTS } from '../model/components.js'
import { STATUS_FACTOR } from '../frameworks/score.js'
import { formatBytes, formatInteger } from '../format.js'
import type { Evidence } from '../model/findings.js'
import type { ComponentReport } from '../model/licenses.js'
import { codeSpan, encodePath, escapeText, link, safeUrl } from './escape.js'
import { CLASS_ROMAN, formatNumber, mofClassName } from './names.js'
import type { OpennessReport } from './types.js'

export { mofClassName } from './names.js'

/** GitHub's limit for an issue or PR comment body. */
export const COMMENT_LIMIT = 65_536

/** Widest text a cell of the component table may hold, so the table fits a comment without scrolling. */
export const TABLE_CELL_MAX = 48

/** Missing disclosures listed under "What to do next"; the rest are in a folded section. */
const NEXT_STEPS_SHOWN = 5

export interface MarkdownOptions {
  /** Base for file links, e.g. `https://github.com/o/r/blob/<sha>`; plain paths when absent. */
  linkBase?: string
  /** Extra section placed under the headline (the action's "what this PR changes"). */
  changes?: string
  /** Heading level of the title (2 in comments, 1 in standalone files). */
  titleLevel?: 1 | 2
  /** The repository releases no model (e.g. a code library); the headline says so. */
  noModelRelease?: boolean
}

/** What the headline adds after the verdict when the score needs a caveat. */
export interface HeadlineQualifiers {
  /** The scan stopped early (time budget), so the score counts only what was read. */
  partialScan?: boolean
  /** No model release was found in the repository. */
  noModelRelease?: boolean
}

const STATUS_ICON: Record<ComponentReport['status'], string> = {
  open: '✅ open',
  restricted: '🟧 restricted',
  unlicensed: '⚠️ unlicensed',
  missing: '❌ missing'
}

/**
 * Line 1 of every Markdown output: score, MOF class and OSAID verdict, with the caveats that change
 * how the score reads. Stable prefix (`Model openness: N/100 · MOF …`) so readers can grep for it.
 */
export function renderHeadline(
  report: Pick<OpennessReport, 'score' | 'mof' | 'osaid'>,
  level: 1 | 2 = 2,
  qualifiers: HeadlineQualifiers = {}
): string {
  const osaid = report.osaid.conformant
    ? 'Open Source AI (OSAID 1.0)'
    : 'not Open Source AI (OSAID 1.0)'
  const parts = [
    `Model openness: ${formatNumber(report.score)}/100`,
    `MOF ${mofClassName(report.mof.class)}`,
    osaid
  ]
  if (qualifiers.partialScan) parts.push('⚠️ partial scan')
  if (qualifiers.noModelRelease)
    parts.push('No model release found: this looks like a code library')
  return `${'#'.repeat(level)} ${parts.join(' · ')}`
}

/**
 * Text from the report's own vocabulary where `code` marks file names: the marked parts become
 * code spans and the rest plain text, both escaped, so no backslash-backtick shows up literally.
 */
function textWithCode(value: string, maxLength: number): string {
  const clipped = value.length > maxLength ? value.slice(0, maxLength - 1) + '…' : value
  return clipped
    .split('`')
    .map((part, i) => (i % 2 === 1 ? codeSpan(part) : escapeText(part, maxLength)))
    .join('')
}

/** Shortens a label to `max` characters, keeping its end (file names differ at the end). */
function shorten(label: string, max: number): string {
  if (label.length <= max) return label
  const tail = Math.ceil((max - 1) * 0.6)
  return `${label.slice(0, max - 1 - tail)}…${label.slice(label.length - tail)}`
}

function fileUrl(path: string, line: number | undefined, options: MarkdownOptions): string | null {
  if (!options.linkBase) return null
  return safeUrl(`${options.linkBase}/${encodePath(path)}${line ? `#L${line}` : ''}`)
}

/** One evidence item in full, for the folded section. */
function evidenceLine(e: Evidence, options: MarkdownOptions): string {
  const label = e.line ? `${e.path}:${e.line}` : e.path
  const target = fileUrl(e.path, e.line, options)
  const where = target ? `[${codeSpan(label)}](${target})` : codeSpan(label)
  const external = e.url && safeUrl(e.url) ? ` → ${link('link', e.url)}` : ''
  return `${where} ${textWithCode(e.detail, 140)}${external}`
}

/** The strongest evidence (the detectors list it first) as one short link, for the table. */
function evidenceCell(c: ComponentReport, options: MarkdownOptions): string {
  const e = c.evidence[0]
  if (!e) return '—'
  const more = c.evidence.length > 1 ? ` (+${c.evidence.length - 1})` : ''
  const name = e.path.split('/').pop() || e.path
  const label = shorten(e.line ? `${name}:${e.line}` : name, TABLE_CELL_MAX - 10)
  const target = fileUrl(e.path, e.line, options) ?? (e.url ? safeUrl(e.url) : null)
  return `${target ? `[${codeSpan(label)}](${target})` : codeSpan(label)}${more}`
}

function licenceCell(c: ComponentReport, options: MarkdownOptions): string {
  if (!c.license) {
    if (c.status === 'missing') return '—'
    // Kept elsewhere and not licensed by anything here: say where the gap is, not "none".
    return c.presence === 'by-reference' ? 'not stated here' : 'none found'
  }
  // The human name when it fits; a long name gives way to its (shorter) SPDX id before shortening.
  const how =
    c.license.source === 'statement' ? ' (stated)' : c.license.source === 'remote' ? ' (host)' : ''
  const limit = TABLE_CELL_MAX - 6 - how.length
  const full = c.license.name || c.license.spdx || 'unnamed'
  const name = shorten(
    full.length > limit && c.license.spdx && c.license.spdx.length < full.length
      ? c.license.spdx
      : full,
    limit
  )
  const target =
    c.license.source === 'remote' && c.license.url
      ? safeUrl(c.license.url)
      : c.license.path
        ? fileUrl(c.license.path, c.license.line, options)
        : null
  return target ? `[${escapeText(name)}](${target})${how}` : `${escapeText(name)}${how}`
}

function componentTable(report: OpennessReport, options: MarkdownOptions): string {
  const rows = report.components.map((c) => {
    const def = componentDefinition(c.name)
    const cls = `${CLASS_ROMAN[def.firstClass]}${def.required ? '' : ' opt.'}`
    const status = `${STATUS_ICON[c.status]}${c.presence === 'by-reference' ? ', linked' : ''}`
    return `| ${c.name} | ${cls} | ${status} | ${licenceCell(c, options)} | ${evidenceCell(c, options)} |`
  })
  return [
    '| Component | Class | Status | Licence | Evidence |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** Line 2: which model(s) the repository releases, or that it releases none. */
function subjectLine(report: OpennessReport): string {
  const models = [...report.subject.ids, ...report.subject.names].slice(0, 4)
  const more = report.subject.ids.length + report.subject.names.length > 4 ? ', …' : ''
  const releases =
    report.subject.release === 'none'
      ? 'releases no model: this looks like a code library'
      : models.length > 0
        ? `releases ${models.map((m) => codeSpan(m, 80)).join(', ')}${more}`
        : 'releases a model'
  return `**${escapeText(report.repository, 100)}** ${releases}.`
}

/** Where the files were read, when not from a local folder (a model on the Hub). */
function sourceBlock(report: OpennessReport): string | null {
  const source = report.source
  if (!source) return null
  const where = `Read from the Hugging Face Hub: ${link(source.id, source.url)} at ${codeSpan(source.commit.slice(0, 12))}${source.revision !== source.commit ? ` (${codeSpan(source.revision, 100)})` : ''}.`
  if (!source.gated && source.filesNotRead === 0) return where
  const gate = source.gated ? ` The repository is gated (${escapeText(source.gated, 20)}).` : ''
  const unread =
    source.filesNotRead > 0
      ? ` ${source.filesNotRead} listed file(s) could not be read; they are listed under “Skipped and warnings”, and what they would show is not counted.`
      : ''
  return `${where}${gate}${unread}`
}

/** Notes said once under the table, each with the components it applies to. */
function notesBlock(report: OpennessReport): string | null {
  const byNote = new Map<string, string[]>()
  for (const c of report.components)
    for (const note of c.notes) byNote.set(note, [...(byNote.get(note) ?? []), c.name])
  if (byNote.size === 0) return null
  const lines = [...byNote].slice(0, 8).map(([note, names]) => {
    const applies = names.length > 1 || !note.includes(names[0]) ? ` (${names.join(', ')})` : ''
    return `- ${textWithCode(note, 200)}${escapeText(applies, 300)}`
  })
  if (byNote.size > 8) lines.push(`- and ${byNote.size - 8} more notes in the JSON report`)
  return `Notes:\n\n${lines.join('\n')}`
}

/** Per MOF class: how many of the components it requires are open (its own, not cumulative). */
export function classProgress(report: Pick<OpennessReport, 'components'>): string {
  const parts = ([3, 2, 1] as const).map((cls) => {
    const required = MOF_COMPONENTS.filter((d) => d.required && d.firstClass === cls)
    const open = required.filter(
      (d) => report.components.find((c) => c.name === d.name)?.status === 'open'
    ).length
    return `${mofClassName(cls)} ${open}/${required.length}${open === required.length ? ' ✅' : ''}`
  })
  return `**MOF progress:** ${parts.join(' · ')}`
}

const VERBS = { add: 'Add', license: 'License', relicense: 'Relicense' } as const

function disclosureLine(
  d: OpennessReport['missingDisclosures'][number],
  report: OpennessReport
): string {
  const licence = report.components.find((c) => c.name === d.component)?.license
  const now =
    d.action === 'relicense' && licence
      ? ` (now ${escapeText(licence.spdx ?? licence.name, 60)})`
      : ''
  return `**${VERBS[d.action]}** ${d.component} → ${textWithCode(d.file, 160)}${now}`
}

function nextStepsBlock(report: OpennessReport): string {
  const all = report.missingDisclosures
  if (all.length === 0)
    return '### What to do next\n\nNothing is missing: the release meets MOF Class I and OSAID 1.0.'
  const items = all
    .slice(0, NEXT_STEPS_SHOWN)
    .map((d, i) => `${i + 1}. ${disclosureLine(d, report)}`)
  const more =
    all.length > NEXT_STEPS_SHOWN
      ? `\n\n${all.length - NEXT_STEPS_SHOWN} more under “All missing disclosures” below.`
      : ''
  return `### What to do next\n\n${items.join('\n')}${more}`
}

function partialBlock(report: OpennessReport): string | null {
  const partial = report.inventory.partial
  if (!partial) return null
  return [
    '> [!CAUTION]',
    `> **Partial scan:** ${escapeText(partial.reason, 200)}; ${partial.remaining.length} item(s) were not read. The score counts only what was read.`
  ].join('\n')
}

function openWashingBlock(report: OpennessReport): string | null {
  const flagged = report.openWashing.filter((f) => f.verdict !== 'not-verifiable')
  const unverifiable = report.openWashing.filter((f) => f.verdict === 'not-verifiable')
  const blocks: string[] = []
  if (flagged.length > 0) {
    const lines = [
      '> [!WARNING]',
      '> **Open-washing:** the release calls itself open, and the files do not bear it out.'
    ]
    for (const flag of flagged.slice(0, 5)) {
      lines.push(
        `> - ${codeSpan(`${flag.path}:${flag.line}`)} says “${escapeText(flag.excerpt, 120)}”: ${escapeText(flag.problem, 200)}. Say instead: ${escapeText(flag.suggestion, 160)}.`
      )
    }
    if (flagged.length > 5) lines.push(`> - and ${flagged.length - 5} more`)
    blocks.push(lines.join('\n'))
  }
  if (unverifiable.length > 0) {
    // Not an accusation: what would bear the claim out is kept elsewhere, licence unknown here.
    const lines = [
      '> [!NOTE]',
      '> **Openness claims not verifiable from the repository** (resolve the references online, or state their licences):'
    ]
    for (const flag of unverifiable.slice(0, 3))
      lines.push(
        `> - ${codeSpan(`${flag.path}:${flag.line}`)} says “${escapeText(flag.excerpt, 120)}”: ${escapeText(flag.problem, 200)}.`
      )
    if (unverifiable.length > 3) lines.push(`> - and ${unverifiable.length - 3} more`)
    blocks.push(lines.join('\n'))
  }
  return blocks.length > 0 ? blocks.join('\n\n') : null
}

function driftBlock(report: OpennessReport): string | null {
  const drift = report.resolution.drift
  if (drift.length === 0) return null
  const lines = [
    '> [!CAUTION]',
    '> **Changed since `model-openness.lock.json`:** the hosts now answer differently.'
  ]
  for (const d of drift.slice(0, 10)) lines.push(`> - ${escapeText(d.message, 300)}`)
  if (drift.length > 10) lines.push(`> - and ${drift.length - 10} more in the JSON report`)
  lines.push('> Run `model-openness lock` and commit the lock file once the change is understood.')
  return lines.join('\n')
}

const MODE_WORDS = {
  online: 'asked online',
  offline: 'not asked (offline)',
  lock: 'read from model-openness.lock.json'
} as const

/** What the hosts said about the references a release keeps elsewhere, folded. */
function resolutionBlock(report: OpennessReport): string | null {
  const facts = report.resolution.facts
  if (facts.length === 0) return null
  const rows = facts.slice(0, 40).map((f) => {
    const what = `${f.reference.kind} ${codeSpan(f.reference.id, 120)}`
    const target = link('source', f.url)
    const licence = f.license
      ? `${f.license.spdx ? codeSpan(f.license.spdx) : escapeText(f.license.name, 80)}${f.gated ? ` (gated: ${f.gated})` : ''}`
      : '—'
    const state = f.unresolved
      ? `${escapeText(f.unresolved.reason, 40)}: ${escapeText(f.unresolved.detail, 140)}`
      : [
          f.pinned ? `at ${codeSpan(f.pinned.slice(0, 12))}` : '',
          f.fetchedAt ? `fetched ${escapeText(f.fetchedAt.slice(0, 10), 10)}` : ''
        ]
          .filter(Boolean)
          .join(', ') || 'resolved'
    return `| ${what} | ${licence} | ${state} | ${target} |`
  })
  if (facts.length > 40) rows.push(`| … ${facts.length - 40} more in the JSON report | | | |`)
  const unresolved = facts.filter((f) => f.unresolved && !f.license).length
  const summary = `References kept elsewhere: ${facts.length} ${MODE_WORDS[report.resolution.mode]}${unresolved > 0 ? `, ${unresolved} not resolved` : ''}`
  return [
    // Our own words and numbers only: a summary element shows Markdown escapes literally.
    `<details><summary>${summary}</summary>`,
    '',
    '| Reference | Licence at the host | State | Link |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

function allDisclosuresBlock(report: OpennessReport): string | null {
  if (report.missingDisclosures.length === 0) return null
  const items = report.missingDisclosures.slice(0, 25).map((d, i) => {
    const what = d.what.replace(/^(Add|State|Relicense) /, '')
    return `${i + 1}. ${disclosureLine(d, report)}: ${textWithCode(what, 240)} _(${d.clauses.map((c) => escapeText(c, 80)).join('; ')})_`
  })
  if (report.missingDisclosures.length > 25)
    items.push(`… and ${report.missingDisclosures.length - 25} more in the JSON report`)
  return [
    `<details><summary>All missing disclosures (${report.missingDisclosures.length})</summary>`,
    '',
    'To reach the next MOF class and OSAID conformance, in this order:',
    '',
    ...items,
    '',
    '</details>'
  ].join('\n')
}

function evidenceBlock(report: OpennessReport, options: MarkdownOptions): string {
  const sections = report.components
    .filter((c) => c.status !== 'missing')
    .map((c) => {
      const licence = c.license
        ? `${escapeText(c.license.name, 80)}${c.license.spdx ? ` (${codeSpan(c.license.spdx)})` : ''}${c.license.path ? `, from ${codeSpan(c.license.path)}` : `, from the ${escapeText(c.license.source)}`}`
        : 'no licence found'
      const evidence = c.evidence.slice(0, 5).map((e) => `  - ${evidenceLine(e, options)}`)
      if (c.evidence.length > 5)
        evidence.push(`  - and ${c.evidence.length - 5} more in the JSON report`)
      return [`- **${c.name}**: ${licence}`, ...evidence].join('\n')
    })
  return [
    '<details><summary>Evidence and licences</summary>',
    '',
    sections.length > 0 ? sections.join('\n') : 'No component was found.',
    '',
    '</details>'
  ].join('\n')
}

function osaidBlock(report: OpennessReport): string {
  const rows = report.osaid.requirements.map(
    (r) =>
      `| ${r.group} | ${textWithCode(r.title, 120)} | ${r.met ? '✅' : '❌'} | ${textWithCode(r.reason, 300)} |`
  )
  const met = report.osaid.requirements.filter((r) => r.met).length
  const verdict = report.osaid.conformant
    ? '**Conformant.**'
    : '**Not conformant.** The training data itself is not required; the information about it is.'
  return [
    `<details><summary>OSAID 1.0: ${met} of ${report.osaid.requirements.length} requirements met</summary>`,
    '',
    verdict,
    '',
    '| Group | Requirement | Met | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

function indexBlock(report: OpennessReport): string {
  const icon = { open: '🟩 open', partial: '🟧 partial', closed: '🟥 closed' } as const
  const rows = report.osaiIndex.dimensions.map(
    (d) => `| ${d.category} | ${d.title} | ${icon[d.class]} | ${textWithCode(d.reason, 200)} |`
  )
  return [
    `<details><summary>Open Source AI Index: ${formatNumber(report.osaiIndex.score * 100)}% (${report.osaiIndex.dimensions.filter((d) => d.class === 'open').length} of 12 dimensions open)</summary>`,
    '',
    '| Category | Dimension | Rating | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Score: mean over the 12 dimensions with open = 1, partial = ½, closed = 0, as the index computes it.',
    '',
    '</details>'
  ].join('\n')
}

/** A status factor as a percentage, so no fraction needs more than one decimal. */
function share(status: ComponentReport['status']): string {
  return `${formatNumber(STATUS_FACTOR[status] * 100)}%`
}

function scoringBlock(report: OpennessReport): string {
  const rows = report.scoreLines.map(
    (l) =>
      `| ${l.name} | ${formatNumber(l.weight)} | ${l.status} (${share(l.status)}) | ${formatNumber(l.points)} |`
  )
  const p = report.mof.progress
  const warnings = report.mof.warnings.slice(0, 10).map((w) => `- ${textWithCode(w, 200)}`)
  return [
    '<details><summary>How this was scored</summary>',
    '',
    `Each MOF component has a weight (required Class III components 9, Class II 6, Class I 4, optional 2; 100 in all). It earns ${share('open')} of its weight when open, ${share('restricted')} when restricted, ${share('unlicensed')} when unlicensed, ${share('missing')} when missing. See docs/scoring.md.`,
    '',
    '| Component | Weight | Status | Points |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `MOF progress, computed as the Model Openness Tool computes it: Class III ${formatNumber(p['3'])}%, Class II ${formatNumber(p['2'])}%, Class I ${formatNumber(p['1'])}%. A licence counts as open only by its exact SPDX id (OSI- or FSF-approved, the MOT open-data list, or OpenMDW-1.0).`,
    ...(warnings.length ? ['', ...warnings] : []),
    '',
    '</details>'
  ].join('\n')
}

function declaredBlock(report: OpennessReport): string | null {
  if (report.declared.length === 0) return null
  const disagreements = report.declared.filter((d) => !d.agrees)
  const rows = report.declared.map(
    (d) =>
      `| ${escapeText(d.component, 60)} | ${d.agrees ? '✅' : '❌'} | ${textWithCode(d.message, 240)} |`
  )
  return [
    `<details${disagreements.length ? ' open' : ''}><summary>Declared in ${codeSpan(report.declarationPath ?? 'mof.yml')}: ${disagreements.length} disagreement(s)</summary>`,
    '',
    '| Component | Agrees | Finding |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

function skippedBlock(report: OpennessReport): string | null {
  const inv = report.inventory
  if (inv.skipped.length === 0 && report.warnings.length === 0) return null
  const lines = inv.skipped
    .slice(0, 40)
    .map((s) => `- ${codeSpan(s.path)}: ${escapeText(s.detail, 160)}`)
  if (inv.skipped.length > 40)
    lines.push(`- and ${inv.skipped.length - 40} more in the JSON report`)
  for (const w of report.warnings.slice(0, 20)) lines.push(`- ${textWithCode(w, 240)}`)
  return [
    `<details><summary>Skipped and warnings (${inv.skipped.length + report.warnings.length})</summary>`,
    '',
    lines.join('\n'),
    '',
    '</details>'
  ].join('\n')
}

function inventoryLine(report: OpennessReport): string {
  const inv = report.inventory
  const params = inv.parameterCount
    ? `, ${formatInteger(inv.parameterCount)} parameters in headers`
    : ''
  return `<sub>Scanned ${formatInteger(inv.files)} files in ${formatInteger(inv.directories)} folders: ${inv.weightFiles} weight file(s), ${inv.lfsPointers} LFS pointer(s)${params}; ${formatBytes(inv.bytesRead)} read. ${report.tool.name} ${report.tool.version}, report schema ${report.schemaVersion}.</sub>`
}

/**
 * The PR comment body, the job summary and `--format markdown` (one body; only links differ,
 * present when there is a repository URL): verdict, changes, next steps, progress, a compact
 * table, then everything else folded.
 */
export function renderMarkdown(report: OpennessReport, options: MarkdownOptions = {}): string {
  const blocks = [
    renderHeadline(report, options.titleLevel ?? 2, {
      partialScan: report.inventory.partial !== null,
      noModelRelease: options.noModelRelease === true || report.subject.release === 'none'
    }),
    partialBlock(report),
    subjectLine(report),
    sourceBlock(report),
    options.changes ?? null,
    driftBlock(report),
    nextStepsBlock(report),
    openWashingBlock(report),
    classProgress(report),
    componentTable(report, options),
    notesBlock(report),
    allDisclosuresBlock(report),
    evidenceBlock(report, options),
    osaidBlock(report),
    declaredBlock(report),
    resolutionBlock(report),
    indexBlock(report),
    scoringBlock(report),
    skippedBlock(report),
    inventoryLine(report)
  ]
  return blocks.filter((b): b is string => b !== null).join('\n\n') + '\n'
}
