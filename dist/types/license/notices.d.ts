/**
 * Third-party notices appended to a licence file: "This project includes code from X, licensed
 * under BSD-3-Clause: …". The licence at the top governs the repository's own files; each notice
 * governs only the paths it names. Reading stops at what the words say: a notice that names no
 * path in the repository scopes to nothing here.
 */
import type { LicenseIdentification } from '../model/licenses.js';
export interface ThirdPartyNotice {
    identification: LicenseIdentification;
    /** Repository paths the notice names (folders or files), without "./" or a trailing "/". */
    paths: string[];
    /** 1-based line of the notice in the file. */
    line: number;
}
/** Where the notices start: a heading or notice sentence after some licence text, else -1. */
export declare function noticesStart(full: string): number;
/**
 * The notices after `start` (see noticesStart): one per notice sentence, each with the licence
 * its text holds or names (`identify` reads a full licence text) and the paths it names.
 */
export declare function readNotices(text: string, start: number, identify: (text: string) => LicenseIdentification): ThirdPartyNotice[];
