import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import {
  bigramCode,
  decodeLicenseIndex,
  encodeBigrams,
  LICENSE_INDEX_FILE,
  licenseIndex,
  sharedCounts,
  templatesWith
} from '../../src/license/license-index.js'
import {
  buildLicenseIndexFile,
  corpusLicense,
  CORPUS_LICENSE_IDS,
  corpusWords
} from '../../src/license/spdx-corpus.js'
import { END_OF_TERMS, findWords, wordBigrams } from '../../src/license/words.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** A corpus text's bigrams as the index codes them. */
function expectedCodes(words: readonly string[]): number[] {
  const index = licenseIndex()
  return [...wordBigrams(words)]
    .map((b) => {
      const [first, second] = b.split(' ')
      return bigramCode(index, first, second)
    })
    .sort((a, b) => a - b)
}

/** Built from the texts once per file: it normalises 60 licence texts. */
let built: Buffer | undefined
const builtIndex = (): Buffer => (built ??= buildLicenseIndexFile())

describe('build-time licence index', () => {
  it('equals the index built from the corpus texts at run time, byte for byte', () => {
    const file = readFileSync(LICENSE_INDEX_FILE)
    expect(Buffer.compare(file, builtIndex())).toBe(0)
    const decoded = decodeLicenseIndex(file)
    expect(decoded).toEqual(decodeLicenseIndex(builtIndex()))
    // Bytes that do not start on a 4-byte boundary are copied instead of viewed: same index.
    const shifted = Buffer.alloc(file.length + 1)
    file.copy(shifted, 1)
    expect(decodeLicenseIndex(shifted.subarray(1))).toEqual(decoded)
  })

  it('is what the generator writes (the script agrees the file is current)', () => {
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts/gen-license-index.mjs'), '--check'], {
        stdio: 'pipe'
      })
    ).not.toThrow()
  })

  it('decodes to the word bigrams of every corpus text and of its head, as integers', () => {
    const index = licenseIndex()
    expect(index.templates.map((t) => t.id)).toEqual(CORPUS_LICENSE_IDS)
    index.templates.forEach((template, t) => {
      const words = corpusWords(template.id)
      const full = expectedCodes(words)
      expect(full).not.toContain(-1)
      expect([...template.full]).toEqual(full)
      expect(template.size).toBe(full.length)
      for (const code of full.slice(0, 50)) expect(templatesWith(index, code)).toContain(t)
      const end = findWords(words, END_OF_TERMS)
      if (end > 0) {
        const head = expectedCodes(words.slice(0, end + END_OF_TERMS.length))
        expect([...(template.head ?? [])]).toEqual(head)
        const counts = sharedCounts(index.head, index.templates.length, head)
        expect(counts[t]).toBe(head.length)
      } else expect(template.head).toBeNull()
      expect(template.name).toBe(corpusLicense(template.id)?.name)
    })
  })

  it('codes words outside the vocabulary as unknown and counts them in the denominator', () => {
    const index = licenseIndex()
    const words = ['permission', 'is', 'hereby', 'granted', 'zzqx', 'zzqx', 'permission', 'is']
    const encoded = encodeBigrams(index, words)
    expect(encoded.distinct).toBe(wordBigrams(words).size)
    expect(encoded.known.length).toBe(3)
    const mit = index.templates.findIndex((t) => t.id === 'MIT')
    expect(sharedCounts(index.full, index.templates.length, encoded.known)[mit]).toBe(3)
    expect(templatesWith(index, bigramCode(index, 'zzqx', 'zzqx'))).toHaveLength(0)
  })

  it('refuses a file of another version, a truncated file and something else', () => {
    const file = builtIndex()
    const header = file.toString('utf8', 8, 8 + file.readUInt32LE(4))
    const older = Buffer.from(file)
    older.write(header.replace(/"version":\d+/, '"version":0'), 8, 'utf8')
    expect(() => decodeLicenseIndex(older)).toThrow(/version/)
    expect(() => decodeLicenseIndex(file.subarray(0, file.length - 1))).toThrow(/length/)
    expect(() => decodeLicenseIndex(Buffer.from('{"version":3}'))).toThrow(/not an index/)
  })
})
