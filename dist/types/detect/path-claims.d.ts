import type { ComponentName } from '../model/components.js';
import type { Snapshot } from '../scan/types.js';
export interface BrokenPathClaim {
    /** The document that makes the claim, and its 1-based line. */
    path: string;
    line: number;
    /** The path as written, without an anchor or query (only word characters, `.`, `/`, `-`). */
    target: string;
    component: ComponentName;
}
/** Sentences in the release's documents that place a component at a path the repository lacks. */
export declare function findBrokenPathClaims(snapshot: Snapshot): BrokenPathClaim[];
/** The report line for a broken claim. */
export declare function brokenClaimWarning(claim: BrokenPathClaim): string;
