import type { Reference } from '../model/references.js';
import type { Snapshot } from '../scan/types.js';
import type { ModelCardInfo } from './model-card.js';
import type { PaperReference } from './papers.js';
export interface ReferenceContext {
    /** `owner/name` of the repository when known (the action knows it; the CLI may be told). */
    repository?: string;
    card: ModelCardInfo | null;
    /** The release's own papers and reports, as the papers detector found them. */
    papers: PaperReference[];
}
/** Every reference the repository makes, with its role. Pure. */
export declare function findReferences(snapshot: Snapshot, context: ReferenceContext): Reference[];
