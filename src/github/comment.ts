import { MARKER_PREFIX, encodeReport, parseMarker, renderMarker } from './marker.js'
import type { Octokit } from './octokit.js'

/** GitHub rejects issue and PR comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536

/** Used when the token's identity cannot be read: the login of the default GITHUB_TOKEN. */
export const FALLBACK_LOGIN = 'github-actions[bot]'

/** Listing stops after 100 pages of 100; a marker comment beyond that is not found. */
const MAX_COMMENT_PAGES = 100

const MAX_SUMMARY_URL_CHARS = 2_000

export type CommentMode = 'always' | 'on-change' | 'never'
export type UpsertAction = 'created' | 'updated' | 'unchanged' | 'skipped' | 'forbidden'

export interface UpsertStickyCommentOptions {
  octokit: Octokit
  owner: string
  repo: string
  issueNumber: number
  /** Rendered Markdown; the marker is appended here. */
  body: string
  /** JSON-serialisable report embedded in the marker (left out when over the marker cap). */
  report?: unknown
  sha?: string
  runId?: string | number
  mode: CommentMode
  /** Linked from the note added when the body has to be shortened. */
  jobSummaryUrl?: string
  /** GraphQL endpoint for the identity query; derived from the Octokit base URL by default. */
  graphqlUrl?: string
  /** Wait before re-sending a POST whose answer was lost (tests shorten it). */
  postRetryDelayMs?: number
}

export interface UpsertStickyCommentResult {
  action: UpsertAction
  commentId?: number
  commentUrl?: string
  /** The report embedded in the comment that was found, unvalidated. */
  previousReport?: unknown
  /** Ids of duplicate marker comments that were deleted. */
  deleted: number[]
  /** One line for the log when something did not go as planned. */
  warning?: string
  /** True when the body was shortened to fit the comment limit. */
  trimmed: boolean
}

interface ExistingComment {
  id: number
  body: string
  login: string
  createdAt: number
  htmlUrl?: string
}

export async function upsertStickyComment(
  options: UpsertStickyCommentOptions
): Promise<UpsertStickyCommentResult> {
  const { octokit, owner, repo, issueNumber, mode } = options
  if (mode === 'never') return { action: 'skipped', deleted: [], trimmed: false }

  const composed = composeCommentBody(options)
  const warnings: string[] = []
  if (composed.reportDropped) {
    warnings.push('the machine-readable report was too large to embed in the comment')
  }
  const result = (
    action: UpsertAction,
    extra: Partial<UpsertStickyCommentResult> = {}
  ): UpsertStickyCommentResult => {
    const all = [...warnings, ...(extra.warning ? [extra.warning] : [])]
    return {
      deleted: [],
      trimmed: composed.trimmed,
      ...extra,
      action,
      ...(all.length > 0 ? { warning: all.join('; ') } : {})
    }
  }

  let existing: ExistingComment[]
  try {
    existing = await listMarkerComments(octokit, owner, repo, issueNumber)
  } catch (error) {
    if (isPermissionError(error)) return result('forbidden', { warning: forbiddenWarning(error) })
    throw error
  }
  if (existing.length > 0) {
    const login = await resolveLogin(octokit, options.graphqlUrl)
    existing = existing.filter((c) => sameIdentity(c.login, login))
  }
  existing.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)
  const [kept, ...duplicates] = existing

  const target = {
    owner,
    repo,
    issueNumber,
    body: composed.text,
    isOurs: (body: string): boolean => isThisRunsComment(body, composed.text, options),
    graphqlUrl: options.graphqlUrl,
    retryDelayMs: options.postRetryDelayMs ?? 1000
  }
  if (kept === undefined) {
    const created = await create(octokit, target)
    return 'forbidden' in created
      ? result('forbidden', { warning: created.forbidden })
      : result('created', created)
  }

  const previous = parseMarker(kept.body)
  const previousReport = previous?.report
  const base = { previousReport, commentId: kept.id, commentUrl: kept.htmlUrl }
  // Oldest wins: the kept comment is written first, so the PR never loses its comment.
  const withDuplicatesDeleted = async (
    action: UpsertAction,
    extra: Partial<UpsertStickyCommentResult> = {}
  ): Promise<UpsertStickyCommentResult> => {
    const deleted = await deleteDuplicates(octokit, owner, repo, duplicates, warnings)
    return result(action, { ...base, ...extra, deleted })
  }

  const ourRun = options.runId === undefined ? undefined : String(options.runId)
  if (previous?.runId !== undefined && ourRun !== undefined && isNewerRun(previous.runId, ourRun)) {
    return withDuplicatesDeleted('skipped', {
      warning: `the comment already shows the newer run ${previous.runId}; left it as it is`
    })
  }
  if (mode === 'on-change' && isUnchanged(kept.body, previousReport, options.report, composed)) {
    return withDuplicatesDeleted('unchanged')
  }

  try {
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: kept.id,
      body: composed.text
    })
    return withDuplicatesDeleted('updated', { commentId: data.id, commentUrl: data.html_url })
  } catch (error) {
    // The comment was deleted after it was listed: post a fresh one instead.
    if (statusOf(error) === 404) {
      const created = await create(octokit, target)
      if ('forbidden' in created) {
        return result('forbidden', { previousReport, warning: created.forbidden })
      }
      return withDuplicatesDeleted('created', created)
    }
    if (isPermissionError(error)) {
      return result('forbidden', { ...base, warning: forbiddenWarning(error) })
    }
    throw error
  }
}

