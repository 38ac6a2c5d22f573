import type { ComponentName } from '../model/components.js';
import type { ComponentReport } from '../model/licenses.js';
/**
 * OSI Open Source AI Definition 1.0: the preferred form to make modifications must include Data
 * Information, the complete Code, and the Parameters, each under OSI-approved / OSD-conformant terms.
 * The training data itself is not required. Rules are data: each requirement lists the MOF
 * components that satisfy it and the terms it needs.
 */
export type OsaidTerms = 'osi-approved' | 'osd-conformant';
export interface OsaidRequirementRule {
    id: string;
    group: 'Data Information' | 'Code' | 'Model';
    title: string;
    /** Every component listed must be present under suitable terms (`all`), or one of them (`any`). */
    components: ComponentName[];
    match: 'all' | 'any';
    terms: OsaidTerms;
    /** Met when none of the components is present ("if used"). */
    onlyIfUsed?: boolean;
    clause: string;
}
export declare const OSAID_REQUIREMENTS: OsaidRequirementRule[];
export interface OsaidRequirementResult {
    id: string;
    group: OsaidRequirementRule['group'];
    title: string;
    met: boolean;
    reason: string;
    components: ComponentName[];
    clause: string;
}
export interface OsaidVerdict {
    conformant: boolean;
    requirements: OsaidRequirementResult[];
}
export declare function evaluateOsaid(components: ComponentReport[]): OsaidVerdict;
