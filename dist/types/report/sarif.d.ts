import type { OpennessReport } from './types.js';
/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per kind of finding and component
 * (missing, unlicensed, restricted) plus one for open-washing claims; every result has a file
 * location, since code scanning does not show results without one.
 */
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export interface SarifOptions {
    /** Folder of the scanned repository relative to the checkout root, so URIs resolve on GitHub. */
    pathPrefix?: string;
}
type Level = 'error' | 'warning' | 'note';
interface SarifRule {
    id: string;
    name: string;
    shortDescription: {
        text: string;
    };
    fullDescription: {
        text: string;
    };
    help: {
        text: string;
    };
    defaultConfiguration: {
        level: Level;
    };
    properties: {
        tags: string[];
        precision: 'high' | 'medium';
    };
}
interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: Level;
    message: {
        text: string;
    };
    locations: {
        physicalLocation: {
            artifactLocation: {
                uri: string;
            };
            region: {
                startLine: number;
            };
        };
    }[];
    partialFingerprints: {
        primaryLocationLineHash: string;
    };
}
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: {
        tool: {
            driver: {
                name: string;
                version: string;
                semanticVersion: string;
                rules: SarifRule[];
            };
        };
        automationDetails: {
            id: string;
        };
        results: SarifResult[];
    }[];
}
export declare function reportToSarif(report: OpennessReport, options?: SarifOptions): SarifLog;
export {};
