import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { evaluateMof, type MofClassification, type MofInput } from '../../src/frameworks/mof.js'
import { COMPONENT_NAMES, type ComponentName } from '../../src/model/components.js'
import {
  buildMotRecord,
  evaluateMotRecord,
  parseMotRecord,
  validateAgainstMotSchema
} from '../../src/frameworks/mot-record.js'

const numRuns = Number(process.env.FUZZ_RUNS ?? 200)
/** YAML round trips cost about a millisecond; leave room for `npm run fuzz` (100 000 runs). */
const timeout = Math.max(60_000, numRuns * 4)

function expectWellFormed(result: { ok: true } | { ok: false; error: string }): void {
  if (!result.ok) {
    expect(typeof result.error).toBe('string')
    expect(result.error).not.toContain('\n')
    expect(result.error.length).toBeGreaterThan(0)
  }
}

/** Licences that exercise every branch: open and type-appropriate, open only, quirky, not open. */
const LICENSES = [
  'Apache-2.0',
  'MIT',
  'CC-BY-4.0',
  'CDLA-Permissive-2.0',
  'GPL-3.0-only',
  'PDDL-1.0',
  'Apache 2.0',
  'CC-BY-NC-4.0',
  'unlicensed',
  ''
]
const OPEN_LICENSES = ['Apache-2.0', 'MIT', 'CC-BY-4.0', 'CDLA-Permissive-2.0', 'GPL-3.0-only']

const componentName = fc.constantFrom(...COMPONENT_NAMES)
const mofInput: fc.Arbitrary<MofInput> = fc
  .array(fc.record({ name: componentName, license: fc.option(fc.constantFrom(...LICENSES)) }), {
    maxLength: 20
  })
  .map((components) => ({ components }))

/** Class I best, then II, III, unclassified worst. */
function rank(result: MofClassification): number {
  return result.class === 0 ? 0 : 4 - result.class
}

describe('parseMotRecord never throws', () => {
  it(
    'on arbitrary strings',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (text) => {
          expectWellFormed(parseMotRecord(text))
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'on YAML-looking text',
    () => {
      const token = fc.constantFrom(
        'release:',
        'framework:',
        'components:',
        '- name: Model card',
        'license:',
        '  ',
        '\n',
        '&a',
        '*a',
        '[',
        ']',
        '{',
        '}',
        ': ',
        '---',
        '!!binary',
        '<<: *a',
        "'",
        '"',
        '#',
        '~'
      )
      fc.assert(
        fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
          expectWellFormed(parseMotRecord(tokens.join('')))
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'on arbitrary JSON-ish values dumped to YAML',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
          expectWellFormed(parseMotRecord(stringify(value)))
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'on record-shaped values with arbitrary leaves',
    () => {
      const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(...LICENSES))
      const component = fc.record(
        {
          name: fc.oneof(componentName, fc.string({ maxLength: 20 }), leaf),
          license: leaf,
          description: leaf
        },
        { requiredKeys: [] }
      )
      const record = fc.record(
        {
          framework: leaf,
          release: fc.record(
            {
              name: leaf,
              license: fc.oneof(
                leaf,
                fc.record({ distribution: leaf, code: leaf, data: leaf, document: leaf })
              ),
              components: fc.oneof(leaf, fc.array(component, { maxLength: 8 }))
            },
            { requiredKeys: [] }
          )
        },
        { requiredKeys: [] }
      )
      fc.assert(
        fc.property(record, (value) => {
          const text = stringify(value)
          const evaluated = evaluateMotRecord(text)
          expectWellFormed(evaluated)
          if (evaluated.ok) {
            const { progress } = evaluated.classification
            for (const percent of Object.values(progress)) {
              expect(percent).toBeGreaterThanOrEqual(0)
              expect(percent).toBeLessThanOrEqual(100)
            }
          }
        }),
        { numRuns }
      )
    },
    timeout
  )
})

describe('evaluateMof', () => {
  it(
    'never lowers progress or class when a missing licence becomes open',
    () => {
      fc.assert(
        fc.property(mofInput, fc.nat(), fc.constantFrom(...OPEN_LICENSES), (input, pick, open) => {
          const unlicensed = input.components
            .map((c, index) => ({ c, index }))
            .filter(({ c }) => c.license === null)
          fc.pre(unlicensed.length > 0)
          const target = unlicensed[pick % unlicensed.length]?.index as number
          const improved: MofInput = {
            components: input.components.map((c, index) =>
              index === target ? { ...c, license: open } : c
            )
          }
          const before = evaluateMof(input)
          const after = evaluateMof(improved)
          for (const key of ['1', '2', '3'] as const) {
            expect(after.progress[key]).toBeGreaterThanOrEqual(before.progress[key])
          }
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before))
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'names the most open class whose progress is 100%',
    () => {
      fc.assert(
        fc.property(mofInput, (input) => {
          const result = evaluateMof(input)
          const complete = ([1, 2, 3] as const).filter((k) => result.progress[k] === 100)
          expect(result.class).toBe(complete[0] ?? 0)
          for (const value of Object.values(result.progress)) {
            expect(value).toBeGreaterThanOrEqual(0)
            expect(value).toBeLessThanOrEqual(100)
          }
        }),
        { numRuns }
      )
    },
    timeout
  )

  it(
    'classifies a built record as it classifies the components directly',
    () => {
      const statusOf = fc.constantFrom(
        'open',
        'restricted',
        'unlicensed',
        'missing'
      ) as fc.Arbitrary<'open' | 'restricted' | 'unlicensed' | 'missing'>
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.record({ name: componentName, status: statusOf }), {
            selector: (r) => r.name,
            maxLength: 17
          }),
          (picks) => {
            const reports = picks.map(({ name, status }) => ({
              name: name as ComponentName,
              status,
              presence: status === 'missing' ? ('missing' as const) : ('in-repository' as const),
              license:
                status === 'open' || status === 'restricted'
                  ? {
                      spdx: status === 'open' ? 'Apache-2.0' : null,
                      name: status === 'open' ? 'Apache License 2.0' : 'Custom Licence',
                      path: 'LICENSE',
                      source: 'license-file' as const,
                      open: status === 'open',
                      typeAppropriate: true,
                      contentType: 'code' as const
                    }
                  : null,
              evidence: [{ path: 'README.md', kind: 'file' as const, detail: 'seen' }],
              notes: []
            }))
            const built = buildMotRecord({ name: 'Fuzz' }, reports)
            expect(validateAgainstMotSchema(built)).toEqual([])
            const direct = evaluateMof({
              components: picks
                .filter((p) => p.status !== 'missing')
                .map((p) => ({
                  name: p.name,
                  license:
                    p.status === 'open'
                      ? 'Apache-2.0'
                      : p.status === 'restricted'
                        ? 'Custom Licence'
                        : null
                }))
            })
            const viaYaml = evaluateMotRecord(stringify(built))
            expect(viaYaml.ok && viaYaml.classification).toEqual(direct)
          }
        ),
        { numRuns }
      )
    },
    timeout
  )
})
