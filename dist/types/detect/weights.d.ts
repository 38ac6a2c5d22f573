import type { DetectionContext } from './context.js';
import type { ComponentFinding } from '../model/findings.js';
/** Model parameters (Final) and Model parameters (Intermediate). */
export declare function detectWeights(ctx: DetectionContext): ComponentFinding[];
