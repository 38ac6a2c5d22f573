import { beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { Lexer, marked, type Tokens } from 'marked'
import { analyzeRepository } from '../../src/analyze.js'
import {
  classProgress,
  renderHeadline,
  renderMarkdown,
  TABLE_CELL_MAX
} from '../../src/report/markdown.js'
import type { OpennessReport } from '../../src/report/types.js'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')
const LINK_BASE = 'https://github.com/octo/model/blob/0123456789abcdef0123456789abcdef01234567'

async function scan(name: string): Promise<OpennessReport> {
  return (await analyzeRepository(join(EXAMPLES, name), { repository: name })).report
}

const LONG_DIR =
  'src/model_openness_fixture/deeply/nested/package/with/a/very/long/directory/structure/that/keeps/going'

/** A real report whose evidence and licence paths are long, as in large monorepos. */
function withLongPaths(report: OpennessReport): OpennessReport {
  const copy = structuredClone(report)
  for (const [i, c] of copy.components.entries()) {
    c.evidence = c.evidence.map((e, j) => ({
      ...e,
      path: `${LONG_DIR}/component_${i}_evidence_file_with_a_descriptive_but_long_name_${j}.py`
    }))
    if (c.license) {
      c.license = {
        ...c.license,
        name: `${c.license.name} with an unusually long descriptive licence title appended`,
        path: `${LONG_DIR}/LICENSE-${i}.txt`
      }
    }
    c.notes = [
      'Apache-2.0 is open but not the type-appropriate licence for data (MOF recommends one)'
    ]
  }
  copy.mof.progress = { '1': 100 / 3, '2': 200 / 3, '3': 100 }
  return copy
}

/** Text of rendered HTML as a reader sees it: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

function gfm(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

describe('the comment as GitHub-flavoured Markdown renders it', () => {
  let markdown: string
  let tokens: ReturnType<typeof Lexer.lex>
  beforeAll(async () => {
    markdown = renderMarkdown(withLongPaths(await scan('open-weights-community')), {
      linkBase: LINK_BASE
    })
    tokens = Lexer.lex(markdown, { gfm: true })
  })

  it('opens with the verdict line', () => {
    const first = tokens.find((t) => t.type !== 'space') as Tokens.Heading
    expect(first.type).toBe('heading')
    expect(first.text).toMatch(
      /^Model openness: \d+(\.\d)?\/100 · MOF (Class I+|Unclassified) · (not )?Open Source AI \(OSAID 1\.0\)$/
    )
  })

  it('puts the next steps and the class progress before the component table', () => {
    const next = tokens.findIndex((t) => t.type === 'heading' && t.text === 'What to do next')
    const progress = tokens.findIndex(
      (t) => t.type === 'paragraph' && t.raw.startsWith('**MOF progress:**')
    )
    const table = tokens.findIndex((t) => t.type === 'table')
    expect(next).toBeGreaterThan(0)
    expect(progress).toBeGreaterThan(next)
    expect(table).toBeGreaterThan(progress)
    const steps = tokens[next + 2] as Tokens.List
    expect(steps.type).toBe('list')
    expect(steps.items.length).toBeGreaterThan(0)
    for (const item of steps.items) expect(item.raw.trim()).not.toContain('\n')
  })

  it('keeps every cell of the component table within the set width', () => {
    const table = tokens.find((t) => t.type === 'table') as Tokens.Table
    expect(table.header.map((h) => h.text)).toEqual([
      'Component',
      'Class',
      'Status',
      'Licence',
      'Evidence'
    ])
    expect(table.rows).toHaveLength(17)
    let linked = 0
    for (const row of table.rows) {
      for (const cell of row) {
        const text = visibleText(gfm(cell.text)).trim()
        expect({ cell: text, length: text.length <= TABLE_CELL_MAX }).toEqual({
          cell: text,
          length: true
        })
      }
      if (/\]\(https:\/\/github\.com\//.test(row[4].text)) linked++
      // One link per evidence cell at most: the strongest evidence.
      expect((row[4].text.match(/\]\(/g) ?? []).length).toBeLessThanOrEqual(1)
    }
    expect(linked).toBeGreaterThan(0)
  })

  it('shows no literal backslash escapes or stray backticks', () => {
    const text = visibleText(gfm(markdown))
    expect(text).not.toMatch(/\\[`*_[\]()#|<>-]/)
    expect(text).not.toContain('`')
  })

  it('prints no number with more than one decimal', () => {
    const text = visibleText(gfm(markdown))
    expect(text).not.toMatch(/\d\.\d{2,}/)
    expect(markdown).toContain('Class I 33.3%')
  })

  it('says a repeated note once, naming the components it applies to', () => {
    const text = visibleText(gfm(markdown))
    const note = 'is open but not the type-appropriate licence for data'
    expect(text.split(note)).toHaveLength(2)
  })

  it('keeps the full evidence, with full paths, in a folded section', () => {
    const folded = markdown.slice(markdown.indexOf('<summary>Evidence and licences</summary>'))
    expect(folded).toContain(
      `${LONG_DIR}/component_0_evidence_file_with_a_descriptive_but_long_name_0.py`.replace(
        /_/g,
        '\\_'
      )
    )
  })

  it('renders the same body without a repository URL, only without links', async () => {
    const report = withLongPaths(await scan('open-weights-community'))
    const linked = renderMarkdown(report, { linkBase: LINK_BASE })
    const plain = renderMarkdown(report)
    expect(plain).not.toContain('](https://github.com/')
    const strip = (md: string): string => visibleText(gfm(md))
    expect(strip(plain)).toBe(strip(linked))
  })
})

describe('headline', () => {
  const base = {
    score: 62.5,
    mof: { class: 2 as const, label: '', progress: { '1': 0, '2': 100, '3': 100 }, warnings: [] },
    osaid: { conformant: false, requirements: [] }
  } as unknown as Pick<OpennessReport, 'score' | 'mof' | 'osaid'>

  it('states score, class and OSAID verdict on one line', () => {
    expect(renderHeadline(base, 2)).toBe(
      '## Model openness: 62.5/100 · MOF Class II · not Open Source AI (OSAID 1.0)'
    )
  })

  it('adds "partial scan" and "no model release found" when asked', () => {
    expect(renderHeadline(base, 1, { partialScan: true })).toBe(
      '# Model openness: 62.5/100 · MOF Class II · not Open Source AI (OSAID 1.0) · ⚠️ partial scan'
    )
    expect(renderHeadline(base, 2, { noModelRelease: true })).toBe(
      '## Model openness: 62.5/100 · MOF Class II · not Open Source AI (OSAID 1.0) · No model release found: this looks like a code library'
    )
    expect(renderHeadline(base, 2, { partialScan: true, noModelRelease: true })).toMatch(
      / · ⚠️ partial scan · No model release found: this looks like a code library$/
    )
  })

  it('says "partial scan" in line 1 of a report whose scan stopped early', async () => {
    const report = await scan('open-science-model')
    report.inventory.partial = { reason: 'time budget of 1 s reached', remaining: ['a', 'b'] }
    const [first, , caution] = renderMarkdown(report).split('\n')
    expect(first).toMatch(/^## Model openness: .* · ⚠️ partial scan$/)
    expect(caution).toBe('> [!CAUTION]')
    expect(renderMarkdown(report, { noModelRelease: true }).split('\n')[0]).toMatch(
      /partial scan · No model release found: this looks like a code library$/
    )
  })
})

describe('class progress', () => {
  it('counts the open components each class requires', async () => {
    const report = await scan('open-science-model')
    expect(classProgress(report)).toBe(
      '**MOF progress:** Class III 6/6 ✅ · Class II 4/4 ✅ · Class I 4/4 ✅'
    )
    for (const c of report.components) if (c.name !== 'Model card') c.status = 'missing'
    expect(classProgress(report)).toBe(
      '**MOF progress:** Class III 1/6 · Class II 0/4 · Class I 0/4'
    )
  })
})

describe('next steps and licence names', () => {
  it('says which licence a relicense step replaces', async () => {
    const md = renderMarkdown(await scan('open-weights-community'))
    expect(md).toMatch(/^1\. \*\*Relicense\*\* Model architecture → LICENSE \(now .+\)$/m)
  })

  it('shows a licence by its name, or by its SPDX id when the name is too long for the table', async () => {
    const md = renderMarkdown(await scan('open-science-model'))
    expect(md).toContain('| Model card | III | ✅ open | Apache License 2.0 |')
    expect(md).toContain('| Datasets | I | ✅ open | CDLA\\-Permissive\\-2.0 |')
  })
})
