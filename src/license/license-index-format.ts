/**
 * The serialised licence index (see license-index.ts). Kept apart from the loader so the generator
 * can build it without importing the file it writes.
 */

export const LICENSE_INDEX_VERSION = 1

/** The serialised form: codes are delta-encoded (each is the gap to the previous one). */
export interface LicenseIndexData {
  readonly version: 1
  readonly words: readonly string[]
  readonly templates: readonly {
    readonly id: string
    readonly name: string
    readonly osiApproved: boolean
    readonly full: readonly number[]
    /** Bigrams up to "END OF TERMS AND CONDITIONS", when the text has that line. */
    readonly head: readonly number[] | null
  }[]
}

/** Sorted, distinct codes as the serialised gaps. */
export function encodeCodes(codes: Iterable<number>): number[] {
  const sorted = [...new Set(codes)].sort((a, b) => a - b)
  return sorted.map((code, i) => (i === 0 ? code : code - sorted[i - 1]))
}
