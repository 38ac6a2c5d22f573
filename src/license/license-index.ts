/**
 * The matcher's index of the corpus licences, integer-coded: every word of the corpus texts has an
 * id (its rank in the sorted vocabulary), a word bigram is `first * V + second` (V the vocabulary
 * size), and each licence holds its sorted bigram codes. scripts/gen-license-index.mjs writes it
 * at build time from the texts in spdx-corpus.ts, so a process that identifies a licence parses
 * one JSON string instead of normalising 60 texts; a test checks it equals the index built from
 * the texts.
 */
import { LICENSE_INDEX_JSON } from './license-index.generated.js'
import { LICENSE_INDEX_VERSION, type LicenseIndexData } from './license-index-format.js'

export {
  encodeCodes,
  LICENSE_INDEX_VERSION,
  type LicenseIndexData
} from './license-index-format.js'

export interface IndexedTemplate {
  readonly id: string
  readonly name: string
  readonly osiApproved: boolean
  /** Sorted bigram codes of the whole text. */
  readonly full: Float64Array
  /** Sorted bigram codes up to "END OF TERMS AND CONDITIONS", or null. */
  readonly head: Float64Array | null
}

export interface CompiledLicenseIndex {
  /** Word → id. */
  readonly vocabulary: ReadonlyMap<string, number>
  /** Vocabulary size: the multiplier of the first word's id in a bigram code. */
  readonly base: number
  readonly templates: readonly IndexedTemplate[]
}

function decode(deltas: readonly number[]): Float64Array {
  const out = new Float64Array(deltas.length)
  let value = 0
  for (let i = 0; i < deltas.length; i++) {
    value += deltas[i]
    out[i] = value
  }
  return out
}

export function compileLicenseIndex(data: LicenseIndexData): CompiledLicenseIndex {
  if (data.version !== LICENSE_INDEX_VERSION) throw new Error('licence index: unknown version')
  const vocabulary = new Map<string, number>()
  data.words.forEach((word, i) => vocabulary.set(word, i))
  return {
    vocabulary,
    base: data.words.length,
    templates: data.templates.map((t) => ({
      id: t.id,
      name: t.name,
      osiApproved: t.osiApproved,
      full: decode(t.full),
      head: t.head ? decode(t.head) : null
    }))
  }
}

let cached: CompiledLicenseIndex | undefined

/** The build-time index, parsed on first use. */
export function licenseIndex(): CompiledLicenseIndex {
  cached ??= compileLicenseIndex(JSON.parse(LICENSE_INDEX_JSON) as LicenseIndexData)
  return cached
}

/** The corpus name of an SPDX id ("Apache License 2.0"), when the corpus holds its text. */
export function corpusLicenseName(id: string): string | undefined {
  return licenseIndex().templates.find((t) => t.id === id)?.name
}

const sets = new WeakMap<Float64Array, Set<number>>()

/** The codes as a set, built once per template and only for templates a match looks into. */
export function codeSet(codes: Float64Array): ReadonlySet<number> {
  let set = sets.get(codes)
  if (!set) {
    set = new Set(codes)
    sets.set(codes, set)
  }
  return set
}

/** How many codes two sorted code lists share (a merge, no hashing). */
export function sharedCount(a: Float64Array, b: Float64Array): number {
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
 * any licence; they count towards `distinct` (the Dice denominator) and get code -1 by position.
 */
export interface EncodedBigrams {
  /** Sorted distinct codes of the bigrams whose two words are in the vocabulary. */
  readonly known: Float64Array
  /** Distinct bigrams, known or not. */
  readonly distinct: number
}

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
  const sorted = Float64Array.from(known).sort()
  return { known: sorted, distinct: known.size + unknown.size }
}
