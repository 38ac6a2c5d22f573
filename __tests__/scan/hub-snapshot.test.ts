/**
 * `scan hf:ORG/NAME` against the stand-in Hub (tree listing, `/resolve/` with range requests, the
 * CDN redirect of LFS files, gated and missing repositories): the report equals the report of a
 * local folder holding the same files, and weight files cost a few KiB each.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { runCli } from '../../src/cli-run.js'
import { parseHubTarget, HubTargetError } from '../../src/scan/hub-snapshot.js'
import type { OpennessReport } from '../../src/report/types.js'
import { ggufBytes, safetensorsBytes } from '../../scripts/weight-writers.mjs'
import {
  fakeSha,
  MIT_LICENSE_TEXT,
  startStandInRemote,
  type StandInRemote
} from '../helpers/stand-in-remote.js'

const ROOT = join(import.meta.dirname, '../..')
const ENDPOINT_NAMES = [
  'HF_ENDPOINT',
  'GITHUB_API_URL',
  'ARXIV_OAI_URL',
  'ZENODO_URL',
  'DOI_RESOLVER_URL',
  'HF_TOKEN'
] as const
const savedEnv: Record<string, string | undefined> = {}

let standIn: StandInRemote
let tmp: string

/** Every file under `dir`: bytes for weights and binaries, text for the rest (as the Hub stores them). */
function filesOf(dir: string): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = {}
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else {
        const bytes = readFileSync(path)
        const rel = relative(dir, path).split('\\').join('/')
        out[rel] = /\.(safetensors|gguf|pdf|bin)$/.test(rel)
          ? new Uint8Array(bytes)
          : bytes.toString('utf8')
      }
    }
  }
  walk(dir)
  return out
}

function writeFolder(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: tmp
  })
  return { code, out, err }
}

/** The same report with every fetch time replaced by whether there is one. */
function withoutFetchTimes<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'fetchedAt' && typeof v === 'string' ? (v ? 'set' : '') : v
    )
  ) as T
}

/** What must not differ between the same files read from a folder and from the Hub. */
function verdicts(report: OpennessReport) {
  return withoutFetchTimes({
    repository: report.repository,
    subject: report.subject,
    score: report.score,
    scoreLines: report.scoreLines,
    mof: report.mof,
    osaid: report.osaid,
    osaiIndex: report.osaiIndex,
    components: report.components,
    missingDisclosures: report.missingDisclosures,
    openWashing: report.openWashing,
    references: report.references,
    licenses: report.licenses,
    declared: report.declared,
    facts: report.resolution.facts,
    mode: report.resolution.mode,
    inventory: {
      files: report.inventory.files,
      directories: report.inventory.directories,
      weightFiles: report.inventory.weightFiles,
      lfsPointers: report.inventory.lfsPointers,
      parameterCount: report.inventory.parameterCount,
      skipped: report.inventory.skipped
    }
  })
}

/** A release with weights far larger than their headers: 2 MiB of safetensors, 1 MiB of GGUF. */
const BIG_CARD = `---
license: mit
datasets:
- acme/stories
---

# Heron-Small

Heron-Small is an open model. The weights are released under the MIT licence.

## Training data

Trained on [acme/stories](https://huggingface.co/datasets/acme/stories), 2 billion tokens of
short stories, deduplicated and filtered for language.

## Evaluation

Perplexity 9.1 on the validation split.
`
function bigFiles(): Record<string, string | Uint8Array> {
  return {
    'README.md': BIG_CARD,
    LICENSE: MIT_LICENSE_TEXT,
    'config.json': JSON.stringify({ architectures: ['LlamaForCausalLM'], hidden_size: 512 }),
    'model.safetensors': safetensorsBytes({
      'embed.weight': { dtype: 'F32', shape: [1024, 256] },
      'head.weight': { dtype: 'F32', shape: [1024, 256] }
    }),
    'gguf/heron-small-f32.gguf': ggufBytes({
      metadata: {
        'general.name': 'Heron-Small',
        'general.license': 'mit',
        'general.architecture': 'llama'
      },
      tensors: [{ name: 'token_embd.weight', shape: [256, 1024], type: 0 }]
    })
  }
}

