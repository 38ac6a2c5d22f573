/**
 * Model licences and use policies that SPDX does not list. Their texts are not in any package, so
 * they are recognised by their title lines. Ids are `LicenseRef-<Hugging Face id>` where the Hub has
 * an id (so a `license: llama3.1` card and a LICENSE file with the Llama 3.1 text agree), otherwise
 * `LicenseRef-<the license_name the model makers use on the Hub>`.
 */
export interface MlLicense {
    /** `LicenseRef-…` id. */
    readonly spdx: string;
    /** The Hugging Face `license:` id, when the Hub has one. */
    readonly hfId?: string;
    readonly name: string;
    /** The terms restrict use: an acceptable-use policy, research-only or non-commercial clauses. */
    readonly restrictsUse: boolean;
    /** A use policy document (it restricts; it does not license anything). */
    readonly policy?: boolean;
    /** RAIL family: a specific RAIL licence supersedes the generic OpenRAIL match. */
    readonly rail?: boolean;
    /** Title phrases, matched case-insensitively with flexible whitespace. */
    readonly titles: readonly RegExp[];
    /** Declared strings (model card `license_name`, GGUF) that name this licence, lower case. */
    readonly aliases?: readonly string[];
}
export declare const ML_LICENSES: readonly MlLicense[];
export interface MlLicenseMatch {
    readonly license: MlLicense;
    /** Character offset of the title in the text. */
    readonly index: number;
    /** Found in a heading, not inside a sentence. */
    readonly titleLine: boolean;
}
/** Titles are looked for anywhere in this much of the text… */
export declare const ML_HEAD_CHARS = 4096;
/**
 * ML licence titles in a text: anywhere in the first 4 KB, and in headings after that. Use
 * policies count only in headings (licences mention their policy in sentences), and
 * only when no licence was found. A specific RAIL licence hides the generic OpenRAIL match.
 * Ordered by position; one match per licence.
 */
export declare function findMlLicenses(text: string, maxChars: number): MlLicenseMatch[];
/** The ML licence a declared id names: `LicenseRef-…`, a Hub id or a known `license_name`. */
export declare function mlLicenseById(raw: string): MlLicense | undefined;
