import type { DetectionContext } from './context.js';
import type { ComponentFinding, Evidence } from '../model/findings.js';
/**
 * Whether the link after a dataset id (`/resolve/main/park.png?download=true`) is one picture,
 * sound or video in the repository: something to prompt the model with, not data it learnt from.
 */
export declare function isMediaFileLink(afterId: string): boolean;
/** What a dataset link is to the release, read from its sentence and the headings above it:
 * news about other releases and data offered for users' own fine-tuning are not the release's. */
export declare function datasetLinkPlace(text: string, headings: readonly string[]): 'not-the-release' | 'evaluation' | null;
/** Hub dataset repositories that hold something else (README images, licence texts). */
export declare function isNotADataset(id: string): boolean;
/** 'Datasets' and 'Evaluation data': shipped data files (LFS pointers included), dataset ids and links. */
export declare function detectData(ctx: DetectionContext): ComponentFinding[];
/** Where the model card says the training data is not released, if it does. */
export declare function withheldTrainingData(ctx: DetectionContext): Evidence | null;
