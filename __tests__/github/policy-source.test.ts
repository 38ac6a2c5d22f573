import { execFileSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { ApiDeadline } from '../../src/github/deadline.js'
import { createOctokit } from '../../src/github/octokit.js'
import {
  loadBasePolicy,
  loadCheckoutPolicy,
  policyPathInWorkspace
} from '../../src/github/policy-source.js'
import { PolicyError } from '../../src/policy.js'
import { canned, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let fake: FakeGitHub
let scratch: string
let count = 0

beforeAll(async () => {
  fake = await startFakeGitHub()
  scratch = await mkdtemp(join(tmpdir(), 'mo-policy-source-'))
})
afterAll(async () => {
  await fake.close()
  await rm(scratch, { recursive: true, force: true })
})
afterEach(() => fake.reset())

async function workspace(): Promise<string> {
  const dir = join(scratch, `ws-${++count}`)
  await mkdir(dir, { recursive: true })
  return dir
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }
  })
    .toString()
    .trim()

const POLICY = '.github/model-openness.yml'

describe('policyPathInWorkspace', () => {
  it('gives the path below the workspace from names alone, null outside it', () => {
    expect(policyPathInWorkspace('/w', `/w/${POLICY}`)).toBe(POLICY)
    expect(policyPathInWorkspace('/w', '/w/../etc/policy.yml')).toBeNull()
    expect(policyPathInWorkspace('/w', '/elsewhere/policy.yml')).toBeNull()
    expect(policyPathInWorkspace('/w', '/w')).toBeNull()
  })
})

describe('loadCheckoutPolicy never reads through a link', () => {
  it('refuses a linked folder on the way to the file', async () => {
    const ws = await workspace()
    await mkdir(join(ws, 'real'))
    await writeFile(join(ws, 'real/model-openness.yml'), 'fail-under: 0\n')
    await symlink('real', join(ws, '.github'))
    await expect(loadCheckoutPolicy(ws, join(ws, POLICY), true)).rejects.toThrow(
      new PolicyError(
        `${POLICY}: .github is a symbolic link; the policy file is never read through links`
      )
    )
  })

  it('refuses a linked file and a link deeper in an explicit path', async () => {
    const ws = await workspace()
    await mkdir(join(ws, '.github'))
    await writeFile(join(ws, 'other.yml'), 'fail-under: 0\n')
    await symlink('../other.yml', join(ws, POLICY))
    await expect(loadCheckoutPolicy(ws, join(ws, POLICY), true)).rejects.toThrow(
      /is a symbolic link/
    )
    await mkdir(join(ws, 'conf'))
    await symlink('/etc', join(ws, 'conf/sub'))
    await expect(loadCheckoutPolicy(ws, join(ws, 'conf/sub/policy.yml'), false)).rejects.toThrow(
      'conf/sub/policy.yml: conf/sub is a symbolic link'
    )
  })

  it('reads a regular file; a missing default path means no policy, a missing explicit one is an error', async () => {
    const ws = await workspace()
    expect(await loadCheckoutPolicy(ws, join(ws, POLICY), true)).toEqual({})
    await expect(loadCheckoutPolicy(ws, join(ws, 'custom.yml'), false)).rejects.toThrow(
      'custom.yml: cannot read the policy file (ENOENT)'
    )
    await mkdir(join(ws, '.github'))
    await writeFile(join(ws, POLICY), 'fail-under: 70\n')
    expect(await loadCheckoutPolicy(ws, join(ws, POLICY), true)).toEqual({ 'fail-under': 70 })
  })
})

