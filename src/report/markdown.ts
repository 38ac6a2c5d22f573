import { componentDefinition } from '../model/components.js'
import { STATUS_FACTOR } from '../frameworks/score.js'
import { formatBytes } from '../format.js'
import type { Evidence } from '../model/findings.js'
import type { ComponentReport } from '../model/licenses.js'
import { codeSpan, encodePath, escapeText, link, safeUrl } from './escape.js'
import type { OpennessReport } from './types.js'

/** GitHub's limit for an issue or PR comment body. */
export const COMMENT_LIMIT = 65_536

export interface MarkdownOptions {
  /** Base for file links, e.g. `https://github.com/o/r/blob/<sha>`; plain paths when absent. */
  linkBase?: string
  /** Extra section placed under the headline (the action's "what this PR changes"). */
  changes?: string
  /** Heading level of the title (2 in comments, 1 in standalone files). */
  titleLevel?: 1 | 2
}

const STATUS_ICON: Record<ComponentReport['status'], string> = {
  open: '✅ open',
  restricted: '🟧 restricted',
  unlicensed: '⚠️ unlicensed',
  missing: '❌ missing'
}

const CLASS_ROMAN = ['', 'I', 'II', 'III'] as const

export function mofClassName(cls: 0 | 1 | 2 | 3): string {
  return cls === 0 ? 'Unclassified' : `Class ${CLASS_ROMAN[cls]}`
}

