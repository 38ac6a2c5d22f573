import { describe, expect, it } from '@jest/globals'
import { COMPONENT_NAMES } from '../../src/model/components.js'
import { encodeReport } from '../../src/github/marker.js'
import {
  baseFromPreviousReport,
  compareReports,
  embedReport,
  parseEmbeddedReport,
  parseReportSummary,
  renderChanges,
  summarizeReport,
  type ReportSummary
} from '../../src/report/changes.js'
import type { OpennessReport } from '../../src/report/types.js'

type Status = 'open' | 'restricted' | 'unlicensed' | 'missing'

function summary(
  overrides: Partial<ReportSummary> = {},
  statuses: Partial<Record<string, Status>> = {}
): ReportSummary {
  return {
    v: 1,
    score: 100,
    mofClass: 1,
    osaid: true,
    components: Object.fromEntries(COMPONENT_NAMES.map((n) => [n, statuses[n] ?? 'open'])),
    missing: [],
    ...overrides
  }
}

describe('summarizeReport', () => {
  it('keeps score, class, verdict, statuses and the missing components', () => {
    const report = {
      score: 91,
      mof: { class: 0 },
      osaid: { conformant: false },
      components: [
        { name: 'Model card', status: 'open' },
        { name: 'Data card', status: 'missing' }
      ],
      missingDisclosures: [{ component: 'Data card' }]
    } as unknown as OpennessReport
    expect(summarizeReport(report)).toEqual({
      v: 1,
      score: 91,
      mofClass: 0,
      osaid: false,
      components: { 'Model card': 'open', 'Data card': 'missing' },
      missing: ['Data card']
    })
  })

  it('always passes its own schema: missing names are unique and capped', () => {
    const report = {
      score: 0,
      mof: { class: 0 },
      osaid: { conformant: false },
      components: [],
      missingDisclosures: [
        ...Array.from({ length: 60 }, (_, i) => ({ component: `C${i}` })),
        { component: 'C1' }
      ]
    } as unknown as OpennessReport
    const result = summarizeReport(report)
    expect(result.missing).toHaveLength(40)
    expect(new Set(result.missing).size).toBe(40)
    expect(parseReportSummary(result)).toEqual(result)
  })
})

describe('compareReports', () => {
  it('no change', () => {
    const changes = compareReports(summary(), summary(), 'git')
    expect(changes).toMatchObject({ gained: [], lost: [], newMissing: [], regression: false })
    expect(renderChanges(changes)).toBe(
      [
        '### What this PR changes',
        '',
        'Compared with the base commit: score 100 → **100** (±0).',
        '- No change in openness.'
      ].join('\n')
    )
  })

  it('a lost data card lowers the class and is a regression', () => {
    const head = summary(
      { score: 91, mofClass: 0, osaid: false, missing: ['Data card'] },
      { 'Data card': 'missing' }
    )
    const changes = compareReports(summary(), head, 'git')
    expect(changes).toMatchObject({
      scoreFrom: 100,
      scoreTo: 91,
      mofFrom: 1,
      mofTo: 0,
      lost: [{ name: 'Data card', from: 'open', to: 'missing' }],
      gained: [],
      newMissing: ['Data card'],
      regression: true
    })
    const text = renderChanges(changes)
    expect(text).toContain('score 100 → **91** (−9)')
    expect(text).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
    expect(text).toContain('- OSAID 1.0: **no longer conformant**')
    expect(text).toContain('- ❌ Data card: open → **missing**')
    expect(text).toContain('- New missing disclosures: Data card')
    expect(text).toContain('> This PR lowers the openness of the release.')
  })

  it('gaining openness is not a regression and says so', () => {
    const base = summary({ score: 60, mofClass: 3, osaid: false }, { Datasets: 'restricted' })
    const changes = compareReports(base, summary(), 'previous-comment')
    expect(changes).toMatchObject({
      gained: [{ name: 'Datasets', from: 'restricted', to: 'open' }],
      regression: false
    })
    const text = renderChanges(changes)
    expect(text).toContain('Compared with the previous report on this PR: score 60 → **100** (+40)')
    expect(text).toContain('- MOF class ⬆️ raised: Class III → **Class I**')
    expect(text).toContain('- OSAID 1.0: now conformant')
    expect(text).not.toContain('CAUTION')
  })

  it('each kind of drop is a regression on its own', () => {
    const base = summary()
    expect(compareReports(base, summary({ score: 99 }), 'git').regression).toBe(true)
    expect(compareReports(base, summary({ mofClass: 2 }), 'git').regression).toBe(true)
    expect(compareReports(base, summary({ osaid: false }), 'git').regression).toBe(true)
    expect(
      compareReports(base, summary({}, { 'Model card': 'restricted' }), 'git').regression
    ).toBe(true)
    // Moving between two non-open states is listed, but openness was not lost.
    const restricted = summary({}, { 'Model card': 'restricted' })
    const unlicensed = summary({}, { 'Model card': 'unlicensed' })
    const changes = compareReports(restricted, unlicensed, 'git')
    expect(changes.lost).toEqual([{ name: 'Model card', from: 'restricted', to: 'unlicensed' }])
    expect(changes.regression).toBe(false)
  })

  it('ignores names that are not MOF components in untrusted summaries', () => {
    const head = summary({ missing: ['Model card', 'Something else'] })
    expect(compareReports(summary(), head, 'previous-comment').newMissing).toEqual(['Model card'])
  })
})

describe('the report embedded in the comment', () => {
  const head = summary({ score: 91, mofClass: 0 }, { 'Data card': 'missing' })
  const base = summary()

  it('carries the base it was compared with, and fits the marker', () => {
    const embedded = embedReport(head, { summary: base, source: 'git' })
    expect(parseEmbeddedReport(JSON.parse(JSON.stringify(embedded)))).toEqual({
      ...head,
      base,
      baseSource: 'git'
    })
    expect(embedReport(head, null)).toEqual(head)
    expect(encodeReport(embedded)).toBeDefined()
  })

  it.each([
    ['a score over 100', { ...head, score: 101 }],
    ['an unknown class', { ...head, mofClass: 4 }],
    ['an unknown status', { ...head, components: { 'Model card': 'great' } }],
    ['too many missing', { ...head, missing: Array(41).fill('Model card') }],
    ['another version', { ...head, v: 2 }],
    ['a bad base', { ...head, base: { ...base, score: -1 } }],
    ['not an object', 'report']
  ])('rejects %s', (_what, value) => {
    expect(parseEmbeddedReport(value)).toBeNull()
  })

  it('a report of an earlier commit is the base', () => {
    const previous = parseEmbeddedReport(embedReport(base, { summary: head, source: 'git' }))
    expect(baseFromPreviousReport(previous, 'a'.repeat(40), 'b'.repeat(40))).toEqual({
      summary: base,
      source: 'previous-comment'
    })
  })

  it('a report of the same commit (a re-run) hands on the base that run used', () => {
    const previous = parseEmbeddedReport(
      embedReport(head, { summary: base, source: 'previous-comment' })
    )
    expect(baseFromPreviousReport(previous, 'A'.repeat(40), 'a'.repeat(40))).toEqual({
      summary: base,
      source: 'previous-comment'
    })
    const withoutBase = parseEmbeddedReport(embedReport(head, null))
    expect(baseFromPreviousReport(withoutBase, 'a'.repeat(40), 'a'.repeat(40))).toBeNull()
  })

  it('no previous report, no base', () => {
    expect(baseFromPreviousReport(null, undefined, 'a'.repeat(40))).toBeNull()
  })
})
