import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { formatInteger } from '../../src/format.js'

describe('formatInteger', () => {
  it('groups digits in threes with commas', () => {
    expect(formatInteger(0)).toBe('0')
    expect(formatInteger(999)).toBe('999')
    expect(formatInteger(1000)).toBe('1,000')
    expect(formatInteger(1234567)).toBe('1,234,567')
    expect(formatInteger(-100000)).toBe('-100,000')
    expect(formatInteger(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991')
  })

  it("writes every number as toLocaleString('en-US') does", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.double()),
        (n) => {
          expect(formatInteger(n)).toBe(n.toLocaleString('en-US'))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
