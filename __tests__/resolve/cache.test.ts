import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFileCache, defaultCacheDir } from '../../src/resolve/cache.js'
import { resolveReferences, type ResolveOptions } from '../../src/resolve/online/index.js'
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js'
import { startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'
import { reference, seedOpenRelease } from './fixtures.js'

const TTL = 60_000
let standIn: StandInRemote
let dir: string
let clock: FakeClock

beforeAll(async () => {
  standIn = await startStandInRemote()
  seedOpenRelease(standIn)
})
afterAll(async () => {
  await standIn.close()
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mo-cache-'))
  clock = createFakeClock()
  standIn.requests.length = 0
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function options(): ResolveOptions {
  return {
    mode: 'online',
    endpoints: standIn.endpoints,
    env: {},
    clock,
    cache: { dir, ttlMs: TTL }
  }
}

const model = [reference('hf-model', 'open-lab/open-7b')]

describe('the local cache', () => {
  test('a second run is answered from the cache, with equal facts', async () => {
    const first = await resolveReferences(model, options())
    const sent = standIn.requests.length
    expect(sent).toBe(3) // metadata, card, refs
    let counted = -1
    // Later, but within the TTL: the facts keep the time the host answered.
    await clock.sleep(1000)
    const second = await resolveReferences(model, {
      ...options(),
      onRequestCount: (n) => (counted = n)
    })
    expect(standIn.requests).toHaveLength(sent)
    expect(counted).toBe(0)
    expect(second).toEqual(first)
  })

  test('entries expire after the TTL', async () => {
    await resolveReferences(model, options())
    await clock.sleep(TTL + 1)
    await resolveReferences(model, options())
    expect(standIn.requestsTo('/hub/api/models/open-lab/open-7b')).toHaveLength(2)
  })

  test('entries are keyed by URL, so another revision is another entry', async () => {
    standIn.registry.models['open-lab/open-7b'].branches?.push('step1000')
    await resolveReferences(model, options())
    await resolveReferences(
      [reference('hf-model', 'open-lab/open-7b', { revision: 'step1000' })],
      options()
    )
    expect(standIn.requestsTo('/hub/api/models/open-lab/open-7b/revision/step1000')).toHaveLength(1)
  })

  test('corrupted entries are ignored and replaced', async () => {
    await resolveReferences(model, options())
    const files = await readdir(dir)
    for (const file of files) await writeFile(join(dir, file), '{"version":1,"key":')
    const facts = await resolveReferences(model, options())
    expect(facts[0].license?.spdx).toBe('Apache-2.0')
    expect(standIn.requestsTo('/hub/api/models/open-lab/open-7b')).toHaveLength(2)
    // Rewritten whole: the next run hits again.
    await resolveReferences(model, options())
    expect(standIn.requestsTo('/hub/api/models/open-lab/open-7b')).toHaveLength(2)
  })

  test('an entry stored under another key (a copied file) does not answer', async () => {
    const cache = createFileCache({ dir, ttlMs: TTL })
    await cache.set('a', {
      url: 'http://x/a',
      status: 200,
      headers: {},
      text: 'A',
      storedAt: clock.now()
    })
    await cache.set('b', {
      url: 'http://x/b',
      status: 200,
      headers: {},
      text: 'B',
      storedAt: clock.now()
    })
    const [first, second] = (await readdir(dir)).sort()
    await writeFile(join(dir, second), await readFile(join(dir, first)))
    const answers = await Promise.all(['a', 'b'].map((key) => cache.get(key, clock.now())))
    expect(answers.filter((a) => a !== undefined)).toHaveLength(1)
  })

  test('symlinks in the cache directory are not followed', async () => {
    const cache = createFileCache({ dir, ttlMs: TTL })
    await cache.set('k', {
      url: 'http://x/k',
      status: 200,
      headers: {},
      text: 'K',
      storedAt: clock.now()
    })
    const [name] = await readdir(dir)
    const outside = join(dir, '..', `${name}.outside`)
    await writeFile(outside, await readFile(join(dir, name)))
    await rm(join(dir, name))
    await symlink(outside, join(dir, name))
    try {
      expect(await cache.get('k', clock.now())).toBeUndefined()
    } finally {
      await rm(outside, { force: true })
    }
  })

  test('writes leave no temporary files behind', async () => {
    await resolveReferences(model, options())
    expect((await readdir(dir)).every((name) => /^[0-9a-f]{64}\.json$/.test(name))).toBe(true)
  })

  test('only the headers the resolvers read are stored, never cookies', async () => {
    standIn.failNext({ path: '/hub/api/models/open-lab/open-7b' }, [
      {
        status: 200,
        headers: { 'set-cookie': 'session=secret-cookie', etag: 'W/"e1"' },
        body: { id: 'open-lab/open-7b', cardData: { license: 'mit' } }
      }
    ])
    await resolveReferences(model, { ...options(), readCards: false })
    const stored = await Promise.all(
      (await readdir(dir)).map((name) => readFile(join(dir, name), 'utf8'))
    )
    expect(stored.join('\n')).toContain('W/\\"e1\\"')
    expect(stored.join('\n')).not.toContain('secret-cookie')
  })

  test('the default directory is ~/.cache/model-openness, or under XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe(
      '/var/cache/me/model-openness'
    )
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/model-openness$/)
  })
})
