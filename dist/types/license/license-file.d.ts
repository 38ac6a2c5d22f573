/**
 * One licence file as the scan and the `license` command both see it: what its text is, which
 * components its name scopes it to, whether it is a use policy, and whether it only points to a
 * licence elsewhere. Light on purpose: the `license` command loads this, not the scanner.
 */
import type { LicenseIdentification, LicenseScope } from '../model/licenses.js';
import { type LicenseMatch } from './identify.js';
import { type ThirdPartyNotice } from './notices.js';
export interface LicenseFile {
    path: string;
    scope: LicenseScope;
    identification: LicenseIdentification;
    /** Acceptable-use policies and similar: they restrict, they do not license. */
    usePolicy: boolean;
    /** A file whose whole content is a link ("see https://…"): a pointer, not a governing licence. */
    pointer?: string;
    /** A header template with its placeholders ("Copyright [yyyy] …"): no licence by itself. */
    template?: true;
    /**
     * For a third-party notice inside a licence file: the path it names, which it governs instead
     * of the file's folder (the file's own licence governs the rest).
     */
    governs?: string;
}
export declare function scopeOf(path: string): LicenseScope;
/** The link a pointer-only licence file holds ("See https://…/LICENSE"), or null. */
export declare function pointerTarget(text: string, identification: LicenseIdentification): string | null;
export interface DescribedLicenseFile {
    /** The file as its main licence (the text before any third-party notices). */
    file: LicenseFile;
    match: LicenseMatch;
    /** Third-party notices after the main licence, each with the paths it names. */
    notices: ThirdPartyNotice[];
}
/**
 * A licence-like file's text, identified and classified, with how it was identified (the
 * `license` command prints it). A licence followed by third-party notices is its main licence;
 * the notices are read apart. Pure; never throws.
 */
export declare function describeLicenseFile(path: string, text: string): DescribedLicenseFile;
/** The entries a licence file contributes: its main licence, then one per path a notice names. */
export declare function licenseFileEntries(path: string, text: string): LicenseFile[];
