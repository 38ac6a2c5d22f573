import type { DetectionContext } from './context.js';
import type { ComponentFinding } from '../model/findings.js';
/** 'Datasets' and 'Evaluation data': shipped data files (LFS pointers included), dataset ids and links. */
export declare function detectData(ctx: DetectionContext): ComponentFinding[];
