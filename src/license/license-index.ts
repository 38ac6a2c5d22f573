/**
 * The matcher's index of the corpus licences, integer-coded: every word of the corpus texts has an
 * id (its rank in the sorted vocabulary), a word bigram is `first * V + second` (V the vocabulary
 * size), and every distinct bigram of the corpus lists the licences whose text has it.
 * scripts/gen-license-index.mjs writes it at build time from the texts in spdx-corpus.ts into
 * license-index.bin (the bundle carries it beside its chunks), so a process that identifies a
 * licence reads one small file instead of normalising 60 texts; a test checks it equals the index
 * built from the texts.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import {
  INT32_ARRAYS,
  LICENSE_INDEX_MAGIC,
  LICENSE_INDEX_VERSION,
  licenseIndexLayout,
  UINT8_ARRAYS,
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
  /** Sorted bigram codes of the whole text. */
  readonly full: Int32Array
  /** Sorted bigram codes up to "END OF TERMS AND CONDITIONS", or null. */
  readonly head: Int32Array | null
}

/** Bigram code → the templates holding it: sorted codes, and each code's run of template numbers. */
export interface Postings {
  readonly codes: Int32Array
  readonly ends: Int32Array
  readonly templates: Uint8Array
}

export interface CompiledLicenseIndex {
  /**
   * The vocabulary in code-unit order (as `sort()` leaves it): a word's id is its position, found
   * by binary search (wordId). A Map of every word would cost each process a few thousand
   * insertions before the first lookup; a text needs a few hundred distinct words.
   */
  readonly words: readonly string[]
  /** Vocabulary size: the multiplier of the first word's id in a bigram code. */
  readonly base: number
  readonly templates: readonly IndexedTemplate[]
  /** Over the whole texts. */
  readonly full: Postings
  /** Over the heads. */
  readonly head: Postings
}

/** Typed arrays use the machine's byte order; the file's is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Little-endian int32s at a byte offset: a view when aligned on this machine, else a copy. */
function int32s(bytes: Buffer, at: number, length: number): Int32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0)
    return new Int32Array(bytes.buffer, bytes.byteOffset + at, length)
  const out = new Int32Array(length)
  for (let i = 0; i < length; i++) out[i] = bytes.readInt32LE(at + 4 * i)
  return out
}

/** The header, checked: magic, version, and the size the file must have. */
function readHeader(start: Buffer): {
  header: LicenseIndexHeader
  headerEnd: number
  templatesStart: number
  size: number
} {
  if (start.length < 8 || start.toString('latin1', 0, 4) !== LICENSE_INDEX_MAGIC)
    throw new Error('licence index: not an index file')
  const headerEnd = 8 + start.readUInt32LE(4)
  if (start.length < headerEnd) throw new Error('licence index: wrong length')
  const header = JSON.parse(start.toString('utf8', 8, headerEnd)) as LicenseIndexHeader
  if (header.version !== LICENSE_INDEX_VERSION) throw new Error('licence index: unknown version')
  return { header, headerEnd, ...licenseIndexLayout(headerEnd, header.lengths) }
}

/**
 * The index from its header and postings (`start`, up to templatesStart). `templateCodes(at, n)`
 * gives n codes of the per-template part from its at-th code on; each template asks once, on the
 * first use of its `full` or `head`.
 */
