import { z } from 'zod';
import type { ComponentReport } from '../model/licenses.js';
import type { MofClassification, MofComponentInput, MofInput } from './mof.js';
import { type ComponentName, type ContentType } from '../model/components.js';
/** MOT's largest record is about 5 KB; the cap keeps the worst-case parse under a second. */
export declare const MAX_MOT_RECORD_BYTES: number;
/** Far above the 17 MOF components; bounds the work a hostile record can cause. */
export declare const MAX_MOT_RECORD_COMPONENTS = 1000;
export declare const MOT_FRAMEWORK: {
    readonly name: "Model Openness Framework";
    readonly version: "1.0";
    readonly date: "2024-12-15";
};
export declare const MOT_RELEASE_TYPES: readonly ["", "language", "vision", "image", "audio", "video", "3d", "code", "multimodal", "other"];
export type MotReleaseType = (typeof MOT_RELEASE_TYPES)[number];
export declare const MOT_ARCHITECTURES: readonly ["", "transformer", "transformer decoder", "transformer encoder-decoder", "decoder", "encoder", "diffusion", "RNN", "CNN", "LSTM", "NeRF", "hybrid", "undisclosed", "other"];
export type MotArchitecture = (typeof MOT_ARCHITECTURES)[number];
export declare const MOT_TREATMENTS: readonly ["pre-trained", "instruct fine-tuned", "chat fine-tuned"];
export type MotTreatment = (typeof MOT_TREATMENTS)[number];
export declare const MOT_LICENSE_SCOPES: readonly ["distribution", "code", "data", "document"];
export type MotLicenseScope = (typeof MOT_LICENSE_SCOPES)[number];
export declare const MOT_SCHEMA_FACTS: {
    readonly frameworkNames: readonly ["Model Openness Framework"];
    readonly requiredTopLevel: readonly ["framework", "release"];
    readonly requiredFramework: readonly ["name", "version", "date"];
    readonly frameworkStringKeys: readonly ["name", "version", "date"];
    readonly requiredRelease: readonly ["name", "license", "producer", "components"];
    readonly releaseStringKeys: readonly ["name", "version", "date", "type", "architecture", "treatment", "origin", "producer", "contact"];
    /** Keys with JSON Schema `format: date` (RFC 3339 full-date, YYYY-MM-DD). */
    readonly dateKeys: readonly ["framework.date", "release.date"];
    readonly releaseNameMinLength: 1;
    readonly releaseTypes: readonly ["", "language", "vision", "image", "audio", "video", "3d", "code", "multimodal", "other"];
    readonly architectures: readonly ["", "transformer", "transformer decoder", "transformer encoder-decoder", "decoder", "encoder", "diffusion", "RNN", "CNN", "LSTM", "NeRF", "hybrid", "undisclosed", "other"];
    readonly treatments: readonly ["pre-trained", "instruct fine-tuned", "chat fine-tuned"];
    /** `release.license` is a mapping (other keys allowed); these scopes hold `{name, path}`. */
    readonly licenseScopes: readonly ["distribution", "code", "data", "document"];
    /** `name` and `path` of a licence scope: string or null. */
    readonly licenseScopeKeys: readonly ["name", "path"];
    readonly minComponents: 0;
    readonly maxComponents: 17;
    readonly componentStringKeys: readonly ["name", "description", "license", "license_path", "component_path"];
    /** Not in the JSON Schema itself: MOT's importer looks components up by these exact names. */
    readonly componentNames: readonly ("Model architecture" | "Model parameters (Final)" | "Technical report" | "Evaluation results" | "Model card" | "Data card" | "Sample model outputs" | "Training code" | "Inference code" | "Evaluation code" | "Evaluation data" | "Supporting libraries and tools" | "Datasets" | "Data preprocessing code" | "Model parameters (Intermediate)" | "Research paper" | "Model metadata")[];
};
/**
 * Checks an object against MOT's record schema. Returns one message per violation, each starting
 * with the key it concerns (`release.components[2].name: …`); an empty list means it conforms.
 */