function evidenceRef(e: Evidence, options: MarkdownOptions): string {
  const label = e.line ? `${e.path}:${e.line}` : e.path
  const base = options.linkBase
    ? safeUrl(`${options.linkBase}/${encodePath(e.path)}${e.line ? `#L${e.line}` : ''}`)
    : null
  const where = base ? `[${codeSpan(label)}](${base})` : codeSpan(label)
  const external = e.url && safeUrl(e.url) ? ` → ${link('link', e.url)}` : ''
  return `${where} ${escapeText(e.detail, 140)}${external}`
}

function licenceCell(c: ComponentReport, options: MarkdownOptions): string {
  if (!c.license) {
    if (c.status === 'missing') return '—'
    return c.presence === 'by-reference' ? 'not stated in the repository' : 'none found'
  }
  const name = c.license.spdx ? codeSpan(c.license.spdx) : escapeText(c.license.name, 80)
  if (c.license.source === 'remote' && c.license.url) {
    const pinned = c.license.pinned ? ` @ ${codeSpan(c.license.pinned.slice(0, 12))}` : ''
    return `${name} (${link('at the host', c.license.url)}${pinned})`
  }
  if (!c.license.path) return `${name} (${c.license.source})`
  const line = c.license.line ? `:${c.license.line}` : ''
  const label = codeSpan(`${c.license.path}${line}`)
  const how = c.license.source === 'statement' ? 'stated in ' : ''
  const target = options.linkBase
    ? safeUrl(
        `${options.linkBase}/${encodePath(c.license.path)}${c.license.line ? `#L${c.license.line}` : ''}`
      )
    : null
  return target ? `${name} (${how}[${label}](${target}))` : `${name} (${how}${label})`
}

function componentTable(report: OpennessReport, options: MarkdownOptions): string {
  const rows = report.components.map((c) => {
    const def = componentDefinition(c.name)
    const cls = `${CLASS_ROMAN[def.firstClass]}${def.required ? '' : ' (opt.)'}`
    const evidence = c.evidence.slice(0, 3).map((e) => evidenceRef(e, options))
    if (c.evidence.length > 3) evidence.push(`+${c.evidence.length - 3} more`)
    const where = c.presence === 'by-reference' ? ' (by reference)' : ''
    const notes = c.notes.slice(0, 2).map((n) => `_${escapeText(n, 160)}_`)
    return `| ${c.name} | ${cls} | ${STATUS_ICON[c.status]}${where} | ${licenceCell(c, options)} | ${[...evidence, ...notes].join('<br>') || '—'} |`
  })
  return [
    '| Component | MOF class | Status | Licence | Evidence |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

function headline(report: OpennessReport, level: 1 | 2): string {
  const osaid = report.osaid.conformant
    ? 'Open Source AI (OSAID 1.0)'
    : 'not Open Source AI (OSAID 1.0)'
  const hashes = '#'.repeat(level)
  const noModel =
    report.subject.release === 'none'
      ? ' · No model release found: this looks like a code library'
      : ''
  return `${hashes} Model openness: ${report.score}/100 · MOF ${mofClassName(report.mof.class)} · ${osaid}${noModel}`
}

function subjectLine(report: OpennessReport): string {
  const open = report.components.filter((c) => c.status === 'open').length
  const missing = report.components.filter((c) => c.status === 'missing').length
  const models = [...report.subject.ids, ...report.subject.names].slice(0, 4)
  const releases =
    report.subject.release === 'none'
      ? ' releases no model'
      : models.length > 0
        ? ` releases ${models.map((m) => codeSpan(m)).join(', ')}${report.subject.ids.length + report.subject.names.length > 4 ? ', …' : ''}`
        : ''
  return `**${escapeText(report.repository, 100)}**${releases}: ${open} of 17 MOF components open, ${missing} missing.`
}

function openWashingBlock(report: OpennessReport): string | null {
  if (report.openWashing.length === 0) return null
  const lines = [
    '> [!WARNING]',
    '> **Open-washing:** the release calls itself open, and the files do not bear it out.'
  ]
  for (const flag of report.openWashing.slice(0, 10)) {
    lines.push(
      `> - ${codeSpan(`${flag.path}:${flag.line}`)} says “${escapeText(flag.excerpt, 160)}”: ${escapeText(flag.problem, 300)}. Say instead: ${escapeText(flag.suggestion, 200)}.`
    )
  }
  if (report.openWashing.length > 10) lines.push(`> - and ${report.openWashing.length - 10} more`)
  return lines.join('\n')
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
      : `${f.pinned ? `at ${codeSpan(f.pinned.slice(0, 12))}, ` : ''}fetched ${escapeText(f.fetchedAt.slice(0, 10), 10)}`
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

function disclosuresBlock(report: OpennessReport): string {
  if (report.missingDisclosures.length === 0)
    return '### Missing disclosures\n\nNone: the release meets MOF Class I and OSAID 1.0.'
  const verbs = { add: 'Add', license: 'License', relicense: 'Relicense' } as const
  const items = report.missingDisclosures.slice(0, 25).map((d, i) => {
    const what = d.what.replace(/^(Add|State|Relicense) /, '')
    return `${i + 1}. **${verbs[d.action]}** ${d.component}: ${escapeText(what, 240)} → ${escapeText(d.file, 160)} _(${d.clauses.map((c) => escapeText(c, 80)).join('; ')})_`
  })
  if (report.missingDisclosures.length > 25)
    items.push(`… and ${report.missingDisclosures.length - 25} more in the JSON report`)
  return `### Missing disclosures\n\nTo reach the next MOF class and OSAID conformance, in this order:\n\n${items.join('\n')}`
}

function osaidBlock(report: OpennessReport): string {
  const rows = report.osaid.requirements.map(
    (r) =>
      `| ${r.group} | ${escapeText(r.title, 120)} | ${r.met ? '✅' : '❌'} | ${escapeText(r.reason, 300)} |`
  )
  const verdict = report.osaid.conformant
    ? '**Conformant.**'
    : '**Not conformant.** The training data itself is not required; the information about it is.'
  return [
    `### OSAID 1.0`,
    '',
    verdict,
    '',
    '| Group | Requirement | Met | Why |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

function indexBlock(report: OpennessReport): string {
  const icon = { open: '🟩 open', partial: '🟧 partial', closed: '🟥 closed' } as const
  const rows = report.osaiIndex.dimensions.map(
    (d) => `| ${d.category} | ${d.title} | ${icon[d.class]} | ${escapeText(d.reason, 200)} |`
  )
  return [
    `<details><summary>Open Source AI Index: ${(report.osaiIndex.score * 100).toFixed(0)}% (${report.osaiIndex.dimensions.filter((d) => d.class === 'open').length} of 12 dimensions open)</summary>`,
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

function scoringBlock(report: OpennessReport): string {
  const rows = report.scoreLines.map(
    (l) => `| ${l.name} | ${l.weight} | ${l.status} × ${STATUS_FACTOR[l.status]} | ${l.points} |`
  )
  const p = report.mof.progress
  const warnings = report.mof.warnings.slice(0, 10).map((w) => `- ${escapeText(w, 200)}`)
  return [
    '<details><summary>How this was scored</summary>',
    '',
    `Each MOF component has a weight (required Class III components 9, Class II 6, Class I 4, optional 2; 100 in all). It earns its weight × ${STATUS_FACTOR.open} when open, × ${STATUS_FACTOR.restricted} when restricted, × ${STATUS_FACTOR.unlicensed} when unlicensed, × 0 when missing. See docs/scoring.md.`,
    '',
    '| Component | Weight | Status | Points |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `MOF progress, computed as the Model Openness Tool computes it: Class III ${p['3']}%, Class II ${p['2']}%, Class I ${p['1']}%. A licence counts as open only by its exact SPDX id (OSI- or FSF-approved, the MOT open-data list, or OpenMDW-1.0).`,
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
      `| ${escapeText(d.component, 60)} | ${d.agrees ? '✅' : '❌'} | ${escapeText(d.message, 240)} |`
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
  if (inv.skipped.length === 0 && !inv.partial && report.warnings.length === 0) return null
  const lines = inv.skipped
    .slice(0, 40)
    .map((s) => `- ${codeSpan(s.path)}: ${escapeText(s.detail, 160)}`)
  if (inv.skipped.length > 40)
    lines.push(`- and ${inv.skipped.length - 40} more in the JSON report`)
  for (const w of report.warnings.slice(0, 20)) lines.push(`- ${escapeText(w, 240)}`)
  const partial = inv.partial
    ? `**Partial scan:** ${escapeText(inv.partial.reason, 200)}; ${inv.partial.remaining.length} item(s) left.\n\n`
    : ''
  return [
    `<details><summary>Skipped and warnings (${inv.skipped.length + report.warnings.length})</summary>`,
    '',
    partial + lines.join('\n'),
    '',
    '</details>'
  ].join('\n')
}

function inventoryLine(report: OpennessReport): string {
  const inv = report.inventory
  const params = inv.parameterCount
    ? `, ${inv.parameterCount.toLocaleString('en-US')} parameters in headers`
    : ''
  return `<sub>Scanned ${inv.files.toLocaleString('en-US')} files in ${inv.directories.toLocaleString('en-US')} folders: ${inv.weightFiles} weight file(s), ${inv.lfsPointers} LFS pointer(s)${params}; ${formatBytes(inv.bytesRead)} read. ${report.tool.name} ${report.tool.version}, report schema ${report.schemaVersion}.</sub>`
}

/** The PR comment body, the job summary and `--format markdown`. */
export function renderMarkdown(report: OpennessReport, options: MarkdownOptions = {}): string {
  const blocks = [
    headline(report, options.titleLevel ?? 2),
    subjectLine(report),
    options.changes ?? null,
    driftBlock(report),
    openWashingBlock(report),
    '### Components',
    componentTable(report, options),
    disclosuresBlock(report),
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
