/**
 * Hugging Face Hub models and datasets: `/api/{models|datasets}/{id}[/revision/{rev}]`, the
 * model's `/refs` for checkpoint branches, and the card and LICENSE through `/resolve/`. The
 * Hub's licence ids are not SPDX; they go through the project's normalizer, and `other` is settled
 * from `license_name` or the LICENSE file's text.
 */
import { z } from 'zod'
import { sections, splitFrontMatter, substantiveWords } from '../../detect/markdown.js'
import { identifyLicenseText } from '../../license/identify.js'
import { normalizeLicenseId } from '../../license/normalize.js'
import type { RemoteFact } from '../../model/references.js'
import {
  cleanText,
  factReference,
  failureFact,
  answeredAt,
  isoNow,
  hubRepoFields,
  parseJson,
  stringList,
  trimSlash,
  unresolvedFact,
  type FactReference,
  type ResolverContext
} from './common.js'
import type { HttpResponse } from './http.js'

export type HubRepoType = 'model' | 'dataset'

const MAX_FILES = 1000
const MAX_CHECKPOINTS = 1000
const MAX_CARD_BYTES = 512 * 1024
const MAX_LICENSE_BYTES = 256 * 1024
const MAX_SECTIONS = 100

/** `org/name` or a legacy name without an org; the Hub's own character set. */
const HUB_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/

/**
 * Checkpoint branch names: `step1000` (Pythia), `stage1-step140000-tokens294B` (OLMo), `ckpt_000`
 * (LLM360), `global_step500`, `checkpoint-500`, `iter_0001000` (Megatron).
 */
export const CHECKPOINT_BRANCH = /(^|[-_])(step|ckpt|checkpoint|iter)[-_]?\d+/i

export function isHubId(id: string): boolean {
  return HUB_ID.test(id) && !id.includes('..') && !id.includes('--')
}

const licenseValue = z.lazy(() =>
  z
    .union([z.string(), z.array(z.unknown())])
    .transform((value) =>
      (typeof value === 'string'
        ? [value]
        : value.filter((v): v is string => typeof v === 'string')
      )
        .slice(0, 20)
        .map((v) => cleanText(v, 200))
    )
)

/** The string `key` of each item that is an object and has one, in order; other items are dropped. */
function stringsAt(items: unknown[], key: string): string[] {
  const out: string[] = []
  for (const item of items) {
    const value = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : null
    if (typeof value === 'string') out.push(value)
  }
  return out
}

const cardDataSchema = z.lazy(() =>
  z.object({
    license: licenseValue.optional().catch(undefined),
    license_name: z.string().max(500).optional().catch(undefined),
    license_link: z.string().max(2000).optional().catch(undefined)
  })
)

const repoInfoSchema = z.lazy(() =>
  z.object({
    ...hubRepoFields(),
    tags: stringList(2000, 300).optional().catch(undefined),
    cardData: cardDataSchema.nullable().optional().catch(undefined),
    siblings: z
      .array(z.unknown())
      .transform((items) => stringsAt(items, 'rfilename').map((name) => cleanText(name, 500)))
      .optional()
      .catch(undefined),
    safetensors: z
      .object({ total: z.number().int().nonnegative().max(1e16) })
      .nullable()
      .optional()
      .catch(undefined),
    config: z
      .object({ architectures: stringList(20, 200).optional().catch(undefined) })
      .nullable()
      .optional()
      .catch(undefined)
  })
)
export type HubRepoInfo = z.infer<typeof repoInfoSchema>

const refsSchema = z.lazy(() =>
  z.object({
    branches: z
      .array(z.unknown())
      .transform((items) =>
        stringsAt(items, 'name')
          .filter((name) => name.length <= 200)
          .map((name) => cleanText(name, 200))
      )
      .catch([])
  })
)

function apiBase(ctx: ResolverContext, type: HubRepoType): string {
  return `${trimSlash(ctx.endpoints.hub)}/api/${type}s`
}

function encodeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/')
}

/** The API URL for a repository (what offline mode and the lock report). */
export function hubApiUrl(
  ctx: Pick<ResolverContext, 'endpoints'>,
  type: HubRepoType,
  id: string,
  revision?: string
): string {
  const base = `${trimSlash(ctx.endpoints.hub)}/api/${type}s/${encodeId(id)}`
  return revision ? `${base}/revision/${encodeURIComponent(revision)}` : base
}

function fileUrl(
  ctx: ResolverContext,
  type: HubRepoType,
  id: string,
  revision: string,
  path: string
): string {
  const prefix = type === 'dataset' ? 'datasets/' : ''
  const encodedPath = path.split('/').map(encodeURIComponent).join('/')
  return `${trimSlash(ctx.endpoints.hub)}/${prefix}${encodeId(id)}/resolve/${encodeURIComponent(revision)}/${encodedPath}`
}

