import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type AddressInfo } from 'node:net'
import { isOpenLicense } from '../../src/license/classify.js'
import type { RemoteFact } from '../../src/model/references.js'
import { CHECKPOINT_BRANCH } from '../../src/resolve/online/hub.js'
import { resolveReferences, type ResolveOptions } from '../../src/resolve/online/index.js'
import { createFakeClock } from '../helpers/fake-clock.js'
import {
  fakeSha,
  hubRateLimited,
  MIT_LICENSE_TEXT,
  startStandInRemote,
  type StandInRemote
} from '../helpers/stand-in-remote.js'
import { reference, seedOpenRelease } from './fixtures.js'

let standIn: StandInRemote

beforeAll(async () => {
  standIn = await startStandInRemote()
})
afterAll(async () => {
  await standIn.close()
})

/** Options that point every endpoint at the stand-in and carry no token from the environment. */
function online(extra: Partial<ResolveOptions> = {}): ResolveOptions {
  return { mode: 'online', endpoints: standIn.endpoints, env: {}, timeoutMs: 5000, ...extra }
}

function byId(facts: RemoteFact[], id: string): RemoteFact {
  const fact = facts.find((f) => f.reference.id === id)
  if (!fact) throw new Error(`no fact for ${id}`)
  return fact
}

describe('a fully open release', () => {
  let facts: RemoteFact[]
  beforeAll(async () => {
    const references = seedOpenRelease(standIn)
    standIn.requests.length = 0
    facts = await resolveReferences(references, online())
  })

  test('resolves only its own references and code dependencies, once each', () => {
    expect(facts.map((f) => `${f.reference.kind} ${f.reference.id}`)).toEqual([
      'hf-model open-lab/open-7b',
      'hf-dataset open-lab/pretrain-mix',
      'hf-dataset open-lab/sft-mix',
      'arxiv 2304.01373v2',
      'github open-lab/trainer',
      'github open-lab/eval-harness',
      'doi 10.5281/zenodo.1234567'
    ])
    // The cited paper and the base model were never asked for.
    expect(standIn.requests.some((r) => JSON.stringify(r.query).includes('1810.04805'))).toBe(false)
    expect(standIn.requests.some((r) => r.path.includes('someone/base-model'))).toBe(false)
  })

  test('every component resolves to an open licence', () => {
    for (const fact of facts) {
      expect(fact.unresolved).toBeUndefined()
      expect(isOpenLicense(fact.license?.spdx)).toBe(true)
    }
    expect(facts.map((f) => f.license?.spdx)).toEqual([
      'Apache-2.0',
      'ODC-By-1.0',
      'CC-BY-4.0 AND MIT',
      'CC-BY-4.0',
      'Apache-2.0',
      'MIT',
      'CC-BY-4.0'
    ])
  })

  test('the weights report files, parameters, architecture, commit and checkpoint branches', () => {
    const model = byId(facts, 'open-lab/open-7b')
    expect(model.pinned).toBe(fakeSha('open-lab/open-7b'))
    expect(model.parameterCount).toBe(6_888_095_744)
    expect(model.architectures).toEqual(['OlmoForCausalLM'])
    expect(model.files).toContain('model-00001-of-00002.safetensors')
    expect(model.checkpointBranches).toEqual([
      'ckpt_001',
      'stage1-step140000-tokens294B',
      'step1000',
      'step2000'
    ])
    expect(model.license?.from).toBe('card-data')
    expect(model.card?.sections).toEqual([
      'Open 7B',
      'Model Details',
      'Training Data',
      'Evaluation'
    ])
    // The card is read at the commit the metadata describes.
    expect(
      standIn.requestsTo(`/hub/open-lab/open-7b/resolve/${fakeSha('open-lab/open-7b')}/README.md`)
    ).toHaveLength(1)
  })

  test('a dataset card is read with its sections and words, so it can be judged as a data card', () => {
    const dataset = byId(facts, 'open-lab/pretrain-mix')
    expect(dataset.card?.sections).toEqual([
      'Pretrain Mix',
      'Dataset Summary',
      'Data Sources',
      'Personal and Sensitive Information',
      'Licensing Information'
    ])
    expect(dataset.card?.words).toBeGreaterThan(40)
    expect(dataset.card?.license).toBe('odc-by')
    expect(dataset.checkpointBranches).toBeUndefined()
  })

  test('GitHub NOASSERTION is settled from the licence text', () => {
    const harness = byId(facts, 'open-lab/eval-harness')
    expect(harness.license).toEqual({
      spdx: 'MIT',
      name: 'MIT License',
      raw: 'LICENSE.txt (GitHub: NOASSERTION)',
      from: 'license-file'
    })
  })

  test('the arXiv request asks for the bare id in the arXiv format', () => {
    const [request] = standIn.requests.filter((r) => r.service === 'arxiv')
    expect(request.query).toEqual({
      verb: 'GetRecord',
      identifier: 'oai:arXiv.org:2304.01373',
      metadataPrefix: 'arXiv'
    })
  })
})