beforeAll(async () => {
  standIn = await startStandInRemote()
  tmp = mkdtempSync(join(tmpdir(), 'mo-hub-'))
  for (const name of ENDPOINT_NAMES) savedEnv[name] = process.env[name]
  process.env.HF_ENDPOINT = standIn.endpoints.hub
  process.env.GITHUB_API_URL = standIn.endpoints.github
  process.env.ARXIV_OAI_URL = standIn.endpoints.arxiv
  process.env.ZENODO_URL = standIn.endpoints.zenodo
  process.env.DOI_RESOLVER_URL = standIn.endpoints.doi
  process.env.HF_TOKEN = ''
})
afterAll(async () => {
  for (const name of ENDPOINT_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  await standIn.close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('scan hf:ORG/NAME', () => {
  it('gives the same report as a folder holding the same files (an example release, offline references)', async () => {
    const example = join(ROOT, 'examples', 'open-science-model')
    standIn.registry.models['example-org/wren-tiny'] = {
      files: filesOf(example),
      lfsRedirect: true
    }
    const local = await cli(['scan', example, '--repository', 'example-org/wren-tiny', '--offline'])
    const hub = await cli(['scan', 'hf:example-org/wren-tiny', '--offline'])
    expect(local.code).toBe(0)
    expect(hub.code).toBe(0)
    const fromFolder = JSON.parse(local.out) as OpennessReport
    const fromHub = JSON.parse(hub.out) as OpennessReport
    expect(fromHub.score).toBeGreaterThan(0)
    expect(verdicts(fromHub)).toEqual(verdicts(fromFolder))
    expect(fromFolder.source).toBeUndefined()
    expect(fromHub.source).toEqual({
      kind: 'hub',
      id: 'example-org/wren-tiny',
      revision: 'main',
      commit: fakeSha('example-org/wren-tiny'),
      url: `${standIn.endpoints.hub}/example-org/wren-tiny/tree/${fakeSha('example-org/wren-tiny')}`,
      fileBase: `${standIn.endpoints.hub}/example-org/wren-tiny/blob/${fakeSha('example-org/wren-tiny')}`,
      filesNotRead: 0
    })
  })

  it('resolves the datasets the card names as a local scan does, and reads a few KiB of each weights file', async () => {
    const files = bigFiles()
    const folder = join(tmp, 'heron-small')
    writeFolder(folder, files)
    standIn.registry.models['acme/heron-small'] = { files, license: 'mit' }
    standIn.registry.datasets['acme/stories'] = {
      license: 'cc-by-4.0',
      files: { 'README.md': '# Stories' }
    }
    const local = await cli(['scan', folder, '--repository', 'acme/heron-small'])
    const hub = await cli(['scan', 'hf:acme/heron-small'])
    expect(local.code).toBe(0)
    expect(hub.code).toBe(0)
    const fromFolder = JSON.parse(local.out) as OpennessReport
    const fromHub = JSON.parse(hub.out) as OpennessReport
    expect(verdicts(fromHub)).toEqual(verdicts(fromFolder))
    const dataset = fromHub.resolution.facts.find((f) => f.reference.id === 'acme/stories')
    expect(dataset?.license?.spdx).toBe('CC-BY-4.0')
    expect(fromHub.inventory.parameterCount).toBe(2 * 1024 * 256 + 256 * 1024)

    for (const path of ['model.safetensors', 'gguf/heron-small-f32.gguf']) {
      const size = (files[path] as Uint8Array).length
      expect(size).toBeGreaterThan(1024 * 1024)
      const served = standIn.hubBytesServed('acme/heron-small', path)
      expect(served).toBeGreaterThan(0)
      expect(served).toBeLessThanOrEqual(16 * 1024)
    }
    // Every file was read at the pinned commit, never at a moving branch name.
    const sha = fakeSha('acme/heron-small')
    const reads = standIn.requestsTo(/^\/hub\/acme\/heron-small\/resolve\//)
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.every((r) => r.path.startsWith(`/hub/acme/heron-small/resolve/${sha}/`))).toBe(
      true
    )
    expect(fromHub.inventory.maxBytesReadPerWeight).toBeLessThanOrEqual(16 * 1024)
  })

  it('links evidence in the Markdown report to the files at the pinned commit', async () => {
    const sha = fakeSha('acme/heron-small')
    const result = await cli(['scan', 'hf:acme/heron-small', '--format', 'markdown', '--offline'])
    expect(result.code).toBe(0)
    const base = `${standIn.endpoints.hub}/acme/heron-small/blob/${sha}`
    expect(result.out).toContain(`](${base}/LICENSE)`)
    expect(result.out).toContain(`](${base}/model.safetensors)`)
    expect(result.out).toContain(
      `Read from the Hugging Face Hub: [acme/heron\\-small](${standIn.endpoints.hub}/acme/heron-small/tree/${sha})`
    )
  })

  it('reads a branch at the commit it points to', async () => {
    standIn.registry.models['acme/pinned'] = { files: bigFiles(), branches: ['step1000'] }
    const result = await cli(['scan', 'hf:acme/pinned@step1000', '--offline'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.out) as OpennessReport
    const commit = fakeSha('acme/pinned@step1000')
    expect(report.source).toMatchObject({ revision: 'step1000', commit })
    expect(standIn.requestsTo(`/hub/api/models/acme/pinned/tree/${commit}`)).toHaveLength(1)
  })

  it('follows the tree listing across pages', async () => {
    standIn.registry.models['acme/paged'] = { files: bigFiles(), treePageSize: 2 }
    const result = await cli(['scan', 'hf:acme/paged', '--offline'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.out) as OpennessReport
    expect(report.inventory.files).toBe(5)
    expect(report.inventory.directories).toBe(1)
    // Six entries (five files, one folder), two per page.
    expect(standIn.requestsTo(/^\/hub\/api\/models\/acme\/paged\/tree\//).length).toBe(3)
  })

  it('sends the token to the Hub only: not to the CDN an LFS file redirects to, which still gets the range', async () => {
    const token = 'hf_secret-token'
    standIn.registry.models['acme/cdn'] = { files: bigFiles(), lfsRedirect: true }
    process.env.HF_TOKEN = token
    try {
      const result = await cli(['scan', 'hf:acme/cdn', '--offline'])
      expect(result.code).toBe(0)
      const report = JSON.parse(result.out) as OpennessReport
      expect(report.inventory.weightFiles).toBe(2)
    } finally {
      process.env.HF_TOKEN = ''
    }
    const cdn = standIn.requests.filter(
      (r) => r.listener === 'elsewhere' && r.path.startsWith('/hub/cdn/acme/cdn/')
    )
    expect(cdn.length).toBeGreaterThan(0)
    expect(
      cdn.every((r) => r.authorization === undefined && /^bytes=\d+-\d+$/.test(r.range ?? ''))
    ).toBe(true)
    const hubReads = standIn.requestsTo(/^\/hub\/acme\/cdn\/resolve\//)
    expect(hubReads.every((r) => r.authorization === `Bearer ${token}`)).toBe(true)
  })

  it('says what a gated repository let it read, and reads everything with a granted token', async () => {
    standIn.registry.models['acme/gated'] = { files: bigFiles(), gated: 'manual' }
    const denied = await cli(['scan', 'hf:acme/gated', '--offline'])
    expect(denied.code).toBe(0)
    const report = JSON.parse(denied.out) as OpennessReport
    expect(report.source).toMatchObject({ gated: 'manual', filesNotRead: 4 })
    const notRead = report.inventory.skipped
      .filter((s) => s.reason === 'unreadable')
      .map((s) => s.path)
    expect(notRead.sort()).toEqual([
      'LICENSE',
      'config.json',
      'gguf/heron-small-f32.gguf',
      'model.safetensors'
    ])
    expect(
      report.inventory.skipped.every((s) => /gated: access not granted \(HTTP 401/.test(s.detail))
    ).toBe(true)
    expect(report.warnings.join('\n')).toMatch(
      /Gated repository \(manual\): the file list, sizes and 1 file\(s\) could be read; 4 file\(s\) could not/
    )
    // Weights stay counted as present, with the reason their header is unknown.
    const weights = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(weights?.status).not.toBe('missing')
    const markdown = await cli(['scan', 'hf:acme/gated', '--offline', '--format', 'markdown'])
    expect(markdown.out).toContain(
      'The repository is gated (manual). 4 listed file(s) could not be read'
    )

    const granted = await startStandInRemote({ grantedHubTokens: ['Bearer hf_granted'] })
    process.env.HF_ENDPOINT = granted.endpoints.hub
    process.env.HF_TOKEN = 'hf_granted'
    try {
      granted.registry.models['acme/gated'] = { files: bigFiles(), gated: 'manual' }
      const result = await cli(['scan', 'hf:acme/gated', '--offline'])
      expect(result.code).toBe(0)
      const full = JSON.parse(result.out) as OpennessReport
      expect(full.source).toMatchObject({ gated: 'manual', filesNotRead: 0 })
      expect(full.inventory.skipped).toEqual([])
      expect(full.inventory.parameterCount).toBe(2 * 1024 * 256 + 256 * 1024)
      expect(full.warnings).toContain(
        'Gated repository (manual): every file could be read with the token given.'
      )
    } finally {
      process.env.HF_ENDPOINT = standIn.endpoints.hub
      process.env.HF_TOKEN = ''
      await granted.close()
    }
  })

  it('refuses a missing model, a missing revision and a malformed id with one line and exit 2', async () => {
    const missing = await cli(['scan', 'hf:acme/nope'])
    expect(missing.code).toBe(2)
    expect(missing.err).toBe(
      'model-openness: hf:acme/nope: no such model on the Hub, or it is private (HTTP 401; set HF_TOKEN for a private one)\n'
    )
    standIn.registry.models['acme/heron-small'] ??= { files: bigFiles() }
    const revision = await cli(['scan', 'hf:acme/heron-small@nobranch'])
    expect(revision.code).toBe(2)
    expect(revision.err).toBe(
      'model-openness: hf:acme/heron-small@nobranch: the Hub knows no revision nobranch\n'
    )
    const malformed = await cli(['scan', 'hf:../../etc'])
    expect(malformed.code).toBe(2)
    expect(malformed.err.split('\n')).toHaveLength(2)
    expect(malformed.err).toMatch(/not a Hub model id/)
    expect(() => parseHubTarget('hf:a/b@x..y')).toThrow(HubTargetError)
    expect(parseHubTarget('./hf-folder')).toBeNull()
    expect(parseHubTarget('hf:acme/x@refs/pr/1')).toEqual({ id: 'acme/x', revision: 'refs/pr/1' })
  })

  it('skips hostile paths in the listing and never requests them', async () => {
    standIn.registry.models['acme/hostile'] = { files: bigFiles() }
    const sha = fakeSha('acme/hostile')
    standIn.failNext({ path: `/hub/api/models/acme/hostile/tree/${sha}` }, [
      {
        status: 200,
        body: [
          { type: 'file', oid: 'x', size: 10, path: '../outside.md' },
          { type: 'file', oid: 'x', size: 10, path: '/etc/passwd.md' },
          { type: 'file', oid: 'x', size: 10, path: 'a//b.md' },
          { type: 'file', oid: 'x', size: 'big', path: 'odd.md' },
          { type: 'file', oid: 'x', size: 2000, path: 'README.md' }
        ]
      }
    ])
    const result = await cli(['scan', 'hf:acme/hostile', '--offline'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.out) as OpennessReport
    expect(report.inventory.files).toBe(1)
    expect(
      report.inventory.skipped.filter((s) => s.reason === 'invalid-name').map((s) => s.path)
    ).toEqual(['../outside.md', '/etc/passwd.md', 'a//b.md'])
    expect(standIn.requestsTo(/outside|passwd|odd/)).toHaveLength(0)
  })
})
