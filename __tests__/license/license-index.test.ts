import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { LICENSE_INDEX_JSON } from '../../src/license/license-index.generated.js'
import {
  bigramCode,
  codeSet,
  compileLicenseIndex,
  encodeBigrams,
  licenseIndex,
  sharedCount
} from '../../src/license/license-index.js'
import {
  buildLicenseIndexData,
  corpusLicense,
  CORPUS_LICENSE_IDS,
  corpusWords
} from '../../src/license/spdx-corpus.js'
import { wordBigrams } from '../../src/license/words.js'

const ROOT = join(import.meta.dirname, '..', '..')

describe('build-time licence index', () => {
  it('equals the index built from the corpus texts at run time', () => {
    expect(JSON.parse(LICENSE_INDEX_JSON)).toEqual(buildLicenseIndexData())
  })

  it('is what the generator writes (the script agrees the file is current)', () => {
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts/gen-license-index.mjs'), '--check'], {
        stdio: 'pipe'
      })
    ).not.toThrow()
  })

  it('decodes to the word bigrams of every corpus text, as integers', () => {
    const index = licenseIndex()
    expect(index.templates.map((t) => t.id)).toEqual(CORPUS_LICENSE_IDS)
    for (const template of index.templates) {
      const words = corpusWords(template.id)
      const expected = new Set(
        [...wordBigrams(words)].map((b) => {
          const [first, second] = b.split(' ')
          return bigramCode(index, first, second)
        })
      )
      expect(expected.has(-1)).toBe(false)
      expect(codeSet(template.full)).toEqual(expected)
      expect(template.name).toBe(corpusLicense(template.id)?.name)
      // Sorted ascending, no repeats: the matcher intersects by merging.
      for (let i = 1; i < template.full.length; i++)
        expect(template.full[i]).toBeGreaterThan(template.full[i - 1])
    }
  })

  it('codes words outside the vocabulary as unknown and counts them in the denominator', () => {
    const index = licenseIndex()
    const words = ['permission', 'is', 'hereby', 'granted', 'zzqx', 'zzqx', 'permission', 'is']
    const encoded = encodeBigrams(index, words)
    expect(encoded.distinct).toBe(wordBigrams(words).size)
    expect(encoded.known.length).toBe(3)
    const mit = index.templates.find((t) => t.id === 'MIT')
    expect(sharedCount(mit?.full ?? new Float64Array(), encoded.known)).toBe(3)
  })

  it('refuses data of another version', () => {
    expect(() => compileLicenseIndex({ ...buildLicenseIndexData(), version: 2 as 1 })).toThrow(
      /version/
    )
  })
})
