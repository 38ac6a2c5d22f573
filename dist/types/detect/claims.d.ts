import type { DetectionContext } from './context.js';
import type { OpennessClaim } from '../model/findings.js';
export type { OpennessClaim };
/**
 * Whether a phrase in a sentence claims openness for this release. `implicitSubject` is set for
 * package descriptions, which by definition describe the package.
 */
export declare function isReleaseClaim(text: string, index: number, phrase: string, implicitSubject?: boolean): boolean;
/**
 * Sentences in the release's own words that call this release open ("X is an open-source
 * model", "we open-source …", "a fully open release"); mentions of other open-source things,
 * negations, promises and licence boilerplate are left out.
 */
export declare function findOpennessClaims(ctx: DetectionContext): OpennessClaim[];
