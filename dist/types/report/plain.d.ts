/**
 * Plain text for machine formats (SARIF, CycloneDX, badges) that tools show as-is: one line,
 * control characters replaced, length capped. Repository-derived strings pass through here.
 */
export declare function plainText(value: string, maxLength?: number): string;
/** A component name as an identifier fragment: `Model parameters (Final)` → `model-parameters-final`. */
export declare function slug(name: string): string;
