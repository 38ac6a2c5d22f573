/**
 * A small fake of the GitHub REST and GraphQL endpoints the action uses, for tests with the real
 * Octokit. It listens on 127.0.0.1 only, on a free port, and lives in the test process; a child
 * process (`node dist/index.js`) can use it through GITHUB_API_URL / GITHUB_GRAPHQL_URL, as long as
 * the test waits for the child asynchronously (spawnSync would block this server's event loop).
 * Call close() in afterAll.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const MAX_COMMENT_BODY = 65_536
const MAX_REQUEST_BYTES = 2 * 1024 * 1024
const BASE_TIME = Date.parse('2025-01-01T00:00:00Z')

export interface RecordedRequest {
  method: string
  /** Full path without the query, including any GHES `/api/v3` prefix. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown
  authorization?: string
}

export interface FakeComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  created_at: string
  updated_at: string
  html_url: string
}

export interface FakePull {
  number: number
  headSha: string
  headRef?: string
  baseSha?: string
  baseRef?: string
  /** `owner/repo` the head branch lives in (a fork when it differs from the base repository). */
  headRepo?: string
}

export interface CannedResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /**
   * `hang`: never answer (the connection stays open until close()). `drop`: serve the request
   * normally (a POST creates its comment) and then cut the connection before any answer.
   */
  action?: 'hang' | 'drop'
}

export type RequestMatcher =
  { method?: string; path?: string | RegExp } | ((request: RecordedRequest) => boolean)

export interface FakeGitHubOptions {
  /** Login for requests whose token is not in `tokens` (default `github-actions[bot]`). */
  login?: string
  /** token → login, to act as several identities. */
  tokens?: Record<string, string>
  /** What GraphQL `viewer { login }` answers; null makes that query fail. Default: the token's login. */
  viewerLogin?: string | null
  /** Serve under `/api/v3` with GraphQL at `/api/graphql`, like GitHub Enterprise Server. */
  enterprise?: boolean
  pulls?: FakePull[]
  /** Repository files served by the contents API, keyed `<commit sha>:<path>`. */
  files?: Record<string, string>
}