test('checkpoint branch names of the known training runs are recognised, others not', () => {
  const checkpoints = [
    'step0',
    'step143000',
    'stage1-step140000-tokens294B',
    'stage2-ingredient1-step23852-tokens51B',
    'ckpt_000',
    'ckpt_359',
    'global_step500',
    'checkpoint-500',
    'iter_0001000'
  ]
  const others = ['main', 'dev', 'feature-tokenizer', 'stepwise-docs', 'ckpt', 'refs/pr/1', 'v1.0']
  expect(checkpoints.filter((name) => CHECKPOINT_BRANCH.test(name))).toEqual(checkpoints)
  expect(others.filter((name) => CHECKPOINT_BRANCH.test(name))).toEqual([])
})

describe('licences that are not open', () => {
  test('a gated community-licence model resolves to its LicenseRef and reports the gate', async () => {
    standIn.registry.models['meta-like/llama-x'] = {
      license: 'llama3.1',
      gated: 'manual',
      files: { 'README.md': '# Llama X\n', LICENSE: 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT' }
    }
    const [fact] = await resolveReferences([reference('hf-model', 'meta-like/llama-x')], online())
    expect(fact.unresolved).toBeUndefined()
    expect(fact.gated).toBe('manual')
    expect(fact.license?.spdx).toBe('LicenseRef-llama3.1')
    expect(isOpenLicense(fact.license?.spdx)).toBe(false)
  })

  test('`license: other` is named by `license_name`', async () => {
    standIn.registry.models['lab/other-named'] = {
      license: 'other',
      licenseName: 'gemma',
      licenseLink: 'https://ai.google.dev/gemma/terms'
    }
    const [fact] = await resolveReferences([reference('hf-model', 'lab/other-named')], online())
    expect(fact.license?.spdx).toBe('LicenseRef-gemma')
    expect(fact.license?.raw).toContain('license_link: https://ai.google.dev/gemma/terms')
  })

  test('`license: other` with a LICENSE file on the Hub is identified from the text', async () => {
    standIn.registry.models['lab/other-file'] = {
      license: 'other',
      licenseName: 'lab-license',
      licenseLink: 'LICENSE',
      files: { LICENSE: MIT_LICENSE_TEXT }
    }
    const [fact] = await resolveReferences([reference('hf-model', 'lab/other-file')], online())
    expect(fact.license?.spdx).toBe('MIT')
    expect(fact.license?.from).toBe('license-file')
  })

  test('arXiv non-exclusive, NC and a missing <license> are not open', async () => {
    standIn.registry.papers['2401.00001'] = {
      license: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/'
    }
    standIn.registry.papers['2401.00002'] = {
      license: 'https://creativecommons.org/licenses/by-nc/4.0'
    }
    standIn.registry.papers['2401.00003'] = { license: null }
    const facts = await resolveReferences(
      ['2401.00001', '2401.00002', '2401.00003'].map((id) => reference('arxiv', id)),
      // arXiv spacing (3 s) runs on a fake clock.
      online({ clock: createFakeClock() })
    )
    expect(facts.map((f) => f.license?.spdx)).toEqual([
      'LicenseRef-arxiv-nonexclusive',
      'CC-BY-NC-4.0',
      'LicenseRef-arxiv-assumed-1991-2003'
    ])
    expect(facts.some((f) => isOpenLicense(f.license?.spdx))).toBe(false)
  })
})

describe('failures end in a documented unresolved state', () => {
  test('a missing Hub repo (401 RepoNotFound) is not-found', async () => {
    const [fact] = await resolveReferences([reference('hf-model', 'nobody/nothing')], online())
    expect(fact.unresolved?.reason).toBe('not-found')
    expect(fact.unresolved?.detail).toContain('HTTP 401')
  })

  test('a 404 RepoNotFound and a missing revision are not-found', async () => {
    standIn.registry.models['lab/pinned'] = { license: 'mit' }
    standIn.failNext({ path: '/hub/api/datasets/lab/gone' }, [
      {
        status: 404,
        headers: { 'x-error-code': 'RepoNotFound' },
        body: { error: 'Repository not found' }
      }
    ])
    const facts = await resolveReferences(
      [
        reference('hf-dataset', 'lab/gone'),
        reference('hf-model', 'lab/pinned', { revision: 'no-such-branch' })
      ],
      online()
    )
    expect(facts.map((f) => f.unresolved?.reason)).toEqual(['not-found', 'not-found'])
    expect(facts[1].unresolved?.detail).toContain('revision not found')
  })

  test('a renamed repo follows the relative 307 and reports the canonical id', async () => {
    standIn.registry.models['google-bert/bert-base-uncased'] = { license: 'apache-2.0' }
    standIn.registry.renames['bert-base-uncased'] = 'google-bert/bert-base-uncased'
    standIn.requests.length = 0
    const [fact] = await resolveReferences([reference('hf-model', 'bert-base-uncased')], online())
    expect(fact.canonicalId).toBe('google-bert/bert-base-uncased')
    expect(fact.url).toBe(`${standIn.endpoints.hub}/api/models/google-bert/bert-base-uncased`)
    expect(fact.license?.spdx).toBe('Apache-2.0')
    expect(standIn.requests.map((r) => r.path).slice(0, 2)).toEqual([
      '/hub/api/models/bert-base-uncased',
      '/hub/api/models/google-bert/bert-base-uncased'
    ])
  })

  test('a disabled repo is disabled, whether the metadata says so or the API refuses', async () => {
    standIn.registry.models['lab/disabled-meta'] = { license: 'mit', disabled: true }
    standIn.registry.models['lab/disabled-403'] = { license: 'mit', disabled: 'forbidden' }
    const facts = await resolveReferences(
      [reference('hf-model', 'lab/disabled-meta'), reference('hf-model', 'lab/disabled-403')],
      online()
    )
    expect(facts.map((f) => f.unresolved?.reason)).toEqual(['disabled', 'disabled'])
    // What the metadata said is kept.
    expect(facts[0].license?.spdx).toBe('MIT')
  })

  test('metadata refused with GatedRepo is gated', async () => {
    standIn.failNext({ path: '/hub/api/models/lab/locked' }, [
      {
        status: 403,
        headers: { 'x-error-code': 'GatedRepo', 'x-error-message': 'Access restricted' },
        body: ''
      }
    ])
    const [fact] = await resolveReferences([reference('hf-model', 'lab/locked')], online())
    expect(fact.unresolved?.reason).toBe('gated')
  })

  test('429 with RateLimit, then success: resolved after the reset the Hub asked for', async () => {
    standIn.registry.models['lab/busy'] = { license: 'apache-2.0' }
    const clock = createFakeClock()
    standIn.failNext({ path: '/hub/api/models/lab/busy' }, [hubRateLimited(2)])
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/busy')],
      online({ clock, readCards: false })
    )
    expect(fact.unresolved).toBeUndefined()
    expect(fact.license?.spdx).toBe('Apache-2.0')
    expect(standIn.requestsTo('/hub/api/models/lab/busy')).toHaveLength(2)
    // RateLimit r=0;t=2 means wait t+1 seconds.
    expect(clock.sleeps).toContain(3000)
  })

  test('429 for longer than allowed is rate-limited', async () => {
    standIn.failNext({ path: '/hub/api/models/lab/very-busy' }, [
      { status: 429, headers: { 'retry-after': '3600' } }
    ])
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/very-busy')],
      online({ clock: createFakeClock() })
    )
    expect(fact.unresolved?.reason).toBe('rate-limited')
  })

  test('a Hub that cannot be reached costs one retry sequence, not one per reference', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((resolve) => server.close(() => resolve()))
    seedOpenRelease(standIn)
    const clock = createFakeClock()
    const datasets = Array.from({ length: 12 }, (_, i) => reference('hf-dataset', `lab/set-${i}`))
    const facts = await resolveReferences(
      [...datasets, reference('github', 'open-lab/trainer')],
      online({
        clock,
        concurrency: 1,
        maxRetries: 2,
        endpoints: { ...standIn.endpoints, hub: `http://127.0.0.1:${port}` }
      })
    )
    const onHub = facts.filter((f) => f.reference.kind === 'hf-dataset')
    expect(onHub).toHaveLength(12)
    expect(onHub.every((f) => f.unresolved?.reason === 'http-error')).toBe(true)
    expect(onHub.filter((f) => f.unresolved?.detail.startsWith('not asked:'))).toHaveLength(11)
    // One request retried twice: 1 s and 2 s of back-off in all, not 3 s for each dataset.
    expect(clock.sleeps.filter((ms) => ms === 1000 || ms === 2000)).toEqual([1000, 2000])
    const github = facts.find((f) => f.reference.kind === 'github')
    expect(github?.unresolved).toBeUndefined()
    expect(github?.license?.spdx).toBe('Apache-2.0')
  })

  test('a host that never answers is timed-out', async () => {
    standIn.failNext({ path: '/hub/api/models/lab/hang' }, [{ hang: true }])
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/hang')],
      online({ timeoutMs: 300 })
    )
    expect(fact.unresolved?.reason).toBe('timed-out')
  })

  test('a hang that outlasts the whole budget is budget', async () => {
    standIn.failNext({ path: '/github/repos/lab/hang/license' }, [{ hang: true }])
    const [fact] = await resolveReferences(
      [reference('github', 'lab/hang')],
      online({ timeoutMs: 10_000, budgetMs: 300 })
    )
    expect(fact.unresolved?.reason).toBe('budget')
  })

  test('malformed JSON is malformed', async () => {
    standIn.failNext({ path: '/hub/api/models/lab/broken' }, [{ malformedJson: true }])
    const [fact] = await resolveReferences([reference('hf-model', 'lab/broken')], online())
    expect(fact.unresolved?.reason).toBe('malformed')
  })

  test('5xx is retried a bounded number of times, then http-error', async () => {
    standIn.failNext({ path: '/github/repos/lab/flaky/license' }, [
      { status: 503 },
      { status: 502 },
      { status: 500 },
      { status: 500 }
    ])
    const clock = createFakeClock()
    const [fact] = await resolveReferences(
      [reference('github', 'lab/flaky')],
      online({ clock, maxRetries: 2 })
    )
    expect(fact.unresolved).toEqual({ reason: 'http-error', detail: 'HTTP 500 after 3 attempts' })
    expect(standIn.requestsTo('/github/repos/lab/flaky/license')).toHaveLength(3)
  })

  test('arXiv idDoesNotExist (HTTP 200) is not-found; a GitHub 404 is not-found', async () => {
    const facts = await resolveReferences(
      [reference('arxiv', '9999.99999'), reference('github', 'nobody/nothing')],
      online()
    )
    expect(facts.map((f) => f.unresolved?.reason)).toEqual(['not-found', 'not-found'])
    expect(facts[0].unresolved?.detail).toContain('idDoesNotExist')
  })

  test('a repository without a licence file is resolved without a licence', async () => {
    standIn.registry.repos['lab/no-license'] = { license: null }
    const [fact] = await resolveReferences([reference('github', 'lab/no-license')], online())
    expect(fact.unresolved).toBeUndefined()
    expect(fact.license).toBeUndefined()
  })

  test('ids that are not ids are malformed, unsupported kinds unsupported, without a request', async () => {
    standIn.requests.length = 0
    const facts = await resolveReferences(
      [
        reference('hf-model', '../../etc/passwd'),
        reference('arxiv', 'not-an-id'),
        reference('url', 'https://example.org/w.bin')
      ],
      online()
    )
    expect(facts.map((f) => f.unresolved?.reason)).toEqual([
      'malformed',
      'malformed',
      'unsupported'
    ])
    expect(standIn.requests).toHaveLength(0)
  })
})

