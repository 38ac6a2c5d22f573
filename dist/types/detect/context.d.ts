import type { ComponentFinding } from '../model/findings.js';
import { type FileIndex } from '../scan/facts.js';
import type { Snapshot } from '../scan/types.js';
import { type ModelCardInfo } from './model-card.js';
/** What every detector reads: the snapshot, and the model card parsed once for all of them. */
export interface DetectionContext {
    snapshot: Snapshot;
    /** The snapshot's files with their facts, bucketed once (scan/facts.ts): detectors read these. */
    files: FileIndex;
    /** The release's model card (also when it is too thin to count as one), or null. */
    card: ModelCardInfo | null;
    /** Every candidate card, best first (`card` is the first); several models have several cards. */
    cards: ModelCardInfo[];
}
/** One signature for every detector: a context in, the findings of one component family out. Pure. */
export type Detector = (context: DetectionContext) => ComponentFinding[];
export declare function detectionContext(snapshot: Snapshot): DetectionContext;
