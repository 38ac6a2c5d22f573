import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { Clock } from '../../src/resolve/online/clock.js'
import { createServer as createHttpServer } from 'node:http'
import { createServer } from 'node:net'
import {
  HttpClient,
  describeNetworkFailure,
  networkErrorCode,
  parseRateLimit,
  parseRetryAfter
} from '../../src/resolve/online/http.js'
import { resolveReferences } from '../../src/resolve/online/index.js'
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js'
import { startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'
import { reference, seedOpenRelease } from './fixtures.js'

let standIn: StandInRemote
let clock: FakeClock
// The stand-in stamps requests with the test's fake clock.
let currentClock: Clock

beforeAll(async () => {
  standIn = await startStandInRemote({ now: () => currentClock.now() })
})
afterAll(async () => {
  await standIn.close()
})
beforeEach(() => {
  clock = createFakeClock()
  currentClock = clock
  standIn.requests.length = 0
})

describe('good citizenship on a fake clock', () => {
  test('arXiv requests start 3 s apart, one at a time', async () => {
    const ids = ['2401.00011', '2401.00012', '2401.00013', '2401.00014']
    for (const id of ids)
      standIn.registry.papers[id] = { license: 'http://creativecommons.org/licenses/by/4.0/' }
    const facts = await resolveReferences(
      ids.map((id) => reference('arxiv', id)),
      { mode: 'online', endpoints: standIn.endpoints, env: {}, clock, concurrency: 4 }
    )
    expect(facts.every((f) => f.license?.spdx === 'CC-BY-4.0')).toBe(true)
    const times = standIn.requests.map((r) => r.time)
    expect(times).toHaveLength(4)
    for (let i = 1; i < times.length; i++)
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(3000)
    expect(standIn.requests.every((r) => r.concurrent === 1)).toBe(true)
  })

  test('papers waiting for their turn on arXiv do not hold up the Hub and GitHub', async () => {
    const ids = ['2401.00021', '2401.00022', '2401.00023', '2401.00024', '2401.00025']
    for (const id of ids)
      standIn.registry.papers[id] = { license: 'http://creativecommons.org/licenses/by/4.0/' }
    seedOpenRelease(standIn)
    const started = clock.now()
    const facts = await resolveReferences(
      [
        ...ids.map((id) => reference('arxiv', id)),
        reference('hf-dataset', 'open-lab/pretrain-mix'),
        reference('github', 'open-lab/trainer')
      ],
      { mode: 'online', endpoints: standIn.endpoints, env: {}, clock, concurrency: 4 }
    )
    expect(facts.filter((f) => f.unresolved)).toEqual([])
    const arxiv = standIn.requestsTo(/^\/arxiv/).map((r) => r.time - started)
    expect(arxiv).toEqual([0, 3000, 6000, 9000, 12000])
    // Asked at the start, not after the papers before them in the list. (The fake clock moves on
    // while the first requests are on their way, so the first of them may be stamped 3 s.)
    for (const path of [
      /^\/hub\/api\/datasets\/open-lab\/pretrain-mix/,
      /^\/github\/repos\/open-lab\/trainer/
    ])
      expect(standIn.requestsTo(path)[0].time - started).toBeLessThanOrEqual(3000)
  })

  test('Retry-After in seconds is respected before the retry', async () => {
    standIn.failNext({ path: '/github/repos/a/b' }, [
      { status: 429, headers: { 'retry-after': '7' } }
    ])
    const http = new HttpClient({ clock })
    const outcome = await http.get(`${standIn.endpoints.github}/repos/a/b`)
    expect(outcome).toMatchObject({ kind: 'response', status: 404 })
    const [first, second] = standIn.requestsTo('/github/repos/a/b')
    expect(second.time - first.time).toBeGreaterThanOrEqual(7000)
  })

  test('Retry-After as an HTTP date is respected', async () => {
    const until = new Date(clock.now() + 12_000).toUTCString()
    standIn.failNext({ path: '/github/repos/a/c' }, [
      { status: 503, headers: { 'retry-after': until } }
    ])
    const http = new HttpClient({ clock })
    await http.get(`${standIn.endpoints.github}/repos/a/c`)
    const [first, second] = standIn.requestsTo('/github/repos/a/c')
    // An HTTP date has whole seconds: at least 11 s after the first request.
    expect(second.time - first.time).toBeGreaterThanOrEqual(11_000)
  })

  test("the Hub's RateLimit header with nothing remaining holds the next request until the reset", async () => {
    standIn.failNext({ path: '/hub/api/models/a/one' }, [
      { status: 200, headers: { ratelimit: '"api";r=0;t=4' }, body: { id: 'a/one' } }
    ])
    const http = new HttpClient({ clock })
    await http.get(`${standIn.endpoints.hub}/api/models/a/one`)
    await http.get(`${standIn.endpoints.hub}/api/models/a/two`)
    const [first, second] = standIn.requests
    expect(second.time - first.time).toBeGreaterThanOrEqual(5000)
  })

  test("GitHub's primary rate limit (403, remaining 0) waits until x-ratelimit-reset", async () => {
    const reset = Math.ceil((clock.now() + 20_000) / 1000)
    standIn.failNext({ path: '/github/repos/a/d' }, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded' }
      }
    ])
    const http = new HttpClient({ clock })
    await http.get(`${standIn.endpoints.github}/repos/a/d`)
    const [first, second] = standIn.requestsTo('/github/repos/a/d')
    expect(second.time - first.time).toBeGreaterThanOrEqual(19_000)
  })

  test('a host that asks for a longer wait than the run gives is not asked again until then', async () => {
    const reset = Math.ceil((clock.now() + 3_600_000) / 1000)
    standIn.failNext({ path: '/github/repos/a/limited' }, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded' }
      }
    ])
    const http = new HttpClient({
      clock,
      scopes: [
        { base: standIn.endpoints.github, concurrency: 4 },
        { base: standIn.endpoints.hub, concurrency: 4 }
      ]
    })
    expect(await http.get(`${standIn.endpoints.github}/repos/a/limited`)).toMatchObject({
      kind: 'failure',
      reason: 'rate-limited',
      detail: 'HTTP 403; the host asks to wait 3600 s'
    })
    const later = await Promise.all(
      ['b', 'c', 'd'].map((name) => http.get(`${standIn.endpoints.github}/repos/a/${name}`))
    )
    for (const outcome of later)
      expect(outcome).toMatchObject({
        kind: 'failure',
        reason: 'rate-limited',
        detail: `not asked: ${new URL(standIn.endpoints.github).host} asked earlier in this run to wait (HTTP 403; the host asks to wait 3600 s)`
      })
    // Only the refused request reached the host, and nothing slept.
    expect(standIn.requestsTo(/^\/github\//)).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    // Another scope of the same stand-in is asked as before.
    expect(await http.get(`${standIn.endpoints.hub}/api/models/a/free`)).toMatchObject({
      kind: 'response'
    })
  })

  test("GitHub's secondary rate limit (403 with Retry-After) is waited out too", async () => {
    standIn.failNext({ path: '/github/repos/a/f' }, [
      {
        status: 403,
        headers: { 'retry-after': '3' },
        body: { message: 'You have exceeded a secondary rate limit' }
      }
    ])
    const http = new HttpClient({ clock })
    expect(await http.get(`${standIn.endpoints.github}/repos/a/f`)).toMatchObject({
      kind: 'response',
      status: 404
    })
    const [first, second] = standIn.requestsTo('/github/repos/a/f')
    expect(second.time - first.time).toBeGreaterThanOrEqual(3000)
  })

  test('a wait that would pass the deadline ends with budget instead of sleeping', async () => {
    standIn.failNext({ path: '/github/repos/a/e' }, [
      { status: 429, headers: { 'retry-after': '30' } }
    ])
    const http = new HttpClient({ clock, budgetMs: 10_000 })
    const outcome = await http.get(`${standIn.endpoints.github}/repos/a/e`)
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'budget' })
    expect(clock.sleeps).toEqual([])
    // The host's next request would meet the same wait: it is not sent either.
    expect(await http.get(`${standIn.endpoints.github}/repos/a/e2`)).toMatchObject({
      kind: 'failure',
      reason: 'budget'
    })
    expect(standIn.requestsTo(/^\/github\/repos\/a\/e/)).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })
})

