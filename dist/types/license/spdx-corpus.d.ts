export interface CorpusLicense {
    readonly id: string;
    readonly name: string;
    readonly osiApproved: boolean;
    readonly text: string;
}
/** Every SPDX licence id of the list (deprecated ids included), exact case. */
export declare const SPDX_LICENSE_IDS: ReadonlySet<string>;
/** The SPDX id spelled like `raw` ignoring case, or undefined. */
export declare function spdxIdIgnoringCase(raw: string): string | undefined;
export declare const CORPUS_LICENSE_IDS: readonly string[];
export declare function corpusLicense(id: string): CorpusLicense | undefined;
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
export interface LicenseTemplate {
    readonly id: string;
    readonly name: string;
    readonly osiApproved: boolean;
    /** Bigrams of the whole text. */
    readonly full: ReadonlySet<string>;
    /** Bigrams up to "END OF TERMS AND CONDITIONS", when the text has that line. */
    readonly head: ReadonlySet<string> | null;
}
export interface LicenseIndex {
    readonly templates: readonly LicenseTemplate[];
    /** Bigram → indices of the templates whose full text has it. */
    readonly fullPostings: ReadonlyMap<string, readonly number[]>;
    /** Bigram → indices of the templates whose head has it (templates with a head only). */
    readonly headPostings: ReadonlyMap<string, readonly number[]>;
}
export declare function licenseIndex(): LicenseIndex;
