import type { DetectionContext } from './context.js';
import type { ComponentFinding } from '../model/findings.js';
/** 'Evaluation results': model-index metadata, results tables under results headings, results files. */
export declare function detectEvaluationResults(ctx: DetectionContext): ComponentFinding[];
/** 'Sample model outputs': samples folders, sample output files, example-output sections of the
 * card, output images and transcripts the card shows, notebooks with saved image outputs. */
export declare function detectSampleOutputs(ctx: DetectionContext): ComponentFinding[];
/** 'Evaluation results' and 'Sample model outputs'. */
export declare function detectEvaluation(ctx: DetectionContext): ComponentFinding[];
