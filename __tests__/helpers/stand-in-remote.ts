/**
 * One stand-in for the remote hosts the resolvers read, on 127.0.0.1 (random port): the Hugging
 * Face Hub under `/hub`, GitHub REST under `/github`, arXiv OAI-PMH at `/arxiv/oai`, Zenodo under
 * `/zenodo` and doi.org content negotiation under `/doi`, in the formats and with the errors of
 * docs remote-apis.md (307 relative redirects for renamed repos, 401 + `X-Error-Code` for missing
 * repos, gated and disabled repos, 429 with `RateLimit`/`Retry-After`, arXiv `idDoesNotExist` as
 * HTTP 200, GitHub `NOASSERTION` and 404). Tests fill its registry and queue faults (a hang that
 * never answers, a dropped connection, malformed JSON, any canned answer). Every request is recorded with its headers
 * (Authorization included) and its time on the clock given, so tests can check tokens and spacing.
 * A second listener (`elsewhereUrl`) serves the same routes on another port: another origin, for
 * cross-host redirects. Call close() in afterAll.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface StandInModel {
  /** Commit sha of `main`; default derived from the id. */
  sha?: string
  /** `cardData.license` (a string or, as datasets often have, an array). */
  license?: string | string[]
  licenseName?: string
  licenseLink?: string
  /** Extra tags; `license:<id>` tags are added from `license` unless `licenseTagOnly` is used. */
  tags?: string[]
  gated?: false | 'auto' | 'manual'
  /** `true`: metadata says `disabled: true`; `'forbidden'`: the API answers 403 "disabled". */
  disabled?: boolean | 'forbidden'
  /**
   * Files by path (their names become `siblings`); README.md is the card. Bytes (Uint8Array) are
   * served as LFS files: listed with `lfs` in the tree, redirected to the CDN origin when
   * `lfsRedirect` is set (see the "Hub files" section).
   */
  files?: Record<string, string | Uint8Array>
  /** `/resolve/` ignores `Range` and answers 200 with the whole file (a misbehaving host). */
  ignoreRange?: boolean
  /** `/resolve/` of LFS files answers 302 to the other origin (as the Hub sends to its CDN). */
  lfsRedirect?: boolean
  /** Entries per page of the tree listing (`Link: rel="next"` past it); default 1000. */
  treePageSize?: number
  parametersTotal?: number
  architectures?: string[]
  /** Branches besides `main`. */
  branches?: string[]
}

export interface StandInGitHubRepo {
  /** GitHub's detected licence; `null` = no licence detected (the licence endpoint answers 404). */
  license: { key: string; name: string; spdx_id: string } | null
  /** The licence file's text (sent base64 in `content`). */
  licenseText?: string
  licensePath?: string
  /** Licence per `?ref=`, for pinned commits. */
  byRef?: Record<string, { key: string; name: string; spdx_id: string } | null>
}

export interface StandInPaper {
  /** The `<license>` URL; null leaves the element out. */
  license: string | null
  datestamp?: string
}

export interface StandInRegistry {
  models: Record<string, StandInModel>
  datasets: Record<string, StandInModel>
  /** Old Hub id → new id (models and datasets): the API answers 307 with a relative Location. */
  renames: Record<string, string>
  repos: Record<string, StandInGitHubRepo>
  papers: Record<string, StandInPaper>
  /** Zenodo record id → licence id (`cc-by-4.0`), or null for none. */
  zenodo: Record<string, string | null>
  /** DOI → DataCite `rightsList`. */
  dois: Record<string, Array<{ rights?: string; rightsUri?: string; rightsIdentifier?: string }>>
}

export type Service = 'hub' | 'github' | 'arxiv' | 'zenodo' | 'doi' | 'unknown'

export interface RecordedRemoteRequest {
  service: Service
  /** `main` or `elsewhere` (the second origin). */
  listener: 'main' | 'elsewhere'
  method: string
  /** Path without the query, including the service prefix. */
  path: string
  query: Record<string, string>
  authorization?: string
  accept?: string
  /** The `Range` header, when the request had one. */
  range?: string
  userAgent?: string
  /** Time on the clock given to the stand-in (ms). */
  time: number
  /** Requests being answered when this one arrived, itself included. */
  concurrent: number
}

export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string | object; delayMs?: number }
  | { hang: true }
  | { malformedJson: true }
  /** The connection is dropped without an answer. */
  | { reset: true }

