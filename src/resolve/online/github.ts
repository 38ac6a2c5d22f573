/**
 * GitHub repository licences through REST: `GET /repos/{o}/{r}/license[?ref=…]`. GitHub detects
 * the licence with Licensee; when it cannot (`NOASSERTION`), the file's text (base64 `content`)
 * is identified here. A 404 means a missing repository or one without a licence file; one more
 * call (`GET /repos/{o}/{r}`) tells the two apart.
 */
import { z } from 'zod'
import { identifyLicenseText } from '../../license/identify.js'
import { normalizeLicenseId } from '../../license/normalize.js'
import type { ReferenceKind, RemoteFact } from '../../model/references.js'
import {
  cleanText,
  factReference,
  failureFact,
  answeredAt,
  isoNow,
  parseJson,
  trimSlash,
  unresolvedFact,
  type ResolverContext
} from './common.js'
import type { HttpResponse } from './http.js'

const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
const MAX_LICENSE_BYTES = 512 * 1024
const MAX_CONTENT_CHARS = 400_000

export function isGitHubRepoId(id: string): boolean {
  return GITHUB_NAME.test(id) && !id.endsWith('/.') && !id.endsWith('/..')
}

const licenseSchema = z.lazy(() =>
  z.object({
    sha: z.string().max(100).optional().catch(undefined),
    path: z.string().max(500).optional().catch(undefined),
    content: z.string().max(MAX_CONTENT_CHARS).optional().catch(undefined),
    encoding: z.string().max(20).optional().catch(undefined),
    license: z
      .object({
        key: z.string().max(100).nullable().optional().catch(undefined),
        name: z.string().max(200).nullable().optional().catch(undefined),
        spdx_id: z.string().max(100).nullable().optional().catch(undefined)
      })
      .nullable()
      .optional()
      .catch(undefined)
  })
)

const GITHUB_HEADERS_ACCEPT = 'application/vnd.github+json'

/** The REST URL for a repository's licence (what offline mode and the lock report). */
export function githubLicenseUrl(
  ctx: Pick<ResolverContext, 'endpoints'>,
  id: string,
  ref?: string
): string {
  const [owner, name] = id.split('/')
  const url = `${trimSlash(ctx.endpoints.github)}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/license`
  return ref ? `${url}?ref=${encodeURIComponent(ref)}` : url
}

function decodeContent(content: string | undefined, encoding: string | undefined): string | null {
  if (!content || (encoding && encoding !== 'base64')) return null
  const compact = content.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null
  return Buffer.from(compact, 'base64').toString('utf8')
}

function errorFact(
  reference: RemoteFact['reference'],
  response: HttpResponse,
  fetchedAt: string
): RemoteFact {
  if (response.status === 401)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'http-error',
      'HTTP 401: the GitHub token was refused'
    )
  if (response.status === 403)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'http-error',
      'HTTP 403: access refused'
    )
  return unresolvedFact(reference, response.url, fetchedAt, 'http-error', `HTTP ${response.status}`)
}

/** Resolves a GitHub repository's licence, at `ref` when one is pinned. Never throws. */
export async function resolveGitHubRepo(
  ctx: ResolverContext,
  kind: Extract<ReferenceKind, 'github' | 'submodule'>,
  id: string,
  ref?: string
): Promise<RemoteFact> {
  const reference = factReference(kind, id, ref)
  if (!isGitHubRepoId(id))
    return unresolvedFact(reference, '', isoNow(ctx.http), 'unsupported', 'not a GitHub owner/name')
  const url = githubLicenseUrl(ctx, id, ref)
  const response = await ctx.http.get(url, {
    accept: GITHUB_HEADERS_ACCEPT,
    maxBytes: MAX_LICENSE_BYTES
  })
  const fetchedAt = answeredAt(ctx.http, response)
  if (response.kind === 'failure') return failureFact(reference, response, fetchedAt)
  if (response.status === 404) {
    const [owner, name] = id.split('/')
    const repoUrl = `${trimSlash(ctx.endpoints.github)}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`
    const repo = await ctx.http.get(repoUrl, { accept: GITHUB_HEADERS_ACCEPT })
    if (repo.kind === 'response' && repo.status === 200) {
      // The repository exists and GitHub sees no licence file: resolved, without a licence.
      const fact: RemoteFact = { reference, url: response.url, fetchedAt }
      if (ref) fact.pinned = ref
      return fact
    }
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'not-found',
      'HTTP 404: repository not found or private'
    )
  }
  if (response.status !== 200) return errorFact(reference, response, fetchedAt)
  const answer = parseJson(response.text, licenseSchema)
  if (!answer)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'malformed',
      'GitHub answered with JSON of an unexpected shape'
    )
  const fact: RemoteFact = { reference, url: response.url, fetchedAt }
  const pinned = ref ?? answer.sha ?? response.headers['etag']
  if (pinned) fact.pinned = cleanText(pinned, 100)
  const spdxId = answer.license?.spdx_id ?? null
  const path = cleanText(answer.path ?? 'LICENSE', 200)
  if (spdxId && spdxId !== 'NOASSERTION') {
    const normalized = normalizeLicenseId(spdxId)
    fact.license = {
      spdx: normalized.known ? normalized.spdx : null,
      name: cleanText(answer.license?.name ?? normalized.name, 200),
      raw: cleanText(spdxId, 100),
      from: 'host'
    }
    return fact
  }
  // NOASSERTION: GitHub saw a licence file it could not name; read the text ourselves.
  const text = decodeContent(answer.content, answer.encoding)
  const identified = text === null ? null : identifyLicenseText(text)
  fact.license = identified?.spdx
    ? {
        spdx: identified.spdx,
        name: cleanText(identified.name, 200),
        raw: `${path} (GitHub: NOASSERTION)`,
        from: 'license-file'
      }
    : {
        spdx: null,
        name: 'Licence file not recognised',
        raw: `${path} (GitHub: NOASSERTION)`,
        from: 'license-file'
      }
  return fact
}
