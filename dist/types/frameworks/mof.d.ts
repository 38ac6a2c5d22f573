import { type ComponentName, type MofClassNumber } from '../model/components.js';
export interface MofComponentInput {
    name: ComponentName;
    /**
     * The resolved licence string as MOT sees it: an exact SPDX id, any other string, or null for
     * none. `''` and `'unlicensed'` also mean none (MOT maps both to its `unlicensed` marker).
     */
    license: string | null;
    /**
     * Whether the licence is open, when the caller has already decided it with the scan's one rule
     * (expressions such as `MIT OR Apache-2.0`, use restrictions). MOT records leave it unset and
     * get MOT's own exact-id rule.
     */
    open?: boolean;
    /** Whether the licence suits the component's content type, decided with the same rule. */
    typeAppropriate?: boolean;
}
export interface MofInput {
    /** The components the release lists; a name listed twice keeps its last licence, as in MOT. */
    components: readonly MofComponentInput[];
}
export type MofClass = 0 | MofClassNumber;
export type MofClassKey = '1' | '2' | '3';
export interface MofBuckets {
    /** Required components under an open licence. */
    included: ComponentName[];
    /** Listed components (required or optional) without a licence. */
    unlicensed: ComponentName[];
    /** Listed components (required or optional) under a licence that is not open. */
    invalid: ComponentName[];
    /** Required components the release does not list. */
    missing: ComponentName[];
    /** Optional components under an open licence; they never count towards progress. */
    optional: ComponentName[];
}
export interface MofClassification {
    class: MofClass;
    label: string;
    /** Per class, the percentage exactly as MOT's API returns it (unrounded float, 0–100). */
    progress: Record<MofClassKey, number>;
    /** Per class, cumulative over the more open classes (Class I's buckets cover all 17). */
    buckets: Record<MofClassKey, MofBuckets>;
    /** Components under an open licence that does not suit their content type (MOT only warns). */
    warnings: string[];
}
export declare const MOF_CLASS_LABELS: Readonly<Record<MofClass, string>>;
/** MOT's marker for a component without a licence. */
export declare const MOT_UNLICENSED = "unlicensed";
/**
 * MOT's display weights (mof.settings.yml): the order its API lists components in. Buckets use
 * this order; the outcome does not depend on it.
 */
export declare const MOT_COMPONENT_WEIGHT: Readonly<Record<ComponentName, number>>;
/** Open by MOT's rule: exact, case-sensitive SPDX id that is OSI/FSF-flagged, open data or OpenMDW. */
export declare function isMotOpenLicense(license: string | null): boolean;
/** Whether MOT calls the licence type-appropriate for the component's content type. */
export declare function isMotTypeAppropriate(license: string | null, name: ComponentName): boolean;
/** Classifies a release exactly as MOT does. Pure; unknown component names are ignored. */
export declare function evaluateMof(input: MofInput): MofClassification;
/** MOT's progress rounded as its model pages and derived datasets show it (two decimals). */
export declare function roundMofProgress(value: number): number;
