import type { DetectionContext } from './context.js';
import type { ComponentName } from '../model/components.js';
import type { ScannedFile, Snapshot } from '../scan/types.js';
import type { ComponentFinding } from '../model/findings.js';
/** The components the code rules detect: training, inference, evaluation and preprocessing code. */
export declare const CODE_RULE_COMPONENTS: ReadonlySet<ComponentName>;
interface Submodule {
    name: string;
    path: string;
    url: string;
    line: number;
}
/** `.gitmodules` entries (the code of a submodule is not checked out by default). */
export declare function readSubmodules(snapshot: Snapshot): {
    file: ScannedFile;
    modules: Submodule[];
} | null;
/** Training, inference, evaluation and data-preprocessing code, and supporting libraries. */
export declare function detectCode(ctx: DetectionContext): ComponentFinding[];
export {};
