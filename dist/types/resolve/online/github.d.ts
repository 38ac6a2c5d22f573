import type { ReferenceKind, RemoteFact } from '../../model/references.js';
import { type ResolverContext } from './common.js';
export declare function isGitHubRepoId(id: string): boolean;
/** The REST URL for a repository's licence (what offline mode and the lock report). */
export declare function githubLicenseUrl(ctx: Pick<ResolverContext, 'endpoints'>, id: string, ref?: string): string;
/** Resolves a GitHub repository's licence, at `ref` when one is pinned. Never throws. */
export declare function resolveGitHubRepo(ctx: ResolverContext, kind: Extract<ReferenceKind, 'github' | 'submodule'>, id: string, ref?: string): Promise<RemoteFact>;
