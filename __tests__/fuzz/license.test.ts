import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { isOpenLicense, isOsiApproved, isTypeAppropriate } from '../../src/license/classify.js'
import { packageMetadataLicense, spdxHeaderDeclarations } from '../../src/license/declarations.js'
import { identifyLicenseText } from '../../src/license/identify.js'
import { describeLicenseFile } from '../../src/license/license-file.js'
import { normalizeLicenseId } from '../../src/license/normalize.js'

const numRuns = Number(process.env.FUZZ_RUNS ?? 200)
const KINDS = ['spdx', 'ml', 'multiple', 'unknown']

function spdxText(id: string): string {
  const url = new URL(`../../node_modules/spdx-license-list/licenses/${id}.json`, import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { licenseText: string }).licenseText
}

/** Text biased towards licence vocabulary, so the matcher's deeper paths run too. */
const licenseish = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'Permission is hereby granted', 'Copyright (c) 2024', 'Apache License', 'Version 2.0',
        'GNU GENERAL PUBLIC LICENSE', 'any later version', 'LLAMA 3 COMMUNITY LICENSE AGREEMENT',
        'Acceptable Use Policy', 'non-commercial', '\n', '-----', '1.', '(a)', 'END OF TERMS AND CONDITIONS',
        'This project includes code from', 'Third-party notices', 'licensed under the', 'third_party/x/',
        '../../etc/', 'https://example.com/a/b', '"Acceptable Use Policy" means', 'Copyright [yyyy]',
        'you must display', 'monthly active users'
      ) // prettier-ignore
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(' '))

describe('licence identification never throws', () => {
  it('identifyLicenseText returns a valid shape for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), licenseish), (text) => {
        const result = identifyLicenseText(text)
        expect(KINDS).toContain(result.kind)
        expect(result.confidence).toBeGreaterThanOrEqual(0)
        expect(result.confidence).toBeLessThanOrEqual(1)
        expect(typeof result.name).toBe('string')
        if (result.kind === 'unknown') expect(result.spdx).toBeNull()
        else expect(typeof result.spdx).toBe('string')
      }),
      { numRuns }
    )
  })

  it('describeLicenseFile returns a main licence and notices whose paths stay in the repository', () => {
    const mit = spdxText('MIT')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          licenseish,
          licenseish.map((tail) => `${mit}\n\n${tail}`)
        ),
        (text) => {
          const { file, notices } = describeLicenseFile('LICENSE', text)
          expect(KINDS).toContain(file.identification.kind)
          for (const notice of notices) {
            expect(KINDS).toContain(notice.identification.kind)
            expect(notice.line).toBeGreaterThanOrEqual(1)
            for (const path of notice.paths) {
              expect(path).not.toMatch(/^\/|(^|\/)\.\.?(\/|$)|\/\/|:\/\//)
              expect(path.length).toBeGreaterThan(0)
            }
          }
        }
      ),
      { numRuns }
    )
  })

  it('describeLicenseFile returns on inputs built to make patterns backtrack', () => {
    const mit = spdxText('MIT')
    const notice = 'This project includes code from '
    const inputs = [
      `${mit}\n${notice}${'\n'.repeat(400_000)}`,
      `${mit}\n${notice}${'a.'.repeat(100_000)}`,
      `${mit}\n${notice}${'a/'.repeat(100_000)}`,
      `${mit}\n${`${notice}x/ licensed under the MIT License\n`.repeat(5_000)}`,
      `${mit}\n${'\t'.repeat(400_000)}third party notices`
    ]
    for (const text of inputs) {
      const { file, notices } = describeLicenseFile('LICENSE', text)
      expect(file.identification.spdx).toBe('MIT')
      expect(notices.length).toBeLessThanOrEqual(50)
      for (const n of notices) expect(n.paths.length).toBeLessThanOrEqual(20)
    }
  })

  it('normalizeLicenseId returns a valid shape, and known ids are well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), licenseish), (raw) => {
        const result = normalizeLicenseId(raw)
        expect(typeof result.name).toBe('string')
        expect(result.name.length).toBeLessThanOrEqual(200)
        expect(typeof result.known).toBe('boolean')
        if (result.spdx !== null) expect(result.spdx).toMatch(/^[A-Za-z0-9()+.:\- ]+$/)
        // The classifiers accept whatever normalisation produced.
        expect(typeof isOpenLicense(result.spdx)).toBe('boolean')
        expect(typeof isOsiApproved(raw)).toBe('boolean')
        expect(typeof isTypeAppropriate(raw, 'code')).toBe('boolean')
      }),
      { numRuns }
    )
  })

  it('declaration readers never throw', () => {
    const paths = fc.constantFrom(
      'package.json',
      'pyproject.toml',
      'setup.cfg',
      'setup.py',
      'Cargo.toml',
      'x.txt'
    )
    fc.assert(
      fc.property(paths, fc.oneof(fc.string({ maxLength: 500 }), licenseish), (path, text) => {
        const found = packageMetadataLicense(path, text)
        if (found) expect(found.line).toBeGreaterThanOrEqual(1)
        for (const header of spdxHeaderDeclarations(text))
          expect(header.spdx.length).toBeGreaterThan(0)
      }),
      { numRuns }
    )
  })
})

describe('licence identification is stable under whitespace changes', () => {
  const mit = spdxText('MIT')
  const bsd = spdxText('BSD-3-Clause')
  const whitespace = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '\r\n', '\n\n')

  it('identifies MIT and BSD-3-Clause with random whitespace between words', () => {
    fc.assert(
      fc.property(fc.constantFrom(mit, bsd), fc.infiniteStream(whitespace), (text, spaces) => {
        const respaced = text.replace(/\s+/g, () => spaces.next().value)
        expect(identifyLicenseText(respaced).spdx).toBe(text === mit ? 'MIT' : 'BSD-3-Clause')
      }),
      { numRuns: Math.min(numRuns, 2000) }
    )
  })
})
