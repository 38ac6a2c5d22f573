/**
 * A model repository on the Hugging Face Hub as a scan target (`hf:ORG/NAME[@REVISION]`): the
 * same Snapshot the local walk builds, from the Hub's file tree at one pinned commit, with file
 * contents read through `/resolve/{commit}/{path}` range requests. Every file goes through the
 * local scan's own reader (readFromSource) with the same per-role caps, so everything after the
 * snapshot is the same for a Hub repository and a folder holding the same files. Weights are
 * never downloaded: their readers ask for the header, a few KiB for a small model.
 */
import ignore from 'ignore'
import { z } from 'zod'
import { cleanText, hubRepoFields, parseJson, trimSlash } from '../resolve/online/common.js'
import type { HttpClient, HttpResponse } from '../resolve/online/http.js'
import type { ReportSource } from '../report/types.js'
import { GGUF_READ_CAP } from './formats/gguf.js'
import { formatFromName } from './formats/index.js'
import { HEADER_READ_SLACK } from './formats/limits.js'
import { READ_CAP, type FileRole } from './classify.js'
import { remoteByteSource } from './remote-source.js'
import { MAX_TEXT_FILES, planReads, readFromSource } from './scan.js'
import type { ScannedFile, SkippedItem, Snapshot } from './types.js'

export const HUB_TARGET_PREFIX = 'hf:'

/** `org/name` (or a legacy name without an org), in the Hub's character set. */
const HUB_REPO_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/
/** Branch, tag or commit; `refs/pr/1` style names included. */
const HUB_REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/

/**
 * Most bytes read from one weight file: a GGUF header with its tokenizer (the largest header a
 * real model has) plus the readers' slack. Small models need a few KiB of it.
 */
export const HUB_WEIGHT_READ_CAP = GGUF_READ_CAP + HEADER_READ_SLACK
/** Most entries taken from the file tree; past it the snapshot says it is partial. */
export const HUB_MAX_TREE_ENTRIES = 250_000
const TREE_PAGE_BYTES = 16 * 1024 * 1024
const MAX_TREE_PAGES = 1000
/** Files read at once; the HTTP client also limits requests per host. */
const READ_CONCURRENCY = 4
/** Folders that are never part of a release's content (as in the local walk). */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export interface HubTarget {
  /** `org/name` as given. */
  id: string
  /** Branch, tag or commit, when given after `@`. */
  revision?: string
}

/** A target the Hub cannot serve (missing, private, disabled, revision unknown): exit 2. */
export class HubTargetError extends Error {}

/** `hf:ORG/NAME[@REVISION]` → its parts, or null when `text` is not a Hub target at all. */
export function parseHubTarget(text: string): HubTarget | null {
  if (!text.startsWith(HUB_TARGET_PREFIX)) return null
  const rest = text.slice(HUB_TARGET_PREFIX.length)
  const at = rest.indexOf('@')
  const id = at === -1 ? rest : rest.slice(0, at)
  const revision = at === -1 ? undefined : rest.slice(at + 1)
  if (!HUB_REPO_ID.test(id) || id.includes('..') || id.includes('--'))
    throw new HubTargetError(
      `${text.slice(0, 120)}: not a Hub model id (write hf:ORG/NAME or hf:ORG/NAME@REVISION)`
    )
  if (
    revision !== undefined &&
    (!HUB_REVISION.test(revision) || revision.includes('..') || revision.endsWith('/'))
  )
    throw new HubTargetError(`${text.slice(0, 120)}: not a revision name after '@'`)
  return revision === undefined ? { id } : { id, revision }
}

export interface HubSnapshotOptions {
  http: HttpClient
  /** Hub base URL (`HF_ENDPOINT`, default https://huggingface.co). */
  endpoint: string
  /** Gitignore-style patterns left out (policy `ignore:`). */
  ignore?: string[]
  /** Text files read per role (default MAX_TEXT_FILES, as for a folder). */
  maxTextFiles?: number
  /** Most bytes read from one weight file (default HUB_WEIGHT_READ_CAP). */
  weightReadCap?: number
}

