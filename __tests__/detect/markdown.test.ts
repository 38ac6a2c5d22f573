import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  headingPath,
  isPlaceholderText,
  markdownTables,
  parseYamlSafe,
  sections,
  splitFrontMatter,
  substantiveWords,
  wordOf
} from '../../src/detect/markdown.js'
import { FULL_CARD, TEMPLATE_CARD } from './docs-fixtures.js'

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]'
].join('\n')

describe('splitFrontMatter', () => {
  it('reads the YAML block, the key lines and where the body starts', () => {
    const fm = splitFrontMatter(FULL_CARD)
    expect(fm.present).toBe(true)
    expect(fm.errors).toEqual([])
    expect(fm.data?.license).toBe('apache-2.0')
    expect(fm.data?.datasets).toEqual(['acme/webtext-clean', 'acme/code-mix'])
    expect(fm.keyLines.get('license')).toBe(2)
    expect(fm.keyLines.get('model-index')).toBe(14)
    const lines = FULL_CARD.split('\n')
    expect(lines[fm.bodyStartLine - 1]).toBe('')
    expect(lines[fm.bodyStartLine]).toBe('# Model Card for Acme-7B-Instruct')
    expect(fm.body.startsWith('\n# Model Card for Acme-7B-Instruct')).toBe(true)
  })

  it('follows the Hub rule: leading whitespace allowed, closing --- must end its line', () => {
    expect(splitFrontMatter('\n\n  ---\nlicense: mit\n---\nbody').data).toEqual({ license: 'mit' })
    // `---x` does not close; the next `---` line does.
    const fm = splitFrontMatter('---\na: 1\n---x\nb: 2\n---\nbody')
    expect(fm.errors.length).toBeGreaterThan(0)
    expect(fm.body).toBe('body')
    expect(splitFrontMatter('text first\n---\na: 1\n---\n').present).toBe(false)
    expect(splitFrontMatter('---license: mit\n---\n').present).toBe(false)
  })

  it('treats an empty block as empty data and a lone opening as no front matter', () => {
    const empty = splitFrontMatter('---\n\n---\n# Title\n')
    expect(empty.data).toEqual({})
    expect(empty.body).toBe('# Title\n')
    expect(empty.bodyStartLine).toBe(4)
    // With a single line break there is nothing between the markers: the Hub regex does not match.
    expect(splitFrontMatter('---\n---\n# Title').present).toBe(false)
    const unclosed = splitFrontMatter('---\nlicense: mit\n# Title\n')
    expect(unclosed.present).toBe(false)
    expect(unclosed.body).toBe('---\nlicense: mit\n# Title\n')
  })

  it('handles CRLF line breaks and keeps line numbers right', () => {
    const fm = splitFrontMatter('---\r\nlicense: mit\r\ntags:\r\n- a\r\n---\r\n# Title\r\n')
    expect(fm.data).toEqual({ license: 'mit', tags: ['a'] })
    expect(fm.keyLines.get('tags')).toBe(3)
    expect(fm.bodyStartLine).toBe(6)
    expect(fm.body).toBe('# Title\r\n')
  })

  it('refuses an alias bomb with an error instead of expanding it', () => {
    const fm = splitFrontMatter(`---\n${BOMB}\n---\n# Card\n`)
    expect(fm.present).toBe(true)
    expect(fm.data).toBeNull()
    expect(fm.errors.join(' ')).toMatch(/alias/i)
    expect(fm.body).toBe('# Card\n')
  })

  it('reports YAML errors with a line and refuses non-mappings', () => {
    const broken = splitFrontMatter('---\nlicense: [mit\n---\nbody')
    expect(broken.data).toBeNull()
    expect(broken.errors[0]).toMatch(/front matter line \d+/)
    const list = splitFrontMatter('---\n- a\n- b\n---\nbody')
    expect(list.data).toBeNull()
    expect(list.errors).toEqual(['front matter is not a mapping'])
  })

  it('takes the last of duplicate keys, as PyYAML does, and keeps __proto__ an own key', () => {
    const fm = splitFrontMatter('---\nlicense: mit\nlicense: apache-2.0\n__proto__: {x: 1}\n---\n')
    expect(fm.data?.license).toBe('apache-2.0')
    expect(Object.getPrototypeOf(fm.data)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('refuses shapes that make the YAML parser slow, before parsing', () => {
    for (const src of [
      '{'.repeat(5000),
      '? '.repeat(400),
      '}'.repeat(5000),
      ' '.repeat(300) + 'a: 1'
    ])
      expect(parseYamlSafe(src).errors[0]).toMatch(/too deeply|unbalanced/)
    expect(parseYamlSafe('x'.repeat(300 * 1024)).errors[0]).toMatch(/larger than/)
  })
})

describe('sections', () => {
  it('finds headings with lines, depths and plain titles, not headings inside code', () => {
    const fm = splitFrontMatter(FULL_CARD)
    const all = sections(fm.body, fm.bodyStartLine)
    const lines = FULL_CARD.split('\n')
    for (const s of all) expect(lines[s.line - 1]).toMatch(/^#+ /)
    const details = all.find((s) => s.title === 'Model Details')
    expect(details?.depth).toBe(2)
    expect(lines[(details?.line ?? 0) - 1]).toBe('## Model Details')
    // Content runs to the next heading of the same level and includes subsections.
    expect(details?.content).toContain('### Model Description')
    expect(details?.content).not.toContain('## Uses')
    expect(all.some((s) => s.title.startsWith('@misc'))).toBe(false)
  })

  it('counts lines the same for CRLF input and recognises setext headings', () => {
    const body =
      'Intro\r\n\r\nTitle\r\n=====\r\n\r\n```\r\n# not a heading\r\n```\r\n## **Uses** [[uses]]\r\ntext\r\n'
    const all = sections(body, 10)
    expect(all.map((s) => [s.title, s.depth, s.line])).toEqual([
      ['Title', 1, 12],
      ['Uses', 2, 18]
    ])
    expect(all[1].content).toBe('text\n')
    expect(all[1].contentLine).toBe(19)
  })

  it('never takes front matter for a setext heading once it is split off', () => {
    const fm = splitFrontMatter('---\nlicense: mit\n---\n# Card\n')
    expect(sections(fm.body, fm.bodyStartLine).map((s) => s.title)).toEqual(['Card'])
  })

  it('falls back to a line scanner for deeply nested input', () => {
    const body = `${'> '.repeat(3000)}deep\n\n## Evaluation\n\nscores\n`
    const all = sections(body)
    expect(all.map((s) => [s.title, s.line])).toEqual([['Evaluation', 3]])
  })

  it('gives the enclosing headings of a line', () => {
    const all = sections('# A\n## B\ntext\n## C\n')
    expect(headingPath(all, 3)).toEqual(['B', 'A'])
  })
})

describe('markdownTables', () => {
  it('reads header, rows and the header line', () => {
    const tables = markdownTables('intro\n\n| a | b |\n|---|---|\n| **1.5** | 2 |\n', 7)
    expect(tables).toEqual([{ line: 9, header: ['a', 'b'], rows: [['1.5', '2']] }])
  })
})

describe('isPlaceholderText and substantiveWords', () => {
  it('sees an unfilled template section as a placeholder', () => {
    expect(isPlaceholderText('<!-- Provide a summary. -->\n\n[More Information Needed]\n')).toBe(
      true
    )
    expect(
      isPlaceholderText(
        '- **Developed by:** [More Information Needed]\n- **License:** {{ license }}'
      )
    ).toBe(true)
    expect(
      isPlaceholderText('### Training Data\n\nTODO: describe the data\n\n### Procedure\n\nTBD')
    ).toBe(true)
    expect(isPlaceholderText('Coming soon!')).toBe(true)
    expect(
      isPlaceholderText('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.')
    ).toBe(true)
    expect(isPlaceholderText('   \n\n')).toBe(true)
    expect(
      isPlaceholderText(
        'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.'
      )
    ).toBe(true)
  })

  it('sees real content as content', () => {
    expect(isPlaceholderText('- **Developed by:** Acme Research Lab')).toBe(false)
    expect(isPlaceholderText('Trained on English Wikipedia.')).toBe(false)
    expect(isPlaceholderText('```python\nmodel.generate()\n```')).toBe(false)
  })

  it('counts only words of prose', () => {
    expect(
      substantiveWords('## Heading\n\nThe model answers questions. [More Information Needed]')
    ).toBe(4)
    expect(substantiveWords('[Docs](https://example.com/x) and **bold** text')).toBe(4)
  })

  it('takes the same word from a plain ASCII token as the Unicode rules do', () => {
    // The rules a token goes through when it is not plain ASCII letters and digits.
    const byUnicodeRules = (token: string): string | null => {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      return /[\p{L}\p{N}]/u.test(word) ? word : null
    }
    const token = fc.oneof(
      fc.stringMatching(/^[a-z0-9_.,()*-]{0,12}$/),
      fc.string({ maxLength: 12, unit: 'grapheme' })
    )
    fc.assert(fc.property(token, (t) => expect(wordOf(t)).toBe(byUnicodeRules(t))))
    expect(wordOf('model')).toBe('model')
    expect(wordOf('(model),')).toBe('model')
    expect(wordOf('—')).toBeNull()
    expect(wordOf('modèle')).toBe('modèle')
  })

  it('finds no content in the whole unfilled template body', () => {
    const fm = splitFrontMatter(TEMPLATE_CARD)
    expect(substantiveWords(fm.body)).toBe(0)
    for (const s of sections(fm.body, fm.bodyStartLine))
      expect(isPlaceholderText(s.content)).toBe(true)
  })
})
