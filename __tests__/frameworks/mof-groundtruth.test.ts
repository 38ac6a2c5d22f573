/**
 * Agreement with third-party ground truth, read in place (never copied into the repository):
 * MOT's own expected API output for its 27 test records, and the classes derived for the 273
 * records of MOT's dataset. Skipped when the ground-truth folder is not next to the repository.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { roundMofProgress, type MofClassification } from '../../src/frameworks/mof.js'
import { evaluateMotRecord, parseMotRecord } from '../../src/frameworks/mot-record.js'

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const MOT_DIR = path.resolve(REPOSITORY_ROOT, '../shared/research/groundtruth/mot')
const COMPUTED_CLASSES = path.resolve(MOT_DIR, '../mot_computed_classes.json')
const present = existsSync(MOT_DIR) && existsSync(COMPUTED_CLASSES)

interface Expected {
  class: number
  label?: string
  progress: Record<'1' | '2' | '3', number>
  class3_included?: string[]
  class1_included?: string[]
  /** Component name → its licence string, for listed components that are not open. */
  not_open?: Record<string, string>
}

interface Outcome {
  file: string
  expected: Expected
  actual: MofClassification | string
}

function agrees(outcome: Outcome, round: (n: number) => number): boolean {
  const { expected, actual } = outcome
  if (typeof actual === 'string') return false
  if (expected.label !== undefined && expected.label !== actual.label) return false
  return (
    expected.class === actual.class &&
    (['1', '2', '3'] as const).every((k) => round(actual.progress[k]) === expected.progress[k])
  )
}

function evaluateFile(file: string): MofClassification | string {
  const result = evaluateMotRecord(readFileSync(file, 'utf8'))
  return result.ok ? result.classification : result.error
}

/** MOT's expected_results.json has trailing commas; drop them before JSON.parse. */
function parseLenientJson(text: string): unknown {
  return JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'))
}

function testDataOutcomes(): Outcome[] {
  const dir = path.join(MOT_DIR, 'Test_Data')
  const results = parseLenientJson(readFileSync(path.join(dir, 'expected_results.json'), 'utf8'))
  const byName = new Map<string, Expected>()
  for (const model of (results as { models: { release: { name: string } }[] }).models) {
    const entry = model as unknown as { release: { name: string }; classification: Expected }
    byName.set(entry.release.name, entry.classification)
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f)
      // Several file names were not updated with the record; the record's own name is the key.
      const parsed = parseMotRecord(readFileSync(file, 'utf8'))
      const expected = parsed.ok ? byName.get(parsed.record.release.name ?? '') : undefined
      if (expected === undefined) throw new Error(`no expected result for ${f}`)
      return { file: f, expected, actual: evaluateFile(file) }
    })
}

function datasetOutcomes(): Outcome[] {
  const computed = JSON.parse(readFileSync(COMPUTED_CLASSES, 'utf8')) as (Expected & {
    file: string
  })[]
  return computed.map((entry) => ({
    file: entry.file,
    expected: entry,
    actual: evaluateFile(path.join(MOT_DIR, entry.file))
  }))
}

const describeIfPresent = present ? describe : describe.skip
if (!present) {
  console.log(`MOT ground truth not found at ${MOT_DIR}; skipping the agreement tests`)
}

describeIfPresent('MOT ground truth', () => {
  const testData = present ? testDataOutcomes() : []
  const dataset = present ? datasetOutcomes() : []
  const testDataAgreeing = testData.filter((o) => agrees(o, (n) => n)).length
  const datasetAgreeing = dataset.filter((o) => agrees(o, roundMofProgress)).length

  it(`reproduces MOT's expected API output exactly for ${testDataAgreeing}/${testData.length} Test_Data records`, () => {
    expect(testData).toHaveLength(27)
    for (const outcome of testData) {
      const actual = outcome.actual as MofClassification
      expect({ file: outcome.file, class: actual.class, label: actual.label }).toEqual({
        file: outcome.file,
        class: outcome.expected.class,
        label: outcome.expected.label
      })
      // Unrounded floats, exactly as MOT's JSON API returns them (e.g. 83.33333333333334).
      expect({ file: outcome.file, progress: actual.progress }).toEqual({
        file: outcome.file,
        progress: outcome.expected.progress
      })
    }
    expect(testDataAgreeing).toBe(testData.length)
  })

  it(`matches the derived classes for ${datasetAgreeing}/${dataset.length} models/*.yml records`, () => {
    expect(dataset).toHaveLength(273)
    for (const outcome of dataset) {
      expect(typeof outcome.actual).toBe('object')
      const actual = outcome.actual as MofClassification
      expect({
        file: outcome.file,
        class: actual.class,
        label: actual.label,
        progress: {
          '1': roundMofProgress(actual.progress['1']),
          '2': roundMofProgress(actual.progress['2']),
          '3': roundMofProgress(actual.progress['3'])
        }
      }).toEqual({
        file: outcome.file,
        class: outcome.expected.class,
        label: outcome.expected.label,
        progress: outcome.expected.progress
      })
    }
    expect(datasetAgreeing).toBe(dataset.length)
  })

  const sameComponents = (outcome: Outcome): boolean => {
    const result = evaluateMotRecord(readFileSync(path.join(MOT_DIR, outcome.file), 'utf8'))
    if (!result.ok) return false
    const { buckets } = result.classification
    const notOpen: Record<string, string> = {}
    for (const component of result.input.components) {
      const { invalid, unlicensed } = buckets['1']
      if (invalid.includes(component.name) || unlicensed.includes(component.name)) {
        notOpen[component.name] = component.license ?? 'unlicensed'
      }
    }
    const sorted = (list: readonly string[]): string[] => [...list].sort()
    return (
      JSON.stringify(sorted(buckets['3'].included)) ===
        JSON.stringify(outcome.expected.class3_included) &&
      JSON.stringify(sorted(buckets['1'].included)) ===
        JSON.stringify(outcome.expected.class1_included) &&
      JSON.stringify(Object.entries(notOpen).sort()) ===
        JSON.stringify(Object.entries(outcome.expected.not_open ?? {}).sort())
    )
  }
  const componentsAgreeing = dataset.filter(sameComponents)

  it(`counts the same included and not-open components for ${componentsAgreeing.length}/${dataset.length} records`, () => {
    expect(dataset.filter((o) => !sameComponents(o)).map((o) => o.file)).toEqual([])
  })

  it('finds the published class distribution: 14 Class I, 1 Class II, 16 Class III, 242 unclassified', () => {
    const count = (k: number): number =>
      dataset.filter((o) => typeof o.actual !== 'string' && o.actual.class === k).length
    expect([count(1), count(2), count(3), count(0)]).toEqual([14, 1, 16, 242])
  })
})
