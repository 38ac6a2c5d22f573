/**
 * Openness of SPDX ids and expressions by the Model Openness Tool's rule (exact, case-sensitive ids;
 * see mot-licenses.ts), type-appropriateness, and OSI approval.
 */
import type { ContentType } from '../model/components.js';
/**
 * OSI-approved ids: the `osiApproved` flags of spdx-license-list 6.12 (SPDX list 3.28), 149 ids.
 * Written out rather than imported: the package's index (spdx.json, 120 KB of names and URLs)
 * would be bundled for 2 KB of ids, and MOT's open set cannot stand in for it (it also takes
 * FSF-libre and open-data licences). A test compares this list with the package.
 */
export declare const OSI_APPROVED_IDS: ReadonlySet<string>;
/**
 * Open under MOT's rule: the exact SPDX id is OSI- or FSF-flagged, on its open-data list or
 * OpenMDW-1.0. `LicenseRef-…` ids, aliases like "Apache 2.0" and wrong case are not open.
 */
export declare function isOpenLicense(spdx: string | null | undefined): boolean;
/** MOT's type-appropriate licences for code, data or documentation (a mismatch only warns). */
export declare function isTypeAppropriate(spdx: string | null | undefined, contentType: ContentType): boolean;
export declare function isOsiApproved(spdx: string | null | undefined): boolean;