describe('pinned revisions', () => {
  test('a submodule at a commit asks GitHub for the licence at that ref', async () => {
    standIn.registry.repos['lab/sub'] = {
      license: { key: 'mit', name: 'MIT License', spdx_id: 'MIT' },
      byRef: {
        abc123: { key: 'gpl-3.0', name: 'GNU General Public License v3.0', spdx_id: 'GPL-3.0' }
      }
    }
    const [fact] = await resolveReferences(
      [reference('submodule', 'lab/sub', { role: 'dependency', revision: 'abc123' })],
      online()
    )
    expect(fact.license?.spdx).toBe('GPL-3.0-only')
    expect(fact.pinned).toBe('abc123')
    expect(standIn.requestsTo('/github/repos/lab/sub/license').at(-1)?.query).toEqual({
      ref: 'abc123'
    })
  })

  test('a Hub model at a checkpoint branch is read through /revision/', async () => {
    standIn.registry.models['lab/pythia'] = { license: 'apache-2.0', branches: ['step1000'] }
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/pythia', { revision: 'step1000' })],
      online()
    )
    expect(fact.url).toBe(`${standIn.endpoints.hub}/api/models/lab/pythia/revision/step1000`)
    expect(fact.pinned).toBe(fakeSha('lab/pythia@step1000'))
  })
})

