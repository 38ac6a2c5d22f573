/**
 * The whole resolve stage through the CLI: a release that keeps its weights, checkpoints, data and
 * paper elsewhere, scanned online against the stand-in hosts, offline, and from a lock file.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli-run.js'
import type { OpennessReport } from '../../src/report/types.js'
import { startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'
import { DATASET_CARD } from './fixtures.js'

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'hosted-release')
const ENV_NAMES = [
  'HF_ENDPOINT',
  'GITHUB_API_URL',
  'ARXIV_OAI_URL',
  'ZENODO_URL',
  'DOI_RESOLVER_URL'
]

let standIn: StandInRemote
let saved: Record<string, string | undefined>
let tmp: string

const HUB_CARD = `---
license: apache-2.0
---
# Kestrel-1B

## Model Details

Kestrel-1B is a decoder-only language model with one billion parameters, trained from scratch on
an openly licensed corpus of web pages, books and code. It is meant for research on small models.

## Uses

Research on training dynamics (every checkpoint is published), drafting and summarising English
text. It is not meant for decisions about people or for any high-stakes use without review.

## Limitations

The model makes factual errors, can repeat biases present in web text and has no safety tuning
beyond the filtering of the corpus; outputs should be checked before use anywhere that matters.

## Evaluation

HellaSwag 58.1, ARC-Easy 61.4 and PIQA 72.9 with the evaluation harness at its pinned version.
`

function seed(remote: StandInRemote): void {
  const r = remote.registry
  r.models['acme-lab/kestrel-1b'] = {
    license: 'apache-2.0',
    files: { 'README.md': HUB_CARD, 'config.json': '{}', 'model.safetensors': 'x' },
    branches: ['step1000', 'step24000', 'step48000']
  }
  r.datasets['acme-lab/kestrel-corpus'] = {
    license: 'odc-by',
    files: { 'README.md': DATASET_CARD }
  }
  r.datasets['acme-lab/kestrel-evals'] = {
    license: 'cc-by-4.0',
    files: { 'README.md': DATASET_CARD }
  }
  r.papers['2503.01234'] = { license: 'http://creativecommons.org/licenses/by/4.0/' }
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

async function scanJson(dir: string, ...extra: string[]): Promise<OpennessReport> {
  const result = await cli(['scan', dir, '--repository', 'acme-lab/kestrel', ...extra])
  expect(result.err).not.toMatch(/unexpected error/)
  expect(result.code).toBe(0)
  return JSON.parse(result.out) as OpennessReport
}

function status(report: OpennessReport, name: string): string | undefined {
  return report.components.find((c) => c.name === name)?.status
}

beforeAll(async () => {
  standIn = await startStandInRemote()
  saved = Object.fromEntries(ENV_NAMES.map((n) => [n, process.env[n]]))
  process.env.HF_ENDPOINT = standIn.endpoints.hub
  process.env.GITHUB_API_URL = standIn.endpoints.github
  process.env.ARXIV_OAI_URL = standIn.endpoints.arxiv
  process.env.ZENODO_URL = standIn.endpoints.zenodo
  process.env.DOI_RESOLVER_URL = standIn.endpoints.doi
  tmp = mkdtempSync(join(tmpdir(), 'mo-online-'))
})

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  rmSync(tmp, { recursive: true, force: true })
  await standIn.close()
})

beforeEach(() => {
  seed(standIn)
})

describe('a release whose weights, checkpoints, data and paper are kept elsewhere', () => {
  it('reaches MOF Class I and OSAID conformance online, with the hosts as evidence', async () => {
    const report = await scanJson(EXAMPLE)
    expect(report.resolution.mode).toBe('online')
    expect(report.mof.class).toBe(1)
    expect(report.osaid.conformant).toBe(true)
    expect(status(report, 'Model parameters (Intermediate)')).toBe('open')
    expect(status(report, 'Research paper')).toBe('open')
    expect(status(report, 'Evaluation data')).toBe('open')
    const weights = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(weights?.license).toMatchObject({
      spdx: 'Apache-2.0',
      source: 'remote',
      url: expect.stringContaining('/api/models/acme-lab/kestrel-1b')
    })
    expect(weights?.license?.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(weights?.evidence[0]).toMatchObject({ kind: 'remote', path: 'README.md' })
    const intermediate = report.components.find((c) => c.name === 'Model parameters (Intermediate)')
    expect(intermediate?.evidence.map((e) => e.detail).join(' ')).toMatch(
      /3 checkpoint branch\(es\) of `acme-lab\/kestrel-1b`/
    )
    // The papers the README only cites were never asked for.
    expect(standIn.requests.some((r) => JSON.stringify(r.query).includes('2302.13971'))).toBe(false)
  })

  it('shows the resolved facts in the Markdown report', async () => {
    const result = await cli(['scan', EXAMPLE, '--format', 'markdown'])
    expect(result.code).toBe(0)
    expect(result.out).toContain('MOF Class I')
    expect(result.out).toMatch(/References kept elsewhere: \d+ asked online/)
    expect(result.out).toMatch(
      /\| Model parameters \(Final\) \|.*\]\(http:\/\/127\.0\.0\.1[^)]*\) \(host\)/
    )
  })

  it('gives the offline verdict with --offline, naming every unresolved reference', async () => {
    const before = standIn.requests.length
    const report = await scanJson(EXAMPLE, '--offline')
    expect(standIn.requests.length).toBe(before)
    expect(report.resolution.mode).toBe('offline')
    expect(report.mof.class).toBe(0)
    expect(status(report, 'Research paper')).toBe('unlicensed')
    const unresolved = report.resolution.facts.filter((f) => f.unresolved?.reason === 'offline')
    expect(unresolved.map((f) => f.reference.id).sort()).toEqual(
      [
        '2503.01234',
        'acme-lab/kestrel-1b',
        'acme-lab/kestrel-corpus',
        'acme-lab/kestrel-evals'
      ].sort()
    )
    const markdown = await cli(['scan', EXAMPLE, '--format', 'markdown', '--offline'])
    expect(markdown.out).toMatch(
      /References kept elsewhere: 4 not asked \(offline\), 4 not resolved/
    )
    for (const id of ['acme-lab/kestrel-1b', 'acme-lab/kestrel-corpus', '2503.01234'])
      expect(markdown.out.replace(/\\/g, '')).toContain(`<code>${id}</code>`)
  })
})

describe('a gated model under a community licence', () => {
  it('is restricted, with the licence named and the gate shown', async () => {
    const dir = join(tmp, 'gated')
    cpSync(join(EXAMPLE, 'README.md'), join(dir, 'README.md'), { force: true })
    writeFileSync(
      join(dir, 'README.md'),
      '# Heron\n\nThe weights are on the Hub: https://huggingface.co/acme-lab/heron-8b (download after accepting the licence).\n'
    )
    standIn.registry.models['acme-lab/heron-8b'] = {
      license: 'llama3.1',
      gated: 'manual',
      files: { 'README.md': '# Heron\n' }
    }
    const report = await scanJson(dir)
    const weights = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(weights?.status).toBe('restricted')
    expect(weights?.license?.spdx).toBe('LicenseRef-llama3.1')
    expect(weights?.license?.name).toMatch(/Llama 3\.1 Community License/)
    expect(weights?.notes.join(' ')).toMatch(/gated on the Hub \(manual approval\)/)
  })
})

describe('the lock file', () => {
  let dir: string
  beforeAll(() => {
    dir = join(tmp, 'locked')
    cpSync(EXAMPLE, dir, { recursive: true })
  })

  it('makes an offline scan give the same report as the online scan', async () => {
    const online = await scanJson(dir)
    const locked = await cli(['lock', dir, '--repository', 'acme-lab/kestrel'])
    expect(locked.code).toBe(0)
    expect(locked.out).toMatch(/wrote .*model-openness\.lock\.json: 4 resolved reference\(s\)/)
    const lock = JSON.parse(readFileSync(join(dir, 'model-openness.lock.json'), 'utf8'))
    expect(lock.version).toBe(1)

    const before = standIn.requests.length
    const offline = await scanJson(dir, '--offline')
    expect(standIn.requests.length).toBe(before)
    expect(offline.resolution.mode).toBe('lock')
    const verdict = (r: OpennessReport) => ({
      score: r.score,
      mof: r.mof,
      osaid: r.osaid.conformant,
      components: r.components.map((c) => ({
        name: c.name,
        status: c.status,
        licence: c.license?.spdx ?? null,
        source: c.license?.source ?? null,
        pinned: c.license?.pinned ?? null
      }))
    })
    expect(verdict(offline)).toEqual(verdict(online))
  })

  it('reports drift when a host changes a licence after the lock', async () => {
    standIn.registry.datasets['acme-lab/kestrel-corpus'] = {
      license: 'other',
      files: { 'README.md': DATASET_CARD }
    }
    const report = await scanJson(dir)
    expect(report.resolution.drift).toContainEqual(
      expect.objectContaining({
        field: 'license',
        message: expect.stringMatching(/kestrel-corpus.*ODC-By-1\.0.*other/i)
      })
    )
    const markdown = await cli(['scan', dir, '--format', 'markdown'])
    expect(markdown.out).toContain('Changed since `model-openness.lock.json`')
  })

  it('reads as many text files as the scan when given --max-text-files', async () => {
    const capped = join(tmp, 'lock-capped')
    mkdirSync(join(capped, 'docs'), { recursive: true })
    writeFileSync(join(capped, 'README.md'), '# Wren\n\nA small language model.\n')
    writeFileSync(
      join(capped, 'docs', 'corpus.md'),
      '# Corpus\n\nTrained on https://huggingface.co/datasets/acme-lab/kestrel-corpus.\n'
    )
    const lockWith = async (...extra: string[]) => {
      const result = await cli(['lock', capped, '--repository', 'acme-lab/wren', ...extra])
      expect(result.code).toBe(0)
      return /: (\d+) resolved reference/.exec(result.out)?.[1]
    }
    expect(await lockWith()).toBe('1')
    expect(await lockWith('--max-text-files', '1')).toBe('0')
    const bad = await cli(['lock', capped, '--max-text-files', '0'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--max-text-files must be a whole number from 1 to 1000000, got '0'/)
  })

  it('refuses to lock offline', async () => {
    const result = await cli(['lock', dir, '--offline'])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/lock asks the hosts/)
  })
})