describe('loadBasePolicy', () => {
  const octokit = (deadline: ApiDeadline) =>
    createOctokit('test-token', {
      baseUrl: fake.url,
      retry: { retryAfterBaseValue: 1 },
      throttle: { retryAfterBaseValue: 1, id: randomUUID() },
      log: { warn: () => {} },
      deadline
    })

  it('reads the base commit from git when the checkout has it, ignoring the PR’s change', async () => {
    const ws = await workspace()
    await mkdir(join(ws, '.github'))
    await writeFile(join(ws, POLICY), 'fail-under: 90\n')
    git(ws, 'init', '-q', '-b', 'main')
    git(ws, 'add', '-A')
    git(ws, 'commit', '-q', '-m', 'base')
    const baseSha = git(ws, 'rev-parse', 'HEAD')
    await writeFile(join(ws, POLICY), 'fail-under: 0\n')
    const deadline = new ApiDeadline(5)
    try {
      const loaded = await loadBasePolicy({
        workspace: ws,
        configPath: join(ws, POLICY),
        baseSha,
        octokit: null,
        owner: 'octo',
        repo: 'model',
        deadline
      })
      expect(loaded.policy).toEqual({ 'fail-under': 90 })
      expect(loaded.origin).toBe(
        `Policy: ${POLICY} from the base commit ${baseSha.slice(0, 12)} (git).`
      )
      expect(fake.requests).toEqual([])
    } finally {
      deadline.dispose()
    }
  })

  it('from git, tells a file the base lacks from one it cannot use', async () => {
    const ws = await workspace()
    await writeFile(join(ws, 'README.md'), '# model\n')
    git(ws, 'init', '-q', '-b', 'main')
    git(ws, 'add', '-A')
    git(ws, 'commit', '-q', '-m', 'base without a policy')
    const noPolicy = git(ws, 'rev-parse', 'HEAD')
    await mkdir(join(ws, '.github'))
    await writeFile(join(ws, POLICY), `# ${'x'.repeat(300 * 1024)}\nfail-under: 90\n`)
    git(ws, 'add', '-A')
    git(ws, 'commit', '-q', '-m', 'oversized policy')
    const oversized = git(ws, 'rev-parse', 'HEAD')
    const deadline = new ApiDeadline(5)
    const request = {
      workspace: ws,
      configPath: join(ws, POLICY),
      baseSha: noPolicy,
      octokit: null,
      owner: 'octo',
      repo: 'model',
      deadline
    }
    try {
      expect((await loadBasePolicy(request)).origin).toBe(
        `Policy: the base commit ${noPolicy.slice(0, 12)} has no ${POLICY}; no policy file gates apply.`
      )
      await expect(loadBasePolicy({ ...request, baseSha: oversized })).rejects.toThrow(
        `${POLICY} (base commit): larger than 256 KiB`
      )
      await expect(
        loadBasePolicy({ ...request, baseSha: oversized, configPath: join(ws, '.github') })
      ).rejects.toThrow(/could not be read from git: \.github is not a file/)
    } finally {
      deadline.dispose()
    }
  })

  it('asks the contents API at the base commit otherwise; 404 means no file gates', async () => {
    const ws = await workspace()
    const baseSha = randomBytes(20).toString('hex')
    const deadline = new ApiDeadline(5)
    const request = {
      workspace: ws,
      configPath: join(ws, POLICY),
      baseSha,
      octokit: octokit(deadline),
      owner: 'octo',
      repo: 'model',
      deadline
    }
    try {
      expect(await loadBasePolicy(request)).toEqual({
        policy: {},
        origin: `Policy: the base commit ${baseSha.slice(0, 12)} has no ${POLICY}; no policy file gates apply.`
      })
      fake.state.files.set(`${baseSha}:${POLICY}`, 'require-osaid: true\n')
      expect((await loadBasePolicy(request)).policy).toEqual({ 'require-osaid': true })
      expect(fake.requests.map((r) => `${r.path}?ref=${r.query.ref}`)).toEqual([
        `/repos/octo/model/contents/${POLICY}?ref=${baseSha}`,
        `/repos/octo/model/contents/${POLICY}?ref=${baseSha}`
      ])
    } finally {
      deadline.dispose()
    }
  })

  it('fails closed without a token, on an API error and when the API does not answer', async () => {
    const ws = await workspace()
    const baseSha = randomBytes(20).toString('hex')
    const deadline = new ApiDeadline(2)
    const request = {
      workspace: ws,
      configPath: join(ws, POLICY),
      baseSha,
      octokit: null,
      owner: 'octo',
      repo: 'model',
      deadline
    }
    try {
      await expect(loadBasePolicy(request)).rejects.toThrow(/there is no github-token to read it/)
      await expect(
        loadBasePolicy({ ...request, configPath: join(scratch, 'elsewhere.yml') })
      ).rejects.toThrow(/outside the workspace, so it has no version in the base commit/)
      fake.failNext({ path: /\/contents\// }, [canned.forbiddenIntegration()])
      await expect(loadBasePolicy({ ...request, octokit: octokit(deadline) })).rejects.toThrow(
        /could not be read: HTTP 403/
      )
      fake.failNext(
        { path: /\/contents\// },
        Array.from({ length: 10 }, () => canned.hang())
      )
      await expect(loadBasePolicy({ ...request, octokit: octokit(deadline) })).rejects.toThrow(
        /could not be read: the GitHub API did not answer within the 2s budget/
      )
    } finally {
      deadline.dispose()
    }
  })
})
