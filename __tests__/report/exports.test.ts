import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Validation, Spec } from '@cyclonedx/cyclonedx-library'
import { analyzeRepository } from '../../src/analyze.js'
import { reportToBadge } from '../../src/report/badge.js'
import { reportToCycloneDx } from '../../src/report/cyclonedx.js'
import { reportToSarif, type SarifLog } from '../../src/report/sarif.js'
import type { OpennessReport } from '../../src/report/types.js'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')
const require = createRequire(import.meta.url)

async function scan(name: string): Promise<OpennessReport> {
  return (await analyzeRepository(join(EXAMPLES, name), { repository: name })).report
}

/** The official SARIF 2.1.0 schema (draft-04), as Microsoft's SARIF test matchers ship it. */
const sarifSchema = JSON.parse(
  readFileSync(
    join(
      require.resolve('@microsoft/jest-sarif/package.json'),
      '..',
      'lib/schemas/sarif-2.1.0-rtm.5.json'
    ),
    'utf8'
  )
) as Record<string, unknown>
// CommonJS packages: their default export is the `default` property of module.exports.
const { default: Ajv04 } = require('ajv-draft-04') as typeof import('ajv-draft-04')
const { default: ajvFormats } = require('ajv-formats') as typeof import('ajv-formats')
// The published schema has a language-tag pattern that is only valid without the `u` flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false })
ajvFormats(ajv)
const validateSarif = ajv.compile(sarifSchema)

let reports: Record<string, OpennessReport>
beforeAll(async () => {
  reports = {}
  for (const name of ['open-science-model', 'open-weights-community', 'open-washing-no-weights'])
    reports[name] = await scan(name)
})

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema for every example', () => {
    for (const report of Object.values(reports)) {
      const log = reportToSarif(report, { pathPrefix: 'models/kestrel' })
      const valid = validateSarif(JSON.parse(JSON.stringify(log)))
      expect(validateSarif.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
  })

  it('has what upload-sarif requires: rules with texts, results with a location and fingerprint', () => {
    const log: SarifLog = reportToSarif(reports['open-weights-community'])
    const run = log.runs[0]
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver.name).toBe('model-openness')
    const ids = run.tool.driver.rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of run.tool.driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) {
        expect(text.length).toBeGreaterThan(0)
        expect(text.length).toBeLessThanOrEqual(1024)
      }
    }
    expect(run.results.length).toBe(
      reports['open-weights-community'].missingDisclosures.length +
        reports['open-weights-community'].openWashing.length
    )
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId)
      expect(result.message.text.length).toBeGreaterThan(0)
      expect(result.locations).toHaveLength(1)
      expect(result.locations[0].physicalLocation.artifactLocation.uri).not.toBe('')
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/)
    }
    const kinds = new Set(run.results.map((r) => r.ruleId.split('/')[1]))
    expect(kinds).toEqual(new Set(['missing', 'restricted', 'open-washing']))
    // A restricted component points at the licence file that restricts it.
    const restricted = run.results.find((r) => r.ruleId.startsWith('model-openness/restricted/'))
    expect(restricted?.locations[0].physicalLocation.artifactLocation.uri).toBe('LICENSE')
  })

  it('keeps fingerprints stable across runs and distinct across findings', () => {
    const a = reportToSarif(reports['open-weights-community']).runs[0].results
    const b = reportToSarif(structuredClone(reports['open-weights-community'])).runs[0].results
    expect(a.map((r) => r.partialFingerprints)).toEqual(b.map((r) => r.partialFingerprints))
    const prints = a.map((r) => r.partialFingerprints.primaryLocationLineHash)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('prefixes and percent-encodes locations of a repository in a subfolder', () => {
    const report = structuredClone(reports['open-washing-no-weights'])
    report.openWashing = [{ ...report.openWashing[0], path: 'docs/model card #1.md', line: 3 }]
    const result = reportToSarif(report, { pathPrefix: 'models/x/' }).runs[0].results.at(-1)
    expect(result?.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'models/x/docs/model%20card%20%231.md'
    )
  })

  it('the schema check rejects a log that breaks the schema (so the check above is real)', () => {
    const log = JSON.parse(JSON.stringify(reportToSarif(reports['open-weights-community'])))
    log.runs[0].results[0].level = 'fatal'
    expect(validateSarif(log)).toBe(false)
  })

  it('has no results for a fully open release', () => {
    expect(reportToSarif(reports['open-science-model']).runs[0].results).toEqual([])
  })
})

describe('CycloneDX', () => {
  const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6)

  it('validates against the CycloneDX 1.6 schema for every example', async () => {
    for (const report of Object.values(reports)) {
      const bom = JSON.stringify(reportToCycloneDx(report))
      expect(await validator.validate(bom)).toBeNull()
    }
  })

  it('the schema check rejects a BOM that breaks the schema (so the check above is real)', async () => {
    const bom = JSON.parse(JSON.stringify(reportToCycloneDx(reports['open-science-model'])))
    bom.components[0].type = 'neural-network'
    expect(await validator.validate(JSON.stringify(bom))).not.toBeNull()
  })

  it('describes the release as a machine-learning-model with a model card and licensed data', () => {
    const bom = reportToCycloneDx(reports['open-science-model'])
    const model = bom.components.find((c) => c.type === 'machine-learning-model')
    expect(model?.name).toBe('open-science-model')
    expect(model?.licenses).toEqual([{ expression: 'Apache-2.0', acknowledgement: 'concluded' }])
    expect(model?.modelCard?.properties).toEqual(
      expect.arrayContaining([
        { name: 'model-openness:score', value: '100' },
        { name: 'model-openness:mof-class', value: 'Class I' },
        { name: 'model-openness:osaid-conformant', value: 'true' }
      ])
    )
    const datasets = bom.components.find((c) => c.name === 'Datasets')
    expect(datasets?.type).toBe('data')
    expect(datasets?.licenses).toBeDefined()
    expect(datasets?.data?.[0]?.type).toBe('dataset')
    expect(model?.modelCard?.modelParameters?.datasets).toContainEqual({
      ref: datasets?.['bom-ref']
    })
    expect(datasets?.properties?.some((p) => p.name === 'model-openness:evidence')).toBe(true)
    expect(bom.dependencies[0].dependsOn).toContain(datasets?.['bom-ref'])
  })

  it('is deterministic and names missing components', () => {
    const report = reports['open-weights-community']
    expect(JSON.stringify(reportToCycloneDx(report))).toBe(
      JSON.stringify(reportToCycloneDx(structuredClone(report)))
    )
    const bom = reportToCycloneDx(report)
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(bom.metadata.properties).toContainEqual({
      name: 'model-openness:missing-component',
      value: 'Training code'
    })
  })
})

describe('badge', () => {
  it('is a shields.io endpoint with score and class, coloured by score', () => {
    expect(reportToBadge(reports['open-science-model'])).toEqual({
      schemaVersion: 1,
      label: 'model openness',
      message: '100/100 · MOF Class I',
      color: 'brightgreen'
    })
    expect(reportToBadge(reports['open-weights-community'])).toMatchObject({
      message: '13/100 · MOF Unclassified',
      color: 'red'
    })
  })

  it('greys out a partial scan and says so', () => {
    const report = structuredClone(reports['open-science-model'])
    report.inventory.partial = { reason: 'time budget reached', remaining: ['x'] }
    expect(reportToBadge(report)).toMatchObject({
      message: '100/100 · MOF Class I (partial)',
      color: 'lightgrey'
    })
  })
})
