import { describe, expect, it } from '@jest/globals'
import {
  MARKER_PREFIX,
  MAX_EMBEDDED_REPORT_CHARS,
  encodeReport,
  parseMarker,
  renderMarker
} from '../../src/github/marker.js'

const SHA = 'abcdef0123456789abcdef0123456789abcdef01'

describe('renderMarker / parseMarker', () => {
  it('round-trips the report, head sha and run id', () => {
    const report = {
      score: 57.5,
      mofClass: null,
      missing: ['Training dataset', 'Data card'],
      text: 'ünïcødé 🤖 <b> --> & "quotes"'
    }
    const marker = renderMarker({ report, sha: SHA, runId: 123456789012 })
    expect(marker.startsWith(`${MARKER_PREFIX} sha=${SHA} run=123456789012 report=`)).toBe(true)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(parseMarker(`# Title\n\nbody\n\n${marker}\n`)).toEqual({
      report,
      sha: SHA,
      runId: '123456789012'
    })
  })

  it('is one line that cannot end the HTML comment early, whatever the report holds', () => {
    const marker = renderMarker({ report: { evil: '--> <!-- --!> \n\n' } })
    expect(marker).not.toContain('\n')
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(marker).not.toContain('--!>')
  })

  it('renders a bare marker when there is no report', () => {
    expect(renderMarker({})).toBe(`${MARKER_PREFIX} -->`)
    expect(parseMarker(renderMarker({}))).toEqual({ report: undefined })
  })

  it('leaves out a report over the size cap, and one that cannot be serialised', () => {
    const big = { blob: 'x'.repeat(MAX_EMBEDDED_REPORT_CHARS) }
    expect(encodeReport(big)).toBeUndefined()
    expect(renderMarker({ report: big, runId: 5 })).toBe(`${MARKER_PREFIX} run=5 -->`)

    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(encodeReport(cyclic)).toBeUndefined()
    expect(encodeReport(10n)).toBeUndefined()
    expect(encodeReport(() => 1)).toBeUndefined()

    const justUnder = { blob: 'x'.repeat(Math.floor((MAX_EMBEDDED_REPORT_CHARS * 3) / 4) - 20) }
    const encoded = encodeReport(justUnder)
    expect(encoded).toBeDefined()
    expect(encoded!.length).toBeLessThanOrEqual(MAX_EMBEDDED_REPORT_CHARS)
  })

  it('drops a malformed sha or run id instead of embedding it', () => {
    const marker = renderMarker({ sha: 'not a sha -->', runId: '12 run=1' })
    expect(marker).toBe(`${MARKER_PREFIX} -->`)
  })

  it('reads the last marker, which is the one appended by the action', () => {
    const forged = renderMarker({ report: { score: 100 }, runId: 1 })
    const ours = renderMarker({ report: { score: 10 }, runId: 2 })
    expect(parseMarker(`${forged}\n\ntext\n\n${ours}`)).toEqual({
      report: { score: 10 },
      runId: '2'
    })
  })
})

describe('parseMarker on garbage', () => {
  const report = (payload: string) => `${MARKER_PREFIX} report=${payload} -->`

  it.each([
    ['a non-string', 42],
    ['null', null],
    ['an empty body', ''],
    ['a body without a marker', '## Report\n\n<!-- something else -->'],
    ['an unterminated marker', `${MARKER_PREFIX} report=e30`],
    ['a different version', '<!-- model-openness:v10 report=e30 -->'],
    ['a prefix glued to text', `${MARKER_PREFIX}report=e30 -->`],
    [
      'an over-long marker',
      `${MARKER_PREFIX} report=${'A'.repeat(MAX_EMBEDDED_REPORT_CHARS + 500)} -->`
    ]
  ])('returns null for %s', (_name, body) => {
    expect(parseMarker(body)).toBeNull()
  })

  it.each([
    ['invalid base64url characters', report('e30+/=')],
    ['base64url that is not JSON', report(Buffer.from('{not json').toString('base64url'))],
    [
      'base64url of binary junk',
      report(Buffer.from([0xff, 0xfe, 0x00, 0x80]).toString('base64url'))
    ],
    ['an empty report', report('')]
  ])('gives report: undefined for %s', (_name, body) => {
    expect(parseMarker(body)).toEqual({ report: undefined })
  })

  it('ignores unknown fields and invalid sha or run values', () => {
    const body = `${MARKER_PREFIX} sha=xyz run=-1 junk == =x foo=bar report=${Buffer.from('[1]').toString('base64url')} -->`
    expect(parseMarker(body)).toEqual({ report: [1] })
  })

  it('keeps a __proto__ key as plain data', () => {
    const encoded = Buffer.from('{"__proto__":{"polluted":true}}').toString('base64url')
    const parsed = parseMarker(report(encoded))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(parsed!.report)).toBe(Object.prototype)
  })

  it('never throws on random bytes around marker fragments', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pieces = [
      MARKER_PREFIX,
      ' -->',
      ' report=',
      ' sha=',
      ' run=',
      'e30',
      '\n',
      '-',
      '\u0000',
      '🤖'
    ]
    for (let i = 0; i < 2_000; i++) {
      let body = ''
      const parts = Math.floor(random() * 8)
      for (let j = 0; j < parts; j++) {
        body +=
          random() < 0.6
            ? pieces[Math.floor(random() * pieces.length)]
            : String.fromCharCode(Math.floor(random() * 0xffff))
      }
      expect(() => parseMarker(body)).not.toThrow()
    }
  })
})
