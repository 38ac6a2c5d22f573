import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { matchLines } from '../../src/util/paths.js'

/** What matchLines gives, worked out line by line with a fresh regex per line. */
function byLine(text: string, pattern: RegExp, limit: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = []
  text.split('\n').forEach((lineText, i) => {
    const re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')
    const count = [...lineText.matchAll(re)].length
    for (let k = 0; k < count && out.length < limit; k++)
      out.push({ line: i + 1, text: lineText.trim().slice(0, 200) })
  })
  return out
}

describe('matchLines', () => {
  it('starts from the top on every call, whatever an earlier call with the pattern left', () => {
    const pattern = /train\w*/
    const text = 'a\ntrain()\nb\ntrainer.fit()\n'
    expect(matchLines(text, pattern, 1).map((m) => m.line)).toEqual([2])
    // The first call stopped after one match; the next starts again at the first line.
    expect(matchLines('train\n', pattern, 5).map((m) => m.line)).toEqual([1])
    expect(matchLines(text, pattern).map((m) => [m.line, m.match[0]])).toEqual([
      [2, 'train'],
      [4, 'trainer']
    ])
  })

  it('leaves the caller’s global pattern alone', () => {
    const pattern = /x/g
    pattern.lastIndex = 3
    expect(matchLines('x\nx', pattern)).toHaveLength(2)
    expect(pattern.lastIndex).toBe(3)
  })

  it('finds what a line-by-line search finds, in order, up to the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'b', 'a b a', '', 'cab', 'x'), { maxLength: 12 }),
        fc.constantFrom(/ab?/, /b/i, /\ba\b/),
        fc.integer({ min: 1, max: 6 }),
        (lines, pattern, limit) => {
          const text = lines.join('\n')
          const got = matchLines(text, pattern, limit).map((m) => ({ line: m.line, text: m.text }))
          expect(got).toEqual(byLine(text, pattern, limit))
        }
      ),
      { numRuns: 300 }
    )
  })
})
