/**
 * One dashboard from many reports (`model-openness merge`): a row per release with its score, MOF
 * class and progress toward the next class, OSAID verdict, the first missing disclosure, the
 * open-washing count and a link to its report, with totals per class. Rendered as Markdown (job
 * summary), CSV, JSON and a single self-contained HTML page. Every string from a report is
 * repository data: it is escaped for each format, and CSV cells cannot start a formula.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { codeSpan, escapeText, link, safeUrl } from './escape.js'
import { formatNumber, mofClassName } from './names.js'

/** The parts of a report the dashboard reads; everything else is left alone. */
export const dashboardReportSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.number().int().min(1).max(99),
    tool: z.object({ name: z.literal('model-openness'), version: z.string().max(100) }),
    repository: z.string().max(1000),
    score: z.number().min(0).max(100),
    mof: z.object({
      class: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
      label: z.string().max(200),
      progress: z.object({ '1': z.number(), '2': z.number(), '3': z.number() })
    }),
    osaid: z.object({ conformant: z.boolean() }),
    missingDisclosures: z
      .array(
        z.object({
          component: z.string().max(200),
          action: z.string().max(40),
          file: z.string().max(1000)
        })
      )
      .max(1000),
    openWashing: z.array(z.object({ verdict: z.string().max(40).optional() })).max(10_000),
    inventory: z.object({ partial: z.unknown().optional() }),
    source: z
      .object({
        kind: z.string().max(40),
        id: z.string().max(300),
        commit: z.string().max(100),
        url: z.string().max(2000)
      })
      .optional()
  })
)
export type DashboardReport = z.infer<typeof dashboardReportSchema>

export interface DashboardInput {
  report: DashboardReport
  /** How to reach the report from the dashboard: a relative path or a URL. */
  reportLink: string
  /** The report's file name, shown when the link cannot be followed (Markdown without a base). */
  reportName: string
}

export interface DashboardRow {
  release: string
  /** The release's page (the Hub at the commit read), when the report knows it. */
  releaseUrl: string | null
  score: number
  mofClass: 0 | 1 | 2 | 3
  mofName: string
  mofLabel: string
  /** The next class up and the percentage of it reached; null at Class I. */
  next: { class: 1 | 2 | 3; name: string; progress: number } | null
  osaidConformant: boolean
  /** The first missing disclosure: the step that brings the next class closest. */
  topMissing: string | null
  missingCount: number
  /** Claims of openness the files do not bear out. */
  openWashing: number
  /** Claims that could not be checked from the files (not counted as open-washing). */
  unverifiableClaims: number
  partialScan: boolean
  reportLink: string
  reportName: string
}

export interface Dashboard {
  rows: DashboardRow[]
  totals: {
    releases: number
    byClass: Record<'3' | '2' | '1' | '0', number>
    osaidConformant: number
    openWashing: number
    meanScore: number
  }
}

const VERB: Record<string, string> = { add: 'Add', license: 'License', relicense: 'Relicense' }

function nextClass(report: DashboardReport): DashboardRow['next'] {
  const cls = report.mof.class
  if (cls === 1) return null
  const target = (cls === 0 ? 3 : cls - 1) as 1 | 2 | 3
  const progress = Math.max(
    0,
    Math.min(100, report.mof.progress[String(target) as '1' | '2' | '3'])
  )
  return { class: target, name: mofClassName(target), progress }
}

