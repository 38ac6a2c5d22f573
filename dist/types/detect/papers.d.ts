import type { DetectionContext } from './context.js';
import type { ComponentFinding, Evidence } from '../model/findings.js';
type PaperKind = 'report' | 'paper';
export interface PaperReference {
    kind: PaperKind;
    /** Identity for de-duplication: arXiv id, DOI or URL. */
    key: string;
    inRepository: boolean;
    evidence: Evidence;
}
/** Every reference to the release's own technical report or paper, and papers kept in the repository. */
export declare function findPaperReferences(ctx: DetectionContext): PaperReference[];
/** 'Technical report' and 'Research paper': PDFs and LaTeX in the repository, arXiv ids, DOIs, BibTeX, CITATION.cff. */
export declare function detectPapers(ctx: DetectionContext, refs?: PaperReference[]): ComponentFinding[];
export {};