export interface HubSnapshot {
  snapshot: Snapshot
  source: ReportSource
  /** One line each for the report: what could not be read, and why. */
  warnings: string[]
}

const infoSchema = z.lazy(() =>
  z.object({
    ...hubRepoFields(),
    private: z.boolean().optional().catch(undefined)
  })
)

const treeItemSchema = z.lazy(() =>
  z.object({
    type: z.enum(['file', 'directory']),
    path: z.string().min(1).max(1000),
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional()
  })
)
const treePageSchema = z.lazy(() => z.array(z.unknown()))

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** A path from the Hub's listing that can stand for a file in a checkout, or why not. */
function checkPath(path: string): string | null {
  if (path.startsWith('/') || path.endsWith('/')) return 'path is not relative'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return 'path holds control characters or backslashes'
  const segments = path.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    return 'path has an empty, . or .. segment'
  return null
}

/** The next page of the tree from a `Link: <…>; rel="next"` header, on the same origin only. */
function nextPage(response: HttpResponse, endpoint: string): string | null {
  const link = response.headers['link']
  if (!link) return null
  const match = /<([^>]{1,4000})>\s*;\s*rel="?next"?/.exec(link)
  if (!match) return null
  try {
    const next = new URL(match[1], response.url)
    return next.origin === new URL(endpoint).origin ? next.href : null
  } catch {
    return null
  }
}

function targetName(target: HubTarget): string {
  return `hf:${target.id}${target.revision ? `@${target.revision}` : ''}`
}

/** Why the model's metadata cannot be read, in one line. */
function infoError(target: HubTarget, response: HttpResponse): HubTargetError {
  const name = targetName(target)
  const code = response.headers['x-error-code'] ?? ''
  const message = cleanText(response.headers['x-error-message'] ?? '', 200)
  if (code === 'RevisionNotFound')
    return new HubTargetError(`${name}: the Hub knows no revision ${target.revision ?? 'main'}`)
  if (response.status === 403 && /disabled/i.test(message))
    return new HubTargetError(`${name}: the Hub has disabled this repository`)
  if (response.status === 401 && /invalid credentials/i.test(message))
    return new HubTargetError(`${name}: the Hub refused the token in HF_TOKEN (HTTP 401)`)
  if (response.status === 401 || response.status === 404 || code === 'RepoNotFound')
    return new HubTargetError(
      `${name}: no such model on the Hub, or it is private (HTTP ${response.status}; set HF_TOKEN for a private one)`
    )
  return new HubTargetError(
    `${name}: the Hub answered HTTP ${response.status}${message ? ` (${message})` : ''}`
  )
}

interface TreeListing {
  files: { path: string; size: number }[]
  directories: Set<string>
  skipped: SkippedItem[]
  ignoredCount: number
  partial?: { reason: string; remaining: string[] }
}

