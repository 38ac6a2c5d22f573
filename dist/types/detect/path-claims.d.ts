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
/** A sentence that says this repository itself holds components: "every artefact is released in
 * this repository: weights, intermediate checkpoints, training data". */
export interface RepositoryClaim {
    path: string;
    /** 1-based lines of the sentence. */
    line: number;
    endLine: number;
    components: ComponentName[];
}
/** Sentences of the release's documents that say this repository holds a component. Whether the
 * claim holds is for the caller: it depends on what was found. */
export declare function findRepositoryClaims(snapshot: Snapshot): RepositoryClaim[];
/** The report line for a repository claim that nothing in the repository bears out. */
export declare function repositoryClaimWarning(claim: RepositoryClaim, component: ComponentName): string;