function compileIndex(
  start: Buffer,
  { header, headerEnd }: ReturnType<typeof readHeader>,
  templateCodes: (at: number, length: number) => Int32Array
): CompiledLicenseIndex {
  const { lengths } = header
  let at = headerEnd
  const ints = {} as Record<(typeof INT32_ARRAYS)[number], Int32Array>
  for (const name of INT32_ARRAYS) {
    ints[name] = int32s(start, at, lengths[name])
    at += 4 * lengths[name]
  }
  const bytesOf = {} as Record<(typeof UINT8_ARRAYS)[number], Uint8Array>
  for (const name of UINT8_ARRAYS) {
    bytesOf[name] = start.subarray(at, at + lengths[name])
    at += lengths[name]
  }

  const words = header.words.split(' ')
  let fullAt = 0
  let headAt = lengths.full
  const templates = header.templates.map((t): IndexedTemplate => {
    const template = { id: t.id, name: t.name, osiApproved: t.osiApproved, size: t.size }
    const fullFrom = fullAt
    const headFrom = headAt
    fullAt += t.size
    headAt += t.headSize ?? 0
    let full: Int32Array | undefined
    let head: Int32Array | null | undefined
    return Object.defineProperties(template as IndexedTemplate, {
      full: { enumerable: true, get: () => (full ??= templateCodes(fullFrom, t.size)) },
      head: {
        enumerable: true,
        get: () =>
          head === undefined
            ? (head = t.headSize === null ? null : templateCodes(headFrom, t.headSize))
            : head
      }
    })
  })
  return {
    words,
    base: words.length,
    templates,
    full: { codes: ints.codes, ends: ints.ends, templates: bytesOf.postings },
    head: { codes: ints.headCodes, ends: ints.headEnds, templates: bytesOf.headPostings }
  }
}

/** Decodes a whole index file; throws on anything but a complete file of this version. */
export function decodeLicenseIndex(bytes: Uint8Array): CompiledLicenseIndex {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const layout = readHeader(buffer)
  if (buffer.length !== layout.size) throw new Error('licence index: wrong length')
  return compileIndex(buffer, layout, (at, length) =>
    int32s(buffer, layout.templatesStart + 4 * at, length)
  )
}

/**
 * Fills `out` from its byte `from` on with the file's bytes from `position` on (the file is a build
 * output of known size, so running short of it is an error).
 */
function readInto(fd: number, out: Buffer, from: number, position: number): Buffer {
  for (let filled = from; filled < out.length;) {
    const n = readSync(fd, out, filled, out.length - filled, position + filled - from)
    if (n === 0) throw new Error('licence index: wrong length')
    filled += n
  }
  return out
}

/**
 * Reads the index file: header and postings at once, each template's codes when first used (a
 * text needs those of the few licences it comes close to, not the 300 KB of all of them).
 */
function loadLicenseIndex(file: URL): CompiledLicenseIndex {
  const fd = openSync(file, 'r')
  let layout: ReturnType<typeof readHeader>
  let start: Buffer
  try {
    const fileSize = fstatSync(fd).size
    if (fileSize < 8) throw new Error('licence index: not an index file')
    // Buffer.alloc never hands out a slice of a shared pool: the bytes start 4-aligned.
    const headerEnd = 8 + readInto(fd, Buffer.alloc(8), 0, 0).readUInt32LE(4)
    const header = readInto(fd, Buffer.alloc(Math.min(headerEnd, fileSize)), 0, 0)
    layout = readHeader(header)
    if (fileSize !== layout.size) throw new Error('licence index: wrong length')
    // The postings follow the header the file has already given.
    start = Buffer.alloc(layout.templatesStart)
    header.copy(start)
    readInto(fd, start, header.length, header.length)
  } finally {
    closeSync(fd)
  }
  const { templatesStart } = layout
  return compileIndex(start, layout, (at, length) => {
    const codes = openSync(file, 'r')
    try {
      const bytes = readInto(codes, Buffer.alloc(4 * length), 0, templatesStart + 4 * at)
      return int32s(bytes, 0, length)
    } finally {
      closeSync(codes)
    }
  })
}

let cached: CompiledLicenseIndex | undefined

/** The build-time index, read on first use. */
export function licenseIndex(): CompiledLicenseIndex {
  cached ??= loadLicenseIndex(LICENSE_INDEX_FILE)
  return cached
}

