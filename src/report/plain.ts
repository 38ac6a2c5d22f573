/**
 * Plain text for machine formats (SARIF, CycloneDX, badges) that tools show as-is: one line,
 * control characters replaced, length capped. Repository-derived strings pass through here.
 */
export function plainText(value: string, maxLength = 1000): string {
  const text = value
    .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
    .trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** A component name as an identifier fragment: `Model parameters (Final)` → `model-parameters-final`. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
