export declare const SPDX_LICENSE_IDS: ReadonlySet<string>;
/** The SPDX id spelled like `raw` ignoring case, or undefined. */
export declare function spdxIdIgnoringCase(raw: string): string | undefined;