/** The repository id in an API URL the Hub redirected to (`/api/models/{id}[/revision/…]`). */
function idFromApiUrl(ctx: ResolverContext, type: HubRepoType, url: string): string | null {
  const base = `${apiBase(ctx, type)}/`
  if (!url.startsWith(base)) return null
  const rest = url.slice(base.length).split('?')[0].split('/revision/')[0]
  try {
    const id = rest.split('/').map(decodeURIComponent).join('/')
    return isHubId(id) ? id : null
  } catch {
    return null
  }
}

/** Why an error answer means the repository cannot be read. */
function errorFact(
  reference: FactReference,
  response: HttpResponse,
  fetchedAt: string
): RemoteFact {
  const code = response.headers['x-error-code'] ?? ''
  const message = cleanText(response.headers['x-error-message'] ?? '', 200)
  const status = response.status
  const say = (reason: Parameters<typeof unresolvedFact>[3], detail: string): RemoteFact =>
    unresolvedFact(reference, response.url, fetchedAt, reason, detail)
  if (code === 'GatedRepo')
    return say('gated', `HTTP ${status}: access is gated${message ? ` (${message})` : ''}`)
  if (status === 403 && /disabled/i.test(message)) return say('disabled', `HTTP 403: ${message}`)
  if (code === 'RevisionNotFound') return say('not-found', `HTTP ${status}: revision not found`)
  if (status === 401 && /invalid credentials/i.test(message))
    return say('http-error', 'HTTP 401: the Hub token was refused')
  // The Hub answers 401 for missing and private repositories alike.
  if (status === 401 || status === 404 || status === 410 || code === 'RepoNotFound')
    return say(
      'not-found',
      `HTTP ${status}: repository not found or private${code ? ` (${cleanText(code, 50)})` : ''}`
    )
  return say('http-error', `HTTP ${status}${message ? `: ${message}` : ''}`)
}

function normalizeAll(values: string[]): { spdx: string | null; name: string; known: boolean } {
  const normalized = values.map((value) => normalizeLicenseId(value))
  if (normalized.length === 1) return normalized[0]
  const known = normalized.length > 0 && normalized.every((n) => n.known && n.spdx)
  return {
    spdx: known ? normalized.map((n) => n.spdx).join(' AND ') : null,
    name: normalized
      .map((n) => n.name)
      .join('; ')
      .slice(0, 300),
    known
  }
}

type FactLicense = NonNullable<RemoteFact['license']>

/** The declared licence from card metadata or tags (`other` settled from `license_name` when it names one). */
function declaredLicense(info: HubRepoInfo): FactLicense | undefined {
  const card = info.cardData ?? undefined
  const fromCard = card?.license ?? []
  const fromTags = (info.tags ?? [])
    .filter((tag) => tag.startsWith('license:'))
    .map((tag) => tag.slice('license:'.length))
  const values = fromCard.length > 0 ? fromCard : fromTags
  if (values.length === 0) return undefined
  const from = fromCard.length > 0 ? 'card-data' : 'tag'
  const raw = values.join(', ')
  const placeholder = values.every((v) => v.trim().toLowerCase() === 'other')
  if (placeholder && card?.license_name) {
    const named = normalizeLicenseId(card.license_name)
    const link = card.license_link ? ` (license_link: ${cleanText(card.license_link, 200)})` : ''
    return {
      spdx: named.known ? named.spdx : null,
      name: cleanText(named.name, 200),
      raw: cleanText(`${raw}; license_name: ${card.license_name}${link}`, 500),
      from
    }
  }
  const normalized = normalizeAll(values)
  return {
    spdx: normalized.known ? normalized.spdx : null,
    name: cleanText(normalized.name, 300),
    raw,
    from
  }
}

