import type { DetectionContext } from './context.js';
import type { ComponentFinding } from '../model/findings.js';
/** Model metadata: training configuration, hyperparameters, trainer state and optimizer states. */
export declare function detectMetadata(ctx: DetectionContext): ComponentFinding[];
