/**
 * arXiv licences from OAI-PMH (`verb=GetRecord`, `metadataPrefix=arXiv`): the `<license>` URL of
 * the record. The format is small and fixed, so it is read with bounded patterns instead of an
 * XML parser; a document type declaration is refused, entities other than XML's five predefined
 * ones and character references are never expanded.
 */
import { normalizeLicenseId } from '../../license/normalize.js'
import type { RemoteFact } from '../../model/references.js'
import {
  cleanText,
  factReference,
  failureFact,
  answeredAt,
  isoNow,
  trimSlash,
  unresolvedFact,
  type ResolverContext
} from './common.js'

const MAX_RECORD_BYTES = 1024 * 1024
const NEW_STYLE = /^\d{4}\.\d{4,5}$/
const OLD_STYLE = /^[a-z][a-z-]{0,30}(?:\.[A-Z]{2})?\/\d{7}$/

export const ARXIV_NONEXCLUSIVE = 'LicenseRef-arxiv-nonexclusive'
export const ARXIV_ASSUMED = 'LicenseRef-arxiv-assumed-1991-2003'

/** arXiv's licence URIs (arxiv-base `LICENSES`) by host and path without scheme or trailing slash. */
const ARXIV_LICENSES: ReadonlyMap<string, { spdx: string; name: string }> = new Map(
  Object.entries({
    'arxiv.org/licenses/nonexclusive-distrib/1.0': {
      spdx: ARXIV_NONEXCLUSIVE,
      name: 'arXiv.org perpetual, non-exclusive license to distribute'
    },
    'arxiv.org/licenses/assumed-1991-2003': {
      spdx: ARXIV_ASSUMED,
      name: 'arXiv assumed licence (1991–2003): distribution by arXiv only'
    },
    'creativecommons.org/licenses/publicdomain': {
      spdx: 'CC0-1.0',
      name: 'Creative Commons Public Domain Declaration'
    },
    'creativecommons.org/publicdomain/zero/1.0': {
      spdx: 'CC0-1.0',
      name: 'Creative Commons Zero v1.0 Universal'
    }
  })
)

/** A bare arXiv id (`2304.01373`, `hep-th/9901001`) without its version suffix, or null. */
export function arxivIdWithoutVersion(id: string): string | null {
  const bare = id
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/v\d{1,3}$/, '')
  return NEW_STYLE.test(bare) || OLD_STYLE.test(bare) ? bare : null
}

export function arxivRecordUrl(ctx: Pick<ResolverContext, 'endpoints'>, id: string): string {
  const query = `verb=GetRecord&identifier=${encodeURIComponent(`oai:arXiv.org:${id}`)}&metadataPrefix=arXiv`
  return `${trimSlash(ctx.endpoints.arxiv)}?${query}`
}

function decodeXmlText(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g,
    (_, entity: string) => {
      switch (entity) {
        case 'amp':
          return '&'
        case 'lt':
          return '<'
        case 'gt':
          return '>'
        case 'quot':
          return '"'
        case 'apos':
          return "'"
      }
      const code = entity.startsWith('#x')
        ? parseInt(entity.slice(2), 16)
        : parseInt(entity.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
  )
}

/** A licence URI as arXiv records it → SPDX id (or `LicenseRef-arxiv-…`) and name. */
export function arxivLicense(uri: string | null): { spdx: string | null; name: string } {
  if (uri === null)
    return {
      spdx: ARXIV_ASSUMED,
      name: ARXIV_LICENSES.get('arxiv.org/licenses/assumed-1991-2003')!.name
    }
  const key = uri
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/(?:legalcode|deed\.[a-z-]+)$/, '')
    .replace(/\/+$/, '')
  const known = ARXIV_LICENSES.get(key)
  if (known) return known
  const cc = /^creativecommons\.org\/licenses\/(by(?:-(?:nc|nd|sa)){0,2})\/(\d\.\d)$/.exec(key)
  if (cc) {
    const normalized = normalizeLicenseId(`cc-${cc[1]}-${cc[2]}`)
    if (normalized.known && normalized.spdx) return { spdx: normalized.spdx, name: normalized.name }
  }
  return { spdx: null, name: cleanText(uri, 200) }
}

/** Reads the parts of an OAI-PMH answer we need, or says why it cannot. */
export function readOaiRecord(
  xml: string
):
  | { kind: 'record'; license: string | null; datestamp?: string }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'malformed'; detail: string } {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return { kind: 'malformed', detail: 'the answer declares a document type (refused)' }
  if (!/<OAI-PMH[\s>]/.test(xml)) return { kind: 'malformed', detail: 'not an OAI-PMH answer' }
  const error = /<error\s+code\s*=\s*["']([A-Za-z]{1,40})["']\s*>([^<]{0,500})<\/error>/.exec(xml)
  if (error)
    return {
      kind: 'error',
      code: error[1],
      message: cleanText(decodeXmlText(error[2]).trim(), 200)
    }
  const metadata = /<metadata>([\s\S]{0,1000000}?)<\/metadata>/.exec(xml)
  if (!/<GetRecord>/.test(xml) || !metadata)
    return { kind: 'malformed', detail: 'no GetRecord metadata in the answer' }
  const license =
    /<(?:[A-Za-z][\w-]{0,20}:)?license(?:\s[^>]{0,200})?>([^<]{0,2000})<\/(?:[A-Za-z][\w-]{0,20}:)?license>/.exec(
      metadata[1]
    )
  const datestamp = /<datestamp>([^<]{1,40})<\/datestamp>/.exec(xml)
  const result: { kind: 'record'; license: string | null; datestamp?: string } = {
    kind: 'record',
    license: license ? cleanText(decodeXmlText(license[1]).trim(), 500) || null : null
  }
  if (datestamp) result.datestamp = cleanText(datestamp[1].trim(), 40)
  return result
}

/** Resolves the licence of one of the release's own arXiv papers. Never throws. */
export async function resolveArxivPaper(
  ctx: ResolverContext,
  id: string,
  revision?: string
): Promise<RemoteFact> {
  const reference = factReference('arxiv', id, revision)
  const bare = arxivIdWithoutVersion(id)
  if (!bare)
    return unresolvedFact(reference, '', isoNow(ctx.http), 'malformed', 'not an arXiv identifier')
  const response = await ctx.http.get(arxivRecordUrl(ctx, bare), {
    accept: 'text/xml, application/xml',
    maxBytes: MAX_RECORD_BYTES
  })
  const fetchedAt = answeredAt(ctx.http, response)
  if (response.kind === 'failure') return failureFact(reference, response, fetchedAt)
  if (response.status !== 200)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      response.status === 404 ? 'not-found' : 'http-error',
      `HTTP ${response.status}`
    )
  const record = readOaiRecord(response.text)
  if (record.kind === 'malformed')
    return unresolvedFact(reference, response.url, fetchedAt, 'malformed', record.detail)
  if (record.kind === 'error')
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      record.code === 'idDoesNotExist' ? 'not-found' : 'http-error',
      `OAI-PMH error ${record.code}: ${record.message}`
    )
  const license = arxivLicense(record.license)
  const fact: RemoteFact = {
    reference,
    url: response.url,
    fetchedAt,
    license: {
      spdx: license.spdx,
      name: license.name,
      raw: record.license ?? '(no <license> element: assumed non-exclusive)',
      from: 'host'
    }
  }
  if (record.datestamp) fact.pinned = record.datestamp
  return fact
}