describe('limits', () => {
  test('per-host concurrency is bounded', async () => {
    const http = new HttpClient({
      clock,
      scopes: [{ base: standIn.endpoints.github, concurrency: 2 }]
    })
    for (let i = 0; i < 6; i++)
      standIn.failNext({ path: `/github/repos/slow/r${i}` }, [
        { status: 200, body: {}, delayMs: 40 }
      ])
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => http.get(`${standIn.endpoints.github}/repos/slow/r${i}`))
    )
    expect(standIn.requests).toHaveLength(6)
    expect(Math.max(...standIn.requests.map((r) => r.concurrent))).toBe(2)
  })

  test('a dropped connection is retried; when it keeps dropping, http-error', async () => {
    standIn.failNext({ path: '/github/repos/drop/once' }, [{ reset: true }])
    standIn.failNext({ path: '/github/repos/drop/always' }, [
      { reset: true },
      { reset: true },
      { reset: true }
    ])
    const http = new HttpClient({ clock, maxRetries: 2 })
    expect(await http.get(`${standIn.endpoints.github}/repos/drop/once`)).toMatchObject({
      kind: 'response',
      status: 404
    })
    expect(await http.get(`${standIn.endpoints.github}/repos/drop/always`)).toMatchObject({
      kind: 'failure',
      reason: 'http-error'
    })
    expect(standIn.requestsTo('/github/repos/drop/once')).toHaveLength(2)
    expect(standIn.requestsTo('/github/repos/drop/always')).toHaveLength(3)
  })

  test('a body over the cap fails, or is cut when truncation is asked for', async () => {
    const big = 'x'.repeat(10_000)
    standIn.failNext({ path: '/hub/big' }, [
      { status: 200, body: big },
      { status: 200, body: big }
    ])
    const http = new HttpClient({ clock })
    expect(await http.get(`${standIn.url}/hub/big`, { maxBytes: 1000 })).toMatchObject({
      kind: 'failure',
      reason: 'malformed'
    })
    const cut = await http.get(`${standIn.url}/hub/big`, { maxBytes: 1000, oversize: 'truncate' })
    expect(cut).toMatchObject({ kind: 'response', truncated: true })
    expect(cut.kind === 'response' && cut.text.length).toBe(1000)
  })

  test('redirects are bounded', async () => {
    const loop = { status: 302, headers: { location: '/hub/loop' } }
    standIn.failNext(
      { path: '/hub/loop' },
      Array.from({ length: 10 }, () => loop)
    )
    const http = new HttpClient({ clock, maxRedirects: 3 })
    const outcome = await http.get(`${standIn.url}/hub/loop`)
    expect(outcome).toMatchObject({
      kind: 'failure',
      reason: 'http-error',
      detail: 'more than 3 redirects'
    })
    expect(standIn.requestsTo('/hub/loop')).toHaveLength(4)
  })

  test('a redirect to a scheme other than http(s) is refused', async () => {
    standIn.failNext({ path: '/hub/file' }, [
      { status: 301, headers: { location: 'file:///etc/passwd' } }
    ])
    const outcome = await new HttpClient({ clock }).get(`${standIn.url}/hub/file`)
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'malformed' })
  })

  test('after leaving the host, a redirect back does not carry the token either', async () => {
    standIn.failNext({ path: '/hub/api/models/x/y', listener: 'main' }, [
      { status: 302, headers: { location: `${standIn.elsewhereUrl}/hub/bounce` } }
    ])
    standIn.failNext({ path: '/hub/bounce', listener: 'elsewhere' }, [
      { status: 302, headers: { location: `${standIn.url}/hub/api/models/x/z` } }
    ])
    const http = new HttpClient({
      clock,
      credentials: [{ base: standIn.endpoints.hub, authorization: 'Bearer hf_x' }]
    })
    await http.get(`${standIn.endpoints.hub}/api/models/x/y`)
    expect(standIn.requests.map((r) => [r.listener, r.path, r.authorization])).toEqual([
      ['main', '/hub/api/models/x/y', 'Bearer hf_x'],
      ['elsewhere', '/hub/bounce', undefined],
      ['main', '/hub/api/models/x/z', undefined]
    ])
  })

  test('a token scoped to a path prefix is not sent beside it on the same origin', async () => {
    const http = new HttpClient({
      clock,
      credentials: [{ base: standIn.endpoints.hub, authorization: 'Bearer hf_x' }]
    })
    await http.get(`${standIn.endpoints.github}/repos/a/b`)
    await http.get(`${standIn.url}/hubby/thing`)
    expect(standIn.requests.map((r) => r.authorization)).toEqual([undefined, undefined])
  })
})