/** The comment this run posted: same run and commit in the marker, or the very same text. */
function isThisRunsComment(
  body: string,
  text: string,
  options: { sha?: string; runId?: string | number }
): boolean {
  if (options.runId === undefined) return body === text
  const marker = parseMarker(body)
  return (
    marker?.runId === String(options.runId) &&
    (options.sha === undefined || marker.sha === options.sha.toLowerCase())
  )
}

/** A POST whose outcome is unknown: it may have created the comment before the answer was lost. */
function isAmbiguousFailure(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

const MAX_POST_ATTEMPTS = 3

interface CreateTarget {
  owner: string
  repo: string
  issueNumber: number
  body: string
  isOurs: (body: string) => boolean
  graphqlUrl?: string
  retryDelayMs: number
}

/**
 * Posts a new comment, at most once in effect. The retry plugin never re-sends this POST: when an
 * answer is lost (5xx, timeout, cut connection), the comments are listed first, and a comment this
 * run already created is taken instead of posting again. After a POST that needed a second try,
 * this token's marker comments are listed once more and any newer duplicates deleted, so the PR
 * keeps one comment. A permission error is returned as a warning, anything else is thrown.
 */
async function create(
  octokit: Octokit,
  target: CreateTarget
): Promise<{ commentId: number; commentUrl: string; deleted?: number[] } | { forbidden: string }> {
  let lastError: unknown
  for (let attempt = 1; attempt <= MAX_POST_ATTEMPTS; attempt++) {
    if (attempt > 1) {
      await new Promise((resolve) => setTimeout(resolve, target.retryDelayMs * (attempt - 1)))
      const existing = await ownMarkerComments(octokit, target)
      const ours = existing.find((c) => target.isOurs(c.body))
      if (ours && ours.htmlUrl) {
        const deleted = await deleteDuplicates(
          octokit,
          target.owner,
          target.repo,
          existing.filter((c) => c.id !== ours.id && c.createdAt >= ours.createdAt),
          []
        )
        return { commentId: ours.id, commentUrl: ours.htmlUrl, deleted }
      }
    }
    try {
      const { data } = await octokit.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: target.body,
        request: { retries: 0 }
      })
      if (attempt === 1) return { commentId: data.id, commentUrl: data.html_url }
      // A lost answer may still have created a comment: keep the oldest, delete the rest.
      const existing = await ownMarkerComments(octokit, target)
      const kept = existing[0] ?? { id: data.id, htmlUrl: data.html_url }
      const deleted = await deleteDuplicates(
        octokit,
        target.owner,
        target.repo,
        existing.filter((c) => c.id !== kept.id),
        []
      )
      return { commentId: kept.id, commentUrl: kept.htmlUrl ?? data.html_url, deleted }
    } catch (error) {
      if (isPermissionError(error)) return { forbidden: forbiddenWarning(error) }
      if (!isAmbiguousFailure(error)) throw error
      lastError = error
    }
  }
  throw lastError
}

