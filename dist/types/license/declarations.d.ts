export interface SpdxHeaderDeclaration {
    /** The expression as written after `SPDX-License-Identifier:`. */
    spdx: string;
    /** 1-based line. */
    line: number;
}
export interface PackageLicenseDeclaration {
    /** The licence string as declared ("MIT", "Apache-2.0 OR MIT", "MIT License" from a classifier). */
    raw: string;
    /** 1-based line of the declaration. */
    line: number;
    /** The licence file the manifest points to (`license = {file = "…"}`, `license-file`). */
    file?: string;
}
/** `SPDX-License-Identifier:` lines (at most 50, from the first 256 KB). */
export declare function spdxHeaderDeclarations(text: string): SpdxHeaderDeclaration[];
/** The licence a code file's comment header names in words, as written (from the first 2 KB). */
export declare function headerLicenseStatement(text: string): string | null;
/**
 * The licence a package manifest declares (package.json, pyproject.toml, setup.cfg, setup.py,
 * Cargo.toml), or null for other files and manifests without one.
 */
export declare function packageMetadataLicense(path: string, text: string): PackageLicenseDeclaration | null;
