import type { ComponentName } from '../model/components.js';
import type { ReportChanges } from '../report/changes.js';
import type { OpennessReport } from '../report/types.js';
import type { Policy } from './schema.js';
/**
 * The gates in force for one run. The action and the CLI both build them here from their own
 * flags and the policy file, and both evaluate them here, so a policy gates alike everywhere.
 */
export interface Gates {
    failUnder: number;
    requireMofClass: 1 | 2 | 3 | null;
    requireOsaid: boolean;
    failOnRegression: boolean;
    require: ComponentName[];
}
/** Gates asked for on the command line or in the workflow; absent means "off". */
export interface RequestedGates {
    failUnder?: number;
    requireMofClass?: 1 | 2 | 3 | null;
    requireOsaid?: boolean;
    failOnRegression?: boolean;
}
export type GateName = 'fail-under' | 'require-mof-class' | 'require-osaid' | 'require' | 'fail-on-regression';
export interface GateFailure {
    gate: GateName;
    /** One line, e.g. "score 62 is below 90". */
    message: string;
}
/** Flags can tighten the policy file, never loosen it: the stricter of each gate applies. */
export declare function combineGates(requested: RequestedGates, policy: Policy): Gates;
/**
 * The gates the report does not meet, one entry each. `changes` is the comparison with the base
 * commit; without one (the CLI, or a run with no base) the regression gate cannot fail.
 */
export declare function evaluateGates(report: Pick<OpennessReport, 'score' | 'mof' | 'osaid' | 'components'>, gates: Gates, changes?: ReportChanges | null): GateFailure[];
