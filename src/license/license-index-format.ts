/**
 * The licence index file (see license-index.ts): a header in JSON, then the integer arrays as
 * little-endian bytes, so loading it is one read and a few native copies. Kept apart from the
 * loader so the generator can build it without reading the file it writes.
 *
 *   bytes 0–3   "MOLI"
 *   bytes 4–7   header length N (uint32)
 *   8…8+N       header (UTF-8 JSON, LicenseIndexHeader), padded with spaces to a multiple of 4
 *   then        int32 codes[bigrams], int32 ends[bigrams], int32 heads[headCodes],
 *               uint8 postings[postings]
 */

export const LICENSE_INDEX_VERSION = 3
export const LICENSE_INDEX_MAGIC = 'MOLI'

export interface LicenseIndexHeader {
  readonly version: typeof LICENSE_INDEX_VERSION
  /** The vocabulary, space-separated; a word's id is its position. */
  readonly words: string
  readonly templates: readonly {
    readonly id: string
    readonly name: string
    readonly osiApproved: boolean
    /** Distinct bigrams of the whole text. */
    readonly size: number
    /** Distinct bigrams up to "END OF TERMS AND CONDITIONS", when the text has that line. */
    readonly headSize: number | null
  }[]
  /** Distinct bigram codes of the corpus (entries of `codes` and `ends`). */
  readonly bigrams: number
  /** Entries of `heads`: the head codes of the templates that have one, one after another. */
  readonly headCodes: number
  /** Entries of `postings`: template numbers, ascending per code. */
  readonly postings: number
}

export interface LicenseIndexArrays {
  /** Every distinct bigram code of the corpus, ascending. */
  readonly codes: ArrayLike<number>
  /** For code i, the end of its templates in `postings` (the start is the previous end). */
  readonly ends: ArrayLike<number>
  readonly heads: ArrayLike<number>
  readonly postings: ArrayLike<number>
}

export function encodeLicenseIndex(header: LicenseIndexHeader, arrays: LicenseIndexArrays): Buffer {
  let json = JSON.stringify(header)
  while ((8 + Buffer.byteLength(json)) % 4 !== 0) json += ' '
  const head = Buffer.byteLength(json)
  const ints = [arrays.codes, arrays.ends, arrays.heads]
  const size = 8 + head + 4 * ints.reduce((n, a) => n + a.length, 0) + arrays.postings.length
  const out = Buffer.alloc(size)
  out.write(LICENSE_INDEX_MAGIC, 0, 'latin1')
  out.writeUInt32LE(head, 4)
  out.write(json, 8, 'utf8')
  let at = 8 + head
  for (const array of ints)
    for (let i = 0; i < array.length; i++, at += 4) out.writeInt32LE(array[i], at)
  for (let i = 0; i < arrays.postings.length; i++) out[at++] = arrays.postings[i]
  return out
}
