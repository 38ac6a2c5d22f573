/**
 * The licence index file (see license-index.ts): a header in JSON, then integer arrays as
 * little-endian bytes, so loading it is one read and a few native copies. Kept apart from the
 * loader so the generator can build it without reading the file it writes.
 *
 *   bytes 0–3   "MOLI"
 *   bytes 4–7   header length N (uint32)
 *   8…8+N       header (UTF-8 JSON, LicenseIndexHeader), padded with spaces to a multiple of 4
 *   then        the postings (INT32_ARRAYS, then UINT8_ARRAYS), zero bytes to a multiple of 4,
 *               and last each template's own codes (TEMPLATE_ARRAYS): half the file, which a
 *               process reads only for the few templates a text comes close to
 */
export declare const LICENSE_INDEX_VERSION = 5;
export declare const LICENSE_INDEX_MAGIC = "MOLI";
export interface LicenseIndexArrays<T = ArrayLike<number>> {
    /** Every distinct bigram code of the corpus's whole texts, ascending. */
    readonly codes: T;
    /** For code i, the end of its templates in `postings` (the start is the previous end). */
    readonly ends: T;
    /** Template numbers, ascending per code. */
    readonly postings: T;
    /** The same three for the heads (texts up to "END OF TERMS AND CONDITIONS"). */
    readonly headCodes: T;
    readonly headEnds: T;
    readonly headPostings: T;
    /** Each template's whole-text codes, ascending, one template after another. */
    readonly full: T;
    /** Each head's codes, ascending, one after another (templates without a head have none). */
    readonly head: T;
}
export declare const INT32_ARRAYS: readonly ["codes", "ends", "headCodes", "headEnds"];
export declare const UINT8_ARRAYS: readonly ["postings", "headPostings"];
export declare const TEMPLATE_ARRAYS: readonly ["full", "head"];
/** Where the parts of a file with this header end (byte offsets). */
export declare function licenseIndexLayout(headerEnd: number, lengths: LicenseIndexHeader['lengths']): {
    templatesStart: number;
    size: number;
};
export interface LicenseIndexHeader {
    readonly version: typeof LICENSE_INDEX_VERSION;
    /** The vocabulary, space-separated; a word's id is its position. */
    readonly words: string;
    readonly templates: readonly {
        readonly id: string;
        readonly name: string;
        readonly osiApproved: boolean;
        /** Distinct bigrams of the whole text. */
        readonly size: number;
        /** Distinct bigrams up to "END OF TERMS AND CONDITIONS", when the text has that line. */
        readonly headSize: number | null;
    }[];
    /** Length of each array. */
    readonly lengths: Readonly<Record<keyof LicenseIndexArrays, number>>;
}
export declare function encodeLicenseIndex(header: Omit<LicenseIndexHeader, 'lengths'>, arrays: LicenseIndexArrays): Buffer;
