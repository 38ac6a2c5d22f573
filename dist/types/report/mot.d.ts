import type { OpennessReport } from './types.js';
/** `--format mot`: the detected release as a Model Openness Tool record, ready to submit. */
export declare function reportToMotYaml(report: OpennessReport): string;
