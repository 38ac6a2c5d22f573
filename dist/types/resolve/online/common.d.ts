/** Shared pieces of the resolvers: their context, hostile-text helpers and fact builders. */
import { z } from 'zod';
import type { ReferenceKind, RemoteFact, UnresolvedReason } from '../../model/references.js';
import type { HttpClient, HttpFailure, HttpOutcome } from './http.js';
/** Base URLs of the hosts (no trailing slash needed). */
export interface Endpoints {
    /** Hugging Face Hub (`HF_ENDPOINT`). */
    hub: string;
    /** GitHub REST API (`GITHUB_API_URL`). */
    github: string;
    /** arXiv OAI-PMH (`ARXIV_OAI_URL`). */
    arxiv: string;
    /** Zenodo (`ZENODO_URL`). */
    zenodo: string;
    /** DOI resolver (`DOI_RESOLVER_URL`). */
    doi: string;
}
export declare const DEFAULT_ENDPOINTS: Endpoints;
export interface ResolverContext {
    http: HttpClient;
    endpoints: Endpoints;
    /** Read model and dataset cards (README.md) from the Hub (default true). */
    readCards: boolean;
}
export type FactReference = RemoteFact['reference'];
/**
 * Remote text made safe to keep as one line: line breaks and tabs become spaces, other control
 * and bidirectional-override characters are dropped, length capped. (Markdown escaping is the
 * report's job; this only keeps a value from breaking lines or reordering text.)
 */
export declare function cleanText(value: string, max?: number): string;
/** A JSON array of which only the strings are kept, each cleaned and capped. */
export declare function stringList(maxItems: number, maxLength: number): z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodTransform<string[], unknown[]>>;
/**
 * The fields of the Hub's repository info that the resolver and the Hub scan both read: the id,
 * the commit, and whether the repository is disabled or gated. Anything malformed but the id reads
 * as absent.
 */
export declare function hubRepoFields(): {
    id: z.ZodString;
    sha: z.ZodCatch<z.ZodOptional<z.ZodString>>;
    disabled: z.ZodCatch<z.ZodOptional<z.ZodBoolean>>;
    gated: z.ZodCatch<z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodLiteral<"auto">, z.ZodLiteral<"manual">]>>>;
};
/** JSON text → the schema's value, or null when it is not JSON or does not fit. */
export declare function parseJson<T>(text: string, schema: z.ZodType<T>): T | null;
export declare function trimSlash(base: string): string;
export declare function factReference(kind: ReferenceKind, id: string, revision?: string): FactReference;
export declare function unresolvedFact(reference: FactReference, url: string, fetchedAt: string, reason: UnresolvedReason, detail: string): RemoteFact;
export declare function failureFact(reference: FactReference, failure: HttpFailure, fetchedAt: string): RemoteFact;
/** ISO time of the client's clock. */
export declare function isoNow(http: HttpClient): string;
/** ISO time of an answer: when the host gave it (cached answers keep their time), else now. */
export declare function answeredAt(http: HttpClient, outcome: HttpOutcome): string;
