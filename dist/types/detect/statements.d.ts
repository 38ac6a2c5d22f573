import type { LicenseStatement, StatedLicense } from '../model/licenses.js';
import type { Snapshot } from '../scan/types.js';
/** Licence files the statement may link to, by repository path. */
export type LicenseFileLookup = (path: string) => StatedLicense | null;
/** The licence a well-known licence URL names (apache.org, opensource.org, creativecommons.org, …). */
export declare function licenseFromUrl(url: string): StatedLicense | null;
/** Every licence statement in the repository's documents. Pure. */
export declare function findLicenseStatements(snapshot: Snapshot, lookup: LicenseFileLookup): LicenseStatement[];
