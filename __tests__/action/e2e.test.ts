/**
 * The action as the runner runs it: `node dist/index.js` in a child process, with the runner's
 * environment (INPUT_*, GITHUB_*, RUNNER_TEMP, the output and summary files) and the GitHub API
 * served by the fake server in this process. The child is awaited asynchronously, so the server
 * keeps answering while it runs. Build the bundle first: `npx rollup --config rollup.config.js`.
 */
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { parseMarker, renderMarker } from '../../src/github/marker.js'
import { parseEmbeddedReport } from '../../src/report/changes.js'
import { canned, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startStandInRemote } from '../helpers/stand-in-remote.js'

const execFileAsync = promisify(execFile)

const ROOT = resolve(import.meta.dirname, '../..')
/** MODEL_OPENNESS_BUNDLE runs a bundle built elsewhere (dist/ is rebuilt only at release). */
const BUNDLE = process.env.MODEL_OPENNESS_BUNDLE ?? join(ROOT, 'dist/index.js')
const HOSTED_RELEASE = join(ROOT, 'examples/hosted-release')
const OPEN_SCIENCE = join(ROOT, 'examples/open-science-model')
const OPEN_WEIGHTS = join(ROOT, 'examples/open-weights-community')
const RUN_TIMEOUT_MS = 60_000

const OWNER = 'octo'
const REPO = 'model'
const PR = 42
const TOKEN = 'ghs_test-token'

let fake: FakeGitHub
let scratch: string
let actionDefaults: Record<string, string>

beforeAll(async () => {
  if (!existsSync(BUNDLE)) {
    throw new Error(
      `${BUNDLE} does not exist: these tests run the bundled action. ` +
        'Build it first with `npx rollup --config rollup.config.js`.'
    )
  }
  const action = parseYaml(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  actionDefaults = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')])
  )
  fake = await startFakeGitHub()
  scratch = await mkdtemp(join(tmpdir(), 'model-openness-e2e-'))
})

