import { describe, expect, it } from '@jest/globals'
import { compareDeclaration } from '../../src/frameworks/declared.js'
import { missingDisclosures } from '../../src/frameworks/disclosures.js'
import {
  COMPONENT_NAMES,
  componentDefinition,
  type ComponentName
} from '../../src/model/components.js'
import { parseMotRecord } from '../../src/frameworks/mot-record.js'
import { evaluateOsaiIndex } from '../../src/frameworks/osai-index.js'
import { evaluateOsaid } from '../../src/frameworks/osaid.js'
import { accurateWording, detectOpenWashing } from '../../src/frameworks/open-washing.js'
import type { ComponentReport, ComponentStatus } from '../../src/model/licenses.js'

function report(
  statuses: Partial<Record<ComponentName, ComponentStatus | [ComponentStatus, string]>>
): ComponentReport[] {
  return COMPONENT_NAMES.map((name): ComponentReport => {
    const entry = statuses[name] ?? 'missing'
    const [status, spdx] = Array.isArray(entry) ? entry : [entry, 'Apache-2.0']
    const present = status !== 'missing'
    return {
      name,
      status,
      presence: present ? 'in-repository' : 'missing',
      license:
        present && status !== 'unlicensed'
          ? {
              spdx,
              name: spdx,
              path: 'LICENSE',
              source: 'license-file',
              open: status === 'open',
              typeAppropriate: true,
              contentType: componentDefinition(name).contentType
            }
          : null,
      evidence: present ? [{ path: 'x', kind: 'file', detail: 'x' }] : [],
      notes: []
    }
  })
}

const ALL_OPEN = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, 'open'])) as Record<
  ComponentName,
  ComponentStatus
>
const OSAID_MINIMUM: Partial<Record<ComponentName, ComponentStatus>> = {
  'Data card': 'open',
  'Data preprocessing code': 'open',
  'Training code': 'open',
  'Evaluation code': 'open',
  'Inference code': 'open',
  'Model architecture': 'open',
  'Model parameters (Final)': 'open'
}

describe('OSAID 1.0', () => {
  it('is met by data information, the code and the parameters; the datasets themselves are not required', () => {
    const verdict = evaluateOsaid(report(OSAID_MINIMUM))
    expect(verdict.conformant).toBe(true)
    expect(verdict.requirements.find((r) => r.id === 'code-supporting-libraries')).toMatchObject({
      met: true,
      reason: 'none found; required only if used'
    })
  })

  it('fails requirement by requirement with the reason', () => {
    const verdict = evaluateOsaid(
      report({
        ...OSAID_MINIMUM,
        'Data card': 'missing',
        'Model parameters (Final)': ['restricted', 'LicenseRef-llama3.1']
      })
    )
    expect(verdict.conformant).toBe(false)
    expect(verdict.requirements.filter((r) => !r.met).map((r) => r.id)).toEqual([
      'data-information',
      'model-parameters'
    ])
    expect(verdict.requirements.find((r) => r.id === 'model-parameters')?.reason).toBe(
      'Model parameters (Final): under LicenseRef-llama3.1, which is not open'
    )
  })

  it('asks for OSI-approved licences on code: an open-data licence on code does not do', () => {
    const verdict = evaluateOsaid(
      report({ ...OSAID_MINIMUM, 'Training code': ['open', 'CC-BY-4.0'] })
    )
    expect(verdict.requirements.find((r) => r.id === 'code-training')).toMatchObject({ met: false })
    expect(verdict.requirements.find((r) => r.id === 'code-training')?.reason).toMatch(
      /not an OSI-approved licence/
    )
  })

  it('accepts open-data licences for the parameters', () => {
    expect(
      evaluateOsaid(
        report({ ...OSAID_MINIMUM, 'Model parameters (Final)': ['open', 'CDLA-Permissive-2.0'] })
      ).conformant
    ).toBe(true)
  })
})

describe('Open Source AI Index', () => {
  it('rates all 12 dimensions and scores their mean', () => {
    const result = evaluateOsaiIndex(report(ALL_OPEN), {
      modelCardSections: [
        'Training Data',
        'Evaluation',
        'Uses',
        'Model Details',
        'How to Get Started',
        'Hardware'
      ],
      fineTuned: false
    })
    expect(result.dimensions.map((d) => d.key)).toEqual([
      'datasources_basemodel',
      'datasources_endmodel',
      'weights_basemodel',
      'weights_endmodel',
      'trainingcode',
      'code',
      'hardware_architecture',
      'preprint',
      'paper',
      'modelcard',
      'datasheet',
      'licenses'
    ])
    expect(result.dimensions.find((d) => d.key === 'paper')?.class).toBe('closed')
    expect(result.score).toBe(0.917)
  })

  it('rates restricted weights partial and missing weights closed', () => {
    const weights = (s: ComponentStatus) =>
      evaluateOsaiIndex(report({ 'Model parameters (Final)': s }), {
        modelCardSections: [],
        fineTuned: false
      }).dimensions.find((d) => d.key === 'weights_endmodel')?.class
    expect([weights('open'), weights('restricted'), weights('missing')]).toEqual([
      'open',
      'partial',
      'closed'
    ])
    expect(evaluateOsaiIndex(report({}), { modelCardSections: [], fineTuned: false }).score).toBe(0)
  })
})