/** The LICENSE file to read when metadata does not settle the licence. */
function licenseFilePath(info: HubRepoInfo): string | null {
  const files = new Set(info.siblings ?? [])
  const link = info.cardData?.license_link
  if (link && !/^[a-z]+:/i.test(link)) {
    const path = link.replace(/^\.?\//, '')
    if (files.has(path)) return path
  }
  for (const candidate of [
    'LICENSE',
    'LICENSE.md',
    'LICENSE.txt',
    'LICENCE',
    'license',
    'LICENSE.MD'
  ])
    if (files.has(candidate)) return candidate
  return null
}

async function readCard(
  ctx: ResolverContext,
  type: HubRepoType,
  id: string,
  revision: string
): Promise<RemoteFact['card'] | undefined> {
  const response = await ctx.http.get(fileUrl(ctx, type, id, revision, 'README.md'), {
    accept: 'text/plain, text/markdown, */*',
    maxBytes: MAX_CARD_BYTES,
    oversize: 'truncate'
  })
  if (response.kind !== 'response' || response.status !== 200) return undefined
  const front = splitFrontMatter(response.text)
  const headings = sections(front.body, front.bodyStartLine)
    .slice(0, MAX_SECTIONS)
    .map((section) => cleanText(section.title, 200))
  const data = front.data ?? {}
  const license = data.license
  const cardLicense =
    typeof license === 'string'
      ? cleanText(license, 200)
      : Array.isArray(license)
        ? cleanText(license.filter((v) => typeof v === 'string').join(', '), 200)
        : undefined
  const card: NonNullable<RemoteFact['card']> = {
    sections: headings,
    words: substantiveWords(front.body)
  }
  if (cardLicense) card.license = cardLicense
  return card
}

async function readLicenseFile(
  ctx: ResolverContext,
  type: HubRepoType,
  id: string,
  revision: string,
  path: string
): Promise<FactLicense | undefined> {
  const response = await ctx.http.get(fileUrl(ctx, type, id, revision, path), {
    accept: 'text/plain, */*',
    maxBytes: MAX_LICENSE_BYTES,
    oversize: 'truncate'
  })
  if (response.kind !== 'response' || response.status !== 200) return undefined
  const identified = identifyLicenseText(response.text)
  if (!identified.spdx) return undefined
  return {
    spdx: identified.spdx,
    name: cleanText(identified.name, 200),
    raw: `${cleanText(path, 100)} on the Hub`,
    from: 'license-file'
  }
}

async function readCheckpointBranches(
  ctx: ResolverContext,
  id: string
): Promise<{ names: string[]; count: number } | undefined> {
  const response = await ctx.http.get(`${apiBase(ctx, 'model')}/${encodeId(id)}/refs`)
  if (response.kind !== 'response' || response.status !== 200) return undefined
  const refs = parseJson(response.text, refsSchema)
  if (!refs) return undefined
  const names = refs.branches.filter((name) => name !== 'main' && CHECKPOINT_BRANCH.test(name))
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return { names: unique.slice(0, MAX_CHECKPOINTS), count: unique.length }
}

/** Resolves one Hub model or dataset. Never throws. */
export async function resolveHubRepo(
  ctx: ResolverContext,
  type: HubRepoType,
  id: string,
  revision?: string
): Promise<RemoteFact> {
  const reference = factReference(type === 'model' ? 'hf-model' : 'hf-dataset', id, revision)
  const apiUrl = isHubId(id) ? hubApiUrl(ctx, type, id, revision) : ''
  if (!apiUrl)
    return unresolvedFact(
      reference,
      '',
      isoNow(ctx.http),
      'malformed',
      'not a Hugging Face repository id'
    )
  const response = await ctx.http.get(apiUrl)
  const fetchedAt = answeredAt(ctx.http, response)
  if (response.kind === 'failure') return failureFact(reference, response, fetchedAt)
  if (response.status !== 200) return errorFact(reference, response, fetchedAt)
  const info = parseJson(response.text, repoInfoSchema)
  if (!info)
    return unresolvedFact(
      reference,
      response.url,
      fetchedAt,
      'malformed',
      'the Hub answered with JSON of an unexpected shape'
    )

  const fact: RemoteFact = { reference, url: response.url, fetchedAt }
  const redirectedId = response.redirected ? idFromApiUrl(ctx, type, response.url) : null
  const answeredId = isHubId(info.id) ? info.id : null
  const canonical = redirectedId ?? answeredId ?? id
  if (canonical.toLowerCase() !== id.toLowerCase()) fact.canonicalId = canonical
  const pinned = info.sha ?? cleanText(response.headers['etag'] ?? '', 100)
  if (pinned) fact.pinned = pinned
  if (info.gated === 'auto' || info.gated === 'manual') fact.gated = info.gated
  if (info.siblings) fact.files = info.siblings.slice(0, MAX_FILES)
  if (info.safetensors) fact.parameterCount = info.safetensors.total
  if (info.config?.architectures && info.config.architectures.length > 0)
    fact.architectures = info.config.architectures

  // Files are read at the commit the metadata describes, so all facts pin to one revision.
  const fileRevision = info.sha ?? revision ?? 'main'
  let license = declaredLicense(info)
  const files = new Set(info.siblings ?? [])
  if (!info.disabled && (!license || !license.spdx)) {
    const path = licenseFilePath(info)
    const fromFile = path
      ? await readLicenseFile(ctx, type, canonical, fileRevision, path)
      : undefined
    if (fromFile)
      license = license ? { ...fromFile, raw: `${license.raw}; ${fromFile.raw}` } : fromFile
  }
  if (license) fact.license = license
  if (ctx.readCards && !info.disabled && files.has('README.md')) {
    const card = await readCard(ctx, type, canonical, fileRevision)
    if (card) fact.card = card
  }
  if (type === 'model' && !info.disabled) {
    const branches = await readCheckpointBranches(ctx, canonical)
    if (branches) {
      fact.checkpointBranches = branches.names
      if (branches.count > branches.names.length) fact.checkpointBranchCount = branches.count
    }
  }
  if (info.disabled)
    fact.unresolved = {
      reason: 'disabled',
      detail: 'the Hub has disabled this repository; its files cannot be downloaded'
    }
  return fact
}