export type FaultMatcher = { path: string | RegExp; listener?: 'main' | 'elsewhere' }

export interface StandInOptions {
  /** Clock for request times (default Date.now). */
  now?: () => number
  /** Status for a missing Hub repo: 401 (the Hub's usual answer) or 404. Default 401. */
  hubMissingStatus?: 401 | 404
  /** Hub tokens granted access to gated files (`Bearer …` values). */
  grantedHubTokens?: string[]
}

export interface StandInRemote {
  url: string
  elsewhereUrl: string
  endpoints: { hub: string; github: string; arxiv: string; zenodo: string; doi: string }
  registry: StandInRegistry
  requests: RecordedRemoteRequest[]
  /** The next requests matching get these answers, in order; then normal service. */
  failNext(matcher: FaultMatcher, faults: Fault[]): void
  /** Requests whose path matches. */
  requestsTo(path: string | RegExp): RecordedRemoteRequest[]
  /** Body bytes of a Hub model's file sent so far (every answer, ranged or whole, and the CDN). */
  hubBytesServed(id: string, path: string): number
  close(): Promise<void>
}

export function emptyRegistry(): StandInRegistry {
  return { models: {}, datasets: {}, renames: {}, repos: {}, papers: {}, zenodo: {}, dois: {} }
}

/** A stable fake 40-hex commit for a name. */
export function fakeSha(name: string): string {
  return createHash('sha1').update(name).digest('hex')
}

/** The Hub's 429 answer with its RateLimit headers. */
export function hubRateLimited(resetSeconds: number): Fault {
  return {
    status: 429,
    headers: {
      RateLimit: `"api";r=0;t=${resetSeconds}`,
      'RateLimit-Policy': '"fixed window";"api";q=500;w=300'
    },
    body: { error: 'You have exceeded our rate limit' }
  }
}

const MIT_TEXT = `MIT License

Copyright (c) 2024 The Authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`
/** The MIT licence text, for licence files in the registry. */
export const MIT_LICENSE_TEXT = MIT_TEXT

