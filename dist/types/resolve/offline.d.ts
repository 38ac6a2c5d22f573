import type { ComponentFinding } from '../model/findings.js';
import type { Reference } from '../model/references.js';
/** Adds a by-reference finding for each component that only the release's references name. */
export declare function addReferencedComponents(findings: readonly ComponentFinding[], references: readonly Reference[]): ComponentFinding[];