async function listTree(
  http: HttpClient,
  endpoint: string,
  id: string,
  commit: string,
  name: string,
  patterns: string[]
): Promise<TreeListing> {
  const matcher = patterns.length > 0 ? ignore().add(patterns) : null
  const listing: TreeListing = { files: [], directories: new Set(), skipped: [], ignoredCount: 0 }
  let url: string | null =
    `${endpoint}/api/models/${encodeSegments(id)}/tree/${encodeURIComponent(commit)}?recursive=true&expand=false`
  let pages = 0
  let entries = 0
  while (url) {
    if (pages++ >= MAX_TREE_PAGES || entries >= HUB_MAX_TREE_ENTRIES) {
      listing.partial = {
        reason: `the Hub's file list was read up to ${entries} entries`,
        remaining: ['(rest of the file list)']
      }
      break
    }
    const response = await http.get(url, { maxBytes: TREE_PAGE_BYTES })
    if (response.kind === 'failure') {
      if (pages === 1)
        throw new HubTargetError(
          `${name}: cannot list the files (${response.reason}: ${cleanText(response.detail, 160)})`
        )
      listing.partial = {
        reason: `the Hub's file list stopped after ${entries} entries (${response.reason})`,
        remaining: ['(rest of the file list)']
      }
      break
    }
    if (response.status !== 200) {
      if (pages === 1) throw infoError({ id, revision: commit }, response)
      listing.partial = {
        reason: `the Hub's file list stopped after ${entries} entries (HTTP ${response.status})`,
        remaining: ['(rest of the file list)']
      }
      break
    }
    const items = parseJson(response.text, treePageSchema)
    if (!items) throw new HubTargetError(`${name}: the Hub's file list is not a JSON array`)
    for (const raw of items) {
      entries++
      const item = treeItemSchema.safeParse(raw)
      if (!item.success) continue
      const path = item.data.path
      const problem = checkPath(path)
      if (problem) {
        listing.skipped.push({
          path: cleanText(path, 300),
          reason: 'invalid-name',
          detail: `${problem}; skipped`
        })
        continue
      }
      const segments = path.split('/')
      if (segments.some((s) => ALWAYS_SKIPPED_DIRS.has(s))) continue
      const isDir = item.data.type === 'directory'
      if (matcher && matcher.ignores(isDir ? `${path}/` : path)) {
        listing.ignoredCount++
        continue
      }
      // Every folder above an entry exists, listed or not.
      for (let i = 1; i < segments.length; i++)
        listing.directories.add(segments.slice(0, i).join('/'))
      if (isDir) listing.directories.add(path)
      else listing.files.push({ path, size: item.data.size ?? 0 })
    }
    url = nextPage(response, endpoint)
  }
  // A folder whose every file was ignored still shows in the listing; the local walk would not
  // enter it either, so it is dropped when ignored.
  if (matcher)
    for (const dir of listing.directories)
      if (matcher.ignores(`${dir}/`)) listing.directories.delete(dir)
  return listing
}

/** Bytes one file of a role may cost, whatever the host sends. */
function budgetFor(role: FileRole, weightCap: number): number {
  if (role === 'weights') return weightCap
  // The pointer check reads files under 1 KiB whatever their role.
  return Math.max(READ_CAP[role], 1024)
}

/**
 * Reads a model repository on the Hub into a Snapshot. Throws HubTargetError when the model
 * cannot be read at all; single files that cannot be read become skipped items, as in a local scan.
 */
