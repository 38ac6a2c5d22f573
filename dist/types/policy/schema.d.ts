import { z } from 'zod';
/** A policy file that cannot be used; the message is one line naming the key and the problem. */
export declare class PolicyError extends Error {
}
export declare const DEFAULT_POLICY_PATH = ".github/model-openness.yml";
/**
 * MOF classes as numbers or roman numerals; `none` turns the gate off. Every schema here is built on
 * first use (z.lazy): zod builds each schema's methods as it creates it, and a run without a policy
 * file or a `require-mof-class` setting needs none of them.
 */
export declare const mofClassGate: z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodEnum<{
    "": "";
    1: "1";
    2: "2";
    3: "3";
    none: "none";
    "Class III": "Class III";
    "Class II": "Class II";
    "Class I": "Class I";
    I: "I";
    II: "II";
    III: "III";
}>]>, z.ZodTransform<1 | 2 | 3 | null, "" | 1 | 2 | 3 | "1" | "2" | "3" | "none" | "Class III" | "Class II" | "Class I" | "I" | "II" | "III">>>;
export declare const scoreGate: z.ZodLazy<z.ZodNumber>;
export declare const policySchema: z.ZodLazy<z.ZodObject<{
    'fail-under': z.ZodOptional<z.ZodLazy<z.ZodNumber>>;
    'require-mof-class': z.ZodOptional<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodEnum<{
        "": "";
        1: "1";
        2: "2";
        3: "3";
        none: "none";
        "Class III": "Class III";
        "Class II": "Class II";
        "Class I": "Class I";
        I: "I";
        II: "II";
        III: "III";
    }>]>, z.ZodTransform<1 | 2 | 3 | null, "" | 1 | 2 | 3 | "1" | "2" | "3" | "none" | "Class III" | "Class II" | "Class I" | "I" | "II" | "III">>>>;
    'require-osaid': z.ZodOptional<z.ZodBoolean>;
    'fail-on-regression': z.ZodOptional<z.ZodBoolean>;
    require: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "Model architecture": "Model architecture";
        "Model parameters (Final)": "Model parameters (Final)";
        "Technical report": "Technical report";
        "Evaluation results": "Evaluation results";
        "Model card": "Model card";
        "Data card": "Data card";
        "Sample model outputs": "Sample model outputs";
        "Training code": "Training code";
        "Inference code": "Inference code";
        "Evaluation code": "Evaluation code";
        "Evaluation data": "Evaluation data";
        "Supporting libraries and tools": "Supporting libraries and tools";
        Datasets: "Datasets";
        "Data preprocessing code": "Data preprocessing code";
        "Model parameters (Intermediate)": "Model parameters (Intermediate)";
        "Research paper": "Research paper";
        "Model metadata": "Model metadata";
    }>>>;
    ignore: z.ZodOptional<z.ZodArray<z.ZodString>>;
    licenses: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
        "Model architecture": "Model architecture";
        "Model parameters (Final)": "Model parameters (Final)";
        "Technical report": "Technical report";
        "Evaluation results": "Evaluation results";
        "Model card": "Model card";
        "Data card": "Data card";
        "Sample model outputs": "Sample model outputs";
        "Training code": "Training code";
        "Inference code": "Inference code";
        "Evaluation code": "Evaluation code";
        "Evaluation data": "Evaluation data";
        "Supporting libraries and tools": "Supporting libraries and tools";
        Datasets: "Datasets";
        "Data preprocessing code": "Data preprocessing code";
        "Model parameters (Intermediate)": "Model parameters (Intermediate)";
        "Research paper": "Research paper";
        "Model metadata": "Model metadata";
    }> & z.core.$partial, z.ZodObject<{
        license: z.ZodString;
        path: z.ZodOptional<z.ZodString>;
        reason: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
}, z.core.$strict>>;
export type Policy = z.output<typeof policySchema>;
export declare const EMPTY_POLICY: Policy;
/** One line: where in the file, and what is wrong. */
export declare function formatZodError(error: z.ZodError, source: string): string;
/** Parses and validates policy text. Throws PolicyError with a one-line message. */
export declare function parsePolicy(text: string, source?: string): Policy;
/**
 * Reads the policy file: an explicit path must exist; the default path is optional. The file is
 * part of the scanned (untrusted) checkout, so it is read like any other: no links, capped.
 */
export declare function loadPolicyFile(repoDir: string, explicitPath?: string): Promise<Policy>;