export function buildDashboard(inputs: readonly DashboardInput[]): Dashboard {
  const rows: DashboardRow[] = inputs.map(({ report, reportLink, reportName }) => {
    const first = report.missingDisclosures[0]
    const flagged = report.openWashing.filter((f) => f.verdict !== 'not-verifiable').length
    return {
      release: report.repository,
      releaseUrl: report.source?.url ?? null,
      score: report.score,
      mofClass: report.mof.class,
      mofName: mofClassName(report.mof.class),
      mofLabel: report.mof.label,
      next: nextClass(report),
      osaidConformant: report.osaid.conformant,
      topMissing: first
        ? `${VERB[first.action] ?? first.action} ${first.component} → ${first.file}`
        : null,
      missingCount: report.missingDisclosures.length,
      openWashing: flagged,
      unverifiableClaims: report.openWashing.length - flagged,
      partialScan: report.inventory.partial !== null && report.inventory.partial !== undefined,
      reportLink,
      reportName
    }
  })
  // Most open first; ties by name, so the order never depends on the order of the inputs.
  rows.sort(
    (a, b) =>
      b.score - a.score ||
      a.mofClass - b.mofClass ||
      (a.release < b.release ? -1 : a.release > b.release ? 1 : 0) ||
      (a.reportName < b.reportName ? -1 : a.reportName > b.reportName ? 1 : 0)
  )
  const byClass = { '3': 0, '2': 0, '1': 0, '0': 0 }
  for (const row of rows) byClass[String(row.mofClass) as '0' | '1' | '2' | '3']++
  const meanScore = rows.length ? rows.reduce((sum, r) => sum + r.score, 0) / rows.length : 0
  return {
    rows,
    totals: {
      releases: rows.length,
      byClass,
      osaidConformant: rows.filter((r) => r.osaidConformant).length,
      openWashing: rows.reduce((sum, r) => sum + r.openWashing, 0),
      meanScore
    }
  }
}

/** Class totals in reading order: the most open class first. */
const CLASS_ORDER = [1, 2, 3, 0] as const

function classTotals(dashboard: Dashboard): { name: string; count: number; cls: 0 | 1 | 2 | 3 }[] {
  return CLASS_ORDER.map((cls) => ({
    cls,
    name: mofClassName(cls),
    count: dashboard.totals.byClass[String(cls) as '0' | '1' | '2' | '3']
  }))
}

/** The class label without the class name it starts with (`Class I - Open Science Model` → `Open Science Model`). */
function labelAfterName(row: DashboardRow): string {
  const label = row.mofLabel.startsWith(row.mofName)
    ? row.mofLabel.slice(row.mofName.length).replace(/^\s*[-–:·]\s*/, '')
    : row.mofLabel
  return label.trim()
}

/** Text from the report's vocabulary where backticks mark file names, rendered per format. */
function withCode(value: string, code: (part: string) => string, text: (part: string) => string) {
  return value
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : text(part)))
    .join('')
}

function progressText(row: DashboardRow): string {
  return row.next ? `${formatNumber(row.next.progress)}% of ${row.next.name}` : 'complete'
}

// ---------------------------------------------------------------------------------------------
// Markdown

export function dashboardToMarkdown(dashboard: Dashboard): string {
  const t = dashboard.totals
  const lines = [
    `## Model openness dashboard: ${t.releases} release(s)`,
    '',
    `Mean score ${formatNumber(t.meanScore)}/100 · ${t.osaidConformant} of ${t.releases} Open Source AI (OSAID 1.0) · ${t.openWashing} open-washing claim(s)`,
    '',
    '| MOF class | Releases |',
    '| --- | --- |',
    ...classTotals(dashboard).map((c) => `| ${c.name} | ${c.count} |`),
    '',
    '| Release | Score | MOF class | Progress to next class | OSAID 1.0 | Top missing disclosure | Open-washing | Report |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const row of dashboard.rows) {
    const release = row.releaseUrl
      ? link(row.release, row.releaseUrl)
      : escapeText(row.release, 120)
    const report = /^https?:/i.test(row.reportLink)
      ? link(row.reportName, row.reportLink)
      : `<code>${escapeText(row.reportName, 120)}</code>`
    lines.push(
      `| ${release}${row.partialScan ? ' ⚠️ partial' : ''} | ${formatNumber(row.score)} | ${row.mofName} | ${progressText(row)} | ${row.osaidConformant ? '✅' : '❌'} | ${
        row.topMissing
          ? withCode(
              row.topMissing.slice(0, 200),
              (c) => codeSpan(c, 80),
              (t) => escapeText(t, 200)
            )
          : '—'
      }${row.missingCount > 1 ? ` (+${row.missingCount - 1})` : ''} | ${row.openWashing}${row.unverifiableClaims ? ` (+${row.unverifiableClaims} not verifiable)` : ''} | ${report} |`
    )
  }
  if (dashboard.rows.length === 0) lines.push('| (no reports) | | | | | | | |')
  return lines.join('\n') + '\n'
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  let text = value.replace(/\r\n?/g, '\n')
  // = + - @ (and tab / carriage return, which some spreadsheets skip first) start a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const CSV_COLUMNS = [
  'release',
  'score',
  'mof_class',
  'mof_label',
  'next_class',
  'next_class_progress',
  'osaid_conformant',
  'top_missing_disclosure',
  'missing_disclosures',
  'open_washing',
  'unverifiable_claims',
  'partial_scan',
  'report',
  'release_url'
]

