import { type Detection } from './detect/index.js';
import type { Resolution } from './model/references.js';
import type { Policy } from './policy.js';
import { type OpennessReport } from './report/types.js';
import type { Snapshot } from './scan/types.js';
export interface AssessOptions {
    repository: string;
    policy: Policy;
}
export type { Resolution };
export declare const OFFLINE: Resolution;
/** The pure core without a resolve stage: a snapshot in, the full offline report out. */
export declare function assessSnapshot(snapshot: Snapshot, options: AssessOptions): OpennessReport;
/**
 * The pure core after detection and resolution: findings and the hosts' facts in, the full report
 * out. Deterministic for a given snapshot and set of facts.
 */
export declare function assessDetection(snapshot: Snapshot, detection: Detection, resolution: Resolution, options: AssessOptions): OpennessReport;
