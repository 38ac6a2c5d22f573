/** Shared pieces of the resolvers: their context, hostile-text helpers and fact builders. */
import { z } from 'zod'
import type { ReferenceKind, RemoteFact, UnresolvedReason } from '../../model/references.js'
import type { HttpClient, HttpFailure, HttpOutcome } from './http.js'

/** Base URLs of the hosts (no trailing slash needed). */
export interface Endpoints {
  /** Hugging Face Hub (`HF_ENDPOINT`). */
  hub: string
  /** GitHub REST API (`GITHUB_API_URL`). */
  github: string
  /** arXiv OAI-PMH (`ARXIV_OAI_URL`). */
  arxiv: string
  /** Zenodo (`ZENODO_URL`). */
  zenodo: string
  /** DOI resolver (`DOI_RESOLVER_URL`). */
  doi: string
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  hub: 'https://huggingface.co',
  github: 'https://api.github.com',
  arxiv: 'https://oaipmh.arxiv.org/oai',
  zenodo: 'https://zenodo.org',
  doi: 'https://doi.org'
}

export interface ResolverContext {
  http: HttpClient
  endpoints: Endpoints
  /** Read model and dataset cards (README.md) from the Hub (default true). */
  readCards: boolean
}

export type FactReference = RemoteFact['reference']

/**
 * Remote text made safe to keep as one line: line breaks and tabs become spaces, other control
 * and bidirectional-override characters are dropped, length capped. (Markdown escaping is the
 * report's job; this only keeps a value from breaking lines or reordering text.)
 */
export function cleanText(value: string, max = 300): string {
  return (
    value
      .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .slice(0, max)
  )
}

/** A JSON array of which only the strings are kept, each cleaned and capped. */
export function stringList(maxItems: number, maxLength: number) {
  return z.array(z.unknown()).transform((items) =>
    items
      .filter((item): item is string => typeof item === 'string')
      .slice(0, maxItems)
      .map((item) => cleanText(item, maxLength))
  )
}

/**
 * The fields of the Hub's repository info that the resolver and the Hub scan both read: the id,
 * the commit, and whether the repository is disabled or gated. Anything malformed but the id reads
 * as absent.
 */
export function hubRepoFields() {
  return {
    id: z.string().min(1).max(300),
    sha: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional()
      .catch(undefined),
    disabled: z.boolean().optional().catch(undefined),
    gated: z
      .union([z.literal(false), z.literal('auto'), z.literal('manual')])
      .optional()
      .catch(undefined)
  }
}

/** JSON text → the schema's value, or null when it is not JSON or does not fit. */
export function parseJson<T>(text: string, schema: z.ZodType<T>): T | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export function trimSlash(base: string): string {
  return base.replace(/\/+$/, '')
}

export function factReference(kind: ReferenceKind, id: string, revision?: string): FactReference {
  return revision === undefined ? { kind, id } : { kind, id, revision }
}

export function unresolvedFact(
  reference: FactReference,
  url: string,
  fetchedAt: string,
  reason: UnresolvedReason,
  detail: string
): RemoteFact {
  return { reference, url, fetchedAt, unresolved: { reason, detail: cleanText(detail, 300) } }
}

export function failureFact(
  reference: FactReference,
  failure: HttpFailure,
  fetchedAt: string
): RemoteFact {
  return unresolvedFact(reference, failure.url, fetchedAt, failure.reason, failure.detail)
}

/** ISO time of the client's clock. */
export function isoNow(http: HttpClient): string {
  return new Date(http.clock.now()).toISOString()
}

/** ISO time of an answer: when the host gave it (cached answers keep their time), else now. */
export function answeredAt(http: HttpClient, outcome: HttpOutcome): string {
  return new Date(outcome.kind === 'response' ? outcome.receivedAt : http.clock.now()).toISOString()
}
