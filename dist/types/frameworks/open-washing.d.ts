import type { ComponentReport } from '../model/licenses.js';
import type { OsaidVerdict } from './osaid.js';
import type { OpennessClaim } from '../model/findings.js';
export type { OpennessClaim };
export interface OpenWashingFlag {
    path: string;
    line: number;
    phrase: string;
    excerpt: string;
    /** What the files do not bear out. */
    problem: string;
    /** Accurate wording for what is actually open. */
    suggestion: string;
    /**
     * `not-borne-out`: the files show restriction or absence. `not-verifiable`: what fails is only
     * kept elsewhere with no licence stated here (resolve it online, or state it).
     */
    verdict: 'not-borne-out' | 'not-verifiable';
}
/** Accurate wording, by what is open: the distinction the OSI's definition draws. */
export declare function accurateWording(components: ComponentReport[]): string;
export declare function detectOpenWashing(claims: OpennessClaim[], components: ComponentReport[], osaid: OsaidVerdict, mofClass: 0 | 1 | 2 | 3, 
/** Names and ids of the release's own models: claims about other models are not its claims. */
subject?: readonly string[]): OpenWashingFlag[];
