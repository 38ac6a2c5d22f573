import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { join } from 'node:path'
import { analyzeRepository } from '../../src/analyze.js'
import { COMPONENT_NAMES } from '../../src/model/components.js'
import { computeScore } from '../../src/frameworks/score.js'
import type { ComponentStatus } from '../../src/model/licenses.js'
import { codeSpan, escapeText } from '../../src/report/escape.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { OpennessReport } from '../../src/report/types.js'

const runs = Number(process.env.FUZZ_RUNS ?? 200)
const timeout = Math.max(60_000, runs * 5)
const STATUSES: ComponentStatus[] = ['missing', 'unlicensed', 'restricted', 'open']
const statusArb = fc.constantFrom(...STATUSES)
const statusesArb = fc.array(statusArb, { minLength: 17, maxLength: 17 })

function components(statuses: ComponentStatus[]) {
  return COMPONENT_NAMES.map((name, i) => ({ name, status: statuses[i] }))
}

describe('openness score', () => {
  it(
    'is deterministic and independent of component order',
    () => {
      fc.assert(
        fc.property(statusesArb, fc.nat(), (statuses, seed) => {
          const list = components(statuses)
          const shuffled = [...list].sort(
            (a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7)
          )
          expect(computeScore(list)).toEqual(computeScore(list))
          expect(computeScore(shuffled).score).toBe(computeScore(list).score)
        }),
        { numRuns: runs }
      )
    },
    timeout
  )

  it(
    'is monotone: opening or adding a component never lowers it, and it stays within 0–100',
    () => {
      fc.assert(
        fc.property(
          statusesArb,
          fc.integer({ min: 0, max: 16 }),
          statusArb,
          (statuses, index, raised) => {
            const before = computeScore(components(statuses)).score
            if (STATUSES.indexOf(raised) < STATUSES.indexOf(statuses[index])) return
            const next = [...statuses]
            next[index] = raised
            const after = computeScore(components(next)).score
            expect(after).toBeGreaterThanOrEqual(before)
            expect(before).toBeGreaterThanOrEqual(0)
            expect(after).toBeLessThanOrEqual(100)
          }
        ),
        { numRuns: runs }
      )
    },
    timeout
  )

  it('sums its lines: every point traces to a component', () => {
    const score = computeScore(components(STATUSES.flatMap((s) => [s, s, s, s, s]).slice(0, 17)))
    expect(score.lines).toHaveLength(17)
    expect(score.score).toBe(Math.round(score.lines.reduce((sum, l) => sum + l.points, 0)))
    expect(computeScore(components(Array(17).fill('open'))).score).toBe(100)
    expect(computeScore(components(Array(17).fill('missing'))).score).toBe(0)
  })
})

const NASTY = [
  '<img src=x onerror=alert(1)>',
  '@org/team',
  '@octocat',
  '&#64;octocat',
  '#123',
  'owner/repo#5',
  'a|b',
  '`code` with ``ticks``',
  '</details><details open>',
  '<!-- model-openness:v1 report=abc -->',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  'line\nbreak\r\n| injected | row |',
  'https://evil.example/',
  '**bold** _it_ ~~s~~',
  '\\|',
  '\u0000\u0007\u202e'
]
const hostile = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 })
)

const ALLOWED_TAGS = /<\/?(details|summary|sub|code)( open)?>|<br>/g

/** Code spans show their text literally (GFM does not parse HTML inside them). */
function withoutCodeSpans(md: string): string {
  return md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

function assertSafe(md: string): void {
  const withoutTags = withoutCodeSpans(md).replace(ALLOWED_TAGS, '')
  expect(withoutTags).not.toMatch(/<[a-zA-Z/!?]/)
  expect(md).not.toMatch(/@[\w-]/)
  expect(md).not.toMatch(/(^|[^\w&/\]`#L])#\d/m)
  expect(withoutCodeSpans(md)).not.toMatch(/\]\((?!https?:\/\/)/)
  const opens = (md.match(/<details( open)?>/g) ?? []).length
  expect((md.match(/<\/details>/g) ?? []).length).toBe(opens)
  for (const line of md.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| ---')) continue
    const cells = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2
    expect([4, 5]).toContain(cells)
  }
}

describe('escaping of repository-derived strings', () => {
  let base: OpennessReport
  beforeAll(async () => {
    base = (
      await analyzeRepository(
        join(import.meta.dirname, '..', '..', 'examples', 'open-weights-community'),
        { repository: 'x' }
      )
    ).report
  })

  it(
    'holds for arbitrary file names, licence names, claims and skipped items in the rendered report',
    () => {
      fc.assert(
        fc.property(hostile, hostile, hostile, hostile, (name, licence, claim, detail) => {
          const report: OpennessReport = structuredClone(base)
          report.repository = name
          report.components[1].evidence[0] = {
            path: name,
            line: 3,
            kind: 'file',
            detail,
            url: name
          }
          if (report.components[1].license)
            report.components[1].license = {
              ...report.components[1].license,
              name: licence,
              spdx: licence,
              path: name
            }
          report.components[0].notes = [detail]
          report.openWashing = [
            {
              path: name,
              line: 1,
              phrase: claim,
              excerpt: claim,
              verdict: 'not-borne-out',
              problem: detail,
              suggestion: licence
            }
          ]
          report.inventory.skipped = [{ path: name, reason: 'symlink', detail }]
          report.warnings = [claim]
          report.missingDisclosures[0] = {
            ...report.missingDisclosures[0],
            file: name,
            what: detail
          }
          assertSafe(renderMarkdown(report, { linkBase: 'https://github.com/o/r/blob/abc' }))
        }),
        { numRuns: runs }
      )
    },
    timeout
  )

  it(
    'escapeText and codeSpan never let HTML, mentions, references or cell breaks through',
    () => {
      fc.assert(
        fc.property(hostile, (s) => {
          for (const out of [escapeText(s), codeSpan(s)]) {
            expect(out).not.toMatch(/[\n\r]/)
            expect(out.replace(/\\\|/g, '')).not.toContain('|')
            expect(out).not.toMatch(/@[\w-]/)
          }
          expect(escapeText(s)).not.toMatch(/<|>/)
        }),
        { numRuns: runs }
      )
    },
    timeout
  )
})
