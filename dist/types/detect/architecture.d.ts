import type { DetectionContext } from './context.js';
import type { ComponentFinding } from '../model/findings.js';
/** Model architecture: model-definition code, architecture configs, and the architecture a GGUF header names. */
export declare function detectArchitecture(ctx: DetectionContext): ComponentFinding[];
