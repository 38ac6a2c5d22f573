import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RemoteFact } from '../../src/model/references.js'
import {
  buildLock,
  diffLock,
  factsFromLock,
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  parseLock,
  readLockFile,
  serializeLock,
  writeLockFile,
  type LockFile
} from '../../src/resolve/lock.js'
import {
  resolveReferences,
  selectReferences,
  type ResolveOptions
} from '../../src/resolve/online/index.js'
import { createFakeClock } from '../helpers/fake-clock.js'
import { startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'
import { reference, seedOpenRelease } from './fixtures.js'

let standIn: StandInRemote
let references: ReturnType<typeof seedOpenRelease>
let facts: RemoteFact[]

function online(): ResolveOptions {
  return { mode: 'online', endpoints: standIn.endpoints, env: {}, clock: createFakeClock() }
}

beforeAll(async () => {
  standIn = await startStandInRemote()
  references = seedOpenRelease(standIn)
  facts = await resolveReferences(references, online())
})
afterAll(async () => {
  await standIn.close()
})

function parsed(text: string): LockFile {
  const result = parseLock(text)
  if (!result.ok) throw new Error(result.error)
  return result.lock
}

describe('round trip', () => {
  test('facts → lock → text → parse → facts are equal', () => {
    const lock = parsed(serializeLock(buildLock(facts)))
    expect(factsFromLock(lock, selectReferences(references))).toEqual(facts)
  })

  test('lock mode answers from the lock alone, without a request', async () => {
    const lock = parsed(serializeLock(buildLock(facts)))
    standIn.requests.length = 0
    const fromLock = await resolveReferences(references, { ...online(), mode: 'lock', lock })
    expect(standIn.requests).toHaveLength(0)
    expect(fromLock).toEqual(facts)
  })

  test('a reference missing from the lock is unresolved in lock mode', async () => {
    const lock = buildLock(facts)
    const [fact] = await resolveReferences([reference('hf-model', 'lab/new-model')], {
      ...online(),
      mode: 'lock',
      lock
    })
    expect(fact.unresolved).toEqual({ reason: 'offline', detail: `not in ${LOCK_FILE_NAME}` })
  })

  test('serialisation is deterministic: sorted entries and keys, whatever the input order', () => {
    const text = serializeLock(buildLock(facts))
    expect(serializeLock(buildLock([...facts].reverse()))).toBe(text)
    const lock = JSON.parse(text) as LockFile
    expect(lock.entries.map((e) => `${e.reference.kind} ${e.reference.id}`)).toEqual([
      'arxiv 2304.01373v2',
      'doi 10.5281/zenodo.1234567',
      'github open-lab/eval-harness',
      'github open-lab/trainer',
      'hf-dataset open-lab/pretrain-mix',
      'hf-dataset open-lab/sft-mix',
      'hf-model open-lab/open-7b'
    ])
    expect(Object.keys(lock)).toEqual(['entries', 'generator', 'version'])
    expect(Object.keys(lock.entries[0])).toEqual([...Object.keys(lock.entries[0])].sort())
    expect(text.endsWith('}\n')).toBe(true)
  })

  test('a rewrite without drift keeps fetchedAt, so the committed lock does not change', async () => {
    const first = buildLock(facts)
    const later = await resolveReferences(references, {
      ...online(),
      clock: createFakeClock(Date.parse('2027-06-01T00:00:00Z'))
    })
    expect(later[0].fetchedAt).not.toBe(facts[0].fetchedAt)
    expect(serializeLock(buildLock(later, first))).toBe(serializeLock(first))
  })

  test('transient failures keep the previous entry and are never locked on their own', () => {
    const first = buildLock(facts)
    const timedOut: RemoteFact = {
      ...facts[0],
      license: undefined,
      unresolved: { reason: 'timed-out', detail: 'no answer within 20 s' }
    }
    expect(buildLock([timedOut, ...facts.slice(1)], first)).toEqual(first)
    expect(buildLock([timedOut]).entries).toEqual([])
    const notFound: RemoteFact = {
      ...timedOut,
      unresolved: { reason: 'not-found', detail: 'HTTP 401' }
    }
    expect(buildLock([notFound]).entries).toEqual([notFound])
  })
})

describe('drift', () => {
  test('a dataset licence changed on the Hub since the lock is reported', async () => {
    const lock = buildLock(facts)
    standIn.registry.datasets['open-lab/pretrain-mix'].license = 'other'
    standIn.registry.models['open-lab/open-7b'].gated = 'auto'
    try {
      const live = await resolveReferences(references, online())
      const drift = diffLock(lock, live)
      expect(drift.map((d) => [d.reference.id, d.field, d.before, d.after])).toEqual([
        ['open-lab/open-7b', 'gated', 'not gated', 'auto'],
        ['open-lab/pretrain-mix', 'license', 'ODC-By-1.0', 'other']
      ])
      expect(drift[1].message).toBe(
        'the licence of the Hub dataset open-lab/pretrain-mix changed from ODC-By-1.0 to other since the lock'
      )
    } finally {
      standIn.registry.datasets['open-lab/pretrain-mix'].license = 'odc-by'
      standIn.registry.models['open-lab/open-7b'].gated = false
    }
  })

  test('no drift when nothing changed; transient live failures are not compared', async () => {
    const lock = buildLock(facts)
    expect(diffLock(lock, facts)).toEqual([])
    const timedOut = facts.map((f) => ({
      ...f,
      unresolved: { reason: 'timed-out' as const, detail: 'x' }
    }))
    expect(diffLock(lock, timedOut)).toEqual([])
  })

  test('added, removed, moved, renamed, gone and new checkpoints are reported', () => {
    const lock = buildLock(facts)
    const [model, ...rest] = facts
    const changed: RemoteFact[] = [
      {
        ...model,
        pinned: 'f'.repeat(40),
        canonicalId: 'open-lab/open-7b-v2',
        checkpointBranches: ['step1000']
      },
      ...rest.slice(1),
      { ...rest[0], unresolved: { reason: 'not-found' as const, detail: 'HTTP 401' } },
      { reference: { kind: 'github', id: 'lab/new' }, url: 'u', fetchedAt: facts[0].fetchedAt }
    ]
    const live = changed.filter((f) => f.reference.id !== 'open-lab/trainer')
    const fields = diffLock(lock, live).map((d) => `${d.reference.id} ${d.field}`)
    expect(fields).toEqual([
      'open-lab/open-7b canonicalId',
      'open-lab/open-7b checkpointBranches',
      'open-lab/open-7b pinned',
      'open-lab/pretrain-mix availability',
      'lab/new added',
      'open-lab/trainer removed'
    ])
  })
})

describe('lock files on disk', () => {
  test('write then read round-trips; missing, symlinked and oversized files get one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mo-lock-'))
    try {
      const path = join(dir, LOCK_FILE_NAME)
      expect(await readLockFile(path)).toEqual({
        ok: false,
        error: `${LOCK_FILE_NAME} not found`,
        missing: true
      })
      const lock = buildLock(facts)
      await writeLockFile(path, lock)
      expect(await readdir(dir)).toEqual([LOCK_FILE_NAME])
      expect(await readLockFile(path)).toEqual({ ok: true, lock })
      const link = join(dir, 'link.json')
      await symlink(path, link)
      expect(await readLockFile(link)).toEqual({
        ok: false,
        error: `${LOCK_FILE_NAME} is not a regular file (symlinks are not followed)`
      })
      const big = join(dir, 'big.json')
      await writeFile(big, Buffer.alloc(MAX_LOCK_BYTES + 1, 32))
      expect(await readLockFile(big)).toEqual({
        ok: false,
        error: `${LOCK_FILE_NAME} is larger than 16 MiB`
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('docs/lock-file.md', () => {
  test('its example is a valid lock', () => {
    const doc = readFileSync(new URL('../../docs/lock-file.md', import.meta.url), 'utf8')
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
    const result = parseLock(example)
    expect(result).toMatchObject({ ok: true })
    expect(result.ok && result.lock.entries.map((e) => e.reference.id)).toEqual([
      '2304.01373',
      'EleutherAI/pythia-70m'
    ])
  })
})

describe('hostile lock files', () => {
  const valid = (): LockFile => buildLock(facts)

  test.each([
    ['not JSON', '{"version": 1,', `${LOCK_FILE_NAME} is not valid JSON`],
    ['an array', '[]', `${LOCK_FILE_NAME} is not a JSON object`],
    [
      'a future version',
      '{"version": 2, "generator": "x", "entries": []}',
      `${LOCK_FILE_NAME} has format version 2; this model-openness reads version 1`
    ],
    [
      'no version',
      '{"entries": []}',
      `${LOCK_FILE_NAME} has format version none; this model-openness reads version 1`
    ]
  ])('%s gets one clear line', (_name, text, error) => {
    expect(parseLock(text)).toEqual({ ok: false, error })
  })

  test('wrong types, unknown keys and duplicates name the place', () => {
    const wrongType = valid() as unknown as { entries: Array<Record<string, unknown>> }
    wrongType.entries[2].gated = 'sometimes'
    const unknownKey = valid() as unknown as { entries: Array<Record<string, unknown>> }
    unknownKey.entries[0].script = 'rm -rf /'
    const duplicate = valid()
    duplicate.entries.push(duplicate.entries[0])
    const results = [wrongType, unknownKey, duplicate].map((lock) =>
      parseLock(JSON.stringify(lock))
    )
    expect(results.map((r) => (r.ok ? 'ok' : r.error.split(':').slice(0, 2).join(':')))).toEqual([
      `${LOCK_FILE_NAME}: entries[2].gated`,
      `${LOCK_FILE_NAME}: entries[0]`,
      `${LOCK_FILE_NAME}: entries[7]`
    ])
  })

  test('oversized files and oversized strings are refused', () => {
    expect(parseLock(' '.repeat(MAX_LOCK_BYTES + 1))).toEqual({
      ok: false,
      error: `${LOCK_FILE_NAME} is larger than 16 MiB`
    })
    const long = valid()
    long.entries[0].url = 'x'.repeat(5000)
    const result = parseLock(JSON.stringify(long))
    expect(result.ok).toBe(false)
  })

  test('never throws and always answers in one line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, generator: 'g', entries: [v] }))
        ),
        (text) => {
          const result = parseLock(text)
          if (!result.ok) expect(result.error).not.toMatch(/[\r\n]/)
        }
      ),
      { numRuns: 300 }
    )
  })
})
