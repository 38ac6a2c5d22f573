import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  MAX_COMMENT_CHARS,
  FALLBACK_LOGIN,
  graphqlUrlFor,
  resolveLogin,
  sameIdentity,
  upsertStickyComment,
  type UpsertStickyCommentOptions
} from '../../src/github/comment.js'
import { parseMarker, renderMarker } from '../../src/github/marker.js'
import { createOctokit } from '../../src/github/octokit.js'
import { canned, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const SHA_1 = '1'.repeat(40)
const SHA_2 = '2'.repeat(40)
const ISSUE = 42

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => {
  fake.reset()
})

/**
 * The production Octokit with waits scaled to milliseconds. The throttling plugin paces writes at
 * one per second (three for new comments), so tests that are not about rate limits turn it off.
 */
function octokitFor(server: FakeGitHub, { token = 'test-token', throttled = false } = {}) {
  return createOctokit(token, {
    baseUrl: server.url,
    retry: { retryAfterBaseValue: 1 },
    throttle: throttled ? { retryAfterBaseValue: 1, id: randomUUID() } : { enabled: false },
    log: { warn: () => {} }
  })
}

function run(
  overrides: Partial<UpsertStickyCommentOptions> = {},
  server: FakeGitHub = fake,
  throttled = false
): ReturnType<typeof upsertStickyComment> {
  return upsertStickyComment({
    octokit: octokitFor(server, { throttled }),
    owner: 'octo',
    repo: 'model',
    issueNumber: ISSUE,
    body: '## Model openness\n\nClass III',
    report: { score: 40, mofClass: 3 },
    sha: SHA_1,
    runId: 100,
    mode: 'always',
    ...overrides
  })
}

const writes = (server: FakeGitHub = fake) =>
  server.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('graphql'))

const commentPosts = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))