export interface FakeGitHub {
  /** REST base URL (pass as `baseUrl` or GITHUB_API_URL). */
  url: string
  graphqlUrl: string
  requests: RecordedRequest[]
  state: { comments: FakeComment[]; pulls: FakePull[]; files: Map<string, string> }
  /** The next requests matching `matcher` get these responses, in order; then normal service. */
  failNext(matcher: RequestMatcher, responses: CannedResponse[]): void
  /** Seeds a comment as if `login` had posted it; ids and timestamps keep increasing. */
  addComment(comment: {
    issueNumber: number
    body: string
    login?: string
    owner?: string
    repo?: string
  }): FakeComment
  commentsOn(issueNumber: number, owner?: string, repo?: string): FakeComment[]
  /** Forgets recorded requests, comments, files and unused canned failures (pulls stay). */
  reset(): void
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest'

/** Ready-made failures for `failNext`. */
export const canned = {
  serverError: (status = 500): CannedResponse => ({
    status,
    body: { message: status === 502 ? 'Bad Gateway' : 'Internal Server Error' }
  }),
  forbiddenIntegration: (): CannedResponse => ({
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: DOCS,
      status: '403'
    }
  }),
  notFound: (): CannedResponse => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' }
  }),
  secondaryRateLimit: (retryAfterSeconds = 1): CannedResponse => ({
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: DOCS
    }
  }),
  primaryRateLimit: (resetInSeconds = 1): CannedResponse => ({
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds)
    },
    body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: DOCS }
  }),
  tooManyRequests: (retryAfterSeconds = 1): CannedResponse => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'You have exceeded a secondary rate limit.', documentation_url: DOCS }
  }),
  /** A 429 as a proxy or load balancer sends it: no rate-limit wording, only `retry-after`. */
  plainTooManyRequests: (retryAfterSeconds = 1): CannedResponse => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'Too Many Requests' }
  }),
  hang: (): CannedResponse => ({ status: 0, action: 'hang' }),
  drop: (): CannedResponse => ({ status: 0, action: 'drop' })
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const prefix = options.enterprise ? '/api/v3' : ''
  const graphqlPath = options.enterprise ? '/api/graphql' : '/graphql'
  const defaultLogin = options.login ?? 'github-actions[bot]'
  const requests: RecordedRequest[] = []
  const state = {
    comments: [] as FakeComment[],
    pulls: [...(options.pulls ?? [])],
    files: new Map(Object.entries(options.files ?? {}))
  }
  const failures: { matcher: RequestMatcher; responses: CannedResponse[] }[] = []
  let nextId = 1000
  let origin = ''

  const loginFor = (authorization: string | undefined): string => {
    const token = authorization?.replace(/^(token|bearer)\s+/i, '') ?? ''
    return options.tokens?.[token] ?? defaultLogin
  }

  const addComment: FakeGitHub['addComment'] = (c) => {
    const id = nextId++
    const owner = c.owner ?? 'octo'
    const repo = c.repo ?? 'model'
    const login = c.login ?? defaultLogin
    const time = new Date(BASE_TIME + id * 1000).toISOString()
    const comment: FakeComment = {
      id,
      owner,
      repo,
      issueNumber: c.issueNumber,
      body: c.body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: time,
      updated_at: time,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issueNumber}#issuecomment-${id}`
    }
    state.comments.push(comment)
    return comment
  }

  const commentsOn: FakeGitHub['commentsOn'] = (issueNumber, owner = 'octo', repo = 'model') =>
    state.comments.filter(
      (c) => c.issueNumber === issueNumber && c.owner === owner && c.repo === repo
    )

  const respond = (res: ServerResponse, response: CannedResponse): void => {
    const payload = response.body === undefined ? '' : JSON.stringify(response.body)
    res.writeHead(response.status, {
      ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-request-id': `FAKE:${requests.length}`,
      ...response.headers
    })
    res.end(payload)
  }

  const handle = (request: RecordedRequest, res: ServerResponse): void => {
    const rule = failures.find((f) => f.responses.length > 0 && matches(f.matcher, request))
    const failure = rule?.responses.shift()
    if (failure?.action === 'hang') return
    if (failure?.action === 'drop') {
      serve(request, {
        writeHead: () => undefined,
        end: () => undefined
      } as unknown as ServerResponse)
      res.socket?.destroy()
      return
    }
    if (failure) return respond(res, failure)
    serve(request, res)
  }

  const serve = (request: RecordedRequest, res: ServerResponse): void => {
    const { method, path } = request
    if (method === 'POST' && path === graphqlPath) {
      const query = (request.body as { query?: unknown } | undefined)?.query
      if (typeof query !== 'string' || !/\bviewer\b/.test(query) || options.viewerLogin === null) {
        return respond(res, {
          status: 200,
          body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] }
        })
      }
      const login = options.viewerLogin ?? loginFor(request.authorization)
      return respond(res, { status: 200, body: { data: { viewer: { login } } } })
    }

    if (!path.startsWith(`${prefix}/`)) return respond(res, canned.notFound())
    const route = path.slice(prefix.length)

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(route)
    if (m) {
      const [, owner, repo, number] = m as unknown as [string, string, string, string]
      const issueNumber = Number(number)
      if (method === 'GET') {
        return listComments(res, request, commentsOn(issueNumber, owner, repo))
      }
      if (method === 'POST') {
        const body = bodyText(request.body)
        if (body === undefined) return respond(res, validationFailed('body is missing'))
        if (body.length > MAX_COMMENT_BODY) return respond(res, validationFailed('too long'))
        const login = loginFor(request.authorization)
        const comment = addComment({ issueNumber, body, login, owner, repo })
        return respond(res, { status: 201, body: toApi(comment) })
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(route)
    if (m) {
      const [, owner, repo, id] = m as unknown as [string, string, string, string]
      const index = state.comments.findIndex(
        (c) => c.id === Number(id) && c.owner === owner && c.repo === repo
      )
      const comment = state.comments[index]
      if (comment === undefined) return respond(res, canned.notFound())
      if (method === 'GET') return respond(res, { status: 200, body: toApi(comment) })
      if (method === 'PATCH') {
        const body = bodyText(request.body)
        if (body === undefined) return respond(res, validationFailed('body is missing'))
        if (body.length > MAX_COMMENT_BODY) return respond(res, validationFailed('too long'))
        comment.body = body
        comment.updated_at = new Date(BASE_TIME + nextId++ * 1000).toISOString()
        return respond(res, { status: 200, body: toApi(comment) })
      }
      if (method === 'DELETE') {
        state.comments.splice(index, 1)
        return respond(res, { status: 204 })
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(route)
    if (m && method === 'GET') {
      const [, owner, repo, number] = m as unknown as [string, string, string, string]
      const pull = state.pulls.find((p) => p.number === Number(number))
      if (pull === undefined) return respond(res, canned.notFound())
      return respond(res, { status: 200, body: pullToApi(pull, owner, repo) })
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(route)
    if (m && method === 'GET') {
      // Open pulls only, in one page: enough for finding a fork PR by its head sha.
      const [, owner, repo] = m as unknown as [string, string, string]
      return respond(res, { status: 200, body: state.pulls.map((p) => pullToApi(p, owner, repo)) })
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(route)
    if (m && method === 'GET') {
      const path = decodeURIComponent(m[3]!)
      const ref = request.query.ref ?? ''
      const text = state.files.get(`${ref}:${path}`)
      if (text === undefined) return respond(res, canned.notFound())
      const bytes = Buffer.from(text, 'utf8')
      return respond(res, {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: bytes.length,
          name: path.split('/').pop(),
          path,
          sha: 'f'.repeat(40),
          // GitHub wraps the base64 text at 60 characters.
          content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
        }
      })
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/pulls$/i.exec(route)
    if (m && method === 'GET') {
      const [, owner, repo, sha] = m as unknown as [string, string, string, string]
      const pulls = state.pulls.filter((p) => p.headSha === sha.toLowerCase())
      return respond(res, { status: 200, body: pulls.map((p) => pullToApi(p, owner, repo)) })
    }

    return respond(res, canned.notFound())
  }

  const listComments = (
    res: ServerResponse,
    request: RecordedRequest,
    all: FakeComment[]
  ): void => {
    const perPage = clamp(Number(request.query.per_page ?? 30), 1, 100)
    const page = Math.max(1, Math.floor(Number(request.query.page ?? 1)) || 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const items = all.slice((page - 1) * perPage, page * perPage)
    const link = (p: number): string => `${origin}${request.path}?per_page=${perPage}&page=${p}`
    const rels: string[] = []
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`)
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`)
    respond(res, {
      status: 200,
      headers: rels.length > 0 ? { link: rels.join(', ') } : {},
      body: items.map(toApi)
    })
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_REQUEST_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: parseBody(text),
        authorization: req.headers.authorization
      }
      requests.push(recorded)
      if (tooLarge) return respond(res, { status: 413, body: { message: 'Payload Too Large' } })
      try {
        handle(recorded, res)
      } catch (error) {
        respond(res, { status: 500, body: { message: String(error) } })
      }
    })
  })
  server.keepAliveTimeout = 1000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}${prefix}`,
    graphqlUrl: `${origin}${graphqlPath}`,
    requests,
    state,
    failNext: (matcher, responses) => {
      failures.push({ matcher, responses: [...responses] })
    },
    addComment,
    commentsOn,
    reset: () => {
      requests.length = 0
      state.comments.length = 0
      state.files.clear()
      failures.length = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}

function matches(matcher: RequestMatcher, request: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(request)
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== request.method) return false
  if (matcher.path === undefined) return true
  return typeof matcher.path === 'string'
    ? request.path === matcher.path
    : matcher.path.test(request.path)
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function bodyText(body: unknown): string | undefined {
  const value = (body as { body?: unknown } | undefined)?.body
  return typeof value === 'string' ? value : undefined
}

function validationFailed(reason: string): CannedResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: reason }],
      documentation_url: DOCS
    }
  }
}

function toApi(c: FakeComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    html_url: c.html_url,
    issue_url: `https://api.github.com/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user.login, id: 1, type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE'
  }
}

function pullToApi(p: FakePull, owner: string, repo: string): Record<string, unknown> {
  const base = `${owner}/${repo}`
  const headRepo = p.headRepo ?? base
  return {
    number: p.number,
    state: 'open',
    html_url: `https://github.com/${base}/pull/${p.number}`,
    head: {
      sha: p.headSha,
      ref: p.headRef ?? 'feature',
      repo: { full_name: headRepo, fork: headRepo !== base }
    },
    base: {
      sha: p.baseSha ?? '0'.repeat(40),
      ref: p.baseRef ?? 'main',
      repo: { full_name: base, fork: false }
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min
}
