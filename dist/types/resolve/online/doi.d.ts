import type { RemoteFact } from '../../model/references.js';
import { type ResolverContext } from './common.js';
export declare function isDoi(id: string): boolean;
export declare function doiUrl(ctx: Pick<ResolverContext, 'endpoints'>, doi: string): string;
/** Resolves a DOI's licence (Zenodo records directly, others via doi.org). Never throws. */
export declare function resolveDoi(ctx: ResolverContext, id: string, revision?: string): Promise<RemoteFact>;
