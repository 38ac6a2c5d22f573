import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  MAX_COMMENT_BODY,
  canned,
  startFakeGitHub,
  type FakeGitHub
} from '../helpers/fake-github.js'

const execFileAsync = promisify(execFile)

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub({
    pulls: [{ number: 3, headSha: 'd'.repeat(40), headRepo: 'eve/model' }]
  })
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => {
  fake.reset()
})

const api = (path: string, init?: RequestInit) =>
  fetch(`${fake.url}${path}`, { ...init, headers: { authorization: 'token t', ...init?.headers } })

describe('fake GitHub server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(fake.url).hostname).toBe('127.0.0.1')
    expect(fake.graphqlUrl).toBe(`${fake.url}/graphql`)
  })

  it('pages comments with per_page, page and Link headers', async () => {
    for (let i = 0; i < 5; i++) fake.addComment({ issueNumber: 1, body: `c${i}` })
    const first = await api('/repos/octo/model/issues/1/comments?per_page=2')
    expect(((await first.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c0', 'c1'])
    const link = first.headers.get('link') ?? ''
    expect(link).toContain(
      `<${fake.url}/repos/octo/model/issues/1/comments?per_page=2&page=2>; rel="next"`
    )
    expect(link).toContain('page=3>; rel="last"')

    const last = await api('/repos/octo/model/issues/1/comments?per_page=2&page=3')
    expect(((await last.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c4'])
    expect(last.headers.get('link')).not.toContain('rel="next"')
    expect(fake.requests.map((r) => r.query)).toEqual([
      { per_page: '2' },
      { per_page: '2', page: '3' }
    ])
  })

  it('creates, edits and deletes comments like GitHub', async () => {
    const created = await api('/repos/octo/model/issues/9/comments', {
      method: 'POST',
      body: JSON.stringify({ body: 'hi' })
    })
    expect(created.status).toBe(201)
    const comment = (await created.json()) as Record<string, unknown>
    expect(comment).toMatchObject({ body: 'hi', user: { login: 'github-actions[bot]' } })
    expect(comment.html_url).toMatch(/\/pull\/9#issuecomment-\d+$/)
    expect(typeof comment.created_at).toBe('string')

    const edited = await api(`/repos/octo/model/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'edited' })
    })
    expect(edited.status).toBe(200)
    expect(fake.commentsOn(9)[0]!.body).toBe('edited')

    const deleted = await api(`/repos/octo/model/issues/comments/${comment.id}`, {
      method: 'DELETE'
    })
    expect(deleted.status).toBe(204)
    expect(fake.commentsOn(9)).toEqual([])
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      body: { body: 'hi' },
      authorization: 'token t'
    })
  })

  it('rejects a comment body over 65,536 characters with 422', async () => {
    const response = await api('/repos/octo/model/issues/9/comments', {
      method: 'POST',
      body: JSON.stringify({ body: 'x'.repeat(MAX_COMMENT_BODY + 1) })
    })
    expect(response.status).toBe(422)
    expect(fake.state.comments).toEqual([])
  })

  it('serves pulls and answers the GraphQL viewer query', async () => {
    const pull = (await (await api('/repos/octo/model/pulls/3')).json()) as Record<string, unknown>
    expect(pull).toMatchObject({ number: 3, head: { sha: 'd'.repeat(40), repo: { fork: true } } })
    const open = (await (await api('/repos/octo/model/pulls?state=open')).json()) as unknown[]
    expect(open).toEqual([expect.objectContaining({ number: 3 })])
    const bySha = (await (
      await api(`/repos/octo/model/commits/${'d'.repeat(40)}/pulls`)
    ).json()) as unknown[]
    expect(bySha).toEqual([expect.objectContaining({ number: 3 })])
    const graphql = await fetch(fake.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({ query: 'query { viewer { login } }' })
    })
    expect(await graphql.json()).toEqual({ data: { viewer: { login: 'github-actions[bot]' } } })
  })

  it('plays canned failures in order for matching requests only, then serves normally', async () => {
    fake.failNext({ method: 'GET', path: '/repos/octo/model/pulls/3' }, [
      canned.serverError(502),
      canned.secondaryRateLimit(1)
    ])
    expect((await api('/repos/octo/model/issues/1/comments')).status).toBe(200)
    expect((await api('/repos/octo/model/pulls/3')).status).toBe(502)
    const limited = await api('/repos/octo/model/pulls/3')
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/)
    expect((await api('/repos/octo/model/pulls/3')).status).toBe(200)
  })

  it('can be used from a child process that the test awaits asynchronously', async () => {
    const script =
      'const r = await fetch(process.env.GITHUB_API_URL + "/repos/octo/model/pulls/3");' +
      'process.stdout.write(String((await r.json()).number))'
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        env: { ...process.env, GITHUB_API_URL: fake.url },
        timeout: 30_000
      }
    )
    expect(stdout).toBe('3')
    expect(fake.requests).toEqual([expect.objectContaining({ path: '/repos/octo/model/pulls/3' })])
  })
})