afterAll(async () => {
  await fake?.close()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

afterEach(() => {
  fake.reset()
  fake.state.pulls.length = 0
})

const sha = (): string => randomBytes(20).toString('hex')

let dirCount = 0
async function tempDir(name: string): Promise<string> {
  const dir = join(scratch, `${name}-${++dirCount}`)
  await mkdir(dir, { recursive: true })
  return dir
}

/** A copy of an example, so a test can change files without touching the repository. */
async function copyExample(source: string, name: string): Promise<string> {
  const dir = await tempDir(name)
  await cp(source, dir, { recursive: true })
  return dir
}

/** The change a PR could make that costs the release its MOF class: no data card any more. */
async function removeDataCard(dir: string): Promise<void> {
  await rm(join(dir, 'DATA_CARD.md'))
  const readme = await readFile(join(dir, 'README.md'), 'utf8')
  const start = readme.indexOf('### Training Data')
  const end = readme.indexOf('### Training Procedure')
  expect(start).toBeGreaterThan(0)
  await writeFile(join(dir, 'README.md'), readme.slice(0, start) + readme.slice(end))
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' } }
  )
  return stdout.trim()
}

function pullRequestEvent(options: {
  headSha: string
  baseSha: string
  fork?: boolean
  number?: number
}): Record<string, unknown> {
  const number = options.number ?? PR
  const baseRepo = {
    id: 1,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { login: OWNER, type: 'Organization' },
    fork: false,
    private: false
  }
  const headRepo = options.fork
    ? { ...baseRepo, id: 2, full_name: `eve/${REPO}`, owner: { login: 'eve', type: 'User' } }
    : baseRepo
  return {
    action: 'synchronize',
    number,
    pull_request: {
      id: 9000 + number,
      number,
      state: 'open',
      title: 'Update the model card',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
      user: { login: options.fork ? 'eve' : 'alice' },
      head: {
        label: options.fork ? 'eve:feature' : `${OWNER}:feature`,
        ref: 'feature',
        sha: options.headSha,
        repo: headRepo
      },
      base: { label: `${OWNER}:main`, ref: 'main', sha: options.baseSha, repo: baseRepo }
    },
    repository: baseRepo,
    sender: { login: options.fork ? 'eve' : 'alice', type: 'User' }
  }
}

interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::warning ...` lines without a file: the ones about commenting, rate limits and so on. */
  plainWarnings: string[]
}

interface RunOptions {
  workspace: string
  inputs?: Record<string, string>
  eventName?: string
  event?: Record<string, unknown>
  /** GITHUB_SHA: the merge commit for pull_request events. */
  sha?: string
  runId?: number
  /** Extra environment, e.g. the stand-in hosts for online resolution. */
  env?: Record<string, string>
}

/** Hosts the resolvers know, on a closed local port unless a test gives its stand-in. */
const CLOSED = 'http://127.0.0.1:9'

/** Parses `name<<delimiter\nvalue\ndelimiter` blocks, the file-command format of GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm
  for (const m of text.matchAll(pattern)) outputs[m[1]!] = m[3]!
  return outputs
}

async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await tempDir('runner')
  const outputFile = join(dir, 'output.txt')
  const summaryFile = join(dir, 'summary.md')
  const eventFile = join(dir, 'event.json')
  const runnerTemp = join(dir, 'temp')
  await mkdir(runnerTemp)
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(eventFile, JSON.stringify(options.event ?? {}))

  // The runner sets every input, with action.yml's default when the workflow gives none.
  const inputs = { ...actionDefaults, 'github-token': TOKEN, ...options.inputs }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha ?? sha(),
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_RUN_ID: String(options.runId ?? 1000),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    HF_ENDPOINT: CLOSED,
    ARXIV_OAI_URL: CLOSED,
    ZENODO_URL: CLOSED,
    DOI_RESOLVER_URL: CLOSED,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode) => resolveExit(exitCode))
  }).finally(() => clearTimeout(timer))

  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    plainWarnings: stdout.split('\n').filter((line) => line.startsWith('::warning::'))
  }
}

const errorLines = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error'))

const commentRequests = (method: string) =>
  fake.requests.filter(
    (r) => r.method === method && r.path === `/repos/${OWNER}/${REPO}/issues/${PR}/comments`
  )

function embeddedReport(body: string) {
  return parseEmbeddedReport(parseMarker(body)?.report)
}

describe('the bundled action on a pull request', () => {
  it('creates the sticky comment on the first run and edits it on the second', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'sticky')
    const headSha = sha()
    const event = pullRequestEvent({ headSha, baseSha: sha() })

    const first = await runAction({ workspace, event, runId: 501 })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const comments = fake.commentsOn(PR)
    expect(comments).toHaveLength(1)
    const comment = comments[0]!
    expect(comment.user.login).toBe('github-actions[bot]')
    expect(comment.body).toContain('## Model openness: 100/100 · MOF Class I')
    expect(comment.body).not.toContain('What this PR changes')
    // The machine-readable report of this run rides in the marker, for the next run.
    expect(parseMarker(comment.body)).toMatchObject({ sha: headSha, runId: '501' })
    expect(embeddedReport(comment.body)).toMatchObject({ v: 1, score: 100, mofClass: 1 })
    expect(commentRequests('POST')).toHaveLength(1)
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    expect(first.outputs).toEqual({
      score: '100',
      'mof-class': '1',
      'osaid-conformant': 'true',
      'missing-count': '0',
      'report-path': expect.stringMatching(/model-openness-report\.json$/),
      'comment-url': comment.html_url
    })
    const saved = JSON.parse(await readFile(first.outputs['report-path']!, 'utf8')) as {
      score: number
      repository: string
    }
    expect(saved).toMatchObject({ score: 100, repository: `${OWNER}/${REPO}` })
    expect(first.summary).toContain('## Model openness: 100/100 · MOF Class I')
    expect(first.summary).toContain('| Model card | III | ✅ open |')
    expect(first.stdout).toContain(`PR comment: created (${comment.html_url})`)

    fake.requests.length = 0
    const second = await runAction({ workspace, event, runId: 502 })
    expect(second.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(fake.commentsOn(PR)[0]!.id).toBe(comment.id)
    expect(commentRequests('POST')).toHaveLength(0)
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${comment.id}`
    ])
    expect(parseMarker(fake.commentsOn(PR)[0]!.body)).toMatchObject({ runId: '502' })
    expect(second.outputs['comment-url']).toBe(comment.html_url)
    expect(second.stdout).toContain('PR comment: updated')
  })

  it('finds its comment past the first 100 and removes a newer duplicate', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'paged')
    const marker = renderMarker({ report: { v: 1 }, sha: sha(), runId: 400 })
    for (let i = 0; i < 120; i++)
      fake.addComment({ issueNumber: PR, body: `+1 (${i})`, login: 'bob' })
    const ours = fake.addComment({ issueNumber: PR, body: `old report\n\n${marker}` })
    for (let i = 0; i < 30; i++)
      fake.addComment({ issueNumber: PR, body: `thanks ${i}`, login: 'bob' })
    const duplicate = fake.addComment({ issueNumber: PR, body: `racing run\n\n${marker}` })
    // Someone quoting the marker is not the bot: never edited, never deleted.
    const forged = fake.addComment({ issueNumber: PR, body: `look\n\n${marker}`, login: 'mallory' })

    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
      runId: 501
    })
    expect(run.code).toBe(0)
    expect(commentRequests('GET').some((r) => r.query.page === '2')).toBe(true)
    expect(commentRequests('POST')).toHaveLength(0)
    const remaining = fake.commentsOn(PR)
    expect(remaining).toHaveLength(152)
    expect(remaining.some((c) => c.id === duplicate.id)).toBe(false)
    expect(remaining.find((c) => c.id === forged.id)?.body).toBe(`look\n\n${marker}`)
    const updated = remaining.find((c) => c.id === ours.id)!
    expect(updated.body).toContain('## Model openness: 100/100')
    expect(run.outputs['comment-url']).toBe(ours.html_url)
  })

  it('retries 5xx answers and a secondary rate limit', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'retry')
    const listPath = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`
    fake.failNext({ method: 'GET', path: listPath }, [canned.serverError(502)])
    fake.failNext({ method: 'POST', path: listPath }, [
      canned.serverError(500),
      canned.secondaryRateLimit(1)
    ])

    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(commentRequests('POST')).toHaveLength(3)
    // The comparison's lookup (answered 502 once) and the upsert's; then, because the 500 may
    // have hidden a created comment, one look before posting again and one after, to dedupe.
    expect(commentRequests('GET')).toHaveLength(5)
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::GitHub secondary rate limit hit on POST .* retrying in 1s$/
      )
    ])
  })

  it('gives one warning and the job summary when the token cannot comment (fork PR)', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'fork')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
      canned.forbiddenIntegration()
    ])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha(), fork: true })
    })
    expect(run.code).toBe(0)
    expect(errorLines(run)).toEqual([])
    expect(run.plainWarnings).toHaveLength(1)
    expect(run.plainWarnings[0]).toContain('Could not write the pull request comment (HTTP 403')
    expect(run.plainWarnings[0]).toContain('pull-requests: write')
    expect(fake.commentsOn(PR)).toHaveLength(0)
    expect(run.summary).toContain('## Model openness: 100/100 · MOF Class I')
    expect(run.outputs).toMatchObject({ score: '100', 'comment-url': '' })
  })

  it('any other comment failure is a warning too: the check still reports', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'comment-422')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
      { status: 422, body: { message: 'Validation Failed' } }
    ])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::Could not write the pull request comment: Validation Failed/
      )
    ])
    expect(run.summary).toContain('## Model openness: 100/100')
    expect(run.outputs).toMatchObject({ score: '100', 'comment-url': '' })
  })

  it('without a token, one warning and the job summary', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'no-token')
    // A full checkout: the base commit's policy comes from git, no token needed.
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    await git(workspace, 'commit', '-q', '--allow-empty', '-m', 'Head')
    const run = await runAction({
      workspace,
      inputs: { 'github-token': '' },
      event: pullRequestEvent({ headSha: await git(workspace, 'rev-parse', 'HEAD'), baseSha })
    })
    expect(run.code).toBe(0)
    expect(fake.requests).toEqual([])
    expect(run.plainWarnings).toEqual([
      '::warning::No github-token was given, so the report is only in the job summary.'
    ])
    expect(run.summary).toContain('## Model openness: 100/100')
  })

  it('comment: never makes no comment request and still writes the summary', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'never')
    const baseSha = sha()
    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha: sha(), baseSha })
    })
    expect(run.code).toBe(0)
    // Only the base commit's policy file, which this shallow checkout does not have.
    expect(fake.requests.map((r) => `${r.method} ${r.path}?ref=${r.query.ref}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/contents/.github/model-openness.yml?ref=${baseSha}`
    ])
    expect(run.stdout).toContain(
      `Policy: the base commit ${baseSha.slice(0, 12)} has no .github/model-openness.yml; no policy file gates apply.`
    )
    expect(run.summary).toContain('## Model openness: 100/100')
    expect(run.outputs['comment-url']).toBe('')
  })
})

describe('comment modes and servers', () => {
  it('on-change leaves the comment alone when a re-run finds the same report', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'on-change')
    const event = pullRequestEvent({ headSha: sha(), baseSha: sha() })
    const first = await runAction({ workspace, event, inputs: { comment: 'on-change' } })
    expect(first.code).toBe(0)
    const before = fake.commentsOn(PR)[0]!
    const bodyBefore = before.body

    const again = await runAction({ workspace, event, inputs: { comment: 'on-change' } })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('PR comment: unchanged')
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    expect(fake.commentsOn(PR)).toEqual([
      expect.objectContaining({ id: before.id, body: bodyBefore })
    ])
    expect(again.outputs['comment-url']).toBe(before.html_url)
  })

  it('talks to GitHub Enterprise Server through GITHUB_API_URL and its GraphQL endpoint', async () => {
    const ghes = await startFakeGitHub({ enterprise: true, login: 'model-openness[bot]' })
    const saved = fake
    try {
      fake = ghes
      const existing = ghes.addComment({
        issueNumber: PR,
        body: `earlier\n\n${renderMarker({ runId: 1 })}`
      })
      const workspace = await copyExample(OPEN_SCIENCE, 'ghes')
      const run = await runAction({
        workspace,
        event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
      })
      expect(run.code).toBe(0)
      expect(new URL(ghes.url).pathname).toBe('/api/v3')
      expect(ghes.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
        expect.arrayContaining([
          `GET /api/v3/repos/${OWNER}/${REPO}/issues/${PR}/comments`,
          'POST /api/graphql',
          `PATCH /api/v3/repos/${OWNER}/${REPO}/issues/comments/${existing.id}`
        ])
      )
      expect(ghes.commentsOn(PR)).toHaveLength(1)
      expect(ghes.commentsOn(PR)[0]!.body).toContain('## Model openness: 100/100')
    } finally {
      fake = saved
      await ghes.close()
    }
  })
})

describe('what the PR changes', () => {
  it('compares with the base commit from git and fails on regression', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'git-regression')
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base: the fully open release')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    await removeDataCard(workspace)
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Drop the data card')
    const headSha = await git(workspace, 'rev-parse', 'HEAD')

    const run = await runAction({
      workspace,
      inputs: { 'fail-on-regression': 'true' },
      event: pullRequestEvent({ headSha, baseSha }),
      sha: headSha
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::Openness policy not met: openness regressed (MOF Class I → Unclassified)'
    ])
    const comment = fake.commentsOn(PR)[0]!
    for (const text of [run.summary, comment.body]) {
      expect(text).toContain('### What this PR changes')
      expect(text).toContain('Compared with the base commit: score 100 → **91** (−9).')
      expect(text).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
      expect(text).toContain('- ❌ Data card: open → **missing**')
      expect(text).toContain('- New missing disclosures: Data card')
      expect(text).toContain('> This PR lowers the openness of the release.')
    }
    expect(embeddedReport(comment.body)).toMatchObject({
      score: 91,
      mofClass: 0,
      baseSource: 'git',
      base: { score: 100, mofClass: 1 }
    })
    // Outputs are written before the gate fails the step.
    expect(run.outputs).toMatchObject({ score: '91', 'mof-class': '0', 'missing-count': '1' })
    // Only the previous comment's report would have needed a comment lookup first.
    expect(commentRequests('GET')).toHaveLength(1)
    // The base is extracted elsewhere; the checkout stays as it was.
    expect(await git(workspace, 'status', '--porcelain')).toBe('')
  })

  it("applies the base commit's policy file, so a PR cannot loosen the gates it is checked against", async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'policy-from-base')
    await mkdir(join(workspace, '.github'), { recursive: true })
    await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: I\n')
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base: policy requires Class I')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    await removeDataCard(workspace)
    await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: none\n')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Drop the data card and the gate')
    const headSha = await git(workspace, 'rev-parse', 'HEAD')

    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha, baseSha }),
      sha: headSha
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::Openness policy not met: MOF Unclassified does not reach the required Class I'
    ])
    expect(run.stdout).toContain(
      `Policy: .github/model-openness.yml from the base commit ${baseSha.slice(0, 12)} (git).`
    )
  })

  it('compares a model in a subfolder and reports without failing when the gate is off', async () => {
    const workspace = await tempDir('git-subfolder')
    const model = join(workspace, 'models/wren')
    await cp(OPEN_SCIENCE, model, { recursive: true })
    await writeFile(join(workspace, 'NOTES.md'), 'Not part of the model.\n')
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    await removeDataCard(model)
    await git(workspace, 'commit', '-q', '-am', 'Drop the data card')

    const run = await runAction({
      workspace,
      inputs: { path: 'models/wren', comment: 'never' },
      event: pullRequestEvent({ headSha: await git(workspace, 'rev-parse', 'HEAD'), baseSha })
    })
    expect(run.code).toBe(0)
    expect(errorLines(run)).toEqual([])
    expect(run.summary).toContain('Compared with the base commit: score 100 → **91** (−9).')
    expect(run.summary).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
  })

  it('falls back to the previous comment when the checkout lacks the base commit', async () => {
    // Run 1: the PR's first commit, still fully open; nothing to compare with yet.
    const before = await copyExample(OPEN_SCIENCE, 'fallback-before')
    const firstSha = sha()
    const baseSha = sha()
    const first = await runAction({
      workspace: before,
      inputs: { 'fail-on-regression': 'true' },
      event: pullRequestEvent({ headSha: firstSha, baseSha }),
      runId: 701
    })
    expect(first.code).toBe(0)
    expect(fake.commentsOn(PR)[0]!.body).not.toContain('What this PR changes')

    // Run 2: a shallow checkout of the next commit, which drops the data card.
    const after = await copyExample(OPEN_SCIENCE, 'fallback-after')
    await removeDataCard(after)
    await git(after, 'init', '-q', '-b', 'feature')
    await git(after, 'add', '-A')
    await git(after, 'commit', '-q', '-m', 'Drop the data card')
    const headSha = await git(after, 'rev-parse', 'HEAD')
    const event = pullRequestEvent({ headSha, baseSha })
    const second = await runAction({
      workspace: after,
      inputs: { 'fail-on-regression': 'true' },
      event,
      runId: 702
    })
    expect(second.stdout).toContain(
      'Base comparison from git skipped: the checkout does not have the base commit'
    )
    expect(second.code).toBe(1)
    expect(errorLines(second)).toEqual([
      '::error::Openness policy not met: openness regressed (MOF Class I → Unclassified)'
    ])
    expect(fake.commentsOn(PR)).toHaveLength(1)
    const body = fake.commentsOn(PR)[0]!.body
    expect(body).toContain('Compared with the previous report on this PR: score 100 → **91**')
    expect(body).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
    expect(second.summary).toContain('### What this PR changes')
    // The comment is written once per run, already with the comparison.
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)

    // Run 3: re-running the failed job compares with the same base, so it fails again.
    const rerun = await runAction({
      workspace: after,
      inputs: { 'fail-on-regression': 'true' },
      event,
      runId: 702
    })
    expect(rerun.code).toBe(1)
    expect(errorLines(rerun)).toEqual(errorLines(second))
    expect(fake.commentsOn(PR)[0]!.body).toContain(
      'Compared with the previous report on this PR: score 100 → **91**'
    )
  })
})

describe('errors end the run with one line', () => {
  it('an invalid policy file names the key and the problem', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'bad-policy')
    await mkdir(join(workspace, '.github'))
    await writeFile(
      join(workspace, '.github/model-openness.yml'),
      'fail-under: 80\nrequire:\n  - Model card\n  - Weights\n'
    )
    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::.github/model-openness.yml: \'require[1]\': unknown component "Weights"; use one of the 17 MOF names, e.g. "Model card"'
    ])
    expect(fake.requests).toEqual([])
    expect(run.summary).toContain('The check could not run: .github/model-openness.yml')
  })

  it("on a PR, an invalid base policy fails the run and the PR's broken file is a warning", async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'bad-policy-pr')
    await mkdir(join(workspace, '.github'))
    await writeFile(join(workspace, '.github/model-openness.yml'), 'fail-under: [80\n')
    const baseSha = sha()
    fake.state.files.set(`${baseSha}:.github/model-openness.yml`, 'fail-under: 80\nrequire: yes\n')
    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha: sha(), baseSha })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      "::error::.github/model-openness.yml (base commit): 'require': expected a list of MOF component names"
    ])

    fake.state.files.set(`${baseSha}:.github/model-openness.yml`, 'fail-under: 80\n')
    const next = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha: sha(), baseSha })
    })
    expect(next.code).toBe(0)
    expect(next.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::The policy file in this pull request will not work after merging: \.github\/model-openness\.yml: invalid YAML at line/
      )
    ])
  })

  it('an unknown input value names the input and the value', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'bad-input')
    const run = await runAction({
      workspace,
      inputs: { comment: 'sometimes' },
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::input \'comment\' must be always, on-change or never, got "sometimes"'
    ])
    expect(fake.requests).toEqual([])
  })

  it('a report-path that climbs out of the runner temp folder is refused before anything is written', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'report-escape')
    const run = await runAction({
      workspace,
      inputs: { 'report-path': '../../escaped-report.json' },
      eventName: 'push',
      event: { ref: 'refs/heads/main' }
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      "::error::input 'report-path' must stay inside the runner temp folder (no '..' out of it) or be an absolute path"
    ])
    expect(run.outputs).toEqual({})
    expect(existsSync(join(scratch, 'escaped-report.json'))).toBe(false)
  })

  it('a policy gate from the file fails the run after the report is out', async () => {
    const workspace = await copyExample(OPEN_WEIGHTS, 'gate')
    await mkdir(join(workspace, '.github'))
    await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: III\n')
    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::Openness policy not met: MOF Unclassified does not reach the required Class III'
    ])
    expect(run.outputs['mof-class']).toBe('0')
    expect(run.summary).toContain('## Model openness: 13/100 · MOF Unclassified')
  })
})

describe('outside pull requests', () => {
  it('push: job summary, outputs and annotations on restricted licences, no API calls', async () => {
    const workspace = await tempDir('push')
    await cp(OPEN_WEIGHTS, join(workspace, 'model'), { recursive: true })
    const run = await runAction({
      workspace,
      inputs: { path: 'model' },
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: sha() }
    })
    expect(run.code).toBe(0)
    expect(fake.requests).toEqual([])
    expect(run.outputs).toMatchObject({
      score: '13',
      'mof-class': '0',
      'osaid-conformant': 'false',
      'comment-url': ''
    })
    expect(Number(run.outputs['missing-count'])).toBeGreaterThan(0)
    expect(run.summary).toContain('## Model openness: 13/100 · MOF Unclassified')
    const annotations = run.stdout.split('\n').filter((l) => /^::warning .*file=/.test(l))
    // Paths are relative to the workspace, so they point into the scanned folder.
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::warning title=Restricted licence,file=model\/LICENSE::/)
    )
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::warning title=Restricted licence,file=model\/README\.md::/)
    )
    expect(annotations.length).toBeLessThanOrEqual(10)
    expect(run.plainWarnings).toEqual([])
  })

  it('workflow_run for a fork PR finds the PR by its head commit and comments there', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'workflow-run')
    const headSha = sha()
    fake.state.pulls.push(
      { number: 7, headSha: sha(), headRepo: 'someone/model' },
      { number: PR, headSha, headRepo: `eve/${REPO}` }
    )
    const run = await runAction({
      workspace,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: 77,
          event: 'pull_request',
          head_sha: headSha,
          head_branch: 'feature',
          pull_requests: [],
          head_repository: { full_name: `eve/${REPO}` },
          repository: { full_name: `${OWNER}/${REPO}` }
        },
        repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
      }
    })
    expect(run.code).toBe(0)
    expect(fake.requests[0]).toMatchObject({
      method: 'GET',
      path: `/repos/${OWNER}/${REPO}/pulls`,
      query: expect.objectContaining({ state: 'open' })
    })
    expect(fake.commentsOn(7)).toHaveLength(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(parseMarker(fake.commentsOn(PR)[0]!.body)?.sha).toBe(headSha)
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
  })
})

/** Every stdout line the runner would read as a workflow command (it trims the line first). */
const commandLines = (run: ActionRun): string[] =>
  run.stdout.split(/\r\n|\r|\n/).filter((line) => line.trim().startsWith('::'))

/** A repository with a base commit and a PR commit, cloned as actions/checkout does by default. */
async function shallowPullRequest(
  name: string,
  example: string,
  change: (dir: string) => Promise<void>,
  basePolicy: string
): Promise<{ workspace: string; baseSha: string; headSha: string }> {
  const origin = await copyExample(example, `${name}-origin`)
  await mkdir(join(origin, '.github'), { recursive: true })
  await writeFile(join(origin, '.github/model-openness.yml'), basePolicy)
  await git(origin, 'init', '-q', '-b', 'main')
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '-m', 'Base')
  const baseSha = await git(origin, 'rev-parse', 'HEAD')
  await change(origin)
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '--allow-empty', '-m', 'The pull request')
  const headSha = await git(origin, 'rev-parse', 'HEAD')
  const workspace = join(await tempDir(name), 'checkout')
  await git(dirname(workspace), 'clone', '-q', '--depth', '1', `file://${origin}`, workspace)
  expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(headSha)
  await expect(git(workspace, 'cat-file', '-e', `${baseSha}^{commit}`)).rejects.toThrow()
  return { workspace, baseSha, headSha }
}

