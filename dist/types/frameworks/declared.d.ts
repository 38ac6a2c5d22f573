import type { ComponentReport } from '../model/licenses.js';
import type { DeclaredComparison } from '../report/types.js';
import type { Snapshot } from '../scan/types.js';
import { type MotRecord } from './mot-record.js';
/** Where a repository may keep its own MOF declaration, in the Model Openness Tool's format. */
export declare const DECLARATION_FILES: string[];
export interface Declaration {
    path: string;
    record: MotRecord | null;
    error?: string;
}
export declare function findDeclaration(snapshot: Snapshot): Declaration | null;
/**
 * Each declared component against what the scanner found: a declared component that is not found,
 * a declared open licence that the files do not show, and components found but not declared.
 */
export declare function compareDeclaration(record: MotRecord, components: ComponentReport[]): DeclaredComparison[];
