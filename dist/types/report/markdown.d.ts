import type { OpennessReport } from './types.js';
export { mofClassName } from './names.js';
/** GitHub's limit for an issue or PR comment body. */
export declare const COMMENT_LIMIT = 65536;
/** Widest text a cell of the component table may hold, so the table fits a comment without scrolling. */
export declare const TABLE_CELL_MAX = 48;
export interface MarkdownOptions {
    /** Base for file links, e.g. `https://github.com/o/r/blob/<sha>`; plain paths when absent. */
    linkBase?: string;
    /** Extra section placed under the headline (the action's "what this PR changes"). */
    changes?: string;
    /** Heading level of the title (2 in comments, 1 in standalone files). */
    titleLevel?: 1 | 2;
    /** The repository releases no model (e.g. a code library); the headline says so. */
    noModelRelease?: boolean;
}
/** What the headline adds after the verdict when the score needs a caveat. */
export interface HeadlineQualifiers {
    /** The scan stopped early (time budget), so the score counts only what was read. */
    partialScan?: boolean;
    /** No model release was found in the repository. */
    noModelRelease?: boolean;
}
/**
 * Line 1 of every Markdown output: score, MOF class and OSAID verdict, with the caveats that change
 * how the score reads. Stable prefix (`Model openness: N/100 · MOF …`) so readers can grep for it.
 */
export declare function renderHeadline(report: Pick<OpennessReport, 'score' | 'mof' | 'osaid'>, level?: 1 | 2, qualifiers?: HeadlineQualifiers): string;
/** Per MOF class: how many of the components it requires are open (its own, not cumulative). */
export declare function classProgress(report: Pick<OpennessReport, 'components'>): string;
/**
 * The PR comment body, the job summary and `--format markdown` (one body; only links differ,
 * present when there is a repository URL): verdict, changes, next steps, progress, a compact
 * table, then everything else folded.
 */
export declare function renderMarkdown(report: OpennessReport, options?: MarkdownOptions): string;
