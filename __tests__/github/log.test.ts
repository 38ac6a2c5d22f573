import * as core from '@actions/core'
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { escapeLogText, logInfo } from '../../src/github/log.js'

const runs = Number(process.env.FUZZ_RUNS ?? 500)

/** Text built from the characters that make up workflow commands, plus anything else. */
const hostileText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ':',
      ':',
      '\n',
      '\r',
      '%',
      '#',
      '#',
      '[',
      ']',
      ' ',
      '\t',
      'a',
      '=',
      ',',
      '\u2028'
    ),
    maxLength: 40
  }),
  fc
    .array(
      fc.constantFrom(
        '::error title=Forged::x',
        '::add-mask::Model',
        '::stop-commands::halt',
        '::warning::',
        '##[error]',
        '%0A',
        '\r\n',
        '\n',
        ' '
      ),
      { maxLength: 6 }
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 })
)

/** Everything written to stdout while `action` runs. */
function captureStdout(action: () => void): string {
  let out = ''
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      return true
    })
  try {
    action()
  } finally {
    spy.mockRestore()
  }
  return out
}

/** The runner splits on line breaks and trims each line before looking for `::`. */
const commandLines = (out: string): string[] =>
  out.split(/\r\n|\r|\n/).filter((line) => line.trim().startsWith('::'))

afterEach(() => {
  jest.restoreAllMocks()
})

describe('log lines carrying repository text', () => {
  it('never start a workflow command, whatever the file name and card text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (name, cardText) => {
        const out = captureStdout(() => {
          logInfo(`Skipped ${name}: ${cardText}`)
          logInfo(name)
          logInfo(cardText)
          // Annotations carry repository text too; the toolkit escapes their data and properties.
          core.warning(cardText, { title: name, file: name })
        })
        const commands = commandLines(out)
        expect(commands).toHaveLength(1)
        expect(commands[0]).toMatch(/^::warning( [^\r\n]*)?::/)
        // A line that is not a `::` command is also read for the legacy `##[` form, anywhere in it.
        const plain = out.split(/\r\n|\r|\n/).filter((line) => !line.trim().startsWith('::'))
        expect(plain.filter((line) => line.includes('##['))).toEqual([])
      }),
      { numRuns: runs }
    )
  })

  it('are one line each, decodable by the toolkit rules', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeLogText(text)
        expect(escaped).not.toMatch(/[\r\n]/)
        const decoded = escaped
          .replace(/^(\s*)%3A/, '$1:')
          .replace(/##%5B/g, '##[')
          .replace(/%0A/g, '\n')
          .replace(/%0D/g, '\r')
          .replace(/%25/g, '%')
        expect(decoded).toBe(text)
      }),
      { numRuns: runs }
    )
  })

  it('shows a newline name as one inert line', () => {
    expect(escapeLogText('evil\n::error title=Forged::pwned')).toBe(
      'evil%0A::error title=Forged::pwned'
    )
    expect(escapeLogText('  ::add-mask::secret')).toBe('  %3A:add-mask::secret')
    expect(escapeLogText('a ##[error]b')).toBe('a ##%5Berror]b')
  })
})
