/** Well-known licence URLs: a link or a pointer file that names one states that licence. */
import type { StatedLicense } from '../model/licenses.js';
/** The licence a well-known licence URL names (apache.org, opensource.org, creativecommons.org, …). */
export declare function licenseFromUrl(url: string): StatedLicense | null;
