/**
 * The subject of a repository: which model(s) it releases. A training library, an evaluation
 * harness or a fine-tuning recipe releases none, and the report says so instead of rating a model.
 */
import type { ComponentFinding } from '../model/findings.js';
import type { Reference } from '../model/references.js';
import type { Snapshot } from '../scan/types.js';
import type { ModelCardInfo } from './model-card.js';
export interface ReleaseSubject {
    /** `model` when the repository releases model weights (here or by reference), else `none`. */
    release: 'model' | 'none';
    /** Model names the repository presents as its own (card `model-index`, README title, folders). */
    names: string[];
    /** Hub ids of the release's own models. */
    ids: string[];
    evidence: {
        path: string;
        line?: number;
        detail: string;
    }[];
}
/** Which model(s) the repository releases. Pure. */
export declare function findSubject(snapshot: Snapshot, card: ModelCardInfo | null, findings: readonly ComponentFinding[], references: readonly Reference[]): ReleaseSubject;
