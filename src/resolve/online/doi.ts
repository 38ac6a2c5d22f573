/**
 * DOIs cited for the release's data or papers. Zenodo DOIs (`10.5281/zenodo.N`) are read from
 * Zenodo's REST API (`/api/records/N`, `metadata.license.id`); other DOIs through doi.org content
 * negotiation (DataCite JSON `rightsList`, or CSL-JSON `license` from Crossref).
 */
import { z } from 'zod'
import { normalizeLicenseId } from '../../license/normalize.js'
import type { RemoteFact } from '../../model/references.js'
import { arxivLicense } from './arxiv.js'
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

const DOI = /^10\.\d{4,9}\/[^\s"<>]{1,200}$/
const ZENODO_DOI = /^10\.5281\/zenodo\.(\d{1,12})$/i
const MAX_RECORD_BYTES = 2 * 1024 * 1024

export function isDoi(id: string): boolean {
  return DOI.test(id)
}

const licenseRef = z.lazy(() =>
  z.union([z.string().max(200), z.object({ id: z.string().max(200) })])
)

const zenodoSchema = z.lazy(() =>
  z.object({
    id: z
      .union([z.number(), z.string().max(50)])
      .optional()
      .catch(undefined),
    revision: z.number().int().optional().catch(undefined),
    updated: z.string().max(50).optional().catch(undefined),
    metadata: z.object({
      license: licenseRef.nullable().optional().catch(undefined),
      access_right: z.string().max(50).optional().catch(undefined)
    })
  })
)

const rightsSchema = z.lazy(() =>
  z.array(z.unknown()).transform((items) =>
    items
      .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
      .slice(0, 20)
      .map((item) => ({
        rights: typeof item.rights === 'string' ? cleanText(item.rights, 200) : undefined,
        rightsUri: typeof item.rightsUri === 'string' ? cleanText(item.rightsUri, 500) : undefined,
        rightsIdentifier:
          typeof item.rightsIdentifier === 'string'
            ? cleanText(item.rightsIdentifier, 100)
            : undefined
      }))
  )
)

const doiMetadataSchema = z.lazy(() =>
  z.object({
    rightsList: rightsSchema.optional().catch(undefined),
    license: z
      .array(z.unknown())
      .transform((items) =>
        items
          .map((item) =>
            item && typeof item === 'object' && typeof (item as { URL?: unknown }).URL === 'string'
              ? cleanText((item as { URL: string }).URL, 500)
              : null
          )
          .filter((url): url is string => url !== null)
          .slice(0, 20)
      )
      .optional()
      .catch(undefined),
    version: z
      .union([z.string().max(50), z.number()])
      .optional()
      .catch(undefined)
  })
)

function encodeDoi(doi: string): string {
  return doi.split('/').map(encodeURIComponent).join('/')
}

export function doiUrl(ctx: Pick<ResolverContext, 'endpoints'>, doi: string): string {
  const zenodo = ZENODO_DOI.exec(doi)
  if (zenodo) return `${trimSlash(ctx.endpoints.zenodo)}/api/records/${zenodo[1]}`
  return `${trimSlash(ctx.endpoints.doi)}/${encodeDoi(doi)}`
}

type FactLicense = NonNullable<RemoteFact['license']>

function fromIdentifier(raw: string): FactLicense {
  const normalized = normalizeLicenseId(raw.replace(/-license$/i, ''))
  const direct = normalizeLicenseId(raw)
  const best = direct.known ? direct : normalized
  return {
    spdx: best.known ? best.spdx : null,
    name: cleanText(best.name, 200),
    raw: cleanText(raw, 200),
    from: 'host'
  }
}

function fromUri(uri: string): FactLicense {
  const mapped = arxivLicense(uri)
  return { spdx: mapped.spdx, name: mapped.name, raw: cleanText(uri, 300), from: 'host' }
}

async function resolveZenodo(
  ctx: ResolverContext,
  reference: RemoteFact['reference'],
  url: string
): Promise<RemoteFact> {
  const response = await ctx.http.get(url, { maxBytes: MAX_RECORD_BYTES })
  const fetchedAt = answeredAt(ctx.http, response)
  if (response.kind === 'failure') return failureFact(reference, response, fetchedAt)
  if (response.status === 404 || response.status === 410)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'not-found',
      `HTTP ${response.status}: record not found`
    )
  if (response.status !== 200)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'http-error',
      `HTTP ${response.status}`
    )
  const record = parseJson(response.text, zenodoSchema)
  if (!record)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'malformed',
      'Zenodo answered with JSON of an unexpected shape'
    )
  const fact: RemoteFact = { reference, url: response.url, fetchedAt }
  const pinned = record.revision !== undefined ? `revision ${record.revision}` : record.updated
  if (pinned) fact.pinned = cleanText(pinned, 60)
  const license = record.metadata.license
  const id = typeof license === 'string' ? license : license?.id
  if (id) fact.license = fromIdentifier(id)
  else if (record.metadata.access_right && record.metadata.access_right !== 'open')
    fact.license = {
      spdx: null,
      name: `Zenodo access: ${cleanText(record.metadata.access_right, 40)}`,
      raw: cleanText(record.metadata.access_right, 40),
      from: 'host'
    }
  return fact
}

/** Resolves a DOI's licence (Zenodo records directly, others via doi.org). Never throws. */
export async function resolveDoi(
  ctx: ResolverContext,
  id: string,
  revision?: string
): Promise<RemoteFact> {
  const reference = factReference('doi', id, revision)
  const doi = id.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
  if (!isDoi(doi)) return unresolvedFact(reference, '', isoNow(ctx.http), 'malformed', 'not a DOI')
  const url = doiUrl(ctx, doi)
  if (ZENODO_DOI.test(doi)) return resolveZenodo(ctx, reference, url)
  const response = await ctx.http.get(url, {
    accept: 'application/vnd.datacite.datacite+json, application/vnd.citationstyles.csl+json;q=0.9',
    maxBytes: MAX_RECORD_BYTES
  })
  const fetchedAt = answeredAt(ctx.http, response)
  if (response.kind === 'failure') return failureFact(reference, response, fetchedAt)
  if (response.status === 404)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'not-found',
      'HTTP 404: DOI not found'
    )
  if (response.status === 406)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'unsupported',
      'the registrar offers no machine-readable metadata'
    )
  if (response.status !== 200)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'http-error',
      `HTTP ${response.status}`
    )
  const metadata = parseJson(response.text, doiMetadataSchema)
  if (!metadata)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'malformed',
      'the DOI metadata is not JSON of the expected shape'
    )
  const fact: RemoteFact = { reference, url: response.url, fetchedAt }
  const etag = response.headers['etag']
  if (metadata.version !== undefined) fact.pinned = cleanText(String(metadata.version), 60)
  else if (etag) fact.pinned = cleanText(etag, 100)
  const rights = metadata.rightsList?.[0]
  if (rights?.rightsIdentifier) fact.license = fromIdentifier(rights.rightsIdentifier)
  else if (rights?.rightsUri) fact.license = fromUri(rights.rightsUri)
  else if (metadata.license?.[0]) fact.license = fromUri(metadata.license[0])
  else if (rights?.rights) fact.license = { ...fromIdentifier(rights.rights), raw: rights.rights }
  return fact
}
