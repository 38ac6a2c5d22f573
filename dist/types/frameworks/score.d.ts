import { type ComponentName } from '../model/components.js';
import type { ComponentReport, ComponentStatus } from '../model/licenses.js';
/**
 * The headline openness score, 0–100 (docs/scoring.md). Each MOF component carries a weight; a
 * component earns its weight times the factor of its status. Weights sum to 100, so every point
 * traces to one line of the component table. Factors rise with openness, which makes the score
 * monotone: adding a component, or opening its licence, never lowers it.
 */
export declare const STATUS_FACTOR: Readonly<Record<ComponentStatus, number>>;
/**
 * A component kept elsewhere whose licence the repository does not state is an unresolved
 * reference: neither its content nor its terms were seen, so it earns less than one whose files
 * are here, and less than a stated restrictive licence.
 */
export declare const UNRESOLVED_REFERENCE_FACTOR = 0.15;
export declare const COMPONENT_WEIGHTS: Readonly<Record<ComponentName, number>>;
export interface ScoreLine {
    name: ComponentName;
    status: ComponentStatus;
    weight: number;
    points: number;
}
export interface OpennessScore {
    score: number;
    lines: ScoreLine[];
}
export declare function computeScore(components: (Pick<ComponentReport, 'name' | 'status'> & Partial<Pick<ComponentReport, 'presence'>>)[]): OpennessScore;