/** The corpus name of an SPDX id ("Apache License 2.0"), when the corpus holds its text. */
export function corpusLicenseName(id: string): string | undefined {
  return licenseIndex().templates.find((t) => t.id === id)?.name
}

/** Position of a code in sorted codes, or -1. */
export function find(codes: Int32Array, code: number): number {
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
  const { codes, ends, templates } = index.full
  const at = code < 0 ? -1 : find(codes, code)
  if (at < 0) return new Uint8Array(0)
  return templates.subarray(at === 0 ? 0 : ends[at - 1], ends[at])
}

/** Whether one of the given templates' whole text has the bigram (no allocation: runs per word). */
export function anyTemplateWith(
  index: CompiledLicenseIndex,
  code: number,
  chosen: ReadonlySet<number>
): boolean {
  const { codes, ends, templates } = index.full
  const at = code < 0 ? -1 : find(codes, code)
  if (at < 0) return false
  for (let p = at === 0 ? 0 : ends[at - 1]; p < ends[at]; p++)
    if (chosen.has(templates[p])) return true
  return false
}

/** For every template, how many of the (distinct) codes its whole text, or its head, has. */
export function sharedCounts(
  postings: Postings,
  count: number,
  codes: ArrayLike<number>
): Int32Array {
  const counts = new Int32Array(count)
  const { ends, templates } = postings
  for (let i = 0; i < codes.length; i++) {
    const at = find(postings.codes, codes[i])
    if (at < 0) continue
    for (let p = at === 0 ? 0 : ends[at - 1]; p < ends[at]; p++) counts[templates[p]]++
  }
  return counts
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

/** A word's id (its position in the sorted vocabulary), or -1 when the corpus lacks it. */
export function wordId(index: CompiledLicenseIndex, word: string): number {
  const { words } = index
  let low = 0
  let high = words.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const value = words[mid]
    if (value === word) return mid
    if (value < word) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/** The code of a bigram, or -1 when a word is not in the vocabulary. */
export function bigramCode(index: CompiledLicenseIndex, first: string, second: string): number {
  const a = wordId(index, first)
  if (a < 0) return -1
  const b = wordId(index, second)
  return b < 0 ? -1 : a * index.base + b
}

/** The bigram codes at each word position (-1 where a word is not in the vocabulary). */
export function bigramCodes(index: CompiledLicenseIndex, words: readonly string[]): Int32Array {
  const out = new Int32Array(Math.max(0, words.length - 1))
  // Licence texts repeat a few hundred words; each is searched for once.
  const ids = new Map<string, number>()
  const idOf = (word: string): number => {
    let id = ids.get(word)
    if (id === undefined) ids.set(word, (id = wordId(index, word)))
    return id
  }
  let next = words.length > 0 ? idOf(words[0]) : -1
  for (let i = 0; i + 1 < words.length; i++) {
    const a = next
    next = idOf(words[i + 1])
    out[i] = a < 0 || next < 0 ? -1 : a * index.base + next
  }
  return out
}

/** The distinct bigrams of the first `count` positions, from their codes. */
export function distinctBigrams(
  codes: Int32Array,
  words: readonly string[],
  count = codes.length
): EncodedBigrams {
  // Sorting a copy and dropping repeats allocates far less than a Set of numbers would.
  const known = new Int32Array(count)
  let n = 0
  const unknown = new Set<string>()
  for (let i = 0; i < count; i++) {
    if (codes[i] >= 0) known[n++] = codes[i]
    else unknown.add(words[i] + ' ' + words[i + 1])
  }
  known.subarray(0, n).sort()
  let distinct = 0
  for (let i = 0; i < n; i++) if (i === 0 || known[i] !== known[i - 1]) known[distinct++] = known[i]
  return { known: known.slice(0, distinct), distinct: distinct + unknown.size }
}

export function encodeBigrams(
  index: CompiledLicenseIndex,
  words: readonly string[]
): EncodedBigrams {
  return distinctBigrams(bigramCodes(index, words), words)
}