export async function readHubSnapshot(
  target: HubTarget,
  options: HubSnapshotOptions
): Promise<HubSnapshot> {
  const started = Date.now()
  const { http } = options
  const endpoint = trimSlash(options.endpoint)
  const name = targetName(target)
  const apiUrl = `${endpoint}/api/models/${encodeSegments(target.id)}${
    target.revision ? `/revision/${encodeURIComponent(target.revision)}` : ''
  }`
  const response = await http.get(apiUrl)
  if (response.kind === 'failure')
    throw new HubTargetError(
      `${name}: cannot read the model's metadata (${response.reason}: ${cleanText(response.detail, 160)})`
    )
  if (response.status !== 200) throw infoError(target, response)
  const info = parseJson(response.text, infoSchema)
  if (!info)
    throw new HubTargetError(`${name}: the Hub answered with metadata of an unexpected shape`)
  if (info.disabled) throw new HubTargetError(`${name}: the Hub has disabled this repository`)
  const id = HUB_REPO_ID.test(info.id) && !info.id.includes('..') ? info.id : target.id
  const revision = target.revision ?? 'main'
  const commit = info.sha ?? revision
  const warnings: string[] = []
  if (!info.sha)
    warnings.push(
      `The Hub gave no commit for ${name}; files were read at ${revision}, which can move.`
    )

  const listing = await listTree(http, endpoint, id, commit, name, options.ignore ?? [])
  const files: ScannedFile[] = listing.files.map((f) => ({ path: f.path }))
  const sizes = new Map(listing.files.map((f) => [f.path, f.size]))
  const skipped: SkippedItem[] = [...listing.skipped]
  const { toRead, textNotRead } = planReads(files, options.maxTextFiles ?? MAX_TEXT_FILES)
  const weightCap = options.weightReadCap ?? HUB_WEIGHT_READ_CAP

  let bytesRead = 0
  let maxWeightBytes = 0
  let gatedDenial: string | null = null
  const notRead = new Set<string>()
  let next = 0
  let outOfTime = false
  const fileUrl = (path: string): string =>
    `${endpoint}/${encodeSegments(id)}/resolve/${encodeURIComponent(commit)}/${encodeSegments(path)}`

  const worker = async (): Promise<void> => {
    while (next < toRead.length) {
      if (http.remainingMs() <= 0) {
        outOfTime = true
        return
      }
      const { file, role } = toRead[next++]
      const size = sizes.get(file.path) ?? 0
      // Once the gate said no, the other gated files are not asked for one by one.
      if (gatedDenial !== null && file.path !== 'README.md') {
        notReadable(file, role, size, gatedDenial)
        continue
      }
      const source = remoteByteSource({
        http,
        url: fileUrl(file.path),
        size,
        budget: budgetFor(role, weightCap)
      })
      const outcome = await readFromSource(source, file, role)
      bytesRead += source.bytesFetched
      if (outcome.weightBytes !== undefined)
        maxWeightBytes = Math.max(maxWeightBytes, source.bytesFetched)
      const failure = source.failure
      if (failure && failure.reason !== 'read-cap') {
        // The host, not the file, stopped the read: say so, as the local scan says "unreadable".
        if (failure.reason === 'gated') gatedDenial ??= failure.message
        notReadable(file, role, size, failure.message)
        continue
      }
      if (outcome.skipped) skipped.push(outcome.skipped)
    }
  }

  /** A listed file whose content the Hub did not give: it exists, its bytes are unknown. */
  const notReadable = (file: ScannedFile, role: FileRole, size: number, why: string): void => {
    delete file.text
    delete file.truncated
    file.size = size
    // Weights stay weights (the listing shows them), with the reason their header is unknown.
    if (role === 'weights') file.weight = { format: formatFromName(file.path), problem: why }
    else delete file.weight
    notRead.add(file.path)
    skipped.push({ path: file.path, reason: 'unreadable', detail: `${why}; not read` })
  }

  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker))

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const snapshot: Snapshot = {
    files,
    directories: [...listing.directories].sort(),
    skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    stats: {
      filesSeen: files.length,
      directoriesSeen: listing.directories.size,
      bytesRead,
      maxBytesReadPerWeight: maxWeightBytes,
      elapsedMs: Date.now() - started,
      ignoredFiles: listing.ignoredCount,
      textFilesNotRead: textNotRead
    }
  }
  if (listing.partial) snapshot.partial = listing.partial
  else if (outOfTime) {
    const left = toRead.slice(next).map((r) => r.file.path)
    for (const path of left) notRead.add(path)
    snapshot.partial = {
      reason: 'time budget exhausted while reading files from the Hub',
      remaining: left.slice(0, 100)
    }
  }

  const source: ReportSource = {
    kind: 'hub',
    id,
    revision,
    commit,
    url: `${endpoint}/${encodeSegments(id)}/tree/${encodeURIComponent(commit)}`,
    fileBase: `${endpoint}/${encodeSegments(id)}/blob/${encodeURIComponent(commit)}`,
    filesNotRead: notRead.size
  }
  if (info.gated === 'auto' || info.gated === 'manual') source.gated = info.gated
  if (source.gated) {
    const read = files.length - notRead.size
    warnings.push(
      notRead.size > 0
        ? `Gated repository (${source.gated}): the file list, sizes and ${read} file(s) could be read; ${notRead.size} file(s) could not (${[...notRead].slice(0, 5).join(', ')}${notRead.size > 5 ? ', …' : ''}): access is granted per account, set HF_TOKEN to a token that has it.`
        : `Gated repository (${source.gated}): every file could be read with the token given.`
    )
  } else if (notRead.size > 0) {
    warnings.push(
      `${notRead.size} file(s) listed on the Hub could not be read; each is listed under skipped.`
    )
  }
  return { snapshot, source, warnings }
}
