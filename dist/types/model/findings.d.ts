import type { ComponentName } from './components.js';
export type EvidenceKind = 'file' | 'weights-header' | 'lfs-pointer' | 'gitattributes' | 'index-file' | 'link' | 'model-id' | 'metadata' | 'content' | 'section' | 'submodule' | 'citation' | 'folder' | 'statement' | 'reference' | 'remote';
/** A fact in the repository that supports a finding. `path` always names a file or folder that exists. */
export interface Evidence {
    path: string;
    line?: number;
    kind: EvidenceKind;
    detail: string;
    /** External target, for evidence that points outside the repository. */
    url?: string;
}
/** Whether the component's content is in the repository or only referenced from it. */
export type Presence = 'in-repository' | 'by-reference';
export interface ComponentFinding {
    name: ComponentName;
    presence: Presence;
    evidence: Evidence[];
    /** Files or folders that hold the component; the licence nearest to them governs it. */
    locations: string[];
    /** Notes for the reader (e.g. "only LFS pointers are checked out"). */
    notes?: string[];
}
/** A sentence in the release's own words that calls it open. */
export interface OpennessClaim {
    path: string;
    line: number;
    phrase: string;
    text: string;
}
