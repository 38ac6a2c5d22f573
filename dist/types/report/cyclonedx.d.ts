import type { OpennessReport } from './types.js';
/**
 * CycloneDX 1.6 ML-BOM: the release as a `machine-learning-model` component with a model card,
 * every MOF component found as a component of its own (data components as `data`), each with its
 * licence and with the evidence as properties. Deterministic: the same report gives the same BOM.
 */
type Property = {
    name: string;
    value: string;
};
type LicenseChoice = {
    license: {
        name: string;
        acknowledgement: 'concluded';
    };
}[] | [{
    expression: string;
    acknowledgement: 'concluded';
}];
interface BomComponent {
    type: 'machine-learning-model' | 'data' | 'file';
    'bom-ref': string;
    name: string;
    version?: string;
    description?: string;
    licenses?: LicenseChoice;
    data?: {
        type: 'dataset' | 'other';
        name: string;
        description?: string;
    }[];
    modelCard?: {
        'bom-ref': string;
        modelParameters?: {
            datasets: {
                ref: string;
            }[];
        };
        properties: Property[];
    };
    properties?: Property[];
}
export interface CycloneDxBom {
    $schema: string;
    bomFormat: 'CycloneDX';
    specVersion: '1.6';
    serialNumber: string;
    version: 1;
    metadata: {
        tools: {
            components: {
                type: 'application';
                name: string;
                version: string;
            }[];
        };
        component: {
            type: 'machine-learning-model';
            name: string;
        };
        properties: Property[];
    };
    components: BomComponent[];
    dependencies: {
        ref: string;
        dependsOn: string[];
    }[];
}
export declare function reportToCycloneDx(report: OpennessReport): CycloneDxBom;
export {};