export function dashboardToCsv(dashboard: Dashboard): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const row of dashboard.rows) {
    lines.push(
      [
        csvCell(row.release),
        csvCell(row.score),
        csvCell(row.mofClass),
        csvCell(row.mofLabel),
        csvCell(row.next?.class ?? null),
        csvCell(row.next ? Math.round(row.next.progress * 10) / 10 : null),
        csvCell(row.osaidConformant),
        csvCell(row.topMissing),
        csvCell(row.missingCount),
        csvCell(row.openWashing),
        csvCell(row.unverifiableClaims),
        csvCell(row.partialScan),
        csvCell(row.reportLink),
        csvCell(row.releaseUrl)
      ].join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}

// ---------------------------------------------------------------------------------------------
// JSON

export function dashboardToJson(dashboard: Dashboard): string {
  return JSON.stringify({ dashboard: 'model-openness', version: 1, ...dashboard }, null, 2) + '\n'
}

// ---------------------------------------------------------------------------------------------
// HTML: one file, no external resource, readable without script, printable.

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A link target for an attribute: an http(s) URL, or a relative path made of encoded segments. */
function hrefOf(target: string): string | null {
  if (/^https?:/i.test(target)) return safeUrl(target)
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null
  return target
    .split('/')
    .map((part) => (part === '..' || part === '.' ? part : encodeURIComponent(part)))
    .join('/')
}

function anchor(label: string, target: string | null): string {
  const href = target ? hrefOf(target) : null
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(label)
}

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa;
  --good: #1a7f37; --bad: #cf222e; --bar: #0969da; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
p.summary { color: var(--muted); margin: 0 0 16px; }
ul.totals { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 0 0 16px; }
ul.totals li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
ul.totals b { font-size: 18px; margin-right: 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer;
  color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--head);
  padding: 0 3px; border-radius: 3px; }
.bar { display: block; height: 6px; background: var(--line); border-radius: 3px; margin-top: 4px;
  min-width: 80px; }
.bar > span { display: block; height: 100%; background: var(--bar); border-radius: 3px; }
.yes { color: var(--good); font-weight: 600; }
.no { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
.warn { color: #9a6700; }
footer { color: var(--muted); margin-top: 16px; font-size: 12px; }
@media print {
  body { margin: 0; font-size: 10px; }
  thead th { position: static; }
  th button { cursor: auto; }
  th[aria-sort] button::after { content: ""; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .bar, .bar > span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .noprint { display: none; }
}
`

/** Sorts the table by a column when its header button is pressed; the page reads fine without it. */
const SCRIPT = `
(function () {
  var table = document.getElementById('releases');
  if (!table) return;
  var heads = table.tHead.rows[0].cells;
  function key(row, index, numeric) {
    var cell = row.cells[index];
    var value = cell.getAttribute('data-sort');
    if (value === null) value = cell.textContent.trim();
    return numeric ? parseFloat(value) : value.toLowerCase();
  }
  Array.prototype.forEach.call(heads, function (th, index) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var numeric = th.getAttribute('data-type') === 'number';
      var descending = th.getAttribute('aria-sort') !== 'descending';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, index, numeric), y = key(b, index, numeric);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return descending ? -order : order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    });
  });
})();
`

const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`

