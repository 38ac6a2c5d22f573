import type { OpennessReport } from './types.js';
/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export interface ShieldsEndpoint {
    schemaVersion: 1;
    label: string;
    message: string;
    color: string;
}
export declare function reportToBadge(report: Pick<OpennessReport, 'score' | 'mof' | 'inventory'>): ShieldsEndpoint;