describe('tokens and modes', () => {
  test('each token goes only to its own host', async () => {
    seedOpenRelease(standIn)
    standIn.requests.length = 0
    await resolveReferences(
      [
        reference('hf-model', 'open-lab/open-7b'),
        reference('github', 'open-lab/trainer'),
        reference('arxiv', '2304.01373')
      ],
      online({ tokens: { hub: 'hf_secret', github: 'ghs_secret' } })
    )
    const hub = standIn.requests.filter((r) => r.service === 'hub')
    const github = standIn.requests.filter((r) => r.service === 'github')
    const arxiv = standIn.requests.filter((r) => r.service === 'arxiv')
    expect(hub.length).toBeGreaterThan(0)
    expect(hub.every((r) => r.authorization === 'Bearer hf_secret')).toBe(true)
    expect(github.every((r) => r.authorization === 'Bearer ghs_secret')).toBe(true)
    expect(arxiv.every((r) => r.authorization === undefined)).toBe(true)
    expect(standIn.requests.every((r) => r.userAgent?.startsWith('model-openness/'))).toBe(true)
  })

  test('tokens come from HF_TOKEN and GITHUB_TOKEN in the environment', async () => {
    standIn.requests.length = 0
    await resolveReferences(
      [reference('github', 'open-lab/trainer')],
      online({ env: { HF_TOKEN: 'hf_env', GITHUB_TOKEN: 'gh_env' } })
    )
    expect(standIn.requests.map((r) => r.authorization)).toEqual(['Bearer gh_env'])
  })

  test('a token is never sent to another host after a cross-host redirect', async () => {
    standIn.registry.models['lab/moved'] = { license: 'mit' }
    standIn.failNext({ path: '/hub/api/models/lab/moved', listener: 'main' }, [
      { status: 302, headers: { location: `${standIn.elsewhereUrl}/hub/api/models/lab/moved` } }
    ])
    standIn.requests.length = 0
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/moved')],
      online({ tokens: { hub: 'hf_secret' }, readCards: false })
    )
    expect(fact.license?.spdx).toBe('MIT')
    const [first, second] = standIn.requests
    expect(first).toMatchObject({ listener: 'main', authorization: 'Bearer hf_secret' })
    expect(second).toMatchObject({ listener: 'elsewhere', path: '/hub/api/models/lab/moved' })
    expect(second.authorization).toBeUndefined()
  })

  test('offline mode makes no request at all', async () => {
    const references = seedOpenRelease(standIn)
    standIn.requests.length = 0
    const facts = await resolveReferences(references, { ...online(), mode: 'offline' })
    expect(standIn.requests).toHaveLength(0)
    expect(facts).toHaveLength(7)
    expect(facts.every((f) => f.unresolved?.reason === 'offline')).toBe(true)
    expect(facts[0].url).toBe(`${standIn.endpoints.hub}/api/models/open-lab/open-7b`)
  })

  test('endpoints come from HF_ENDPOINT, GITHUB_API_URL and ARXIV_OAI_URL', async () => {
    standIn.requests.length = 0
    const facts = await resolveReferences(
      [
        reference('hf-model', 'open-lab/open-7b'),
        reference('github', 'open-lab/trainer'),
        reference('arxiv', '2304.01373')
      ],
      {
        mode: 'online',
        readCards: false,
        env: {
          HF_ENDPOINT: standIn.endpoints.hub,
          GITHUB_API_URL: standIn.endpoints.github,
          ARXIV_OAI_URL: standIn.endpoints.arxiv
        }
      }
    )
    expect(facts.map((f) => f.unresolved)).toEqual([undefined, undefined, undefined])
    expect(new Set(standIn.requests.map((r) => r.service))).toEqual(
      new Set(['hub', 'github', 'arxiv'])
    )
  })
})