const HEADERS: { label: string; type: 'number' | 'text' }[] = [
  { label: 'Release', type: 'text' },
  { label: 'Score', type: 'number' },
  { label: 'MOF class', type: 'number' },
  { label: 'OSAID 1.0', type: 'number' },
  { label: 'Top missing disclosure', type: 'text' },
  { label: 'Open-washing', type: 'number' },
  { label: 'Report', type: 'text' }
]

function htmlRow(row: DashboardRow): string {
  const progress = row.next
    ? `<span class="muted">${formatNumber(row.next.progress)}% of ${row.next.name}</span><span class="bar" role="img" aria-label="${formatNumber(row.next.progress)} percent of ${row.next.name}"><span style="width:${Math.round(row.next.progress)}%"></span></span>`
    : '<span class="muted">all classes reached</span>'
  // Classes sort by openness: Class I (1) first, Unclassified (0) last.
  const classRank = row.mofClass === 0 ? 4 : row.mofClass
  const missing = row.topMissing
    ? `${withCode(row.topMissing, (c) => `<code>${escapeHtml(c)}</code>`, escapeHtml)}${row.missingCount > 1 ? ` <span class="muted">(+${row.missingCount - 1})</span>` : ''}`
    : '<span class="muted">nothing missing</span>'
  const washing = `${row.openWashing}${row.unverifiableClaims ? ` <span class="muted">(+${row.unverifiableClaims} not verifiable)</span>` : ''}`
  return [
    '<tr>',
    `<td data-sort="${escapeHtml(row.release.toLowerCase())}">${anchor(row.release, row.releaseUrl)}${row.partialScan ? ' <span class="warn">(partial scan)</span>' : ''}</td>`,
    `<td class="num" data-sort="${row.score}">${formatNumber(row.score)}</td>`,
    `<td data-sort="${classRank}">${escapeHtml(row.mofName)}${labelAfterName(row) ? ` <span class="muted">${escapeHtml(labelAfterName(row))}</span>` : ''}<br>${progress}</td>`,
    `<td data-sort="${row.osaidConformant ? 1 : 0}">${row.osaidConformant ? '<span class="yes">✓ conformant</span>' : '<span class="no">✗ not conformant</span>'}</td>`,
    `<td>${missing}</td>`,
    `<td class="num" data-sort="${row.openWashing}">${washing}</td>`,
    `<td>${anchor(row.reportName, row.reportLink)}</td>`,
    '</tr>'
  ].join('')
}

export function dashboardToHtml(dashboard: Dashboard, title = 'Model openness dashboard'): string {
  const t = dashboard.totals
  const totals = classTotals(dashboard)
    .map((c) => `<li><b>${c.count}</b>${escapeHtml(c.name)}</li>`)
    .join('')
  const head = HEADERS.map(
    (h, i) =>
      `<th scope="col" data-type="${h.type}"${i === 1 ? ' aria-sort="descending"' : ''}><button type="button">${escapeHtml(h.label)}</button></th>`
  ).join('')
  const body =
    dashboard.rows.length > 0
      ? dashboard.rows.map(htmlRow).join('\n')
      : `<tr><td colspan="${HEADERS.length}">No reports.</td></tr>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${t.releases} release(s) · mean score ${formatNumber(t.meanScore)}/100 · ${t.osaidConformant} Open Source AI (OSAID 1.0) · ${t.openWashing} open-washing claim(s)</p>
<ul class="totals" aria-label="Releases per MOF class">${totals}</ul>
<table id="releases">
<caption class="noprint muted">Sorted by score; press a column heading to sort by it.</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<footer>MOF classes, most open first: Class I (Open Science), Class II (Open Tooling), Class III (Open Model); each asks for everything the one after it asks for. Progress is the share of the next class's components that are open, as the Model Openness Tool computes it.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`
}
