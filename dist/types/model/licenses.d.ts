import type { ContentType } from './components.js';
/** What a licence text or declaration turned out to be. */
export interface LicenseIdentification {
    /**
     * SPDX id or expression ("MIT", "MIT AND CC-BY-4.0"), or a `LicenseRef-…` id for licences that
     * SPDX does not list (Llama, Gemma, RAIL, …). Null when the text is not recognised.
     */
    spdx: string | null;
    /** Human-readable name ("Apache License 2.0", "Llama 3.1 Community License Agreement"). */
    name: string;
    /** 0–1; below the matcher's threshold the answer is `unknown`, never a guess. */
    confidence: number;
    kind: 'spdx' | 'ml' | 'multiple' | 'unknown';
    /** True for texts that restrict use (acceptable-use policies, non-commercial or research-only terms). */
    restrictsUse?: boolean;
}
export type LicenseSource = 'license-file' | 'model-card' | 'spdx-header' | 'package-metadata' | 'weights-metadata' | 'policy' | 'declaration' | 'statement' | 'remote';
/** The licence that governs one component, with where it was found and how it rates. */
export interface ResolvedLicense {
    spdx: string | null;
    name: string;
    /** File the licence was read from (repository-relative), or null for a policy override. */
    path: string | null;
    /** Line of the statement or declaration, when it has one. */
    line?: number;
    /** The statement's words, for `source: statement` (repository text: escape before display). */
    quote?: string;
    /** For `source: remote`: the URL that answered, what pins it (commit sha, version) and when. */
    url?: string;
    pinned?: string;
    fetchedAt?: string;
    source: LicenseSource;
    /** Open by the Model Openness Tool's rule (exact SPDX ids: OSI/FSF, open-data list, OpenMDW). */
    open: boolean;
    /** Whether the licence suits the component's content type (MOT only warns on a mismatch). */
    typeAppropriate: boolean;
    contentType: ContentType;
}
/** How a component stands: present under an open licence, under a non-open one, without one, or absent. */
export type ComponentStatus = 'open' | 'restricted' | 'unlicensed' | 'missing';
/** One line of the component table: a detected (or missing) component with its governing licence. */
export interface ComponentReport {
    name: import('./components.js').ComponentName;
    status: ComponentStatus;
    presence: import('./findings.js').Presence | 'missing';
    license: ResolvedLicense | null;
    evidence: import('./findings.js').Evidence[];
    notes: string[];
}
/** Which components a licence file or statement names itself for (LICENSE-MODEL, "the code is …"). */
export type LicenseScope = 'weights' | 'data' | 'code' | 'documents' | 'all';
/** A licence as a statement names it: an SPDX id or expression, or a named licence we do not know. */
export interface StatedLicense {
    spdx: string | null;
    name: string;
    /** False for a licence named in words that we cannot map to an id (it is not open). */
    known: boolean;
    /** The licence file the statement links to, when it links to one in the repository. */
    path?: string;
    /** The licence URL the statement links to, when it links outside the repository. */
    url?: string;
    /** True when the linked text restricts use (acceptable-use policy, non-commercial terms). */
    restrictsUse?: boolean;
}
/** A sentence, label line or table row in the repository's own words that gives a licence a scope. */
export interface LicenseStatement {
    scopes: LicenseScope[];
    license: StatedLicense;
    /** Models a table row or sentence names (names or Hub ids); empty when it speaks of all. */
    models: string[];
    path: string;
    line: number;
    /** The words, trimmed (repository text: escape before display). */
    quote: string;
    form: 'sentence' | 'label' | 'table' | 'notice' | 'pointer';
}
