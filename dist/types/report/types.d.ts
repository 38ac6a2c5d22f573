import type { MissingDisclosure } from '../frameworks/disclosures.js';
import type { OsaiIndexResult } from '../frameworks/osai-index.js';
import type { OsaidVerdict } from '../frameworks/osaid.js';
import type { OpenWashingFlag } from '../frameworks/open-washing.js';
import type { ScoreLine } from '../frameworks/score.js';
import type { ComponentReport } from '../model/licenses.js';
import type { SkippedItem } from '../scan/types.js';
import type { Reference } from '../model/references.js';
import type { ReleaseSubject } from '../detect/subject.js';
/** Bumped on any change that removes or renames a field; additions keep the version. */
export declare const SCHEMA_VERSION = 2;
export interface MofSummary {
    class: 0 | 1 | 2 | 3;
    label: string;
    progress: {
        '1': number;
        '2': number;
        '3': number;
    };
    /** Type-appropriateness warnings (MOT shows them; they do not change the class). */
    warnings: string[];
}
/** One component of a repository's own MOF declaration compared with what was detected. */
export interface DeclaredComparison {
    component: string;
    declaredLicense: string | null;
    detectedStatus: ComponentReport['status'];
    detectedLicense: string | null;
    agrees: boolean;
    message: string;
}
export interface LicenseFileSummary {
    path: string;
    spdx: string | null;
    name: string;
    kind: string;
    scope: string;
}
export interface InventorySummary {
    files: number;
    directories: number;
    weightFiles: number;
    lfsPointers: number;
    parameterCount: number | null;
    bytesRead: number;
    maxBytesReadPerWeight: number;
    ignoredFiles: number;
    textFilesNotRead: number;
    skipped: SkippedItem[];
    partial: {
        reason: string;
        remaining: string[];
    } | null;
}
/**
 * Where the files came from when they were not a local folder: a model repository on the Hugging
 * Face Hub, read at one commit. Evidence paths are relative to `fileBase`.
 */
export interface ReportSource {
    kind: 'hub';
    /** The repository id on the Hub (`org/name`), after any rename. */
    id: string;
    /** The revision asked for (`main` when none was given). */
    revision: string;
    /** The commit every file was read at (40 hex), or the revision when the Hub gave no commit. */
    commit: string;
    /** The repository's page at that commit. */
    url: string;
    /** Base of file links: `${fileBase}/${path}` shows a file at the commit. */
    fileBase: string;
    /** The Hub's gate on the files, when it has one. */
    gated?: 'auto' | 'manual';
    /** Files listed on the Hub whose content could not be read (gated, errors, time budget). */
    filesNotRead: number;
}
/** The JSON report (`--format json`, `report-path`, and embedded in the PR comment). */
export interface OpennessReport {
    schemaVersion: typeof SCHEMA_VERSION;
    tool: {
        name: 'model-openness';
        version: string;
    };
    /** Display name of the scanned repository (folder name or owner/repo). */
    repository: string;
    /** Which model(s) the repository releases; `release: none` for a code library. */
    subject: ReleaseSubject;
    score: number;
    scoreLines: ScoreLine[];
    mof: MofSummary;
    osaid: OsaidVerdict;
    osaiIndex: OsaiIndexResult;
    components: ComponentReport[];
    missingDisclosures: MissingDisclosure[];
    openWashing: OpenWashingFlag[];
    /** Everything the repository points to (Hub, arXiv, GitHub, cloud storage …), with its role. */
    references: Reference[];
    /** How references were resolved (online, offline, from the lock) and what the hosts said. */
    resolution: import('../model/references.js').Resolution;
    declared: DeclaredComparison[];
    /** Path of the repository's MOF declaration, when it has one. */
    declarationPath: string | null;
    licenses: LicenseFileSummary[];
    inventory: InventorySummary;
    /** One line each: problems that did not stop the report (malformed files, skipped items). */
    warnings: string[];
    /** Set when the files were read from the Hub rather than a local folder. */
    source?: ReportSource;
}