describe('upsertStickyComment', () => {
  it('creates the comment on the first run, with the marker', async () => {
    const result = await run()
    expect(result).toMatchObject({ action: 'created', deleted: [], trimmed: false })
    expect(result.previousReport).toBeUndefined()
    const comments = fake.commentsOn(ISSUE)
    expect(comments).toHaveLength(1)
    expect(result.commentId).toBe(comments[0]!.id)
    expect(result.commentUrl).toBe(comments[0]!.html_url)
    expect(comments[0]!.body.startsWith('## Model openness\n\nClass III\n\n')).toBe(true)
    expect(parseMarker(comments[0]!.body)).toEqual({
      report: { score: 40, mofClass: 3 },
      sha: SHA_1,
      runId: '100'
    })
  })

  it('updates the same comment on the second run and returns the previous report', async () => {
    const first = await run({}, fake, true)
    const second = await run(
      { body: '## Model openness\n\nClass II', report: { score: 60 }, sha: SHA_2, runId: 101 },
      fake,
      true
    )
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, deleted: [] })
    expect(second.previousReport).toEqual({ score: 40, mofClass: 3 })
    const comments = fake.commentsOn(ISSUE)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Class II')
    expect(parseMarker(comments[0]!.body)).toMatchObject({ report: { score: 60 }, sha: SHA_2 })
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
  })

  it('on-change leaves an equal report alone, even when the body text differs', async () => {
    await run({ mode: 'on-change' })
    const before = fake.commentsOn(ISSUE)[0]!.body
    const result = await run({
      mode: 'on-change',
      runId: 101,
      body: '## Model openness\n\nClass III (see run 101)',
      report: { mofClass: 3, score: 40 }
    })
    expect(result.action).toBe('unchanged')
    expect(result.previousReport).toEqual({ score: 40, mofClass: 3 })
    expect(fake.commentsOn(ISSUE)[0]!.body).toBe(before)
    expect(writes().map((r) => r.method)).toEqual(['POST'])
  })

  it('on-change updates when the report changed', async () => {
    await run({ mode: 'on-change' })
    const result = await run({ mode: 'on-change', runId: 101, report: { score: 41, mofClass: 3 } })
    expect(result.action).toBe('updated')
    expect(parseMarker(fake.commentsOn(ISSUE)[0]!.body)?.report).toEqual({ score: 41, mofClass: 3 })
  })

  it('on-change without a report compares the visible body', async () => {
    await run({ mode: 'on-change', report: undefined })
    const same = await run({ mode: 'on-change', report: undefined, runId: 101 })
    expect(same.action).toBe('unchanged')
    const changed = await run({ mode: 'on-change', report: undefined, runId: 102, body: 'new' })
    expect(changed.action).toBe('updated')
  })

  it('never: does nothing and makes no request', async () => {
    const result = await run({ mode: 'never' })
    expect(result).toEqual({ action: 'skipped', deleted: [], trimmed: false })
    expect(fake.requests).toHaveLength(0)
  })

  it('keeps the oldest of two marker comments, updates it and deletes the newer one', async () => {
    const marker = renderMarker({ report: { score: 1 }, sha: SHA_1, runId: 90 })
    const oldest = fake.addComment({ issueNumber: ISSUE, body: `old\n\n${marker}` })
    const other = fake.addComment({ issueNumber: ISSUE, body: 'unrelated', login: 'octocat' })
    const newer = fake.addComment({ issueNumber: ISSUE, body: `dup\n\n${marker}` })
    const result = await run()
    expect(result).toMatchObject({ action: 'updated', commentId: oldest.id, deleted: [newer.id] })
    expect(result.previousReport).toEqual({ score: 1 })
    expect(fake.commentsOn(ISSUE).map((c) => c.id)).toEqual([oldest.id, other.id])
    expect(fake.commentsOn(ISSUE)[0]!.body).toContain('Class III')
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/octo/model/issues/comments/${oldest.id}`,
      `DELETE /repos/octo/model/issues/comments/${newer.id}`
    ])
  })

  it('ignores a marker comment written by another user', async () => {
    const forged = fake.addComment({
      issueNumber: ISSUE,
      login: 'mallory',
      body: `gotcha\n\n${renderMarker({ report: { score: 100 }, runId: 1 })}`
    })
    const result = await run()
    expect(result.action).toBe('created')
    expect(result.previousReport).toBeUndefined()
    expect(fake.commentsOn(ISSUE)).toHaveLength(2)
    expect(fake.commentsOn(ISSUE)[0]).toEqual(forged)
    expect(writes().map((r) => r.method)).toEqual(['POST'])
  })

  it('matches the identity with or without the [bot] suffix', async () => {
    const viewerWithoutSuffix = await startFakeGitHub({ viewerLogin: 'github-actions' })
    try {
      const existing = viewerWithoutSuffix.addComment({
        issueNumber: ISSUE,
        body: `x\n\n${renderMarker({ runId: 1 })}`
      })
      const result = await run({}, viewerWithoutSuffix)
      expect(result).toMatchObject({ action: 'updated', commentId: existing.id })
      expect(viewerWithoutSuffix.requests.some((r) => r.path === '/graphql')).toBe(true)
    } finally {
      await viewerWithoutSuffix.close()
    }
  })

  it('asks for the login once per client, and again after a failed query', async () => {
    const viewerQueries = (server: FakeGitHub) =>
      server.requests.filter((r) => r.path === '/graphql').length
    const users = await startFakeGitHub({
      tokens: { 'test-token': 'release-bot', other: 'octocat' }
    })
    const noViewer = await startFakeGitHub({ viewerLogin: null })
    try {
      const octokit = octokitFor(users)
      expect(await resolveLogin(octokit)).toBe('release-bot')
      expect(await resolveLogin(octokit)).toBe('release-bot')
      expect(viewerQueries(users)).toBe(1)
      // Another client may hold another token.
      expect(await resolveLogin(octokitFor(users, { token: 'other' }))).toBe('octocat')
      expect(viewerQueries(users)).toBe(2)

      const failing = octokitFor(noViewer)
      expect(await resolveLogin(failing)).toBe(FALLBACK_LOGIN)
      expect(await resolveLogin(failing)).toBe(FALLBACK_LOGIN)
      expect(viewerQueries(noViewer)).toBe(2)
    } finally {
      await users.close()
      await noViewer.close()
    }
  })

  it('falls back to github-actions[bot] when the identity query fails', async () => {
    const noViewer = await startFakeGitHub({ viewerLogin: null })
    try {
      const mine = noViewer.addComment({ issueNumber: ISSUE, body: `x\n\n${renderMarker({})}` })
      noViewer.addComment({
        issueNumber: ISSUE,
        login: 'someone',
        body: `y\n\n${renderMarker({})}`
      })
      const result = await run({}, noViewer)
      expect(result).toMatchObject({ action: 'updated', commentId: mine.id, deleted: [] })
    } finally {
      await noViewer.close()
    }
  })

  it('uses the token identity: a personal token does not edit the bot comment', async () => {
    const pat = await startFakeGitHub({ tokens: { 'pat-token': 'alice' } })
    try {
      pat.addComment({ issueNumber: ISSUE, body: `bot\n\n${renderMarker({})}` })
      const result = await upsertStickyComment({
        octokit: octokitFor(pat, { token: 'pat-token' }),
        owner: 'octo',
        repo: 'model',
        issueNumber: ISSUE,
        body: 'mine',
        mode: 'always'
      })
      expect(result.action).toBe('created')
      expect(pat.commentsOn(ISSUE).map((c) => c.user.login)).toEqual([
        'github-actions[bot]',
        'alice'
      ])
    } finally {
      await pat.close()
    }
  })

  it('finds the marker comment on page 3 of 250 comments', async () => {
    const filler = (i: number) =>
      fake.addComment({ issueNumber: ISSUE, body: `comment ${i}`, login: 'octocat' })
    for (let i = 0; i < 230; i++) filler(i)
    const mine = fake.addComment({
      issueNumber: ISSUE,
      body: `x\n\n${renderMarker({ report: { page: 3 } })}`
    })
    for (let i = 230; i < 249; i++) filler(i)
    expect(fake.commentsOn(ISSUE)).toHaveLength(250)

    const result = await run()
    expect(result).toMatchObject({
      action: 'updated',
      commentId: mine.id,
      previousReport: { page: 3 }
    })
    expect(fake.commentsOn(ISSUE)).toHaveLength(250)
    const pages = fake.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/${ISSUE}/comments`)
    )
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3']
    ])
  })

  it('retries a 500 on the listing and then succeeds', async () => {
    fake.failNext({ method: 'GET', path: /\/comments$/ }, [canned.serverError(500)])
    const result = await run()
    expect(result.action).toBe('created')
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
  })

  it('retries a secondary rate limit on the update', async () => {
    await run()
    fake.failNext({ method: 'PATCH' }, [canned.secondaryRateLimit(1)])
    const result = await run({ runId: 101, report: { score: 1 } }, fake, true)
    expect(result.action).toBe('updated')
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2)
    expect(parseMarker(fake.commentsOn(ISSUE)[0]!.body)?.report).toEqual({ score: 1 })
  })

  it('returns forbidden with a one-line warning on 403, without throwing', async () => {
    fake.failNext({ method: 'POST', path: /\/comments$/ }, [canned.forbiddenIntegration()])
    const result = await run({}, fake, true)
    expect(result.action).toBe('forbidden')
    expect(result.warning).toMatch(/Resource not accessible by integration/)
    expect(result.warning).toMatch(/pull-requests: write/)
    expect(result.warning).toMatch(/fork/)
    expect(result.warning).not.toContain('\n')
    expect(fake.commentsOn(ISSUE)).toHaveLength(0)
    // Not retried: a missing permission does not go away.
    expect(
      fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))
    ).toHaveLength(1)
  })

  it('returns forbidden on a 403 when updating and keeps the previous report', async () => {
    await run()
    fake.failNext({ method: 'PATCH' }, [canned.forbiddenIntegration()])
    const result = await run({ runId: 101 })
    expect(result).toMatchObject({
      action: 'forbidden',
      previousReport: { score: 40, mofClass: 3 }
    })
  })

  it('returns forbidden on a 404 for a pull request the token cannot see', async () => {
    fake.failNext({ method: 'GET', path: /\/comments$/ }, [canned.notFound()])
    const result = await run()
    expect(result.action).toBe('forbidden')
    expect(result.warning).toMatch(/HTTP 404/)
  })

  it('posts a new comment when the kept one disappeared before the update', async () => {
    const gone = fake.addComment({
      issueNumber: ISSUE,
      body: `x\n\n${renderMarker({ report: { a: 1 } })}`
    })
    fake.failNext({ method: 'PATCH' }, [canned.notFound()])
    const result = await run()
    expect(result).toMatchObject({ action: 'created', previousReport: { a: 1 } })
    expect(result.commentId).not.toBe(gone.id)
  })

  it('lets other errors propagate', async () => {
    fake.failNext({ method: 'POST', path: /\/comments$/ }, [
      { status: 422, body: { message: 'Validation Failed' } }
    ])
    await expect(run()).rejects.toMatchObject({ status: 422 })
  })

  it('takes the comment a POST created before its answer was lost, instead of posting twice', async () => {
    fake.failNext({ method: 'POST', path: /\/comments$/ }, [canned.drop()])
    const result = await run({ postRetryDelayMs: 1 })
    expect(fake.commentsOn(ISSUE)).toHaveLength(1)
    expect(commentPosts()).toHaveLength(1)
    expect(result).toMatchObject({ action: 'created', commentId: fake.commentsOn(ISSUE)[0]!.id })
  })

  it('posts again after a 500 that created nothing, and still leaves one comment', async () => {
    fake.failNext({ method: 'POST', path: /\/comments$/ }, [canned.serverError(500)])
    const result = await run({ postRetryDelayMs: 1 })
    expect(commentPosts()).toHaveLength(2)
    expect(fake.commentsOn(ISSUE)).toHaveLength(1)
    expect(result.commentId).toBe(fake.commentsOn(ISSUE)[0]!.id)
  })

  it('after a second POST, deletes a duplicate a lost answer left behind', async () => {
    // The first POST is created but its answer lost; the listing right after misses it (a lagging
    // replica), so the run posts again; the final listing finds both and keeps the older one.
    fake.failNext({ method: 'POST', path: /\/comments$/ }, [canned.drop()])
    // (The first empty answer is the upsert's own listing, before any POST.)
    fake.failNext({ method: 'GET', path: /\/comments$/ }, [
      { status: 200, body: [] },
      { status: 200, body: [] }
    ])
    const result = await run({ postRetryDelayMs: 1 })
    const remaining = fake.commentsOn(ISSUE)
    expect(commentPosts()).toHaveLength(2)
    expect(remaining).toHaveLength(1)
    expect(result.commentId).toBe(remaining[0]!.id)
    expect(result.deleted).toHaveLength(1)
  })

  it('does not overwrite a comment written by a newer run', async () => {
    await run({ runId: 200 })
    const result = await run({ runId: 150, report: { stale: true } })
    expect(result.action).toBe('skipped')
    expect(result.warning).toMatch(/newer run 200/)
    expect(parseMarker(fake.commentsOn(ISSUE)[0]!.body)?.runId).toBe('200')
  })

  it('shortens a 200,000-character body to the limit, keeping the marker and closing details', async () => {
    const section = (i: number) =>
      `\n## Section ${i}\n\n<details><summary>Evidence ${i}</summary>\n\n${'x'.repeat(9_900)}\n\n</details>\n`
    let body = '# Report\n\n<details open><summary>All components</summary>\n'
    for (let i = 0; body.length < 200_000; i++) body += section(i)
    body += '\n</details>\n'
    const result = await run({
      body,
      jobSummaryUrl: 'https://github.com/octo/model/actions/runs/100'
    })
    expect(result).toMatchObject({ action: 'created', trimmed: true })

    const posted = fake.commentsOn(ISSUE)[0]!.body
    expect(posted.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(parseMarker(posted)).toEqual({
      report: { score: 40, mofClass: 3 },
      sha: SHA_1,
      runId: '100'
    })
    const visible = posted.slice(0, posted.lastIndexOf('<!-- model-openness:v1'))
    expect(count(visible, /<details[\s>]/g)).toBe(count(visible, /<\/details>/g))
    expect(visible).toContain('[job summary](https://github.com/octo/model/actions/runs/100)')
    // Cut before a section heading: the last kept section is complete.
    const lastSection = visible.lastIndexOf('\n## Section ')
    const lastKept = visible.slice(lastSection)
    expect(lastKept.includes('x'.repeat(9_900))).toBe(true)
    expect(lastKept).toMatch(/<\/details>\n*---\n/)
  })
})

