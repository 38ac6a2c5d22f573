import type { LicenseStatement, StatedLicense } from '../model/licenses.js';
import type { Snapshot } from '../scan/types.js';
export { licenseFromUrl } from '../license/urls.js';
/** Licence files the statement may link to, by repository path. */
export type LicenseFileLookup = (path: string) => StatedLicense | null;
/** Every licence statement in the repository's documents. Pure. */
export declare function findLicenseStatements(snapshot: Snapshot, lookup: LicenseFileLookup): LicenseStatement[];
