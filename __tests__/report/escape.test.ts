import { describe, expect, it } from '@jest/globals'
import { codeSpan, escapeText } from '../../src/report/escape.js'

const ZWSP = '\u200b'

describe('escapeText neutralises references before escaping punctuation', () => {
  it('breaks GH-123, which punctuation escaping would otherwise turn into GH\\-123 first', () => {
    for (const text of ['GH-123', 'see gh-7 and GH-42.', 'GH-1']) {
      const escaped = escapeText(text)
      expect(escaped).not.toMatch(/\bGH\\?-\d/i)
      expect(escaped).toMatch(new RegExp(`GH\\\\-${ZWSP}\\d`, 'i'))
    }
    expect(escapeText('GH-123')).toBe(`GH\\-${ZWSP}123`)
  })

  it('still breaks the other references and keeps Markdown escaped', () => {
    expect(escapeText('#12 @octocat owner/repo#5')).toBe(
      `\\#${ZWSP}12 @${ZWSP}octocat owner/repo\\#${ZWSP}5`
    )
    expect(escapeText('https://x.test')).toBe(`https${ZWSP}://x.test`)
    expect(codeSpan('GH-9')).toBe(`<code>GH\\-${ZWSP}9</code>`)
  })
})