describe('hostile file names never reach the log as workflow commands', () => {
  it('newline names of links and FIFOs are logged as one inert line each', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'log-injection')
    const names = [
      'evil\n::error title=Forged::the release is fine',
      'mask\n::add-mask::Model\n::stop-commands::halt',
      '::warning::starts with a command',
      'percent %0A::error::encoded\r::notice::cr'
    ]
    await symlink('README.md', join(workspace, names[0]!))
    await execFileAsync('mkfifo', [join(workspace, names[1]!)])
    await symlink('README.md', join(workspace, names[2]!))
    await execFileAsync('mkfifo', [join(workspace, names[3]!)])

    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(0)
    expect(commandLines(run)).toEqual(['::group::Scanning the model repository', '::endgroup::'])
    expect(run.stdout).toContain('Skipped evil%0A::error title=Forged::the release is fine: ')
    expect(run.stdout).toContain(
      'Skipped mask%0A::add-mask::Model%0A::stop-commands::halt: named pipe (FIFO); never opened'
    )
    expect(run.stdout).toContain('Skipped percent %250A::error::encoded%0D::notice::cr: ')
  })
})

describe('the policy a pull request is judged by', () => {
  const loosen = async (dir: string): Promise<void> => {
    await removeDataCard(dir)
    await writeFile(join(dir, '.github/model-openness.yml'), 'fail-under: 0\n')
  }

  it('is the base commit’s, read through the API when a shallow clone lacks it', async () => {
    const pr = await shallowPullRequest('shallow-policy', OPEN_SCIENCE, loosen, 'fail-under: 95\n')
    fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 95\n')
    const run = await runAction({
      workspace: pr.workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha }),
      sha: pr.headSha
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
    expect(run.stdout).toContain(
      `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
    )
    expect(fake.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/repos/${OWNER}/${REPO}/contents/.github/model-openness.yml`,
        query: { ref: pr.baseSha },
        authorization: `token ${TOKEN}`
      })
    ])
    // The summary and outputs are written before the gate fails the step.
    expect(run.outputs).toMatchObject({ score: '91' })
  })

  it('fails closed when the base policy cannot be read, unless policy-source is head', async () => {
    const pr = await shallowPullRequest('closed-policy', OPEN_SCIENCE, loosen, 'fail-under: 95\n')
    fake.failNext({ method: 'GET', path: /\/contents\// }, [canned.forbiddenIntegration()])
    const event = pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
    const run = await runAction({ workspace: pr.workspace, inputs: { comment: 'never' }, event })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^::error::the base commit's policy file \(\.github\/model-openness\.yml at [0-9a-f]{12}\) could not be read: HTTP 403: Resource not accessible by integration.*; the PR is not judged by its own policy \(set policy-source: head to allow that\)$/
      )
    ])
    expect(run.outputs).toEqual({})

    fake.reset()
    const head = await runAction({
      workspace: pr.workspace,
      inputs: { comment: 'never', 'policy-source': 'head' },
      event
    })
    expect(head.code).toBe(0)
    expect(fake.requests).toEqual([])
    expect(head.stdout).toContain(
      'Policy: .github/model-openness.yml from the checkout (policy-source: head).'
    )
  })

  it('is read as given when the workflow points config outside the workspace', async () => {
    const pr = await shallowPullRequest('outside-policy', OPEN_SCIENCE, loosen, 'fail-under: 0\n')
    const orgPolicy = join(await tempDir('org-policy'), 'model-openness.yml')
    await writeFile(orgPolicy, 'fail-under: 95\n')
    const run = await runAction({
      workspace: pr.workspace,
      inputs: { comment: 'never', config: orgPolicy },
      event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
    expect(run.stdout).toContain(
      `Policy: ${orgPolicy} (outside the workspace, so not part of any pull request).`
    )
    expect(fake.requests).toEqual([])
  })

  it('is never read through a symbolic link in the PR’s checkout', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'policy-link')
    await mkdir(join(workspace, 'elsewhere'))
    await writeFile(join(workspace, 'elsewhere/model-openness.yml'), 'fail-under: 0\n')
    await symlink('elsewhere', join(workspace, '.github'))
    const run = await runAction({
      workspace,
      inputs: { comment: 'never', 'policy-source': 'head' },
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::.github/model-openness.yml: .github is a symbolic link; the policy file is never read through links'
    ])
  })

  it('is looked up at the base commit by its own path when the PR turns .github into a link', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'policy-link-base')
    await mkdir(join(workspace, '.github'))
    await writeFile(join(workspace, '.github/model-openness.yml'), 'fail-under: 95\n')
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base: strict policy')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    // The PR points .github at a folder the base commit does not have, with a loose policy.
    await removeDataCard(workspace)
    await rm(join(workspace, '.github'), { recursive: true })
    await mkdir(join(workspace, 'loose'))
    await writeFile(join(workspace, 'loose/model-openness.yml'), 'fail-under: 0\n')
    await symlink('loose', join(workspace, '.github'))
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Link .github elsewhere')
    const headSha = await git(workspace, 'rev-parse', 'HEAD')

    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha, baseSha }),
      sha: headSha
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
    expect(run.stdout).toContain(
      `Policy: .github/model-openness.yml from the base commit ${baseSha.slice(0, 12)} (git).`
    )
    expect(run.plainWarnings).toEqual([
      '::warning::The policy file in this pull request will not work after merging: .github/model-openness.yml: .github is a symbolic link; the policy file is never read through links'
    ])
    expect(fake.requests).toEqual([])
  })

  it('in the workflow_run set-up, is the base’s: found after the PR, before the scan', async () => {
    // The fork turns its restricted weights "open" with a licence override and drops the gate.
    const pr = await shallowPullRequest(
      'workflow-run-policy',
      OPEN_WEIGHTS,
      async (dir) => {
        await writeFile(
          join(dir, '.github/model-openness.yml'),
          'licenses:\n  Model parameters (Final):\n    license: Apache-2.0\n'
        )
      },
      'require-mof-class: none\n'
    )
    fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 10\n')
    fake.state.pulls.push({
      number: PR,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      headRepo: `eve/${REPO}`
    })
    const run = await runAction({
      workspace: pr.workspace,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: 78,
          event: 'pull_request',
          head_sha: pr.headSha,
          pull_requests: [],
          head_repository: { full_name: `eve/${REPO}` },
          repository: { full_name: `${OWNER}/${REPO}` }
        },
        repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
      }
    })
    expect(run.code).toBe(0)
    expect(fake.requests.slice(0, 2).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls`,
      `GET /repos/${OWNER}/${REPO}/contents/.github/model-openness.yml`
    ])
    expect(run.stdout).toContain(
      `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
    )
    // Scored without the fork's override, in the outputs and in the posted comment.
    expect(run.outputs.score).toBe('13')
    const comment = fake.commentsOn(PR)[0]!
    expect(embeddedReport(comment.body)).toMatchObject({ score: 13 })
    expect(comment.body).not.toContain('Apache-2.0')
    // The checkout is the fork's head and the token can write: said once, as a warning.
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::This workflow_run run has checked out the fork's head commit [0-9a-f]{12} with a token that can write\./
      )
    ])
  })

  it('pull_request_target warns when the fork’s head is checked out, not the base', async () => {
    // The README's layout: the PR head checked out in a subfolder, scanned with `path`.
    const pr = await shallowPullRequest('target', OPEN_SCIENCE, async () => {}, '')
    fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 50\n')
    const workspace = dirname(pr.workspace)
    const forkHead = await runAction({
      workspace,
      inputs: { comment: 'never', path: 'checkout' },
      eventName: 'pull_request_target',
      event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha, fork: true })
    })
    expect(forkHead.code).toBe(0)
    expect(forkHead.plainWarnings).toEqual([
      expect.stringContaining(
        `This pull_request_target run has checked out the fork's head commit ${pr.headSha.slice(0, 12)} with a token that can write.`
      )
    ])
    expect(forkHead.stdout).toContain(
      `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
    )
    // The default checkout of pull_request_target is the base branch: no warning.
    const baseCheckout = await runAction({
      workspace,
      inputs: { comment: 'never', path: 'checkout' },
      eventName: 'pull_request_target',
      event: pullRequestEvent({ headSha: sha(), baseSha: pr.baseSha, fork: true })
    })
    expect(baseCheckout.code).toBe(0)
    expect(baseCheckout.plainWarnings).toEqual([])
  })
})

describe('a slow or limited API costs the comment at most', () => {
  it('a server that never answers ends the run at the deadline with summary and outputs', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'hung')
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base and head')
    const head = await git(workspace, 'rev-parse', 'HEAD')
    fake.failNext(
      () => true,
      Array.from({ length: 50 }, () => canned.hang())
    )
    const run = await runAction({
      workspace,
      inputs: { 'api-timeout-seconds': '3' },
      event: pullRequestEvent({ headSha: head, baseSha: head }),
      sha: head
    })
    // It ends by itself (the harness would kill it after a minute, giving a null code).
    expect(run.code).toBe(0)
    expect(run.summary).toContain('## Model openness: 100/100')
    expect(run.outputs).toMatchObject({ score: '100', 'mof-class': '1', 'comment-url': '' })
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::Could not write the pull request comment: the GitHub API did not answer within the 3s budget/
      )
    ])
  })

  it('on a shallow checkout, a silent API fails the base policy closed or costs the comparison', async () => {
    const pr = await shallowPullRequest('hung-shallow', OPEN_SCIENCE, async () => {}, '')
    const hangAll = (): void =>
      fake.failNext(
        () => true,
        Array.from({ length: 50 }, () => canned.hang())
      )
    const event = pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
    hangAll()
    const closed = await runAction({
      workspace: pr.workspace,
      inputs: { 'api-timeout-seconds': '2' },
      event
    })
    expect(closed.code).toBe(1)
    expect(errorLines(closed)).toEqual([
      expect.stringMatching(
        /^::error::the base commit's policy file \(\.github\/model-openness\.yml at [0-9a-f]{12}\) could not be read: the GitHub API did not answer within the 2s budget/
      )
    ])

    fake.reset()
    hangAll()
    const head = await runAction({
      workspace: pr.workspace,
      inputs: { 'api-timeout-seconds': '2', 'policy-source': 'head' },
      event
    })
    expect(head.code).toBe(0)
    expect(head.summary).toContain('## Model openness: 100/100')
    expect(head.outputs).toMatchObject({ score: '100', 'comment-url': '' })
    expect(head.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::Could not read the previous report from the pull request: the GitHub API did not answer within the 2s budget/
      ),
      expect.stringMatching(
        /^::warning::Could not write the pull request comment: the GitHub API did not answer within the 2s budget/
      )
    ])
  })

  it('a 429 with Retry-After: 2 is waited out and the comment posted', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'too-many')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
      canned.plainTooManyRequests(2)
    ])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(commentRequests('POST')).toHaveLength(2)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(/^::warning::GitHub rate limit \(429\) hit on POST .* retrying in 2s$/)
    ])
  })

  it('a POST whose answer is lost leaves one comment', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'dropped')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [canned.drop()])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
      runId: 901
    })
    expect(run.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    // The lost POST did create the comment; the run found it instead of posting again.
    expect(commentRequests('POST')).toHaveLength(1)
    expect(parseMarker(fake.commentsOn(PR)[0]!.body)).toMatchObject({ runId: '901' })
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.stdout).toContain('PR comment: created')
  })
})

describe('online resolution in the bundled action', () => {
  it('resolves weights, checkpoints, data and paper at the stand-in hosts and shows them in the comment', async () => {
    const standIn = await startStandInRemote()
    try {
      standIn.registry.models['acme-lab/kestrel-1b'] = {
        license: 'apache-2.0',
        files: { 'README.md': '# Kestrel-1B\n', 'model.safetensors': 'x' },
        branches: ['step1000', 'step24000']
      }
      standIn.registry.datasets['acme-lab/kestrel-corpus'] = { license: 'odc-by' }
      standIn.registry.datasets['acme-lab/kestrel-evals'] = { license: 'cc-by-4.0' }
      standIn.registry.papers['2503.01234'] = {
        license: 'http://creativecommons.org/licenses/by/4.0/'
      }
      const workspace = await copyExample(HOSTED_RELEASE, 'online')
      const run = await runAction({
        workspace,
        event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
        env: {
          HF_ENDPOINT: standIn.endpoints.hub,
          ARXIV_OAI_URL: standIn.endpoints.arxiv,
          ZENODO_URL: standIn.endpoints.zenodo,
          DOI_RESOLVER_URL: standIn.endpoints.doi
        }
      })
      expect(run.code).toBe(0)
      const body = fake.commentsOn(PR)[0]!.body
      expect(body).toContain('MOF Class I')
      expect(body).toMatch(/References kept elsewhere: 4 asked online/)
      expect(body).toMatch(/acme\\?-lab\/kestrel\\?-1b/)
      expect(body).toMatch(/\| Model parameters \(Final\) \|[^\n]*\(host\)/)
      // The hub was asked, with no token of the workflow's sent to it.
      const hub = standIn.requests.filter((r) => r.service === 'hub')
      expect(hub.length).toBeGreaterThan(0)
      expect(hub.every((r) => r.authorization === undefined)).toBe(true)
      const saved = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as {
        resolution: { mode: string }
      }
      expect(saved.resolution.mode).toBe('online')
    } finally {
      await standIn.close()
    }
  })
})
