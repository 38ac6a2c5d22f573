import { detectionContext } from '../../src/detect/context.js'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findOpennessClaims } from '../../src/detect/claims.js'
import {
  isPlaceholderText,
  lineStarts,
  markdownTables,
  sections,
  splitFrontMatter,
  substantiveWords
} from '../../src/detect/markdown.js'
import { makeSnapshot } from '../helpers/snapshot.js'

const numRuns = Number(process.env.FUZZ_RUNS ?? 200)

/** Strings built from the characters and pieces that Markdown, YAML and the claim finder react to. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '---', '\n', '\r\n', '\r', '# ', '## ', '```', '~~~', '> ', '- ', '1. ', '| a | b |', '|---|---|',
        '===', '<!--', '-->', '{{ x }}', '[More Information Needed]', 'license: mit', 'a: &a [1]', '*a',
        '? ', '{', '[', '}', ']', 'open-source', 'open source model', 'we open-source', 'not', 'fully open',
        '[t](https://arxiv.org/abs/2401.02385)', '@misc{k, eprint={2401.02385}}', '\t', ' ', '\u00a0', '\ufeff'
      ) // prettier-ignore
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string({ maxLength: 300 }), markdownish)

function lineCount(text: string): number {
  return lineStarts(text).length
}

describe('Markdown reading never throws and keeps line numbers in range', () => {
  it('splitFrontMatter', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fm = splitFrontMatter(text)
        const lines = lineCount(text)
        expect(text.endsWith(fm.body)).toBe(true)
        expect(fm.bodyStartLine).toBeGreaterThanOrEqual(1)
        expect(fm.bodyStartLine).toBeLessThanOrEqual(lines + 1)
        for (const line of fm.keyLines.values()) {
          expect(line).toBeGreaterThanOrEqual(1)
          expect(line).toBeLessThan(fm.bodyStartLine)
        }
        if (fm.data !== null) expect(typeof fm.data).toBe('object')
        for (const e of fm.errors) expect(typeof e).toBe('string')
      }),
      { numRuns }
    )
  })

  it('sections and tables', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 1000 }), (body, first) => {
        const lines = lineCount(body)
        for (const s of sections(body, first)) {
          expect(s.depth).toBeGreaterThanOrEqual(1)
          expect(s.depth).toBeLessThanOrEqual(6)
          expect(s.line).toBeGreaterThanOrEqual(first)
          expect(s.line).toBeLessThan(first + lines)
          expect(s.contentLine).toBeGreaterThanOrEqual(s.line)
          expect(s.contentLine).toBeLessThan(first + lines)
        }
        for (const t of markdownTables(body, first)) {
          expect(t.line).toBeGreaterThanOrEqual(first)
          expect(t.line).toBeLessThan(first + lines)
        }
      }),
      { numRuns }
    )
  })

  it('placeholder and word counts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const words = substantiveWords(text)
        expect(Number.isInteger(words) && words >= 0).toBe(true)
        expect(isPlaceholderText(text)).toBe(words === 0)
      }),
      { numRuns }
    )
  })

  it('findOpennessClaims', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('README.md', 'docs/a.md', 'package.json'),
        (text, path) => {
          const lines = lineCount(text)
          for (const claim of findOpennessClaims(
            detectionContext(makeSnapshot({ [path]: text }))
          )) {
            expect(claim.path).toBe(path)
            expect(claim.line).toBeGreaterThanOrEqual(1)
            expect(claim.line).toBeLessThanOrEqual(lines)
          }
        }
      ),
      { numRuns }
    )
  })
})
