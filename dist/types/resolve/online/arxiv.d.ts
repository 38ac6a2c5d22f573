import type { RemoteFact } from '../../model/references.js';
import { type ResolverContext } from './common.js';
export declare const ARXIV_NONEXCLUSIVE = "LicenseRef-arxiv-nonexclusive";
export declare const ARXIV_ASSUMED = "LicenseRef-arxiv-assumed-1991-2003";
/** A bare arXiv id (`2304.01373`, `hep-th/9901001`) without its version suffix, or null. */
export declare function arxivIdWithoutVersion(id: string): string | null;
export declare function arxivRecordUrl(ctx: Pick<ResolverContext, 'endpoints'>, id: string): string;
/** A licence URI as arXiv records it → SPDX id (or `LicenseRef-arxiv-…`) and name. */
export declare function arxivLicense(uri: string | null): {
    spdx: string | null;
    name: string;
};
/** Reads the parts of an OAI-PMH answer we need, or says why it cannot. */
export declare function readOaiRecord(xml: string): {
    kind: 'record';
    license: string | null;
    datestamp?: string;
} | {
    kind: 'error';
    code: string;
    message: string;
} | {
    kind: 'malformed';
    detail: string;
};
/** Resolves the licence of one of the release's own arXiv papers. Never throws. */
export declare function resolveArxivPaper(ctx: ResolverContext, id: string, revision?: string): Promise<RemoteFact>;
