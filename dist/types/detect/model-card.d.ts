import type { DetectionContext } from './context.js';
import type { Snapshot } from '../scan/types.js';
import { type Section } from './markdown.js';
import type { ComponentFinding } from '../model/findings.js';
export interface ModelCardLicense {
    path: string;
    /** The declared id(s) as written; a list is joined with ", ". */
    raw: string;
    /** Each declared id, for a `license:` list. */
    ids: string[];
    /** `license_name` (required beside `license: other`). */
    name?: string;
    /** `license_link`: a file in the repository or a URL. */
    link?: string;
    /** 1-based line of the `license:` key. */
    line: number;
}
export interface ModelCardInfo {
    path: string;
    frontMatter: Record<string, unknown> | null;
    /** 1-based line of each top-level front-matter key. */
    keyLines: Map<string, number>;
    sections: Section[];
    license?: ModelCardLicense;
    datasets: string[];
    baseModels: string[];
    hasModelIndex: boolean;
    /** Titles of sections whose content is only placeholders. */
    placeholderSections: string[];
    /** Titles of sections with real content. */
    filledSections: string[];
    /** Template topics (uses, limitations, training, evaluation, …) that filled sections cover. */
    topics: string[];
    /** Front-matter errors and reading problems, each prefixed with the path. */
    problems: string[];
    /** Whether the file is a model card by content. */
    qualifies: boolean;
    /** Why it is not, when it is not (e.g. "README.md is a template placeholder …"). */
    rejected: string | null;
}
/** Template topics a section title belongs to (a title may name several). */
export declare function sectionTopics(title: string): string[];
/** Strings of a front-matter value that may be one string or a list (capped, trimmed). */
export declare function stringList(value: unknown, cap?: number): string[];
/**
 * The release's model card: README.md / MODEL_CARD.md / model_card.md / modelcard.md at the root,
 * else in a model folder, chosen by content. Returned even when it does not count as a model card
 * (`qualifies: false`, with `rejected` saying why), because its front matter still declares the
 * licence. Null when there is no candidate file at all. Called once per scan (detect/context.ts);
 * every detector gets the result.
 */
export declare function selectModelCard(snapshot: Snapshot): ModelCardInfo | null;
/** Every candidate card, the release's own card first (a repository of several models has several). */
export declare function selectModelCards(snapshot: Snapshot): ModelCardInfo[];
/** 'Model card': a README or card file that describes the model by content, not by name. */
export declare function detectModelCard({ card, cards }: DetectionContext): ComponentFinding[];
