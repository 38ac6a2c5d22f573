import type { DetectionContext } from './context.js';
import type { ComponentFinding, Evidence, Presence } from '../model/findings.js';
export interface DataCardAssessment {
    evidence: Evidence[];
    locations: string[];
    presence: Presence;
    /** Files or sections that look like data cards but do not count, and why. */
    rejected: {
        path: string;
        reason: string;
    }[];
}
/** Croissant JSON-LD: `@context` maps `cr` to the MLCommons namespace and `@type` is Dataset. */
export declare function croissantInfo(text: string): {
    conformsTo: string | null;
} | null;
/** Everything that documents the data, with what looked like a data card but did not count. */
export declare function assessDataCards(ctx: DetectionContext): DataCardAssessment;
/** 'Data card': data cards, datasheets, dataset cards, Croissant files, AI Act training-content summaries. */
export declare function detectDataCard(ctx: DetectionContext): ComponentFinding[];
