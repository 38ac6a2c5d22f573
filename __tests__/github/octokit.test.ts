import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { ApiDeadline, ApiDeadlineError } from '../../src/github/deadline.js'
import { createOctokit, type CreateOctokitOptions } from '../../src/github/octokit.js'
import { canned, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let fake: FakeGitHub
let warnings: string[]

beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => {
  fake.reset()
})

/** Production handlers and retry counts; only the waits are scaled from seconds to milliseconds. */
function octokit(extra: CreateOctokitOptions = {}) {
  warnings = []
  return createOctokit('test-token', {
    baseUrl: fake.url,
    retry: { retryAfterBaseValue: 1 },
    throttle: { retryAfterBaseValue: 1, id: randomUUID() },
    log: { warn: (message) => warnings.push(message) },
    ...extra
  })
}

const pullPath = '/repos/octo/model/pulls/7'
const getPull = { method: 'GET', path: pullPath }

describe('createOctokit', () => {
  beforeAll(() => {
    fake.state.pulls.push({ number: 7, headSha: 'a'.repeat(40) })
  })

  it('sends the token and talks to the given base URL', async () => {
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: pullPath, authorization: 'token test-token' })
    ])
  })

  it('reads GITHUB_API_URL when called, not when the module was loaded', async () => {
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = fake.url
    try {
      const client = createOctokit('t', { throttle: { id: randomUUID() } })
      expect(client.request.endpoint.DEFAULTS.baseUrl).toBe(fake.url)
      const { data } = await client.rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
      expect(data.number).toBe(7)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })

  it('retries a 500 and then succeeds', async () => {
    fake.failNext(getPull, [canned.serverError(500)])
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests.filter((r) => r.path === pullPath)).toHaveLength(2)
  })

  it('retries 502 twice in a row', async () => {
    fake.failNext(getPull, [canned.serverError(502), canned.serverError(502)])
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests).toHaveLength(3)
  })

  it('gives up on server errors after the retry budget', async () => {
    fake.failNext(
      getPull,
      Array.from({ length: 10 }, () => canned.serverError(500))
    )
    const client = octokit({ retry: { retryAfterBaseValue: 1, retries: 2 } })
    await expect(
      client.rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 500 })
    expect(fake.requests).toHaveLength(3)
  })

  it('retries a secondary rate limit once, after retry-after', async () => {
    fake.failNext(getPull, [canned.secondaryRateLimit(1)])
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests).toHaveLength(2)
    expect(warnings.join('\n')).toMatch(/secondary rate limit.*retrying in 1s/)
  })

  it('retries a secondary rate limit on a write (comment creation)', async () => {
    fake.failNext({ method: 'POST' }, [canned.secondaryRateLimit(1)])
    const { data } = await octokit().rest.issues.createComment({
      owner: 'octo',
      repo: 'model',
      issue_number: 7,
      body: 'hello'
    })
    expect(data.body).toBe('hello')
    expect(fake.state.comments).toHaveLength(1)
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('retries a secondary rate limit up to three times, then gives up', async () => {
    fake.failNext(
      getPull,
      Array.from({ length: 4 }, () => canned.secondaryRateLimit(1))
    )
    await expect(
      octokit().rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(4)
  })

  it('does not wait for a long secondary rate limit', async () => {
    fake.failNext(getPull, [canned.secondaryRateLimit(600)])
    await expect(
      octokit().rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(1)
    expect(warnings.join('\n')).toMatch(/giving up \(retry-after 600s\)/)
  })

  it('retries a 429 secondary rate limit', async () => {
    fake.failNext(getPull, [canned.tooManyRequests(1)])
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests).toHaveLength(2)
  })

  it('retries a persistent 429 three times, not also through the retry plugin', async () => {
    fake.failNext(
      getPull,
      Array.from({ length: 10 }, () => canned.tooManyRequests(1))
    )
    await expect(
      octokit().rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 429 })
    expect(fake.requests).toHaveLength(4)
  })

  it('retries a plain 429 (no rate-limit wording) after its retry-after', async () => {
    fake.failNext({ method: 'POST' }, [canned.plainTooManyRequests(2)])
    const { data } = await octokit().rest.issues.createComment({
      owner: 'octo',
      repo: 'model',
      issue_number: 7,
      body: 'hello'
    })
    expect(data.body).toBe('hello')
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub rate limit \(429\) hit on POST .*; retrying in 2s$/)
    ])
  })

  it('retries a primary rate limit up to twice', async () => {
    fake.failNext(getPull, [canned.primaryRateLimit(1), canned.primaryRateLimit(1)])
    const { data } = await octokit().rest.pulls.get({
      owner: 'octo',
      repo: 'model',
      pull_number: 7
    })
    expect(data.number).toBe(7)
    expect(fake.requests).toHaveLength(3)

    fake.requests.length = 0
    fake.failNext(
      getPull,
      [1, 2, 3].map(() => canned.primaryRateLimit(1))
    )
    await expect(
      octokit().rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(3)
  })

  it('does not retry "Resource not accessible by integration"', async () => {
    fake.failNext(getPull, [canned.forbiddenIntegration()])
    await expect(
      octokit().rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
    ).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(1)
  })
})

describe('createOctokit with an API deadline', () => {
  beforeAll(() => {
    fake.state.pulls.push({ number: 7, headSha: 'a'.repeat(40) })
  })

  const withDeadline = (seconds: number, scaleMs = 1) => {
    warnings = []
    const deadline = new ApiDeadline(seconds)
    const client = createOctokit('test-token', {
      baseUrl: fake.url,
      retry: { retryAfterBaseValue: 1 },
      throttle: { retryAfterBaseValue: scaleMs, id: randomUUID() },
      log: { warn: (message) => warnings.push(message) },
      deadline
    })
    return { client, deadline }
  }

  it('honours a 60 s retry-after when it ends before the deadline', async () => {
    // Waits are scaled to milliseconds: 60 "seconds" of retry-after fit a 120 s budget.
    fake.failNext(getPull, [canned.secondaryRateLimit(60)])
    const { client, deadline } = withDeadline(120)
    try {
      const { data } = await client.rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
      expect(data.number).toBe(7)
      expect(warnings.join('\n')).toMatch(/retrying in 60s/)
    } finally {
      deadline.dispose()
    }
  })

  it('gives up at once on a retry-after that would end past the deadline', async () => {
    fake.failNext(getPull, [canned.plainTooManyRequests(30)])
    const { client, deadline } = withDeadline(20, 1000)
    try {
      await expect(
        client.rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 })
      ).rejects.toMatchObject({ status: 429 })
      expect(fake.requests).toHaveLength(1)
      expect(warnings.join('\n')).toMatch(/giving up \(retry-after 30s\)/)
    } finally {
      deadline.dispose()
    }
  })

  it('times out a request that is never answered, and the deadline ends the retries', async () => {
    fake.failNext(
      getPull,
      Array.from({ length: 20 }, () => canned.hang())
    )
    const { client, deadline } = withDeadline(2)
    try {
      expect(deadline.requestTimeoutMs).toBe(1000)
      await expect(
        deadline.run(() => client.rest.pulls.get({ owner: 'octo', repo: 'model', pull_number: 7 }))
      ).rejects.toBeInstanceOf(ApiDeadlineError)
      // The first attempt was cut off by its own timeout and retried before the budget ended.
      expect(fake.requests.length).toBeGreaterThanOrEqual(2)
      expect(deadline.expired).toBe(true)
    } finally {
      deadline.dispose()
    }
  })
})