/** This token's marker comments on the PR, oldest first. */
async function ownMarkerComments(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number; graphqlUrl?: string }
): Promise<ExistingComment[]> {
  const all = await listMarkerComments(octokit, target.owner, target.repo, target.issueNumber)
  if (all.length === 0) return []
  const login = await resolveLogin(octokit, target.graphqlUrl)
  return all
    .filter((c) => sameIdentity(c.login, login))
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)
}

async function listMarkerComments(
  octokit: Octokit,
  owner: string,
  repo: string,
  issueNumber: number
): Promise<ExistingComment[]> {
  let pages = 0
  return octokit.paginate(
    octokit.rest.issues.listComments,
    { owner, repo, issue_number: issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_COMMENT_PAGES) done()
      const found: ExistingComment[] = []
      for (const c of response.data) {
        if (parseMarker(c.body) === null) continue
        const createdAt = Date.parse(c.created_at)
        found.push({
          id: c.id,
          body: c.body ?? '',
          login: c.user?.login ?? '',
          createdAt: Number.isFinite(createdAt) ? createdAt : 0,
          htmlUrl: c.html_url
        })
      }
      return found
    }
  )
}

async function deleteDuplicates(
  octokit: Octokit,
  owner: string,
  repo: string,
  duplicates: ExistingComment[],
  warnings: string[]
): Promise<number[]> {
  const deleted: number[] = []
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id })
      deleted.push(duplicate.id)
    } catch (error) {
      // 404: a concurrent run removed it already. Other failures only leave a duplicate behind.
      if (statusOf(error) !== 404) {
        warnings.push(`could not delete duplicate comment ${duplicate.id}: ${errorLine(error)}`)
      }
    }
  }
  return deleted
}

/** Logins a client's token was found to have, by GraphQL endpoint: a token's login never changes. */
const knownLogins = new WeakMap<Octokit, Map<string, string>>()

/**
 * The token's login via GraphQL `viewer`, or FALLBACK_LOGIN when that fails (the default
 * GITHUB_TOKEN is the github-actions app, so the fallback is right in the common case). A login
 * found is kept for the client: a run asks twice (reading the previous report, then updating the
 * comment), and each GraphQL request waits out the throttling plugin's second between writes. A
 * failure is not kept, so a later call may still learn the real login.
 */
export async function resolveLogin(octokit: Octokit, graphqlUrl?: string): Promise<string> {
  const url = graphqlUrl ?? graphqlUrlFor(octokit.request.endpoint.DEFAULTS.baseUrl)
  const known = knownLogins.get(octokit)?.get(url)
  if (known !== undefined) return known
  try {
    const response = await octokit.request(`POST ${url}`, { query: 'query { viewer { login } }' })
    const data: unknown = response.data
    const login = (data as { data?: { viewer?: { login?: unknown } } } | null)?.data?.viewer?.login
    if (typeof login !== 'string' || login.length === 0) return FALLBACK_LOGIN
    const logins = knownLogins.get(octokit) ?? new Map<string, string>()
    knownLogins.set(octokit, logins.set(url, login))
    return login
  } catch {
    return FALLBACK_LOGIN
  }
}

