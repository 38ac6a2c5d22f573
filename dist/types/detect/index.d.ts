import type { DocumentationFacts } from '../frameworks/osai-index.js';
import type { Snapshot } from '../scan/types.js';
import { type OpennessClaim } from './claims.js';
import { type ReleaseSubject } from './subject.js';
import type { Reference } from '../model/references.js';
import type { ComponentFinding } from '../model/findings.js';
export interface Detection {
    findings: ComponentFinding[];
    /** The model card's `license:` (governs the weights unless something more specific does). */
    modelCardLicense: {
        path: string;
        raw: string;
        name?: string;
        link?: string;
        line?: number;
    } | null;
    documentation: DocumentationFacts;
    /** Sentences in which the repository calls its release open. */
    claims: OpennessClaim[];
    /** Everything the repository points to, with whose thing it is. */
    references: Reference[];
    /** Which model(s) the repository releases, or none. */
    subject: ReleaseSubject;
    /** Problems met while reading documentation (malformed front matter, placeholder cards). */
    warnings: string[];
}
/** Runs every detector over the snapshot. Pure. */
export declare function detectComponents(snapshot: Snapshot, options?: {
    repository?: string;
}): Detection;
