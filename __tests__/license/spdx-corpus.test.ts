import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bigramCode, licenseIndex } from '../../src/license/license-index.js'
import {
  CORPUS_LICENSE_IDS,
  corpusLicense,
  corpusWords,
  licenseWords,
  SPDX_LICENSE_IDS,
  spdxIdIgnoringCase,
  wordBigrams
} from '../../src/license/spdx-corpus.js'

describe('licence corpus', () => {
  it('holds the curated set, each a real SPDX id with its text', () => {
    expect(CORPUS_LICENSE_IDS.length).toBeGreaterThanOrEqual(55)
    for (const id of CORPUS_LICENSE_IDS) {
      expect(SPDX_LICENSE_IDS.has(id)).toBe(true)
      expect(corpusLicense(id)?.text.length).toBeGreaterThan(300)
    }
    expect(CORPUS_LICENSE_IDS).toEqual(
      expect.arrayContaining(['OpenMDW-1.0', 'CDLA-Permissive-2.0', 'PSF-2.0'])
    )
    expect(corpusLicense('Llama-2')).toBeUndefined()
  })

  it('loads the bigram index once, with a head for texts that have END OF TERMS', () => {
    const index = licenseIndex()
    expect(licenseIndex()).toBe(index)
    expect(index.templates.map((t) => t.id)).toEqual(CORPUS_LICENSE_IDS)
    const apache = index.templates.find((t) => t.id === 'Apache-2.0')
    expect(apache?.head?.length).toBeLessThan(apache?.size ?? 0)
    expect(index.templates.find((t) => t.id === 'MIT')?.head).toBeNull()
  })

  it('keeps only the LGPL part of the LGPL-3.0 text', () => {
    const index = licenseIndex()
    const lgpl = index.templates.findIndex((t) => t.id === 'LGPL-3.0-only')
    expect(index.templates[lgpl].full).toContain(bigramCode(index, 'gnu', 'lesser'))
    expect(index.templates[lgpl].size).toBeLessThan(1500)
    expect(corpusWords('LGPL-3.0-only').join(' ')).not.toContain('version 3 29 june 2007 copyright')
  })

  it('finds SPDX ids ignoring case', () => {
    expect(spdxIdIgnoringCase('apache-2.0')).toBe('Apache-2.0')
    expect(spdxIdIgnoringCase('CDLA-PERMISSIVE-2.0')).toBe('CDLA-Permissive-2.0')
    expect(spdxIdIgnoringCase('apache 2.0')).toBeUndefined()
  })
})

describe('licenseWords (SPDX matching guidelines)', () => {
  it('lower-cases and drops punctuation, quotes and dashes', () => {
    expect(licenseWords('THE SOFTWARE IS PROVIDED \u201cAS IS\u201d \u2014 without warranty.')).toEqual([
      'the', 'software', 'is', 'provided', 'as', 'is', 'without', 'warranty'
    ]) // prettier-ignore
  })

  it('drops lines that start with a copyright notice but keeps clauses about notices', () => {
    const text =
      'Copyright (c) 2024 Foo\n\u00a9 2023 Bar\n(c) 2022 Baz\nAll rights reserved.\nThe above\ncopyright notice shall be included.\nCopyright holders are not liable.'
    expect(licenseWords(text).join(' ')).toBe(
      'the above copyright notice shall be included copyright holders are not liable'
    )
  })

  it('drops list numbering and bullets', () => {
    expect(licenseWords('1. Definitions.\n(a) You must\n  iv) and\n* bullet\n2.1 Grant')).toEqual([
      'definitions', 'you', 'must', 'and', 'bullet', 'grant'
    ]) // prettier-ignore
  })

  it('treats http and https, and British and American spellings, as equal', () => {
    expect(licenseWords('see https://www.example.org/licence')).toEqual(
      licenseWords('see http://example.org/license')
    )
    expect(licenseWords('the licensor authorised the sub-licence, non-commercial')).toEqual([
      'the', 'licensor', 'authorized', 'the', 'sublicense', 'noncommercial'
    ]) // prettier-ignore
    expect(licenseWords('copyright owner')).toEqual(['copyright', 'holder'])
  })

  it('strips comment leaders of licences pasted into source files', () => {
    expect(licenseWords('# Permission is\n// hereby granted\n * free')).toEqual([
      'permission', 'is', 'hereby', 'granted', 'free'
    ]) // prettier-ignore
  })

  it('keeps words that name Object properties as plain words', () => {
    expect(licenseWords('constructor hasOwnProperty __proto__')).toEqual([
      'constructor',
      'hasownproperty',
      'proto'
    ])
  })

  it('splits ASCII text into the same words as the Unicode letter and digit classes do', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 30 }),
      fc.constantFrom('Copyright 2024', '(c) 2020', '1.', ' iv) ', 'sub-', 'non', 'per cent', '\n')
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const ascii = pieces.join(' ')
        // A last line with a non-ASCII letter takes the Unicode path and adds that one word.
        expect(licenseWords(`${ascii}\n\u00e9`)).toEqual([...licenseWords(ascii), '\u00e9'])
      }),
      { numRuns: 300 }
    )
  })

  it('caps the words it returns', () => {
    expect(licenseWords('word '.repeat(100_000)).length).toBeLessThanOrEqual(60_000)
  })

  it('makes word bigrams', () => {
    expect([...wordBigrams(['a', 'b', 'c', 'a', 'b'])]).toEqual(['a b', 'b c', 'c a'])
    expect(wordBigrams(['a']).size).toBe(0)
  })
})
