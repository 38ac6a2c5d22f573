/**
 * The action as the runner runs it: `node dist/index.js` in a child process, with the runner's
 * environment (INPUT_*, GITHUB_*, RUNNER_TEMP, the output and summary files) and the GitHub API
 * served by the fake server in this process. The child is awaited asynchronously, so the server
 * keeps answering while it runs. Build the bundle first: `npx rollup --config rollup.config.js`.
 *
 * Shared by the end-to-end test files, which jest runs in parallel: call `useActionHarness()` once
 * at the top of a test file and declare each test with `actionTest`. Those tests run concurrently
 * (each mostly waits for its child process), so each gets a fake GitHub of its own: `fake` and the
 * helpers that read it resolve to the calling test's server.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { parseMarker } from '../../src/github/marker.js'
import { parseEmbeddedReport } from '../../src/report/changes.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { startStandInRemote, type StandInRemote } from './stand-in-remote.js'

export const execFileAsync = promisify(execFile)

export const ROOT = resolve(import.meta.dirname, '../..')
/** MODEL_OPENNESS_BUNDLE runs a bundle built elsewhere (dist/ is rebuilt only at release). */
const BUNDLE = process.env.MODEL_OPENNESS_BUNDLE ?? join(ROOT, 'dist/index.js')
export const HOSTED_RELEASE = join(ROOT, 'examples/hosted-release')
export const OPEN_SCIENCE = join(ROOT, 'examples/open-science-model')
export const OPEN_WEIGHTS = join(ROOT, 'examples/open-weights-community')
const RUN_TIMEOUT_MS = 60_000

export const OWNER = 'octo'
export const REPO = 'model'
export const PR = 42
export const TOKEN = 'ghs_test-token'

/** The fake GitHub of the test that is running: each `actionTest` starts its own. */
const currentFake = new AsyncLocalStorage<{ fake: FakeGitHub }>()

function testFake(): { fake: FakeGitHub } {
  const store = currentFake.getStore()
  if (!store) throw new Error('the fake GitHub exists only inside a test declared with actionTest')
  return store
}

/** The running test's fake GitHub (methods and fields are looked up on it at each use). */
export const fake: FakeGitHub = new Proxy({} as FakeGitHub, {
  get(_target, key) {
    const server = testFake().fake
    const value: unknown = Reflect.get(server, key, server)
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown).bind(server)
      : value
  },
  set(_target, key, value) {
    return Reflect.set(testFake().fake, key, value)
  }
})
/** The Hub, arXiv, Zenodo and DOI hosts, knowing nothing unless a test fills their registry. */
export let hosts: StandInRemote
export let scratch: string
let actionDefaults: Record<string, string>

/** Starts the stand-in hosts and the scratch folder for the calling test file, and cleans up. */
export function useActionHarness(): void {
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
    hosts = await startStandInRemote()
    scratch = await mkdtemp(join(tmpdir(), 'model-openness-e2e-'))
  })

  afterAll(async () => {
    await hosts?.close()
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })
}

/**
 * An end-to-end test. It runs concurrently with the other tests of its describe block, with a
 * fresh fake GitHub (closed when it ends), so no test sees another's requests or comments.
 */
export function actionTest(name: string, body: () => Promise<void>, timeout?: number): void {
  it.concurrent(
    name,
    async () => {
      const own = await startFakeGitHub()
      try {
        await currentFake.run({ fake: own }, body)
      } finally {
        await own.close()
      }
    },
    timeout
  )
}

/** Points the running test at another fake GitHub (a GHES one); returns the one it replaces. */
export function swapFakeGitHub(next: FakeGitHub): FakeGitHub {
  const store = testFake()
  const previous = store.fake
  store.fake = next
  return previous
}

export const sha = (): string => randomBytes(20).toString('hex')

let dirCount = 0
export async function tempDir(name: string): Promise<string> {
  const dir = join(scratch, `${name}-${++dirCount}`)
  await mkdir(dir, { recursive: true })
  return dir
}

/** A copy of an example, so a test can change files without touching the repository. */
export async function copyExample(source: string, name: string): Promise<string> {
  const dir = await tempDir(name)
  await cp(source, dir, { recursive: true })
  return dir
}

/** The change a PR could make that costs the release its MOF class: no data card any more. */
export async function removeDataCard(dir: string): Promise<void> {
  await rm(join(dir, 'DATA_CARD.md'))
  const readme = await readFile(join(dir, 'README.md'), 'utf8')
  const start = readme.indexOf('### Training Data')
  const end = readme.indexOf('### Training Procedure')
  expect(start).toBeGreaterThan(0)
  await writeFile(join(dir, 'README.md'), readme.slice(0, start) + readme.slice(end))
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' } }
  )
  return stdout.trim()
}

export function pullRequestEvent(options: {
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

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::warning ...` lines without a file: the ones about commenting, rate limits and so on. */
  plainWarnings: string[]
}

export interface RunOptions {
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

/** Parses `name<<delimiter\nvalue\ndelimiter` blocks, the file-command format of GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm
  for (const m of text.matchAll(pattern)) outputs[m[1]!] = m[3]!
  return outputs
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
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
    // Hosts that answer "not found" at once: a closed port would cost every run the resolver's
    // retries with backoff (connection refused may be transient), seconds of idle waiting each.
    HF_ENDPOINT: hosts.endpoints.hub,
    ARXIV_OAI_URL: hosts.endpoints.arxiv,
    ZENODO_URL: hosts.endpoints.zenodo,
    DOI_RESOLVER_URL: hosts.endpoints.doi,
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

export const errorLines = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error'))

export const commentRequests = (method: string) =>
  fake.requests.filter(
    (r) => r.method === method && r.path === `/repos/${OWNER}/${REPO}/issues/${PR}/comments`
  )

export function embeddedReport(body: string) {
  return parseEmbeddedReport(parseMarker(body)?.report)
}
