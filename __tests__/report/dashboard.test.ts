/**
 * `model-openness merge`: one dashboard from the reports of many releases, as Markdown, CSV, JSON
 * and a self-contained HTML page, with every repository-derived string escaped for its format.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli-run.js'
import { csvCell } from '../../src/report/dashboard.js'
import type { OpennessReport } from '../../src/report/types.js'

const ROOT = join(import.meta.dirname, '../..')
const EXAMPLES = [
  'open-science-model',
  'open-weights-community',
  'hosted-release',
  'open-washing-no-weights'
]
const HOSTILE_NAME = '=HYPERLINK("http://evil.example")<script>alert(1)</script> @octocat #12'

let tmp: string
let reportsDir: string
const reportFiles: string[] = []
const reports = new Map<string, OpennessReport>()

async function cli(args: string[], cwd = tmp): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd })
  return { code, out, err }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mo-merge-'))
  reportsDir = join(tmp, 'reports')
  mkdirSync(reportsDir)
  for (const name of EXAMPLES) {
    const file = join(reportsDir, `${name}.json`)
    const result = await cli([
      'scan',
      join(ROOT, 'examples', name),
      '--offline',
      '--repository',
      `acme/${name}`,
      '--output',
      file
    ])
    expect(result.code).toBe(0)
    reportFiles.push(`reports/${name}.json`)
    reports.set(name, JSON.parse(readFileSync(file, 'utf8')) as OpennessReport)
  }
  // A report whose repository-derived strings try to break every format.
  const hostile = structuredClone(reports.get('open-washing-no-weights') as OpennessReport)
  hostile.repository = HOSTILE_NAME
  hostile.missingDisclosures[0] = {
    ...hostile.missingDisclosures[0],
    file: '+cmd|" /C calc"!A0, "quoted"\nnext line'
  }
  writeFileSync(join(reportsDir, 'hostile.json'), JSON.stringify(hostile))
  reportFiles.push('reports/hostile.json')
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('merge', () => {
  it('writes a Markdown dashboard: a row per release, totals per class, escaped names', async () => {
    const { code, out, err } = await cli(['merge', ...reportFiles])
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toMatch(/^## Model openness dashboard: 5 release\(s\)/)
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    const releaseRows = rows.filter((l) => /<code>[^<]+\.json<\/code> \|$/.test(l))
    expect(releaseRows).toHaveLength(5)
    // Totals per class add up to the number of releases, and match the reports.
    const classRows = rows.filter((l) => /^\| (Class I{1,3}|Unclassified) \| \d+ \|$/.test(l))
    expect(classRows).toHaveLength(4)
    const total = classRows.reduce((sum, l) => sum + Number(/\| (\d+) \|$/.exec(l)?.[1]), 0)
    expect(total).toBe(5)
    const classOne = [...reports.values()].filter((r) => r.mof.class === 1).length
    expect(out).toContain(`| Class I | ${classOne + 0} |`)
    // Sorted by score, highest first.
    const scores = releaseRows.map((l) => Number(l.split(' | ')[1]))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    const science = reports.get('open-science-model') as OpennessReport
    const scienceRow = releaseRows.find((l) => l.startsWith('| acme/open\\-science\\-model'))
    expect(scienceRow).toContain(` | ${science.score} | `)
    // The hostile name is inert text.
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('@octocat')
    expect(out).toContain('&lt;script&gt;')
    expect(out).not.toMatch(/\bhttp:\/\/evil/)
  })

  it('writes CSV with quoted cells and no cell a spreadsheet would run as a formula', async () => {
    const { code, out } = await cli(['merge', ...reportFiles, '--format', 'csv'])
    expect(code).toBe(0)
    const lines = out.split('\r\n')
    expect(lines[0]).toBe(
      'release,score,mof_class,mof_label,next_class,next_class_progress,osaid_conformant,top_missing_disclosure,missing_disclosures,open_washing,unverifiable_claims,partial_scan,report,release_url'
    )
    expect(out).toContain(
      `"'=HYPERLINK(""http://evil.example"")<script>alert(1)</script> @octocat #12"`
    )
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
    // Every record has the header's 14 fields (quoted commas and line breaks included).
    const records = parseCsv(out)
    expect(records).toHaveLength(6)
    expect(records.every((r) => r.length === 14)).toBe(true)
    const hostile = records.find((r) => r[0].startsWith("'=HYPERLINK"))
    expect(hostile?.[12]).toBe('reports/hostile.json')
    // Quotes, commas and the line break survive inside one quoted field.
    expect(hostile?.[7]).toMatch(/ → \+cmd\|" \/C calc"!A0, "quoted"\nnext line$/)
  })

  it('writes one self-contained HTML page that loads nothing and escapes everything', async () => {
    const { code } = await cli([
      'merge',
      ...reportFiles,
      '--format',
      'html',
      '--output',
      'dashboard.html'
    ])
    expect(code).toBe(0)
    const html = readFileSync(join(tmp, 'dashboard.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none';`
    )
    // Nothing is loaded at view time: no external scripts, styles, images, fonts or frames.
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/\bsrc=/i)
    expect(html).not.toMatch(/@import|url\(/i)
    expect(html.match(/<script\b/g)).toHaveLength(1)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(5)
    // Links to each report, relative to the page, and a print stylesheet.
    expect(html).toContain('<a href="reports/open-science-model.json">open-science-model.json</a>')
    expect(html).toContain('@media print')
  })

  it('writes JSON with the rows and totals', async () => {
    const { code, out } = await cli(['merge', ...reportFiles.slice(0, 4), '--format', 'json'])
    expect(code).toBe(0)
    const parsed = JSON.parse(out) as {
      dashboard: string
      rows: { release: string; score: number; reportLink: string }[]
      totals: { releases: number; byClass: Record<string, number> }
    }
    expect(parsed.dashboard).toBe('model-openness')
    expect(parsed.totals.releases).toBe(4)
    expect(Object.values(parsed.totals.byClass).reduce((a, b) => a + b, 0)).toBe(4)
    expect(parsed.rows.map((r) => r.release).sort()).toEqual(
      EXAMPLES.map((n) => `acme/${n}`).sort()
    )
  })

  it('links reports under --link-base in Markdown', async () => {
    const { code, out } = await cli([
      'merge',
      reportFiles[0],
      '--link-base',
      'https://example.org/audit/reports/'
    ])
    expect(code).toBe(0)
    expect(out).toContain(
      '[open\\-science\\-model.json](https://example.org/audit/reports/open-science-model.json)'
    )
    const bad = await cli(['merge', reportFiles[0], '--link-base', 'javascript:alert(1)'])
    expect(bad.code).toBe(2)
  })

  it('refuses anything that is not a report with one line naming the file', async () => {
    writeFileSync(join(tmp, 'other.json'), JSON.stringify({ name: 'package', version: '1.0.0' }))
    writeFileSync(join(tmp, 'broken.json'), '{"schemaVersion": 2,')
    const sarif = await cli([
      'scan',
      join(ROOT, 'examples/open-science-model'),
      '--offline',
      '--format',
      'sarif',
      '--output',
      'x.sarif'
    ])
    expect(sarif.code).toBe(0)
    const cases: [string[], RegExp][] = [
      [
        ['merge', reportFiles[0], 'other.json'],
        /^model-openness: other\.json: not a model-openness JSON report \(schemaVersion: /
      ],
      [
        ['merge', 'broken.json'],
        /^model-openness: broken\.json: not a model-openness JSON report \(not JSON\)\n$/
      ],
      [['merge', 'x.sarif'], /^model-openness: x\.sarif: not a model-openness JSON report/],
      [['merge', 'missing.json'], /^model-openness: missing\.json: cannot read \(ENOENT\)\n$/],
      [['merge', 'reports'], /^model-openness: reports: not a regular file\n$/],
      [['merge'], /^model-openness: merge needs at least one REPORT\.json\n$/],
      [
        ['merge', reportFiles[0], '--format', 'sarif'],
        /^model-openness: --format for merge must be one of markdown, html, csv, json/
      ]
    ]
    for (const [args, message] of cases) {
      const result = await cli(args)
      expect(result.code).toBe(2)
      expect(result.out).toBe('')
      expect(result.err).toMatch(message)
      expect(result.err.split('\n')).toHaveLength(2)
    }
  })
})

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += c
  }
  return records
}
