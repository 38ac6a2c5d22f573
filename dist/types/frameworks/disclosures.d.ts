import { type ComponentName } from '../model/components.js';
import type { OsaidVerdict } from './osaid.js';
import type { ComponentReport } from '../model/licenses.js';
/** What to add, license or relicense, and where, to reach the next MOF class and OSAID conformance. */
export interface MissingDisclosure {
    component: ComponentName;
    action: 'add' | 'license' | 'relicense';
    /** The concrete file to add or change. */
    file: string;
    what: string;
    /** Framework clauses this satisfies, e.g. "MOF Class III" and "OSAID 1.0, Data Information". */
    clauses: string[];
}
/**
 * Ordered list: first what the next MOF class needs (most open class not yet reached), then what
 * OSAID conformance needs beyond that. A component needed by both appears once, with both clauses.
 */
export declare function missingDisclosures(components: ComponentReport[], mofClass: 0 | 1 | 2 | 3, osaid: OsaidVerdict): MissingDisclosure[];
