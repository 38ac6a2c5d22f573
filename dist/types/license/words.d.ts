/**
 * Licence text as comparable words (SPDX Matching Guidelines, simplified to what a bigram matcher
 * needs). Shared by the index generator (corpus texts) and the matcher (the text to identify), so
 * both sides are normalised by the same code.
 */
/** Inputs beyond this are not read: licence texts are far shorter, and it bounds the work. */
export declare const MAX_TEXT_CHARS: number;
/**
 * Licence text as comparable words: lower case, copyright lines, numbering, bullets, punctuation,
 * quotes and dashes gone, http = https, British and American spellings merged. Capped in size.
 */
export declare function licenseWords(text: string): string[];
export declare function wordBigrams(words: readonly string[]): Set<string>;
/** Index of the first occurrence of a word sequence, or -1. */
export declare function findWords(words: readonly string[], phrase: readonly string[], from?: number): number;
/** Apache and GNU texts: what follows is an appendix ("How to apply…") that copies often omit. */
export declare const END_OF_TERMS: readonly ["end", "of", "terms", "and", "conditions"];
