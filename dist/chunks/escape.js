/** Display names and number formats shared by every output format. */
const CLASS_ROMAN = ['', 'I', 'II', 'III'];
function mofClassName(cls) {
    return cls === 0 ? 'Unclassified' : `Class ${CLASS_ROMAN[cls]}`;
}
/** A number for people: at most one decimal, no trailing `.0`, no binary-fraction tails. */
function formatNumber(value) {
    const rounded = Math.round(value * 10 + Number.EPSILON * Math.sign(value)) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Escaping for repository-derived strings in GitHub-flavoured Markdown. Everything that comes from
 * the scanned repository (file names, licence names, claims, headings) goes through one of these,
 * so it cannot @mention, reference issues, inject HTML, forge the hidden marker or break a table.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** Characters that start Markdown syntax inline. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]{}()#+!~|>-]/g;
function neutraliseReferences(text) {
    return (text
        // A backslash does not stop a mention; a zero-width space after `@` does.
        .replace(/@/g, '@' + ZERO_WIDTH_SPACE)
        // `#123`, `GH-123` and `owner/repo#123` would cross-reference issues.
        .replace(/#(?=\d)/g, '#' + ZERO_WIDTH_SPACE)
        .replace(/\b(GH)-(?=\d)/gi, '$1-' + ZERO_WIDTH_SPACE)
        // Bare URLs autolink; break the scheme so a hostile name cannot become a link.
        .replace(/\b(https?|ftp|mailto|javascript|data):/gi, '$1' + ZERO_WIDTH_SPACE + ':')
        .replace(/\bwww\./gi, 'www' + ZERO_WIDTH_SPACE + '.'));
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Control characters and line breaks would end a table row or hide text. */
function flattenWhitespace(text) {
    return (text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd'));
}
/** Plain inline text, safe in paragraphs, list items and table cells. */
function escapeText(value, maxLength = 300) {
    let text = flattenWhitespace(value);
    if (text.length > maxLength)
        text = text.slice(0, maxLength - 1) + '\u2026';
    // References first: after punctuation escaping `GH-123` reads `GH\-123` and would slip past.
    text = neutraliseReferences(text);
    text = escapeHtml(text);
    return text.replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c);
}
/**
 * A file name or identifier in code style. Written as `<code>` with escaped text rather than a
 * backtick span: the text then renders exactly, and stays inert even inside HTML blocks such as
 * `<details>`, where a backtick span would be raw HTML.
 */
function codeSpan(value, maxLength = 200) {
    return `<code>${escapeText(value, maxLength)}</code>`;
}
/** A URL for a Markdown link target: only http(s), with characters that end the target encoded. */
function safeUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    return url.href.replace(/[()<>\s"'`|\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/** A link whose label is escaped text and whose target is a checked URL; plain text if unsafe. */
function link(label, url) {
    const safe = url ? safeUrl(url) : null;
    const text = escapeText(label);
    return safe ? `[${text}](${safe})` : text;
}
/** Encodes a repository path for use inside a URL, segment by segment. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

export { CLASS_ROMAN as C, encodePath as a, codeSpan as c, escapeText as e, formatNumber as f, link as l, mofClassName as m, safeUrl as s };