export declare function validateAgainstMotSchema(obj: unknown): string[];
declare const componentSchema: z.ZodLazy<z.ZodObject<{
    name: z.ZodString;
    description: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
    license: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
    license_path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
    component_path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
}, z.core.$loose>>;
/** A MOT record as read: tolerant of nulls, numbers for text and extra keys. */
export declare const MotRecordSchema: z.ZodLazy<z.ZodObject<{
    framework: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        version: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        date: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
    }, z.core.$loose>>>;
    release: z.ZodLazy<z.ZodObject<{
        name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        version: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        date: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        type: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        architecture: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        treatment: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        origin: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        producer: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        contact: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        repository: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        huggingface: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        license: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            distribution: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodObject<{
                name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
                path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            }, z.core.$loose>>>>;
            code: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodObject<{
                name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
                path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            }, z.core.$loose>>>>;
            data: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodObject<{
                name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
                path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            }, z.core.$loose>>>>;
            document: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodObject<{
                name: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
                path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            }, z.core.$loose>>>>;
        }, z.core.$loose>>>;
        components: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodLazy<z.ZodObject<{
            name: z.ZodString;
            description: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            license: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            license_path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
            component_path: z.ZodLazy<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>>>;
        }, z.core.$loose>>>>>;
    }, z.core.$loose>>;
}, z.core.$loose>>;
export type MotRecord = z.output<typeof MotRecordSchema>;
export type MotComponentRecord = z.output<typeof componentSchema>;
export type ParseMotRecordResult = {
    ok: true;
    record: MotRecord;
} | {
    ok: false;
    error: string;
};
/**
 * Parses a MOT YAML record. Never throws: oversized input, YAML errors, alias bombs, a document
 * that is not a mapping or a malformed key give `{ok: false, error}` with a one-line message.
 */
export declare function parseMotRecord(yamlText: string): ParseMotRecordResult;
/** Where a component's licence came from. */
export type MotLicenseSource = 'component' | ContentType | 'distribution' | 'none';
export interface MotResolvedComponent extends MofComponentInput {
    source: MotLicenseSource;
}
/**
 * Resolves one component's licence as MOT's `resolveLicense` does: a component licence that is
 * set wins (`unlicensed` or empty means none, without falling back); a null or absent one
 * inherits `release.license.<content type>.name`, then `release.license.distribution.name`.
 */
export declare function resolveMotLicense(record: MotRecord, component: MotComponentRecord): MotResolvedComponent;
/** The evaluator's input, with where each licence came from. */
export interface MotMofInput extends MofInput {
    components: MotResolvedComponent[];
}
/** The evaluator's input for a record: every listed component with its resolved licence. */
export declare function motRecordToMofInput(record: MotRecord): MotMofInput;
export type EvaluateMotRecordResult = {
    ok: true;
    record: MotRecord;
    input: MotMofInput;
    classification: MofClassification;
} | {
    ok: false;
    error: string;
};
/** Parses and classifies a MOT YAML record. Never throws. */
export declare function evaluateMotRecord(yamlText: string): EvaluateMotRecordResult;
export interface MotReleaseInfo {
    name: string;
    version?: string;
    date?: string;
    type?: string;
    architecture?: string;
    treatment?: string;
    origin?: string;
    producer?: string;
    contact?: string;
    repository?: string;
    huggingface?: string;
}
export interface MotComponentEntry {
    name: ComponentName;
    description: string;
    license: string;
    license_path?: string;
    component_path?: string;
}
/** A record as written: conforms to MOT's schema. */
export interface MotRecordDocument {
    framework: {
        name: string;
        version: string;
        date: string;
    };
    release: {
        name: string;
        version: string;
        date?: string;
        type: MotReleaseType;
        architecture: MotArchitecture;
        treatment?: MotTreatment;
        origin: string;
        producer: string;
        contact: string;
        repository?: string;
        huggingface?: string;
        license: Partial<Record<MotLicenseScope, {
            name: string;
            path: string;
        }>>;
        components: MotComponentEntry[];
    };
}
/**
 * Writes a detected release as a MOT record: only the components that are present, each with an
 * explicit licence (SPDX id when known, the licence name otherwise, `unlicensed` when none) so no
 * global licence is needed. Components come in MOT's display order.
 */
export declare function buildMotRecord(release: MotReleaseInfo, components: readonly ComponentReport[]): MotRecordDocument;
/**
 * Serialises a record as YAML. Strings are single-quoted so that MOT's YAML reader keeps dates
 * and versions such as '1.0' as text.
 */
export declare function motRecordToYaml(record: MotRecordDocument | MotRecord): string;
export {};
