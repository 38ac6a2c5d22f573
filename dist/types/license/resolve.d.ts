import { type ComponentName } from '../model/components.js';
import type { RemoteLicenseCandidate } from '../resolve/apply.js';
import type { ComponentFinding } from '../model/findings.js';
import type { Snapshot } from '../scan/types.js';
import { type LicenseFile } from './license-file.js';
import type { LicenseStatement, ComponentReport, LicenseSource, ResolvedLicense } from '../model/licenses.js';
export type { LicenseFile } from './license-file.js';
export interface DeclaredLicense {
    raw: string;
    path: string;
    line?: number;
    source: LicenseSource;
    /** Display name given beside the id (model card `license_name`). */
    name?: string;
}
/** Licence facts of a repository, gathered once and used for every component. */
export interface LicenseContext {
    files: LicenseFile[];
    /** The model card's `license:` (with `license_name` / `license_link`), which governs the weights. */
    modelCard: DeclaredLicense | null;
    /** Licences stated in package metadata (pyproject, package.json, setup.cfg …). */
    packages: DeclaredLicense[];
    /** Folders of the repository, to tell a folder location from a file location. */
    directories: ReadonlySet<string>;
    /** SPDX-License-Identifier headers of code files. */
    headerDeclarations: {
        path: string;
        spdx: string;
    }[];
    /** Per-component overrides from the policy file (e.g. weights hosted elsewhere). */
    overrides: Partial<Record<ComponentName, {
        license: string;
        path?: string;
    }>>;
    /** Licence statements in the repository's own words, scoped to components. */
    statements: LicenseStatement[];
    /** Licences the hosts state for components kept there (online or from the lock file). */
    remote: ReadonlyMap<ComponentName, RemoteLicenseCandidate[]>;
    /** Why a component's references could not be checked online. */
    unverified: ReadonlyMap<ComponentName, string[]>;
}
export interface LicenseInputs {
    modelCardLicense?: {
        path: string;
        raw: string;
        name?: string;
        link?: string;
        line?: number;
    } | null;
    overrides?: LicenseContext['overrides'];
    remote?: LicenseContext['remote'];
    unverified?: LicenseContext['unverified'];
}
/** Identifies every licence-like file and collects declared licences. Pure: reads only the snapshot. */
export declare function collectLicenseContext(snapshot: Snapshot, inputs?: LicenseInputs): LicenseContext;
/** The licence governing one detected component; null when none applies. */
export declare function resolveComponentLicense(finding: ComponentFinding, ctx: LicenseContext): ResolvedLicense | null;
/** One report line per MOF component, in MOF order, with status and governing licence. */
export declare function resolveComponents(findings: ComponentFinding[], ctx: LicenseContext): ComponentReport[];
/** SPDX-License-Identifier lines in code files, for code components. */
export declare function collectHeaderDeclarations(snapshot: Snapshot): {
    path: string;
    spdx: string;
}[];