/**
 * GraphQL endpoint for a REST base URL. GITHUB_GRAPHQL_URL is used only when it belongs to the same
 * server as GITHUB_API_URL and that server is the one in use, so a test server never sends the
 * token to the runner's real endpoint. GHES: https://HOST/api/v3 → https://HOST/api/graphql.
 */
export function graphqlUrlFor(baseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = baseUrl.replace(/\/+$/, '')
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  if (env.GITHUB_GRAPHQL_URL && apiUrl === base) return env.GITHUB_GRAPHQL_URL
  if (/\/api\/v3$/.test(base)) return base.replace(/\/api\/v3$/, '/api/graphql')
  return `${base}/graphql`
}

/** Bots appear as `name[bot]` in REST and as `name` in some GraphQL answers. */
export function sameIdentity(a: string, b: string): boolean {
  const normalise = (login: string): string =>
    login
      .trim()
      .toLowerCase()
      .replace(/\[bot\]$/, '')
  return a.length > 0 && normalise(a) === normalise(b)
}

function isNewerRun(recorded: string, ours: string): boolean {
  const digits = /^[0-9]{1,20}$/
  return digits.test(recorded) && digits.test(ours) && BigInt(recorded) > BigInt(ours)
}

function isUnchanged(
  existingBody: string,
  previousReport: unknown,
  report: unknown,
  composed: ComposedBody
): boolean {
  const current = normaliseJson(report)
  if (previousReport !== undefined && current !== undefined) {
    return sameJson(previousReport, current)
  }
  return stripMarker(existingBody) === stripMarker(composed.text)
}

function normaliseJson(value: unknown): unknown {
  if (value === undefined) return undefined
  try {
    const json = JSON.stringify(value)
    return json === undefined ? undefined : (JSON.parse(json) as unknown)
  } catch {
    return undefined
  }
}

function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (depth > 200) return false
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i], depth + 1))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = Object.keys(ra)
  if (keys.length !== Object.keys(rb).length) return false
  return keys.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k], depth + 1))
}

function stripMarker(body: string): string {
  const start = body.lastIndexOf(MARKER_PREFIX)
  return (start === -1 ? body : body.slice(0, start)).trimEnd()
}

export interface ComposedBody {
  text: string
  trimmed: boolean
  /** A report was given but could not be embedded (too large or not serialisable). */
  reportDropped: boolean
}

const MARKER_SEPARATOR = '\n\n'

/**
 * Body plus marker, at most MAX_COMMENT_CHARS long. An oversized body is cut at the last section
 * (`## ` heading or `<details`) that fits, open `<details>` and code fences are closed, and a note
 * points to the job summary. The marker's report cap keeps the marker far below the limit; when a
 * report is over that cap the marker is written without it.
 */
export function composeCommentBody(input: {
  body: string
  report?: unknown
  sha?: string
  runId?: string | number
  jobSummaryUrl?: string
}): ComposedBody {
  const marker = renderMarker({ report: input.report, sha: input.sha, runId: input.runId })
  const reportDropped = input.report !== undefined && encodeReport(input.report) === undefined
  const tail = MARKER_SEPARATOR + marker
  if (input.body.length + tail.length <= MAX_COMMENT_CHARS) {
    return { text: input.body + tail, trimmed: false, reportDropped }
  }
  const note = truncationNote(input.jobSummaryUrl)
  const budget = Math.max(0, MAX_COMMENT_CHARS - tail.length - note.length)
  return { text: trimAtSection(input.body, budget) + note + tail, trimmed: true, reportDropped }
}

function truncationNote(jobSummaryUrl: string | undefined): string {
  const link = safeLink(jobSummaryUrl)
  const where = link ? `the [job summary](${link})` : 'the job summary'
  return (
    `\n\n---\n\n> [!NOTE]\n> This comment was shortened to fit GitHub's ` +
    `${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit; the full report is in ${where}.`
  )
}

