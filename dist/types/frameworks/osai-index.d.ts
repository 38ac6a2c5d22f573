import type { ComponentName } from '../model/components.js';
import type { ComponentReport } from '../model/licenses.js';
/**
 * The European Open Source AI Index: 12 dimensions (since 2026-03-13), each open, partial or
 * closed; score = mean with open 1, partial 0.5, closed 0. The index rates by hand from public
 * evidence; here each dimension is rated from what the repository shows.
 */
export type IndexClass = 'open' | 'partial' | 'closed';
export interface DocumentationFacts {
    /** Titles of model-card sections with real content (placeholders excluded). */
    modelCardSections: string[];
    /** The card names a base model: the release is a fine-tune of another model. */
    fineTuned: boolean;
}
export interface IndexDimension {
    key: string;
    title: string;
    category: 'Availability' | 'Documentation' | 'Access';
    class: IndexClass;
    reason: string;
}
export interface OsaiIndexResult {
    dimensions: IndexDimension[];
    /** 0–1, as the index publishes it. */
    score: number;
}
type Lookup = (name: ComponentName) => ComponentReport;
interface DimensionRule {
    key: string;
    title: string;
    category: IndexDimension['category'];
    rate: (get: Lookup, facts: DocumentationFacts) => [IndexClass, string];
}
export declare const OSAI_INDEX_DIMENSIONS: DimensionRule[];
export declare function evaluateOsaiIndex(components: ComponentReport[], facts: DocumentationFacts): OsaiIndexResult;
export {};
