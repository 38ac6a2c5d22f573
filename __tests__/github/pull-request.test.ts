import { describe, expect, it } from '@jest/globals'
import { pullRequestFromContext, type EventContext } from '../../src/github/pull-request.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const MERGE = 'c'.repeat(40)

function context(eventName: string, payload: unknown): EventContext {
  return { eventName, payload, repo: { owner: 'octo', repo: 'model' }, sha: MERGE, runId: 77 }
}

function prPayload(headRepo: unknown, extra: Record<string, unknown> = {}) {
  return {
    number: 12,
    pull_request: {
      number: 12,
      head: { sha: HEAD, ref: 'feature', repo: headRepo },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'octo/model' } }
    },
    sender: { login: 'octocat' },
    ...extra
  }
}

describe('pullRequestFromContext', () => {
  it('reads a same-repository pull_request', () => {
    expect(
      pullRequestFromContext(context('pull_request', prPayload({ full_name: 'octo/model' })))
    ).toEqual({
      owner: 'octo',
      repo: 'model',
      number: 12,
      headSha: HEAD,
      baseSha: BASE,
      baseRef: 'main',
      isFork: false,
      readOnlyLikely: false
    })
  })

  it('marks a fork pull_request as read-only', () => {
    const target = pullRequestFromContext(
      context('pull_request', prPayload({ full_name: 'eve/model', fork: true }))
    )
    expect(target).toMatchObject({ number: 12, isFork: true, readOnlyLikely: true })
  })

  it('treats a deleted head repository as a fork', () => {
    const target = pullRequestFromContext(context('pull_request', prPayload(null)))
    expect(target).toMatchObject({ isFork: true, readOnlyLikely: true })
  })

  it('does not call a branch PR inside a forked repository a fork', () => {
    const target = pullRequestFromContext(
      context('pull_request', prPayload({ full_name: 'Octo/Model', fork: true }))
    )
    expect(target).toMatchObject({ isFork: false, readOnlyLikely: false })
  })

  it('expects a read-only token for Dependabot pull_request runs', () => {
    const payload = prPayload({ full_name: 'octo/model' }, { sender: { login: 'dependabot[bot]' } })
    expect(pullRequestFromContext(context('pull_request', payload))).toMatchObject({
      isFork: false,
      readOnlyLikely: true
    })
  })

  it('pull_request_target from a fork has a write token', () => {
    const target = pullRequestFromContext(
      context('pull_request_target', prPayload({ full_name: 'eve/model' }))
    )
    expect(target).toMatchObject({ number: 12, headSha: HEAD, isFork: true, readOnlyLikely: false })
  })

  it('reads the PR of a same-repository workflow_run', () => {
    const payload = {
      workflow_run: {
        head_sha: HEAD,
        head_repository: { full_name: 'octo/model' },
        repository: { full_name: 'octo/model' },
        pull_requests: [
          { number: 5, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } }
        ]
      }
    }
    expect(pullRequestFromContext(context('workflow_run', payload))).toEqual({
      owner: 'octo',
      repo: 'model',
      number: 5,
      headSha: HEAD,
      baseSha: BASE,
      baseRef: 'main',
      isFork: false,
      readOnlyLikely: false
    })
  })

  it('returns a null number for a fork workflow_run (GitHub leaves pull_requests empty)', () => {
    const payload = {
      workflow_run: {
        head_sha: HEAD,
        head_repository: { full_name: 'eve/model' },
        repository: { full_name: 'octo/model' },
        pull_requests: []
      }
    }
    expect(pullRequestFromContext(context('workflow_run', payload))).toEqual({
      owner: 'octo',
      repo: 'model',
      number: null,
      headSha: HEAD,
      baseSha: null,
      baseRef: null,
      isFork: true,
      readOnlyLikely: false
    })
  })

  it('returns no PR for other events', () => {
    expect(pullRequestFromContext(context('push', { ref: 'refs/heads/main' }))).toEqual({
      owner: 'octo',
      repo: 'model',
      number: null,
      headSha: MERGE,
      baseSha: null,
      baseRef: null,
      isFork: false,
      readOnlyLikely: false
    })
  })

  it.each([
    ['no payload', undefined],
    ['a string payload', 'nonsense'],
    ['an array pull_request', { pull_request: [] }],
    ['bad field types', { pull_request: { number: '12', head: { sha: 'zzz', repo: 5 }, base: 7 } }],
    ['a fractional number', { pull_request: { number: 1.5 } }]
  ])('copes with %s', (_name, payload) => {
    const target = pullRequestFromContext(context('pull_request', payload))
    expect(target).toMatchObject({ number: null, headSha: MERGE, baseSha: null, baseRef: null })
  })

  it('copes with a malformed workflow_run payload', () => {
    const target = pullRequestFromContext(
      context('workflow_run', { workflow_run: { pull_requests: 'x', head_sha: 42 } })
    )
    expect(target).toMatchObject({ number: null, headSha: MERGE, isFork: false })
  })
})