function safeLink(url: string | undefined): string | undefined {
  if (url === undefined || url.length > MAX_SUMMARY_URL_CHARS) return undefined
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')
  } catch {
    return undefined
  }
}

const DETAILS_CLOSER = '\n\n</details>'

/**
 * The longest prefix of `text` that, with the closing tags it needs, fits in `budget`: cut before a
 * `\n## ` or `\n<details` boundary when one fits, else at a line end, else anywhere.
 */
export function trimAtSection(text: string, budget: number): string {
  if (text.length <= budget) return text
  const tokens = /\n|<details[\s>]|<\/details\s*>/gi
  let depth = 0
  let bestSection: number | undefined
  let bestLine: number | undefined
  for (let m = tokens.exec(text); m !== null && m.index <= budget; m = tokens.exec(text)) {
    const token = m[0]
    if (token === '\n') {
      if (m.index === 0 || m.index + depth * DETAILS_CLOSER.length > budget) continue
      bestLine = m.index
      const next = text.slice(m.index + 1, m.index + 10).toLowerCase()
      if (next.startsWith('## ') || /^<details[\s>]/.test(next)) bestSection = m.index
    } else if (token[1] === '/') {
      depth = Math.max(0, depth - 1)
    } else {
      depth++
    }
  }
  const best = bestSection ?? bestLine
  if (best !== undefined) {
    const prefix = dropTrailingHeadings(text.slice(0, best))
    const closing = closingFor(prefix)
    // Room for the details closers was checked during the scan; a fence closer is a best effort.
    return prefix.length + closing.length <= budget
      ? prefix + closing
      : prefix + DETAILS_CLOSER.repeat(detailsDepth(prefix))
  }

  // One enormous line: cut inside it, leaving room for what has to be closed.
  let cut = budget
  for (let attempt = 0; attempt < 3 && cut > 0; attempt++) {
    const prefix = text.slice(0, avoidSplitSurrogate(text, cut))
    const closing = closingFor(prefix)
    if (prefix.length + closing.length <= budget) return prefix + closing
    cut = budget - closing.length
  }
  return ''
}

/** A cut just before a section's `<details>` would leave its heading alone at the end. */
function dropTrailingHeadings(prefix: string): string {
  let out = prefix.trimEnd()
  for (let i = 0; i < 6; i++) {
    const lineStart = out.lastIndexOf('\n') + 1
    if (lineStart === 0 || !/^ {0,3}#{1,6}(\s|$)/.test(out.slice(lineStart))) break
    out = out.slice(0, lineStart).trimEnd()
  }
  return out
}

/** Closes a code fence left open by the cut, then every open `<details>`. */
function closingFor(prefix: string): string {
  const fences = prefix.match(/^ {0,3}(?:```|~~~)/gm)?.length ?? 0
  return (fences % 2 === 1 ? '\n```' : '') + DETAILS_CLOSER.repeat(detailsDepth(prefix))
}

function detailsDepth(text: string): number {
  let depth = 0
  for (const m of text.matchAll(/<details[\s>]|<\/details\s*>/gi)) {
    depth = m[0][1] === '/' ? Math.max(0, depth - 1) : depth + 1
  }
  return depth
}

function avoidSplitSurrogate(text: string, cut: number): number {
  const code = text.charCodeAt(cut - 1)
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** 403 for a missing permission (not a rate limit), or 404 for a PR the token cannot see. */
function isPermissionError(error: unknown): boolean {
  const status = statusOf(error)
  if (status === 404) return true
  return status === 403 && !/rate limit/i.test(errorLine(error))
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

function forbiddenWarning(error: unknown): string {
  return (
    `Could not write the pull request comment (HTTP ${statusOf(error)}: ${errorLine(error)}). ` +
    'The job needs `permissions: pull-requests: write`; pull requests from forks always get a ' +
    'read-only token, so there the report is only in the job summary ' +
    '(or use a separate workflow_run workflow to comment).'
  )
}
