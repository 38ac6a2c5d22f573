import { describe, expect, it } from '@jest/globals'
import { MAX_COMMENT_CHARS, composeCommentBody, trimAtSection } from '../../src/github/comment.js'
import { MAX_EMBEDDED_REPORT_CHARS, parseMarker } from '../../src/github/marker.js'

const SHA = 'c'.repeat(40)
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0

describe('composeCommentBody', () => {
  it('appends the marker to a body that fits, untouched', () => {
    const composed = composeCommentBody({
      body: '## A\n\ntext',
      report: { a: 1 },
      sha: SHA,
      runId: 9
    })
    expect(composed.trimmed).toBe(false)
    expect(composed.reportDropped).toBe(false)
    expect(composed.text.startsWith('## A\n\ntext\n\n<!-- model-openness:v1 ')).toBe(true)
    expect(parseMarker(composed.text)).toEqual({ report: { a: 1 }, sha: SHA, runId: '9' })
  })

  it('keeps a body that is exactly at the limit with its marker', () => {
    const probe = composeCommentBody({ body: '', runId: 1 })
    const body = 'y'.repeat(MAX_COMMENT_CHARS - probe.text.length)
    const composed = composeCommentBody({ body, runId: 1 })
    expect(composed.trimmed).toBe(false)
    expect(composed.text).toHaveLength(MAX_COMMENT_CHARS)
    const over = composeCommentBody({ body: `${body}y`, runId: 1 })
    expect(over.trimmed).toBe(true)
    expect(over.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
  })

  it('trims a long body at a section boundary and points to the job summary', () => {
    const sections = Array.from({ length: 40 }, (_, i) => `## Part ${i}\n\n${'z'.repeat(3_000)}\n`)
    const composed = composeCommentBody({
      body: sections.join('\n'),
      report: { ok: true },
      jobSummaryUrl: 'https://github.com/o/r/actions/runs/1?check_suite_focus=true'
    })
    expect(composed.trimmed).toBe(true)
    expect(composed.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    const visible = composed.text.slice(0, composed.text.indexOf('\n\n---\n\n> [!NOTE]'))
    expect(visible.endsWith('z'.repeat(3_000))).toBe(true)
    expect(composed.text).toContain(
      '[job summary](https://github.com/o/r/actions/runs/1?check_suite_focus=true)'
    )
    expect(parseMarker(composed.text)?.report).toEqual({ ok: true })
  })

  it('keeps the marker intact when a huge report has to be left out', () => {
    const composed = composeCommentBody({
      body: 'x'.repeat(200_000),
      report: { blob: 'r'.repeat(MAX_EMBEDDED_REPORT_CHARS) },
      sha: SHA,
      runId: 3
    })
    expect(composed.reportDropped).toBe(true)
    expect(composed.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(parseMarker(composed.text)).toEqual({ report: undefined, sha: SHA, runId: '3' })
  })

  it('does not link a job summary URL that is not http(s), and escapes parentheses', () => {
    const body = 'x\n'.repeat(40_000)
    const js = composeCommentBody({ body, jobSummaryUrl: 'javascript:alert(1)' })
    expect(js.text).toContain('the full report is in the job summary.')
    expect(js.text).not.toContain('javascript')
    const parens = composeCommentBody({ body, jobSummaryUrl: 'https://e.example/a)(b' })
    expect(parens.text).toContain('[job summary](https://e.example/a%29%28b)')
  })
})

describe('trimAtSection', () => {
  it('returns text that fits unchanged', () => {
    expect(trimAtSection('short', 100)).toBe('short')
  })

  it('prefers the last section boundary over a later line boundary', () => {
    const text = '## One\n\naaaa\n## Two\n\nbbbb\nbbbb\nbbbb'
    expect(trimAtSection(text, text.length - 3)).toBe('## One\n\naaaa')
  })

  it('closes every <details> left open at the cut', () => {
    const text =
      '<details><summary>outer</summary>\n\n<details open>\n\ninner\n\n## Next\n\n' +
      'q'.repeat(500) +
      '\n</details>\n</details>'
    const out = trimAtSection(text, 200)
    expect(out.length).toBeLessThanOrEqual(200)
    expect(out).toContain('inner')
    expect(count(out, /<details[\s>]/g)).toBe(2)
    expect(count(out, /<\/details>/g)).toBe(2)
  })

  it('does not leave a heading dangling before a cut <details>', () => {
    const text = `## Intro\n\nhello\n\n## Evidence\n\n<details>\n\n${'e'.repeat(1_000)}\n\n</details>`
    expect(trimAtSection(text, 100)).toBe('## Intro\n\nhello')
  })

  it('closes an open code fence when it has to cut inside one', () => {
    const text = `Intro\n\n\`\`\`json\n${'{"k": 1}\n'.repeat(200)}\`\`\`\n`
    const out = trimAtSection(text, 300)
    expect(out.length).toBeLessThanOrEqual(300)
    expect(count(out, /^```/gm) % 2).toBe(0)
  })

  it('cuts a single enormous line without splitting a surrogate pair', () => {
    const text = '🤖'.repeat(1_000)
    const out = trimAtSection(text, 101)
    expect(out.length).toBeLessThanOrEqual(101)
    expect(out).toBe('🤖'.repeat(50))
  })

  it('stays within the budget for nested details on one line', () => {
    const text = '<details>'.repeat(30) + 'w'.repeat(5_000)
    const out = trimAtSection(text, 400)
    expect(out.length).toBeLessThanOrEqual(400)
    expect(count(out, /<details>/g)).toBe(count(out, /<\/details>/g))
  })
})
