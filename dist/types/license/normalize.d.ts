export interface NormalizedLicenseId {
    /** SPDX id or expression (`LicenseRef-…` for model licences), or null when none can be named. */
    spdx: string | null;
    name: string;
    /**
     * The string names a licence we recognise: an SPDX id, a Hub id, an alias, a licence family
     * without a version ("BSD", "GPL"), or proprietary terms. False for placeholders (`other`,
     * `unknown`), unknown `LicenseRef-…` ids and anything unrecognised.
     */
    known: boolean;
}
/**
 * Hugging Face Hub `license:` ids (the `License` type of huggingface.js packages/hub
 * src/types/public.ts, 75 ids). Their SPDX ids, model licences (by ml-licenses), licence families
 * without a version, and the two placeholders are handled below.
 */
export declare const HF_LICENSE_IDS: readonly string[];
/** A readable name for an SPDX id or `LicenseRef-…`. */
export declare function licenseName(id: string): string;
export type LicenseExpression = {
    readonly type: 'license';
    readonly id: string;
    readonly exception?: string;
} | {
    readonly type: 'and' | 'or';
    readonly left: LicenseExpression;
    readonly right: LicenseExpression;
};
/**
 * Parses an SPDX expression without validating ids (a leaf is any id-shaped token). Operators in
 * any case; `WITH` binds tighter than `AND`, which binds tighter than `OR`. Null when malformed.
 */
export declare function parseLicenseExpression(text: string): LicenseExpression | null;
/** Writes an expression with parentheses only where precedence needs them. */
export declare function formatLicenseExpression(e: LicenseExpression, leaf?: (id: string) => string, parent?: 'and' | 'or'): string;
/**
 * A declared licence string → SPDX id or expression, with a readable name. Unrecognised strings
 * give `{spdx: null, known: false, name: <the string, trimmed>}`. Never throws.
 */
export declare function normalizeLicenseId(raw: string): NormalizedLicenseId;
