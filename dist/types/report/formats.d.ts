import type { OpennessReport } from './types.js';
/**
 * Every output format, in one table: what it is for and how it is written. The CLI's `--format`
 * and docs/formats.md list exactly these.
 */
export declare const OUTPUT_FORMATS: {
    readonly json: {
        readonly description: "the full report (schema version 1)";
        readonly render: (report: OpennessReport) => string;
    };
    readonly markdown: {
        readonly description: "the PR comment / job summary body";
        readonly render: (report: OpennessReport) => string;
    };
    readonly mot: {
        readonly description: "a Model Openness Tool record (YAML)";
        readonly render: (report: OpennessReport) => string;
    };
    readonly sarif: {
        readonly description: "SARIF 2.1.0 for GitHub code scanning";
        readonly render: (report: OpennessReport) => string;
    };
    readonly cyclonedx: {
        readonly description: "a CycloneDX 1.6 ML-BOM (JSON)";
        readonly render: (report: OpennessReport) => string;
    };
    readonly badge: {
        readonly description: "a shields.io endpoint badge (JSON)";
        readonly render: (report: OpennessReport) => string;
    };
};
export type OutputFormat = keyof typeof OUTPUT_FORMATS;
export declare const OUTPUT_FORMAT_NAMES: OutputFormat[];
export declare function isOutputFormat(name: string): name is OutputFormat;
