/** Beside this module in src/, beside the chunk that holds it in dist/ (rollup.config.js). */
export declare const LICENSE_INDEX_FILE: import("url").URL;
export interface IndexedTemplate {
    readonly id: string;
    readonly name: string;
    readonly osiApproved: boolean;
    /** Distinct bigrams of the whole text. */
    readonly size: number;
    /** Sorted bigram codes of the whole text. */
    readonly full: Int32Array;
    /** Sorted bigram codes up to "END OF TERMS AND CONDITIONS", or null. */
    readonly head: Int32Array | null;
}
/** Bigram code → the templates holding it: sorted codes, and each code's run of template numbers. */
export interface Postings {
    readonly codes: Int32Array;
    readonly ends: Int32Array;
    readonly templates: Uint8Array;
}
export interface CompiledLicenseIndex {
    /**
     * The vocabulary in code-unit order (as `sort()` leaves it): a word's id is its position, found
     * by binary search (wordId). A Map of every word would cost each process a few thousand
     * insertions before the first lookup; a text needs a few hundred distinct words.
     */
    readonly words: readonly string[];
    /** Vocabulary size: the multiplier of the first word's id in a bigram code. */
    readonly base: number;
    readonly templates: readonly IndexedTemplate[];
    /** Over the whole texts. */
    readonly full: Postings;
    /** Over the heads. */
    readonly head: Postings;
}
/** Decodes a whole index file; throws on anything but a complete file of this version. */
export declare function decodeLicenseIndex(bytes: Uint8Array): CompiledLicenseIndex;
/** The build-time index, read on first use. */
export declare function licenseIndex(): CompiledLicenseIndex;
/** The corpus name of an SPDX id ("Apache License 2.0"), when the corpus holds its text. */
export declare function corpusLicenseName(id: string): string | undefined;
/** Position of a code in sorted codes, or -1. */
export declare function find(codes: Int32Array, code: number): number;
/** The templates (by number) whose whole text has the bigram. */
export declare function templatesWith(index: CompiledLicenseIndex, code: number): Uint8Array;
/** Whether one of the given templates' whole text has the bigram (no allocation: runs per word). */
export declare function anyTemplateWith(index: CompiledLicenseIndex, code: number, chosen: ReadonlySet<number>): boolean;
/** For every template, how many of the (distinct) codes its whole text, or its head, has. */
export declare function sharedCounts(postings: Postings, count: number, codes: ArrayLike<number>): Int32Array;
/**
 * A text's bigrams in the index's coding. Bigrams with a word outside the vocabulary cannot be in
 * any licence; they count towards `distinct` (the Dice denominator) only.
 */
export interface EncodedBigrams {
    /** Sorted distinct codes of the bigrams whose two words are in the vocabulary. */
    readonly known: Int32Array;
    /** Distinct bigrams, known or not. */
    readonly distinct: number;
}
/** A word's id (its position in the sorted vocabulary), or -1 when the corpus lacks it. */
export declare function wordId(index: CompiledLicenseIndex, word: string): number;
/** The code of a bigram, or -1 when a word is not in the vocabulary. */
export declare function bigramCode(index: CompiledLicenseIndex, first: string, second: string): number;
/** The bigram codes at each word position (-1 where a word is not in the vocabulary). */
export declare function bigramCodes(index: CompiledLicenseIndex, words: readonly string[]): Int32Array;
/** The distinct bigrams of the first `count` positions, from their codes. */
export declare function distinctBigrams(codes: Int32Array, words: readonly string[], count?: number): EncodedBigrams;
export declare function encodeBigrams(index: CompiledLicenseIndex, words: readonly string[]): EncodedBigrams;
