import type { ScannedFile } from '../scan/types.js';
/**
 * Front matter is metadata: anything larger is refused. The `yaml` parser is far from linear on
 * some hostile shapes, so the cap is well below the scanner's 1 MiB text cap.
 */
export declare const FRONT_MATTER_MAX_CHARS: number;
/** Offsets where each line starts; a line break is `\r\n`, `\r` or `\n` (as Markdown counts them). */
export declare function lineStarts(text: string): number[];
/** 1-based line of an offset, given `lineStarts` of the same text. */
export declare function lineOfOffset(starts: number[], offset: number): number;
export interface FrontMatter {
    /** The YAML mapping; null when there is no front matter or it could not be read. */
    data: Record<string, unknown> | null;
    /** Why the front matter could not be read (empty when it was fine or absent). */
    errors: string[];
    /** YAML warnings (unknown tags and the like); the data is still usable. */
    warnings: string[];
    /** True when a front-matter block was found, even if it could not be read. */
    present: boolean;
    /** The text after the front matter (the whole text when there is none), line breaks as given. */
    body: string;
    /** 1-based line of the body's first line in the original text. */
    bodyStartLine: number;
    /** 1-based line of each top-level key that the YAML declares. */
    keyLines: Map<string, number>;
}
export interface YamlResult {
    value: unknown;
    errors: string[];
    warnings: string[];
    /** Top-level keys of a mapping, with their offsets in the source. */
    keyOffsets: [string, number][];
}
/** Parses YAML the safe way (capped, guarded, alias bombs refused); never throws. */
export declare function parseYamlSafe(src: string, label?: string): YamlResult;
/**
 * Splits YAML front matter off a Markdown card by huggingface_hub's `repocard` rule, reads it
 * with `yaml` (duplicate keys allowed, last wins, as in PyYAML) and never throws.
 */
export declare function splitFrontMatter(text: string): FrontMatter;
export interface Section {
    depth: number;
    /** Heading text without Markdown markup. */
    title: string;
    /** 1-based line of the heading in the original file. */
    line: number;
    /** 1-based line where `content` starts. */
    contentLine: number;
    /** 1-based line where `content` ends. */
    endLine: number;
    /** Markdown under the heading, including its subsections, up to the next heading of the same or a higher level. */
    content: string;
}
/** Heading text as a reader sees it: links, images, HTML, emphasis and Hub anchors removed. */
export declare function plainInline(text: string): string;
export declare const FENCE: RegExp;
/**
 * Headings of a Markdown body with line numbers (via marked's block lexer, which never takes
 * fenced code for a heading) and the text under each. Never throws.
 */
export declare function sections(body: string, bodyStartLine?: number): Section[];
export interface MarkdownTable {
    /** 1-based line of the header row. */
    line: number;
    header: string[];
    rows: string[][];
}
/** Top-level GFM tables of a Markdown text (capped), with the line of each header row. */
export declare function markdownTables(text: string, firstLine?: number, limit?: number): MarkdownTable[];
/** A token's word without the marks around it, or null when it has no letter or digit. */
export declare function wordOf(token: string): string | null;
/** Number of words of real prose: markup, headings, placeholders and template boilerplate do not count. */
export declare function substantiveWords(text: string): number;
/**
 * True when a text holds nothing but headings, whitespace, HTML comments, template boilerplate
 * and placeholders (`[More Information Needed]`, TODO, TBD, Coming soon, lorem ipsum, `{{ … }}`).
 */
export declare function isPlaceholderText(text: string): boolean;
export interface MarkdownDoc {
    frontMatter: FrontMatter;
    sections: Section[];
    /** The body with line breaks normalised to `\n`. */
    body: string;
}
/** Front matter and sections of a scanned Markdown file, computed once per file object. */
export declare function readMarkdown(file: ScannedFile): MarkdownDoc;
/** Markdown-like documents by extension. */
export declare function isMarkdownPath(path: string): boolean;
/** The innermost section that contains a 1-based line (null before the first heading). */
export declare function sectionAt(all: readonly Section[], line: number): Section | null;
/** Titles of the section at a line and of every section that encloses it, innermost first. */
export declare function headingPath(all: Section[], line: number): string[];
/**
 * The text with the lines inside fenced code blocks (fences included) emptied, so offsets move
 * but line numbers stay: code in a README is an example to run, not a statement of fact.
 */
export declare function blankFencedCode(text: string): string;
export declare function isTableOfContentsRow(line: string): boolean;
export interface Sentence {
    text: string;
    /** 1-based lines the sentence starts and ends on. */
    line: number;
    endLine: number;
}
/** Sentences of a Markdown body, outside code fences, with the lines each spans. */
export declare function sentencesOf(body: string, firstLine: number): Sentence[];