function send(
  res: ServerResponse,
  status: number,
  body: string | object | undefined,
  headers: Record<string, string> = {}
): void {
  const isText = typeof body === 'string' || body === undefined
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...headers
  })
  res.end(text)
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function oaiEnvelope(inner: string, identifier: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
  <responseDate>2026-08-01T00:00:00Z</responseDate>
  <request verb="GetRecord" identifier="${xmlEscape(identifier)}" metadataPrefix="arXiv">https://oaipmh.arxiv.org/oai</request>
  ${inner}
</OAI-PMH>
`
}

export async function startStandInRemote(options: StandInOptions = {}): Promise<StandInRemote> {
  const now = options.now ?? Date.now
  const registry = emptyRegistry()
  const requests: RecordedRemoteRequest[] = []
  const faults: Array<{ matcher: FaultMatcher; queue: Fault[] }> = []
  const sockets = new Set<Socket>()
  let active = 0
  const hanging = new Set<ServerResponse>()
  const granted = new Set(options.grantedHubTokens ?? [])
  /** The second origin's URL, known once it listens (the Hub's CDN redirects point there). */
  const elsewhereUrlRef = { value: '' }
  const missingStatus = options.hubMissingStatus ?? 401

  const takeFault = (path: string, listener: 'main' | 'elsewhere'): Fault | undefined => {
    for (const entry of faults) {
      const { matcher } = entry
      if (matcher.listener && matcher.listener !== listener) continue
      const hit = typeof matcher.path === 'string' ? matcher.path === path : matcher.path.test(path)
      if (hit && entry.queue.length > 0) return entry.queue.shift()
    }
    return undefined
  }

  // ------------------------------------------------------------------------------------------
  // Hub

  const hubMissing = (res: ServerResponse): void =>
    send(
      res,
      missingStatus,
      { error: 'Repository not found' },
      {
        'x-error-code': 'RepoNotFound',
        'x-error-message': 'Repository not found'
      }
    )

  const branchSha = (id: string, model: StandInModel, branch: string): string | null => {
    const main = model.sha ?? fakeSha(id)
    if (branch === 'main' || branch === main) return main
    if ((model.branches ?? []).includes(branch)) return fakeSha(`${id}@${branch}`)
    // A branch's commit names it too (files are read at the commit the metadata gave).
    if ((model.branches ?? []).some((b) => fakeSha(`${id}@${b}`) === branch)) return branch
    return null
  }

  const repoJson = (
    type: 'model' | 'dataset',
    id: string,
    model: StandInModel,
    sha: string
  ): object => {
    const licenses =
      model.license === undefined
        ? []
        : Array.isArray(model.license)
          ? model.license
          : [model.license]
    const tags = [...(model.tags ?? []), ...licenses.map((l) => `license:${l}`)]
    const cardData: Record<string, unknown> = {}
    if (model.license !== undefined) cardData.license = model.license
    if (model.licenseName) cardData.license_name = model.licenseName
    if (model.licenseLink) cardData.license_link = model.licenseLink
    const json: Record<string, unknown> = {
      _id: fakeSha(`_id${id}`).slice(0, 24),
      id,
      author: id.includes('/') ? id.split('/')[0] : undefined,
      sha,
      lastModified: '2024-02-19T11:06:12.000Z',
      private: false,
      gated: model.gated ?? false,
      disabled: model.disabled === true,
      tags,
      downloads: 1234,
      likes: 5,
      cardData,
      siblings: Object.keys(model.files ?? {}).map((rfilename) => ({ rfilename })),
      createdAt: '2022-03-02T23:29:04.000Z',
      usedStorage: 1000
    }
    if (type === 'model') {
      json.modelId = id
      json.library_name = 'transformers'
      if (model.architectures) json.config = { architectures: model.architectures, model_type: 'x' }
      if (model.parametersTotal !== undefined)
        json.safetensors = {
          parameters: { BF16: model.parametersTotal },
          total: model.parametersTotal
        }
    }
    return json
  }

  const hubApi = (
    res: ServerResponse,
    type: 'model' | 'dataset',
    rest: string,
    prefix: string
  ): void => {
    const table = type === 'model' ? registry.models : registry.datasets
    let id = rest
    let tail: 'info' | 'refs' | { revision: string } = 'info'
    const revisionAt = rest.indexOf('/revision/')
    if (rest.endsWith('/refs')) {
      id = rest.slice(0, -'/refs'.length)
      tail = 'refs'
    } else if (revisionAt >= 0) {
      id = rest.slice(0, revisionAt)
      tail = { revision: decodeURIComponent(rest.slice(revisionAt + '/revision/'.length)) }
    }
    id = decodeURIComponent(id)
    const renamed = registry.renames[id]
    if (renamed) {
      const location = `${prefix}/api/${type}s/${renamed}${rest.slice(encodeURI(id).length)}`
      send(res, 307, `Temporary Redirect. Redirecting to ${location}`, { location })
      return
    }
    const model = Object.hasOwn(table, id) ? table[id] : undefined
    if (!model) return hubMissing(res)
    if (model.disabled === 'forbidden') {
      send(
        res,
        403,
        { error: 'Access to this resource is disabled.' },
        {
          'x-error-message': 'Access to this resource is disabled.'
        }
      )
      return
    }
    const main = model.sha ?? fakeSha(id)
    if (tail === 'refs') {
      send(res, 200, {
        branches: [
          { name: 'main', ref: 'refs/heads/main', targetCommit: main },
          ...(model.branches ?? []).map((name) => ({
            name,
            ref: `refs/heads/${name}`,
            targetCommit: fakeSha(`${id}@${name}`)
          }))
        ],
        converts: [],
        tags: []
      })
      return
    }
    const sha = tail === 'info' ? main : branchSha(id, model, tail.revision)
    if (!sha) {
      send(
        res,
        404,
        { error: 'Invalid rev id' },
        { 'x-error-code': 'RevisionNotFound', 'x-error-message': 'Invalid rev id' }
      )
      return
    }
    send(res, 200, repoJson(type, id, model, sha), { etag: `W/"${fakeSha(sha).slice(0, 16)}"` })
  }

  const hubFile = (
    req: IncomingMessage,
    res: ServerResponse,
    type: 'model' | 'dataset',
    rest: string
  ): void => {
    const at = rest.indexOf('/resolve/')
    const id = decodeURIComponent(rest.slice(0, at))
    const [revision, ...pathParts] = rest.slice(at + '/resolve/'.length).split('/')
    const table = type === 'model' ? registry.models : registry.datasets
    const model = Object.hasOwn(table, id) ? table[id] : undefined
    if (!model) return hubMissing(res)
    const sha = branchSha(id, model, decodeURIComponent(revision))
    if (!sha) {
      send(res, 404, 'Revision not found', {
        'x-error-code': 'RevisionNotFound',
        'x-error-message': 'Invalid rev id'
      })
      return
    }
    if (model.disabled) {
      send(res, 403, 'Access to this resource is disabled.', {
        'x-error-message': 'Access to this resource is disabled.'
      })
      return
    }
    const path = pathParts.map(decodeURIComponent).join('/')
    const authorization = req.headers.authorization
    if (model.gated && path !== 'README.md' && !(authorization && granted.has(authorization))) {
      send(
        res,
        authorization ? 403 : 401,
        `Access to model ${id} is restricted and you are not in the authorized list.`,
        {
          'x-error-code': 'GatedRepo',
          'x-error-message': `Access to model ${id} is restricted and you are not in the authorized list.`
        }
      )
      return
    }
    const files = model.files ?? {}
    if (!Object.hasOwn(files, path)) {
      send(res, 404, 'Entry not found', {
        'x-error-code': 'EntryNotFound',
        'x-error-message': 'Entry not found'
      })
      return
    }
    serveHubFile(req, res, id, model, sha, path, files[path])
  }

  const hub = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    const prefix = '/hub'
    const rest = path.slice(prefix.length)
    const tree = /^\/api\/models\/(.+)\/tree\/([^/]+)$/.exec(rest)
    if (tree) return hubTree(req, res, decodeURIComponent(tree[1]), decodeURIComponent(tree[2]))
    const cdn = /^\/cdn\/(.+)\/([0-9a-f]{40})\/(.+)$/.exec(rest)
    if (cdn) return hubCdn(req, res, decodeURIComponent(cdn[1]), cdn[2], cdn[3])
    const api = /^\/api\/(models|datasets)\/(.+)$/.exec(rest)
    if (api) return hubApi(res, api[1] === 'models' ? 'model' : 'dataset', api[2], prefix)
    const datasetFile = /^\/datasets\/(.+\/resolve\/.+)$/.exec(rest)
    if (datasetFile) return hubFile(req, res, 'dataset', datasetFile[1])
    const modelFile = /^\/(.+\/resolve\/.+)$/.exec(rest)
    if (modelFile) return hubFile(req, res, 'model', modelFile[1])
    send(res, 404, 'Not Found')
  }

  // ------------------------------------------------------------------------------------------
  // Hub files: the tree listing, `/resolve/` with `Range` (206 + Content-Range, 416), the CDN
  // redirect of LFS files to the other origin, and the bytes served per file.

  const bytesServed = new Map<string, number>()
  const countServed = (id: string, path: string, n: number): void => {
    const key = `${id}\n${path}`
    bytesServed.set(key, (bytesServed.get(key) ?? 0) + n)
  }
  const contentBytes = (content: string | Uint8Array): Buffer =>
    typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)

  /** `bytes=a-b`, `bytes=a-` or `bytes=-n` against `size` → [start, end] inclusive, or 'bad'. */
  const parseRange = (
    header: string | undefined,
    size: number
  ): [number, number] | 'bad' | null => {
    if (header === undefined) return null
    const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
    if (!match || (match[1] === '' && match[2] === '')) return 'bad'
    if (match[1] === '') {
      const suffix = Number(match[2])
      return suffix === 0 ? 'bad' : [Math.max(0, size - suffix), size - 1]
    }
    const start = Number(match[1])
    const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
    return start >= size || end < start ? 'bad' : [start, end]
  }

  /** Writes `body` in chunks, counting what was written, and stops when the client goes away. */
  const stream = (res: ServerResponse, body: Buffer, count: (n: number) => void): void => {
    const chunk = 16 * 1024
    let offset = 0
    const pump = (): void => {
      while (offset < body.length) {
        if (res.destroyed) return
        const part = body.subarray(offset, offset + chunk)
        offset += part.length
        count(part.length)
        if (!res.write(part)) {
          res.once('drain', pump)
          return
        }
      }
      res.end()
    }
    pump()
  }

  const serveBytes = (
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    model: StandInModel,
    sha: string,
    path: string,
    content: string | Uint8Array
  ): void => {
    const body = contentBytes(content)
    const headers: Record<string, string> = {
      'x-repo-commit': sha,
      etag: `"${fakeSha(body.toString('latin1'))}"`,
      'accept-ranges': 'bytes',
      'content-type':
        typeof content === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream'
    }
    const range = model.ignoreRange ? null : parseRange(req.headers.range, body.length)
    if (range === 'bad') {
      send(res, 416, 'Requested Range Not Satisfiable', {
        'content-range': `bytes */${body.length}`
      })
      return
    }
    const count = (n: number): void => countServed(id, path, n)
    if (range === null) {
      res.writeHead(200, { ...headers, 'content-length': String(body.length) })
      stream(res, body, count)
      return
    }
    const [start, end] = range
    res.writeHead(206, {
      ...headers,
      'content-range': `bytes ${start}-${end}/${body.length}`,
      'content-length': String(end - start + 1)
    })
    stream(res, body.subarray(start, end + 1), count)
  }

  /** The end of `hubFile` for a file that exists and may be read. */
  const serveHubFile = (
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    model: StandInModel,
    sha: string,
    path: string,
    content: string | Uint8Array
  ): void => {
    if (model.lfsRedirect && typeof content !== 'string') {
      // The Hub sends LFS files from its CDN: another origin, which must get no token.
      const location = `${elsewhereUrlRef.value}/hub/cdn/${id.split('/').map(encodeURIComponent).join('/')}/${sha}/${path
        .split('/')
        .map(encodeURIComponent)
        .join('/')}`
      send(res, 302, `Found. Redirecting to ${location}`, { location, 'x-repo-commit': sha })
      return
    }
    serveBytes(req, res, id, model, sha, path, content)
  }

  const hubCdn = (
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    sha: string,
    encodedPath: string
  ): void => {
    const model = Object.hasOwn(registry.models, id) ? registry.models[id] : undefined
    const path = encodedPath.split('/').map(decodeURIComponent).join('/')
    const files = model?.files ?? {}
    if (!model || !Object.hasOwn(files, path)) return send(res, 404, 'NoSuchKey')
    serveBytes(req, res, id, model, sha, path, files[path])
  }

  const hubTree = (
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    revision: string
  ): void => {
    const model = Object.hasOwn(registry.models, id) ? registry.models[id] : undefined
    if (!model) return hubMissing(res)
    const sha = branchSha(id, model, revision)
    if (!sha) {
      send(
        res,
        404,
        { error: 'Invalid rev id' },
        { 'x-error-code': 'RevisionNotFound', 'x-error-message': 'Invalid rev id' }
      )
      return
    }
    const entries: object[] = []
    const folders = new Set<string>()
    for (const [path, content] of Object.entries(model.files ?? {})) {
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
      const body = contentBytes(content)
      const oid = fakeSha(`blob ${body.toString('latin1')}`)
      entries.push(
        typeof content === 'string'
          ? { type: 'file', oid, size: body.length, path }
          : {
              type: 'file',
              oid,
              size: body.length,
              lfs: {
                oid: createHash('sha256').update(body).digest('hex'),
                size: body.length,
                pointerSize: 134
              },
              path
            }
      )
    }
    for (const folder of folders)
      entries.push({ type: 'directory', oid: fakeSha(folder), size: 0, path: folder })
    entries.sort((a, b) => ((a as { path: string }).path < (b as { path: string }).path ? -1 : 1))
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
    const cursor = Number(url.searchParams.get('cursor') ?? '0')
    const pageSize = model.treePageSize ?? 1000
    const page = entries.slice(cursor, cursor + pageSize)
    const headers: Record<string, string> = {}
    if (cursor + pageSize < entries.length) {
      url.searchParams.set('cursor', String(cursor + pageSize))
      headers.link = `<${url.href}>; rel="next"`
    }
    send(res, 200, page, headers)
  }

  // ------------------------------------------------------------------------------------------
  // GitHub

  const githubNotFound = (res: ServerResponse, doc: string): void =>
    send(res, 404, { message: 'Not Found', documentation_url: doc, status: '404' })

  const github = (res: ServerResponse, path: string, query: Record<string, string>): void => {
    const match = /^\/github\/repos\/([^/]+)\/([^/]+)(\/license)?$/.exec(path)
    if (!match) return githubNotFound(res, 'https://docs.github.com/rest')
    const fullName = `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`
    const repo = Object.hasOwn(registry.repos, fullName) ? registry.repos[fullName] : undefined
    if (!match[3]) {
      if (!repo)
        return githubNotFound(res, 'https://docs.github.com/rest/repos/repos#get-a-repository')
      send(res, 200, {
        full_name: fullName,
        license: repo.license ? { ...repo.license, url: null, node_id: 'x' } : null
      })
      return
    }
    const licenseDoc =
      'https://docs.github.com/rest/licenses/licenses#get-the-license-for-a-repository'
    if (!repo) return githubNotFound(res, licenseDoc)
    const license =
      query.ref !== undefined && repo.byRef && Object.hasOwn(repo.byRef, query.ref)
        ? repo.byRef[query.ref]
        : repo.license
    if (!license) return githubNotFound(res, licenseDoc)
    const text = repo.licenseText ?? ''
    const filePath = repo.licensePath ?? 'LICENSE'
    send(
      res,
      200,
      {
        name: filePath,
        path: filePath,
        sha: fakeSha(`${fullName}:${text}`),
        size: Buffer.byteLength(text),
        url: `https://api.github.com/repos/${fullName}/contents/${filePath}?ref=main`,
        html_url: `https://github.com/${fullName}/blob/main/${filePath}`,
        download_url: `https://raw.githubusercontent.com/${fullName}/main/${filePath}`,
        type: 'file',
        // GitHub wraps base64 at 60 characters.
        content: `${(
          Buffer.from(text)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n')}\n`,
        encoding: 'base64',
        license: {
          ...license,
          url:
            license.spdx_id === 'NOASSERTION'
              ? null
              : `https://api.github.com/licenses/${license.key}`,
          node_id: 'MDc6TGljZW5zZTA='
        }
      },
      {
        etag: `"${fakeSha(`${fullName}${query.ref ?? ''}`)}"`,
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '59'
      }
    )
  }

  // ------------------------------------------------------------------------------------------
  // arXiv OAI-PMH

  const arxiv = (res: ServerResponse, path: string, query: Record<string, string>): void => {
    const xml = (body: string): void => send(res, 200, body, { 'content-type': 'text/xml' })
    const identifier = query.identifier ?? ''
    if (path !== '/arxiv/oai') return send(res, 404, 'Not Found')
    if (query.verb !== 'GetRecord')
      return xml(oaiEnvelope(`<error code='badVerb'>Illegal verb</error>`, identifier))
    if (query.metadataPrefix !== 'arXiv' && query.metadataPrefix !== 'arXivRaw')
      return xml(
        oaiEnvelope(`<error code='cannotDisseminateFormat'>Unknown format</error>`, identifier)
      )
    const id = identifier.replace(/^oai:arXiv\.org:/, '')
    const paper = Object.hasOwn(registry.papers, id) ? registry.papers[id] : undefined
    if (!paper)
      return xml(
        oaiEnvelope(
          `<error code='idDoesNotExist'>The value of the identifier argument is unknown or illegal in this repository.</error>`,
          identifier
        )
      )
    const license = paper.license === null ? '' : `<license>${xmlEscape(paper.license)}</license>`
    xml(
      oaiEnvelope(
        `<GetRecord><record>
    <header><identifier>${xmlEscape(identifier)}</identifier><datestamp>${paper.datestamp ?? '2023-05-31'}</datestamp><setSpec>cs</setSpec></header>
    <metadata>
      <arXiv xmlns="http://arxiv.org/OAI/arXiv/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://arxiv.org/OAI/arXiv/ https://oaipmh.arxiv.org/OAI/arXiv.xsd">
        <id>${xmlEscape(id)}</id><created>2023-04-03</created><updated>2023-05-31</updated>
        <authors><author><keyname>Author</keyname><forenames>An</forenames></author></authors>
        <title>A Paper</title>
        <categories>cs.CL</categories>
        ${license}
        <abstract>We describe &amp; release a model.</abstract>
      </arXiv>
    </metadata>
  </record></GetRecord>`,
        identifier
      )
    )
  }

  // ------------------------------------------------------------------------------------------
  // Zenodo and doi.org

  const zenodo = (res: ServerResponse, path: string): void => {
    const match = /^\/zenodo\/api\/records\/(\d+)$/.exec(path)
    if (!match || !Object.hasOwn(registry.zenodo, match[1]))
      return send(res, 404, { status: 404, message: 'The persistent identifier does not exist.' })
    const license = registry.zenodo[match[1]]
    send(res, 200, {
      id: Number(match[1]),
      doi: `10.5281/zenodo.${match[1]}`,
      conceptdoi: `10.5281/zenodo.${Number(match[1]) - 1}`,
      revision: 3,
      updated: '2024-01-01T00:00:00.000000+00:00',
      metadata: {
        title: 'A dataset',
        access_right: 'open',
        ...(license ? { license: { id: license } } : {})
      }
    })
  }

  const doi = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    const name = decodeURIComponent(path.slice('/doi/'.length))
    if (!Object.hasOwn(registry.dois, name)) return send(res, 404, 'DOI Not Found')
    if (!(req.headers.accept ?? '').includes('application/vnd.datacite.datacite+json'))
      return send(res, 406, 'Not Acceptable')
    send(res, 200, JSON.stringify({ doi: name, rightsList: registry.dois[name], version: '1.0' }), {
      'content-type': 'application/vnd.datacite.datacite+json'
    })
  }

  // ------------------------------------------------------------------------------------------

  const serviceOf = (path: string): Service => {
    if (path.startsWith('/hub/')) return 'hub'
    if (path.startsWith('/github/')) return 'github'
    if (path.startsWith('/arxiv/')) return 'arxiv'
    if (path.startsWith('/zenodo/')) return 'zenodo'
    if (path.startsWith('/doi/')) return 'doi'
    return 'unknown'
  }

  const handler =
    (listener: 'main' | 'elsewhere') =>
    (req: IncomingMessage, res: ServerResponse): void => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = url.pathname
      const query = Object.fromEntries(url.searchParams)
      const service = serviceOf(path)
      active++
      res.on('close', () => active--)
      requests.push({
        service,
        listener,
        method: req.method ?? 'GET',
        path,
        query,
        authorization: req.headers.authorization,
        accept: req.headers.accept,
        range: req.headers.range,
        userAgent: req.headers['user-agent'],
        time: now(),
        concurrent: active
      })
      const fault = takeFault(path, listener)
      if (fault) {
        if ('hang' in fault) {
          hanging.add(res)
          return
        }
        if ('reset' in fault) {
          req.socket.destroy()
          return
        }
        if ('malformedJson' in fault) {
          send(res, 200, '{"id": "truncated", "cardData": {"license": ', {
            'content-type': 'application/json'
          })
          return
        }
        if (fault.delayMs)
          setTimeout(() => send(res, fault.status, fault.body, fault.headers), fault.delayMs)
        else send(res, fault.status, fault.body, fault.headers)
        return
      }
      if (req.method !== 'GET') return send(res, 405, 'Method Not Allowed')
      switch (service) {
        case 'hub':
          return hub(req, res, path)
        case 'github':
          return github(res, path, query)
        case 'arxiv':
          return arxiv(res, path, query)
        case 'zenodo':
          return zenodo(res, path)
        case 'doi':
          return doi(req, res, path)
        default:
          return send(res, 404, 'Not Found')
      }
    }

  const listen = async (server: Server): Promise<string> => {
    server.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  const main = createServer(handler('main'))
  const elsewhere = createServer(handler('elsewhere'))
  const url = await listen(main)
  const elsewhereUrl = await listen(elsewhere)
  elsewhereUrlRef.value = elsewhereUrl

  return {
    url,
    elsewhereUrl,
    endpoints: {
      hub: `${url}/hub`,
      github: `${url}/github`,
      arxiv: `${url}/arxiv/oai`,
      zenodo: `${url}/zenodo`,
      doi: `${url}/doi`
    },
    registry,
    requests,
    failNext(matcher, queue) {
      faults.push({ matcher, queue: [...queue] })
    },
    hubBytesServed(id, path) {
      return bytesServed.get(`${id}\n${path}`) ?? 0
    },
    requestsTo(path) {
      return requests.filter((r) =>
        typeof path === 'string' ? r.path === path : path.test(r.path)
      )
    },
    async close() {
      for (const res of hanging) res.destroy()
      for (const socket of sockets) socket.destroy()
      await Promise.all([
        new Promise<void>((resolve) => main.close(() => resolve())),
        new Promise<void>((resolve) => elsewhere.close(() => resolve()))
      ])
    }
  }
}
