/**
 * The matcher's index of the corpus licences, integer-coded: every word of the corpus texts has an
 * id (its rank in the sorted vocabulary), a word bigram is `first * V + second` (V the vocabulary
 * size), and every distinct bigram of the corpus lists the licences whose text has it.
 * scripts/gen-license-index.mjs writes it at build time from the texts in spdx-corpus.ts into
 * license-index.bin (the bundle carries it beside its chunks), so a process that identifies a
 * licence reads one small file instead of normalising 60 texts; a test checks it equals the index
 * built from the texts.
 */
import { readFileSync } from 'node:fs'
import { endianness } from 'node:os'
import {
  LICENSE_INDEX_MAGIC,
  LICENSE_INDEX_VERSION,
  type LicenseIndexHeader
} from './license-index-format.js'

/** Beside this module in src/, beside the chunk that holds it in dist/ (rollup.config.js). */
export const LICENSE_INDEX_FILE = new URL('./license-index.bin', import.meta.url)

export interface IndexedTemplate {
  readonly id: string
  readonly name: string
  readonly osiApproved: boolean
  /** Distinct bigrams of the whole text. */
  readonly size: number
  /** Sorted bigram codes up to "END OF TERMS AND CONDITIONS", or null. */
  readonly head: Int32Array | null
}

export interface CompiledLicenseIndex {
  /** Word → id. */
  readonly vocabulary: ReadonlyMap<string, number>
  /** Vocabulary size: the multiplier of the first word's id in a bigram code. */
  readonly base: number
  readonly templates: readonly IndexedTemplate[]
  /** Every distinct bigram code of the corpus, ascending. */
  readonly codes: Int32Array
  /** End offset in `postings` of each code's templates. */
  readonly ends: Int32Array
  readonly postings: Uint8Array
}

/** Decodes the index file; throws on anything but a complete file of this version. */
export function decodeLicenseIndex(bytes: Uint8Array): CompiledLicenseIndex {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.length < 8 || buffer.toString('latin1', 0, 4) !== LICENSE_INDEX_MAGIC)
    throw new Error('licence index: not an index file')
  const headerEnd = 8 + buffer.readUInt32LE(4)
  const header = JSON.parse(buffer.toString('utf8', 8, headerEnd)) as LicenseIndexHeader
  if (header.version !== LICENSE_INDEX_VERSION) throw new Error('licence index: unknown version')
  const size = headerEnd + 4 * (2 * header.bigrams + header.headCodes) + header.postings
  if (buffer.length !== size) throw new Error('licence index: wrong length')
  let at = headerEnd
  const int32s = (count: number): Int32Array => {
    const out = new Int32Array(count)
    if (endianness() === 'LE') new Uint8Array(out.buffer).set(buffer.subarray(at, at + 4 * count))
    else for (let i = 0; i < count; i++) out[i] = buffer.readInt32LE(at + 4 * i)
    at += 4 * count
    return out
  }
  const codes = int32s(header.bigrams)
  const ends = int32s(header.bigrams)
  const heads = int32s(header.headCodes)
  const postings = Uint8Array.from(buffer.subarray(at, at + header.postings))

  const words = header.words.split(' ')
  const vocabulary = new Map<string, number>()
  for (let i = 0; i < words.length; i++) vocabulary.set(words[i], i)
  let offset = 0
  const templates = header.templates.map((t): IndexedTemplate => {
    let head: Int32Array | null = null
    if (t.headSize !== null) {
      head = heads.subarray(offset, offset + t.headSize)
      offset += t.headSize
    }
    return { id: t.id, name: t.name, osiApproved: t.osiApproved, size: t.size, head }
  })
  return { vocabulary, base: words.length, templates, codes, ends, postings }
}

let cached: CompiledLicenseIndex | undefined

/** The build-time index, read on first use. */
export function licenseIndex(): CompiledLicenseIndex {
  cached ??= decodeLicenseIndex(readFileSync(LICENSE_INDEX_FILE))
  return cached
}

/** The corpus name of an SPDX id ("Apache License 2.0"), when the corpus holds its text. */
export function corpusLicenseName(id: string): string | undefined {
  return licenseIndex().templates.find((t) => t.id === id)?.name
}

/** Position of a code in the index's sorted codes, or -1. */
function find(index: CompiledLicenseIndex, code: number): number {
  const codes = index.codes
  let low = 0
  let high = codes.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const value = codes[mid]
    if (value === code) return mid
    if (value < code) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/** The templates (by number) whose whole text has the bigram. */
export function templatesWith(index: CompiledLicenseIndex, code: number): Uint8Array {
  const at = code < 0 ? -1 : find(index, code)
  if (at < 0) return new Uint8Array(0)
  return index.postings.subarray(at === 0 ? 0 : index.ends[at - 1], index.ends[at])
}

/** Whether one of the given templates has the bigram (no allocation: it runs per word). */
export function anyTemplateWith(
  index: CompiledLicenseIndex,
  code: number,
  templates: ReadonlySet<number>
): boolean {
  const at = code < 0 ? -1 : find(index, code)
  if (at < 0) return false
  for (let p = at === 0 ? 0 : index.ends[at - 1]; p < index.ends[at]; p++)
    if (templates.has(index.postings[p])) return true
  return false
}

/** For every template, how many of the codes its whole text has. */
export function sharedCounts(index: CompiledLicenseIndex, codes: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(index.templates.length)
  const { ends, postings } = index
  for (let i = 0; i < codes.length; i++) {
    const at = find(index, codes[i])
    if (at < 0) continue
    for (let p = at === 0 ? 0 : ends[at - 1]; p < ends[at]; p++) counts[postings[p]]++
  }
  return counts
}

const fullCodes = new WeakMap<CompiledLicenseIndex, Int32Array[]>()

/** A template's whole-text codes, ascending; all templates are unpacked in one pass on first use. */
export function templateCodes(index: CompiledLicenseIndex, template: number): Int32Array {
  let all = fullCodes.get(index)
  if (!all) {
    all = index.templates.map((t) => new Int32Array(t.size))
    const filled = new Int32Array(index.templates.length)
    let start = 0
    for (let i = 0; i < index.codes.length; i++) {
      const end = index.ends[i]
      for (let p = start; p < end; p++) {
        const t = index.postings[p]
        all[t][filled[t]++] = index.codes[i]
      }
      start = end
    }
    fullCodes.set(index, all)
  }
  return all[template]
}

/** How many codes two sorted code lists share (a merge, no hashing). */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/**
 * A text's bigrams in the index's coding. Bigrams with a word outside the vocabulary cannot be in
 * any licence; they count towards `distinct` (the Dice denominator) only.
 */
export interface EncodedBigrams {
  /** Sorted distinct codes of the bigrams whose two words are in the vocabulary. */
  readonly known: Int32Array
  /** Distinct bigrams, known or not. */
  readonly distinct: number
}

/** The code of a bigram, or -1 when a word is not in the vocabulary. */
export function bigramCode(index: CompiledLicenseIndex, first: string, second: string): number {
  const a = index.vocabulary.get(first)
  if (a === undefined) return -1
  const b = index.vocabulary.get(second)
  return b === undefined ? -1 : a * index.base + b
}

export function encodeBigrams(
  index: CompiledLicenseIndex,
  words: readonly string[]
): EncodedBigrams {
  const known = new Set<number>()
  const unknown = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) {
    const code = bigramCode(index, words[i], words[i + 1])
    if (code >= 0) known.add(code)
    else unknown.add(words[i] + ' ' + words[i + 1])
  }
  return { known: Int32Array.from(known).sort(), distinct: known.size + unknown.size }
}