describe('identity helpers', () => {
  it('compares logins case-insensitively, ignoring a [bot] suffix', () => {
    expect(sameIdentity('github-actions[bot]', 'github-actions')).toBe(true)
    expect(sameIdentity('GitHub-Actions', 'github-actions[bot]')).toBe(true)
    expect(sameIdentity('github-actions-fake', 'github-actions')).toBe(false)
    expect(sameIdentity('', '')).toBe(false)
  })

  it('derives the GraphQL URL for github.com, GHES and a local server', () => {
    const env = {}
    expect(graphqlUrlFor('https://api.github.com', env)).toBe('https://api.github.com/graphql')
    expect(graphqlUrlFor('https://ghe.example.com/api/v3', env)).toBe(
      'https://ghe.example.com/api/graphql'
    )
    expect(graphqlUrlFor('https://ghe.example.com/api/v3/', env)).toBe(
      'https://ghe.example.com/api/graphql'
    )
    expect(graphqlUrlFor('http://127.0.0.1:1234', env)).toBe('http://127.0.0.1:1234/graphql')
  })

  it('uses GITHUB_GRAPHQL_URL only for the server GITHUB_API_URL names', () => {
    const env = {
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_GRAPHQL_URL: 'https://gql.example.com/x'
    }
    expect(graphqlUrlFor('https://ghe.example.com/api/v3', env)).toBe('https://gql.example.com/x')
    expect(graphqlUrlFor('http://127.0.0.1:1234', env)).toBe('http://127.0.0.1:1234/graphql')
  })

  it('queries the GHES GraphQL endpoint when the REST base is /api/v3', async () => {
    const ghes = await startFakeGitHub({ enterprise: true })
    try {
      const mine = ghes.addComment({ issueNumber: ISSUE, body: `x\n\n${renderMarker({})}` })
      const result = await run({}, ghes)
      expect(result).toMatchObject({ action: 'updated', commentId: mine.id })
      expect(ghes.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /api/v3/repos/octo/model/issues/${ISSUE}/comments`,
        'POST /api/graphql',
        `PATCH /api/v3/repos/octo/model/issues/comments/${mine.id}`
      ])
    } finally {
      await ghes.close()
    }
  })
})

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}