describe('missing disclosures', () => {
  it('lists what the next MOF class needs, then OSAID, each with a file and the clauses', () => {
    const list = missingDisclosures(
      report({
        'Model architecture': 'open',
        'Model parameters (Final)': ['restricted', 'LicenseRef-gemma'],
        'Model card': 'unlicensed'
      }),
      0,
      evaluateOsaid(report({}))
    )
    expect(list.map((d) => [d.component, d.action])).toEqual([
      ['Model parameters (Final)', 'relicense'],
      ['Technical report', 'add'],
      ['Evaluation results', 'add'],
      ['Model card', 'license'],
      ['Data card', 'add'],
      ['Data preprocessing code', 'add'],
      ['Training code', 'add'],
      ['Evaluation code', 'add'],
      ['Inference code', 'add']
    ])
    expect(list.find((d) => d.component === 'Data card')).toMatchObject({
      file: 'DATA_CARD.md',
      clauses: ['MOF Class III', 'OSAID 1.0, Data Information']
    })
  })

  it('does not ask for a technical report when an open research paper stands in for it', () => {
    const list = missingDisclosures(
      report({ 'Research paper': 'open' }),
      0,
      evaluateOsaid(report({ 'Research paper': 'open' }))
    )
    expect(list.some((d) => d.component === 'Technical report')).toBe(false)
  })

  it('asks for the licence of a component kept elsewhere to be stated, never for a LICENSE file here', () => {
    const components = report({ ...OSAID_MINIMUM, 'Model parameters (Final)': 'unlicensed' }).map(
      (c): ComponentReport =>
        c.name === 'Model parameters (Final)'
          ? {
              ...c,
              presence: 'by-reference',
              evidence: [
                {
                  path: 'README.md',
                  line: 3,
                  kind: 'reference',
                  detail: 'Hugging Face model',
                  url: 'https://huggingface.co/acme/m'
                }
              ]
            }
          : c
    )
    const weights = missingDisclosures(components, 0, evaluateOsaid(components)).find(
      (d) => d.component === 'Model parameters (Final)'
    )
    expect(weights?.what).toMatch(
      /kept outside the repository \(https:\/\/huggingface\.co\/acme\/m\)/
    )
    expect(weights?.what).toMatch(/licence not stated in the repository/)
    expect(weights?.file).toMatch(/LICENSE-MODEL, which governs hosted weights/)
  })

  it('is empty for a Class I, OSAID-conformant release', () => {
    const all = report(ALL_OPEN)
    expect(missingDisclosures(all, 1, evaluateOsaid(all))).toEqual([])
  })
})

describe('open-washing', () => {
  const claim = {
    path: 'README.md',
    line: 3,
    phrase: 'open-source',
    text: 'X is an open-source model.'
  }

  it('flags an open-source claim that OSAID does not bear out, with accurate wording', () => {
    const comps = report({ 'Model parameters (Final)': 'open' })
    const [flag] = detectOpenWashing([claim], comps, evaluateOsaid(comps), 0)
    expect(flag).toMatchObject({ path: 'README.md', line: 3, phrase: 'open-source' })
    expect(flag.problem).toMatch(/^not Open Source AI under OSAID 1\.0: data information/)
    expect(flag.suggestion).toMatch(/^"open weights"/)
  })

  it('accepts "open source" for an OSAID-conformant release but asks Class I for "fully open"', () => {
    const comps = report(OSAID_MINIMUM)
    const osaid = evaluateOsaid(comps)
    expect(detectOpenWashing([claim], comps, osaid, 0)).toEqual([])
    expect(
      detectOpenWashing([{ ...claim, phrase: 'fully open' }], comps, osaid, 3)[0].problem
    ).toMatch(/Class III, not Class I/)
  })

  it('words the suggestion by what is actually open', () => {
    expect(
      accurateWording(report({ 'Model parameters (Final)': ['restricted', 'LicenseRef-gemma'] }))
    ).toMatch(/^"weights available under LicenseRef-gemma"/)
    expect(accurateWording(report({ 'Inference code': 'open' }))).toMatch(/^"open-source code"/)
    expect(accurateWording(report({}))).toMatch(/^"publicly available"/)
  })
})

describe('declared versus detected', () => {
  it('compares each declared component with what was found', () => {
    const parsed = parseMotRecord(
      "framework: {name: 'Model Openness Framework', version: '1.0', date: '2024-12-15'}\nrelease:\n  name: X\n  producer: Y\n  license: {distribution: {name: Apache-2.0}}\n  components:\n    - name: Training code\n    - name: Model card\n    - name: Datasets\n      license: unlicensed\n"
    )
    if (!parsed.ok) throw new Error(parsed.error)
    const rows = compareDeclaration(
      parsed.record,
      report({ 'Model card': 'open', Datasets: 'unlicensed', 'Inference code': 'open' })
    )
    expect(rows.find((r) => r.component === 'Training code')).toMatchObject({
      agrees: false,
      message: 'declares Training code under Apache-2.0; no training code found'
    })
    expect(rows.find((r) => r.component === 'Model card')?.agrees).toBe(true)
    expect(rows.find((r) => r.component === 'Datasets')?.agrees).toBe(true)
    expect(rows.find((r) => r.component === 'Inference code')).toMatchObject({
      agrees: true,
      message: 'Inference code found but not declared'
    })
  })
})