/** A port on 127.0.0.1 that was just free: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe('a host that cannot be reached', () => {
  test('is retried on the first request, then not asked again in the run', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`
    const http = new HttpClient({ clock, maxRetries: 2 })
    const first = await http.get(`${unreachable}/api/models/a/one`)
    expect(first).toMatchObject({ kind: 'failure', reason: 'http-error' })
    expect(first.kind === 'failure' && first.detail).toMatch(/ECONNREFUSED/)
    expect(http.requestCount).toBe(3)
    expect(clock.sleeps).toEqual([1000, 2000])

    const later = await Promise.all(
      ['two', 'three', 'four'].map((name) => http.get(`${unreachable}/api/models/a/${name}`))
    )
    for (const outcome of later) {
      expect(outcome).toMatchObject({ kind: 'failure', reason: 'http-error' })
      expect(outcome.kind === 'failure' && outcome.detail).toMatch(
        /^not asked: 127\.0\.0\.1:\d+ could not be reached earlier in this run \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/
      )
    }
    // No request and no back-off for the later ones.
    expect(http.requestCount).toBe(3)
    expect(clock.sleeps).toEqual([1000, 2000])

    // Other hosts are asked as before.
    expect(await http.get(`${standIn.endpoints.github}/repos/a/reachable`)).toMatchObject({
      kind: 'response',
      status: 404
    })
    expect(http.requestCount).toBe(4)
  })

  test('requests in flight together: one retries, the others wait for its verdict', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`
    const http = new HttpClient({ clock, maxRetries: 2 })
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) => http.get(`${unreachable}/repos/x/${name}`))
    )
    expect(outcomes.every((o) => o.kind === 'failure' && o.reason === 'http-error')).toBe(true)
    // Four first attempts at once, then two retries of one of them; one back-off sequence.
    expect(http.requestCount).toBe(6)
    expect(clock.sleeps).toEqual([1000, 2000])
    expect(
      outcomes.filter((o) => o.kind === 'failure' && o.detail.startsWith('not asked:'))
    ).toHaveLength(3)
  })

  test('when the retried request gets through, the waiting ones ask again', async () => {
    const port = await closedPort()
    const host = `http://127.0.0.1:${port}`
    // The host comes up during the first back-off.
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{}')
    })
    const fake = createFakeClock()
    let up: Promise<void> | undefined
    const comesUp: Clock = {
      now: () => fake.now(),
      setTimer: (ms, callback) => fake.setTimer(ms, callback),
      async sleep(ms, signal) {
        up ??= new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
        await up
        return fake.sleep(ms, signal)
      }
    }
    try {
      const http = new HttpClient({ clock: comesUp, maxRetries: 2 })
      const outcomes = await Promise.all(
        ['a', 'b'].map((name) => http.get(`${host}/repos/x/${name}`))
      )
      expect(outcomes.map((o) => o.kind === 'response' && o.status)).toEqual([200, 200])
      // Two refused first attempts, the retry that got through, and the waiting request's own.
      expect(http.requestCount).toBe(4)
      expect(fake.sleeps).toEqual([1000])
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  test('a request queued behind the host spacing is answered without waiting', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`
    const http = new HttpClient({
      clock,
      maxRetries: 0,
      scopes: [{ base: unreachable, concurrency: 1, minIntervalMs: 3000 }]
    })
    const outcomes = await Promise.all(
      ['a', 'b', 'c'].map((id) => http.get(`${unreachable}/oai?identifier=${id}`))
    )
    expect(outcomes.map((o) => o.kind)).toEqual(['failure', 'failure', 'failure'])
    expect(http.requestCount).toBe(1)
    // The spacing would have slept 3 s before each later request.
    expect(clock.sleeps).toEqual([])
  })

  test("behind a host's spacing, the queued requests leave their turns to the retrying one", async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`
    const http = new HttpClient({
      clock,
      maxRetries: 2,
      scopes: [{ base: unreachable, concurrency: 1, minIntervalMs: 3000 }]
    })
    const started = clock.now()
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) => http.get(`${unreachable}/oai?identifier=${id}`))
    )
    expect(outcomes.every((o) => o.kind === 'failure')).toBe(true)
    // One request and its two retries, 3 s apart; not a first attempt of each before the retries.
    expect(http.requestCount).toBe(3)
    expect(clock.now() - started).toBe(6000)
  })

  test('a host that connects but does not answer one request is still asked for the next', async () => {
    standIn.failNext({ path: '/hub/api/models/slow/one' }, [{ hang: true }])
    // Long enough for the second, answered request on a busy machine.
    const http = new HttpClient({ timeoutMs: 1000 })
    expect(await http.get(`${standIn.endpoints.hub}/api/models/slow/one`)).toMatchObject({
      kind: 'failure',
      reason: 'timed-out'
    })
    expect(await http.get(`${standIn.endpoints.hub}/api/models/slow/two`)).toMatchObject({
      kind: 'response'
    })
  })

  test('what a failed fetch says about its host, by the code under it', () => {
    const failed = (cause: Error): Error => new TypeError('fetch failed', { cause })
    const withCode = (code: string): Error => Object.assign(new Error(code), { code })
    expect(networkErrorCode(failed(withCode('ENOTFOUND')))).toBe('ENOTFOUND')
    // Each address of a host tried in turn, the failures reported together.
    expect(
      networkErrorCode(
        failed(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))
      )
    ).toBe('ECONNREFUSED')
    expect(networkErrorCode(new Error('plain'))).toBeUndefined()

    for (const code of [
      'ENOTFOUND',
      'EAI_AGAIN',
      'ECONNREFUSED',
      'EHOSTUNREACH',
      'UND_ERR_CONNECT_TIMEOUT'
    ])
      expect(describeNetworkFailure(failed(withCode(code)))).toEqual({
        retryable: true,
        hostUnreachable: true
      })
    // A certificate is refused again on every try: not retried, and the host is not asked again.
    for (const code of [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'CERT_HAS_EXPIRED',
      'ERR_TLS_CERT_ALTNAME_INVALID'
    ])
      expect(describeNetworkFailure(failed(withCode(code)))).toEqual({
        retryable: false,
        hostUnreachable: true
      })
    // A connection dropped in the middle says nothing about the next request.
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])
      expect(describeNetworkFailure(failed(withCode(code)))).toEqual({
        retryable: true,
        hostUnreachable: false
      })
    expect(describeNetworkFailure(new Error('no cause'))).toEqual({
      retryable: true,
      hostUnreachable: false
    })
  })
})

describe('header parsing', () => {
  test('RateLimit and Retry-After', () => {
    expect(parseRateLimit('"api";r=0;t=55')).toEqual({ remaining: 0, resetSeconds: 55 })
    expect(parseRateLimit('"resolvers";r=12;t=3')).toEqual({ remaining: 12, resetSeconds: 3 })
    expect(parseRateLimit('garbage')).toBeNull()
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})
