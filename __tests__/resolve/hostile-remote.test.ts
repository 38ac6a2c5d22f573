import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { arxivLicense, readOaiRecord } from '../../src/resolve/online/arxiv.js'
import { resolveReferences, type ResolveOptions } from '../../src/resolve/online/index.js'
import { createFakeClock } from '../helpers/fake-clock.js'
import { startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'
import { reference } from './fixtures.js'

let standIn: StandInRemote

beforeAll(async () => {
  standIn = await startStandInRemote()
})
afterAll(async () => {
  await standIn.close()
})

function online(extra: Partial<ResolveOptions> = {}): ResolveOptions {
  return {
    mode: 'online',
    endpoints: standIn.endpoints,
    env: {},
    clock: createFakeClock(),
    ...extra
  }
}

describe('hostile Hub answers', () => {
  test('wrong types are dropped field by field, never trusted', async () => {
    standIn.failNext({ path: '/hub/api/models/evil/types' }, [
      {
        status: 200,
        headers: { etag: 'W/"abc"' },
        body: {
          id: 'evil/types',
          sha: '<script>alert(1)</script>',
          gated: 'yes',
          disabled: 'no',
          tags: 'license:mit',
          cardData: { license: 42, license_name: ['x'] },
          siblings: [{ rfilename: 5 }, 'x', { rfilename: 'ok.bin' }, null],
          safetensors: { total: -1 },
          config: { architectures: 'LlamaForCausalLM' }
        }
      }
    ])
    const [fact] = await resolveReferences([reference('hf-model', 'evil/types')], online())
    expect(fact.unresolved).toBeUndefined()
    expect(fact.pinned).toBe('W/"abc"')
    expect(fact.gated).toBeUndefined()
    expect(fact.license).toBeUndefined()
    expect(fact.files).toEqual(['ok.bin'])
    expect(fact.parameterCount).toBeUndefined()
    expect(fact.architectures).toBeUndefined()
  })

  test('sizes are capped and control and bidi characters removed', async () => {
    standIn.failNext({ path: '/hub/api/models/evil/big' }, [
      {
        status: 200,
        body: {
          id: 'evil/big',
          cardData: { license: 'other', license_name: 'my\u202elicense\u0007\n' + 'x'.repeat(400) },
          siblings: Array.from({ length: 5000 }, (_, i) => ({ rfilename: `shard-${i}.bin` })),
          config: { architectures: Array.from({ length: 100 }, () => 'A'.repeat(1000)) }
        }
      }
    ])
    const [fact] = await resolveReferences([reference('hf-model', 'evil/big')], online())
    expect(fact.files).toHaveLength(1000)
    expect(fact.architectures).toHaveLength(20)
    expect(fact.architectures?.every((a) => a.length === 200)).toBe(true)
    expect(fact.license?.spdx).toBeNull()
    // eslint-disable-next-line no-control-regex
    expect(fact.license?.name).not.toMatch(/[\u0000-\u001f\u202e]/)
    expect(fact.license?.name.length).toBeLessThanOrEqual(200)
  })

  test('an answer without an id is malformed; one that is not an object too', async () => {
    standIn.failNext({ path: '/hub/api/models/evil/noid' }, [
      { status: 200, body: { license: 'mit' } }
    ])
    standIn.failNext({ path: '/hub/api/datasets/evil/array' }, [{ status: 200, body: [1, 2, 3] }])
    const facts = await resolveReferences(
      [reference('hf-model', 'evil/noid'), reference('hf-dataset', 'evil/array')],
      online()
    )
    expect(facts.map((f) => f.unresolved?.reason)).toEqual(['malformed', 'malformed'])
  })

  test('an answer larger than the cap is malformed, not read whole', async () => {
    standIn.failNext({ path: '/hub/api/models/evil/huge' }, [
      { status: 200, body: { id: 'evil/huge', padding: 'x'.repeat(5 * 1024 * 1024) } }
    ])
    const [fact] = await resolveReferences([reference('hf-model', 'evil/huge')], online())
    expect(fact.unresolved?.reason).toBe('malformed')
    expect(fact.unresolved?.detail).toContain('larger than')
  })

  test('a redirect to an id that is not an id does not become the canonical id', async () => {
    standIn.registry.models['lab/real'] = { license: 'mit' }
    standIn.failNext({ path: '/hub/api/models/lab/old' }, [
      { status: 307, headers: { location: '/hub/api/models/lab/real' } }
    ])
    standIn.failNext({ path: '/hub/api/models/lab/real' }, [
      { status: 200, body: { id: '../../<b>x</b>', cardData: { license: 'mit' } } }
    ])
    const [fact] = await resolveReferences(
      [reference('hf-model', 'lab/old')],
      online({ readCards: false })
    )
    expect(fact.canonicalId).toBe('lab/real')
  })
})

describe('hostile arXiv answers', () => {
  test('a document type declaration is refused (no entity expansion)', async () => {
    standIn.failNext({ path: '/arxiv/oai' }, [
      {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><OAI-PMH><GetRecord><record><metadata><arXiv><license>&lol2;</license></arXiv></metadata></record></GetRecord></OAI-PMH>`
      }
    ])
    const [fact] = await resolveReferences([reference('arxiv', '2401.99999')], online())
    expect(fact.unresolved).toEqual({
      reason: 'malformed',
      detail: 'the answer declares a document type (refused)'
    })
  })

  test('something that is not OAI-PMH is malformed', () => {
    expect(readOaiRecord('<html>Service Unavailable</html>')).toEqual({
      kind: 'malformed',
      detail: 'not an OAI-PMH answer'
    })
  })

  test('predefined entities and character references are decoded, nothing else', () => {
    const record = readOaiRecord(
      '<OAI-PMH><GetRecord><record><header><datestamp>2024-01-01</datestamp></header><metadata><arXiv><license>http://creativecommons.org/licenses/by/4.0/&#x3f;a=1&amp;b=&foo;</license></arXiv></metadata></record></GetRecord></OAI-PMH>'
    )
    expect(record).toEqual({
      kind: 'record',
      license: 'http://creativecommons.org/licenses/by/4.0/?a=1&b=&foo;',
      datestamp: '2024-01-01'
    })
  })

  test('the reader never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const wrapped = `<OAI-PMH><GetRecord><metadata>${text}</metadata></GetRecord></OAI-PMH>`
        expect(['record', 'error', 'malformed']).toContain(readOaiRecord(wrapped).kind)
        expect(['record', 'error', 'malformed']).toContain(readOaiRecord(text).kind)
      }),
      { numRuns: 500 }
    )
  })

  test("arXiv's licence URIs map as remote-apis.md classifies them", () => {
    const table: Array<[string | null, string | null]> = [
      ['http://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0'],
      ['http://creativecommons.org/licenses/by-sa/4.0/', 'CC-BY-SA-4.0'],
      ['http://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0'],
      ['http://creativecommons.org/licenses/by-nc-sa/4.0/', 'CC-BY-NC-SA-4.0'],
      ['http://creativecommons.org/licenses/by-nc-nd/4.0/', 'CC-BY-NC-ND-4.0'],
      ['http://arxiv.org/licenses/nonexclusive-distrib/1.0/', 'LicenseRef-arxiv-nonexclusive'],
      ['http://arxiv.org/licenses/assumed-1991-2003/', 'LicenseRef-arxiv-assumed-1991-2003'],
      ['http://creativecommons.org/licenses/by/3.0/', 'CC-BY-3.0'],
      ['http://creativecommons.org/licenses/by-nc-sa/3.0/', 'CC-BY-NC-SA-3.0'],
      ['http://creativecommons.org/licenses/publicdomain/', 'CC0-1.0'],
      // https, no trailing slash, a legalcode suffix: the same licences.
      ['https://creativecommons.org/licenses/by/4.0', 'CC-BY-4.0'],
      ['https://creativecommons.org/licenses/by-sa/4.0/legalcode', 'CC-BY-SA-4.0'],
      [null, 'LicenseRef-arxiv-assumed-1991-2003'],
      ['http://example.org/my-licence', null]
    ]
    expect(table.map(([uri]) => arxivLicense(uri).spdx)).toEqual(table.map(([, spdx]) => spdx))
  })
})

describe('hostile GitHub and DOI answers', () => {
  test('NOASSERTION with content that is not base64 leaves the licence unnamed', async () => {
    standIn.failNext({ path: '/github/repos/evil/content/license' }, [
      {
        status: 200,
        body: {
          path: 'LICENSE',
          content: '!!! not base64 !!!',
          encoding: 'base64',
          license: { key: 'other', name: 'Other', spdx_id: 'NOASSERTION' }
        }
      }
    ])
    const [fact] = await resolveReferences([reference('github', 'evil/content')], online())
    expect(fact.license).toEqual({
      spdx: null,
      name: 'Licence file not recognised',
      raw: 'LICENSE (GitHub: NOASSERTION)',
      from: 'license-file'
    })
  })

  test('an spdx_id that is not an SPDX id is not taken as one', async () => {
    standIn.failNext({ path: '/github/repos/evil/spdx/license' }, [
      { status: 200, body: { license: { key: 'x', name: 'X', spdx_id: 'Totally-Open<script>' } } }
    ])
    const [fact] = await resolveReferences([reference('github', 'evil/spdx')], online())
    expect(fact.license?.spdx).toBeNull()
  })

  test('DataCite rights, a registrar without metadata, a missing DOI', async () => {
    standIn.registry.dois['10.1234/data.v1'] = [
      {
        rights: 'Creative Commons Attribution 4.0 International',
        rightsUri: 'https://creativecommons.org/licenses/by/4.0/legalcode',
        rightsIdentifier: 'cc-by-4.0'
      }
    ]
    standIn.registry.dois['10.1234/uri-only'] = [
      { rightsUri: 'https://creativecommons.org/licenses/by-sa/4.0/' }
    ]
    standIn.failNext({ path: '/doi/10.1234/no-metadata' }, [
      { status: 406, body: 'Not Acceptable' }
    ])
    const facts = await resolveReferences(
      [
        '10.1234/data.v1',
        '10.1234/uri-only',
        '10.1234/no-metadata',
        '10.1234/missing',
        'not a doi'
      ].map((id) => reference('doi', id)),
      online()
    )
    expect(facts.map((f) => f.license?.spdx ?? f.unresolved?.reason)).toEqual([
      'CC-BY-4.0',
      'CC-BY-SA-4.0',
      'unsupported',
      'not-found',
      'malformed'
    ])
    expect(facts[0].pinned).toBe('1.0')
  })

  test('Zenodo: a record without a licence, a missing record', async () => {
    standIn.registry.zenodo['42'] = null
    const facts = await resolveReferences(
      [reference('doi', '10.5281/zenodo.42'), reference('doi', '10.5281/zenodo.43')],
      online()
    )
    expect(facts[0].unresolved).toBeUndefined()
    expect(facts[0].license).toBeUndefined()
    expect(facts[0].pinned).toBe('revision 3')
    expect(facts[1].unresolved?.reason).toBe('not-found')
  })
})

describe('resolveReferences never throws', () => {
  const kinds = [
    'hf-model',
    'hf-dataset',
    'arxiv',
    'doi',
    'github',
    'submodule',
    'url',
    'magnet'
  ] as const
  const roles = ['own-release', 'dependency', 'citation'] as const
  const arbitraryReference = fc
    .record({
      kind: fc.constantFrom(...kinds),
      id: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('a/b', '2401.00001', '10.5281/zenodo.1', 'x')
      ),
      role: fc.constantFrom(...roles),
      revision: fc.option(fc.string({ maxLength: 10 }), { nil: undefined })
    })
    .map(({ kind, id, role, revision }) => reference(kind, id, { role, revision }))

  test('whatever the references, one fact per distinct resolvable reference', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryReference, { maxLength: 6 }), async (references) => {
        const facts = await resolveReferences(references, online({ readCards: false }))
        const expected = new Set(
          references
            .filter(
              (r) =>
                r.role === 'own-release' ||
                (r.role === 'dependency' && (r.kind === 'github' || r.kind === 'submodule'))
            )
            .map((r) => `${r.kind}\n${r.id}\n${r.revision ?? ''}`)
        )
        expect(facts).toHaveLength(expected.size)
        for (const fact of facts) expect(typeof fact.fetchedAt).toBe('string')
      }),
      { numRuns: 40 }
    )
  })
})
