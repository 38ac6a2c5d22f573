/**
 * Escaping for repository-derived strings in GitHub-flavoured Markdown. Everything that comes from
 * the scanned repository (file names, licence names, claims, headings) goes through one of these,
 * so it cannot @mention, reference issues, inject HTML, forge the hidden marker or break a table.
 */
/** Plain inline text, safe in paragraphs, list items and table cells. */
export declare function escapeText(value: string, maxLength?: number): string;
/**
 * A file name or identifier in code style. Written as `<code>` with escaped text rather than a
 * backtick span: the text then renders exactly, and stays inert even inside HTML blocks such as
 * `<details>`, where a backtick span would be raw HTML.
 */
export declare function codeSpan(value: string, maxLength?: number): string;
/** A URL for a Markdown link target: only http(s), with characters that end the target encoded. */
export declare function safeUrl(value: string): string | null;
/** A link whose label is escaped text and whose target is a checked URL; plain text if unsafe. */
export declare function link(label: string, url: string | undefined): string;
/** Encodes a repository path for use inside a URL, segment by segment. */
export declare function encodePath(path: string): string;
