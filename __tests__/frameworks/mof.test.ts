import { describe, expect, it } from '@jest/globals'
import {
  evaluateMof,
  isMotOpenLicense,
  isMotTypeAppropriate,
  MOF_CLASS_LABELS,
  roundMofProgress,
  type MofClassification
} from '../../src/frameworks/mof.js'
import { COMPONENT_NAMES, type ComponentName } from '../../src/model/components.js'

type Licenses = Partial<Record<ComponentName, string | null>>

function evaluate(licenses: Licenses): MofClassification {
  return evaluateMof({
    components: Object.entries(licenses).map(([name, license]) => ({
      name: name as ComponentName,
      license: license ?? null
    }))
  })
}

const CODE = 'Apache-2.0'
const DATA = 'CDLA-Permissive-2.0'
const DOC = 'CC-BY-4.0'

/** Class III requirements with a type-appropriate open licence each, research paper aside. */
const CLASS_III_WITHOUT_REPORT: Licenses = {
  'Model architecture': CODE,
  'Model parameters (Final)': DATA,
  'Evaluation results': DOC,
  'Model card': DOC,
  'Data card': DOC
}
const CLASS_III: Licenses = { ...CLASS_III_WITHOUT_REPORT, 'Technical report': DOC }
const CLASS_II_ADDITIONS: Licenses = {
  'Training code': CODE,
  'Inference code': CODE,
  'Evaluation code': CODE,
  'Evaluation data': DATA
}
const CLASS_I_ADDITIONS: Licenses = {
  Datasets: DATA,
  'Data preprocessing code': CODE,
  'Model parameters (Intermediate)': DATA,
  'Research paper': DOC
}
const OPTIONAL: Licenses = {
  'Sample model outputs': DOC,
  'Supporting libraries and tools': CODE,
  'Model metadata': DATA
}
const FULL: Licenses = { ...CLASS_III, ...CLASS_II_ADDITIONS, ...CLASS_I_ADDITIONS, ...OPTIONAL }

const FIVE_SIXTHS = 83.33333333333334

function without(licenses: Licenses, ...names: ComponentName[]): Licenses {
  return Object.fromEntries(
    Object.entries(licenses).filter(([name]) => !names.includes(name as ComponentName))
  )
}

function expectOutcome(
  result: MofClassification,
  klass: 0 | 1 | 2 | 3,
  progress: [number, number, number]
): void {
  expect({ class: result.class, label: result.label, progress: result.progress }).toEqual({
    class: klass,
    label: MOF_CLASS_LABELS[klass],
    progress: { '1': progress[0], '2': progress[1], '3': progress[2] }
  })
}

describe('evaluateMof: classes', () => {
  it('labels classes exactly as MOT does', () => {
    expect(MOF_CLASS_LABELS).toEqual({
      0: 'Unclassified',
      1: 'Class I - Open Science Model',
      2: 'Class II - Open Tooling Model',
      3: 'Class III - Open Model'
    })
  })

  it('puts a release with all 17 components under type-appropriate open licences in Class I', () => {
    const result = evaluate(FULL)
    expectOutcome(result, 1, [100, 100, 100])
    expect(result.warnings).toEqual([])
    expect(result.buckets['1'].included).toHaveLength(14)
    expect(result.buckets['1'].optional).toHaveLength(3)
    expect(result.buckets['1'].missing).toEqual([])
  })

  it('reaches Class I with the 14 required components and no optional ones', () => {
    const required = without(
      FULL,
      'Sample model outputs',
      'Supporting libraries and tools',
      'Model metadata'
    )
    expectOutcome(evaluate(required), 1, [100, 100, 100])
  })

  it('gives Class II but not I when the Class I components are absent (with technical report)', () => {
    const result = evaluate({ ...CLASS_III, ...CLASS_II_ADDITIONS })
    // 10 of the 14 Class I components.
    expectOutcome(result, 2, [71.42857142857143, 100, 100])
    expect(result.buckets['1'].missing).toEqual([
      'Data preprocessing code',
      'Model parameters (Intermediate)',
      'Datasets',
      'Research paper'
    ])
  })

  it('gives Class III only when no Class II component is listed', () => {
    const result = evaluate(CLASS_III)
    // Class II shows 6/10; Class I stays 0 because Class II is incomplete.
    expectOutcome(result, 3, [0, 60, 100])
    expect(result.buckets['2'].missing).toEqual([
      'Training code',
      'Inference code',
      'Evaluation code',
      'Evaluation data'
    ])
  })

  it('leaves an empty release unclassified with everything missing', () => {
    const result = evaluate({})
    expectOutcome(result, 0, [0, 0, 0])
    expect(result.buckets['3'].missing).toHaveLength(6)
    expect(result.buckets['2'].missing).toHaveLength(10)
    expect(result.buckets['1'].missing).toHaveLength(14)
  })

  it('shows 0% for a class unless every class it builds on is complete', () => {
    const result = evaluate(without(FULL, 'Data card'))
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(roundMofProgress(result.progress['3'])).toBe(83.33)
  })

  it('keeps the last licence when a component is listed twice, as MOT does', () => {
    const result = evaluateMof({
      components: [
        ...Object.entries(CLASS_III).map(([name, license]) => ({
          name: name as ComponentName,
          license: license ?? null
        })),
        { name: 'Model card', license: 'Proprietary' }
      ]
    })
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(result.buckets['3'].invalid).toEqual(['Model card'])
  })
})

describe('evaluateMof: research paper in place of the technical report', () => {
  it('accepts an open research paper for Class III when the report is absent', () => {
    const result = evaluate({ ...CLASS_III_WITHOUT_REPORT, 'Research paper': DOC })
    expectOutcome(result, 3, [0, 60, 100])
    expect(result.buckets['3'].included).toContain('Research paper')
    for (const key of ['1', '2', '3'] as const) {
      expect(result.buckets[key].missing).not.toContain('Technical report')
    }
  })

  it('lowers the Class I denominator by one when the paper stands in for the report', () => {
    const result = evaluate({
      ...CLASS_III_WITHOUT_REPORT,
      ...CLASS_II_ADDITIONS,
      'Research paper': DOC
    })
    // 10 included (paper counted once) of 13.
    expectOutcome(result, 2, [76.92307692307693, 100, 100])
  })

  it('reaches Class I without a technical report', () => {
    expectOutcome(evaluate(without(FULL, 'Technical report')), 1, [100, 100, 100])
  })

  it('caps progress at 100% when both report and paper are open', () => {
    expectOutcome(evaluate(FULL), 1, [100, 100, 100])
  })

  it('carries an unlicensed paper into Class III as unlicensed, not missing', () => {
    const result = evaluate({ ...CLASS_III_WITHOUT_REPORT, 'Research paper': 'unlicensed' })
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(result.buckets['3'].unlicensed).toEqual(['Research paper'])
    expect(result.buckets['3'].missing).toEqual([])
  })

  it('lets an open paper cover a technical report whose licence is not open', () => {
    const result = evaluate({
      ...CLASS_III_WITHOUT_REPORT,
      'Technical report': 'arXiv.org perpetual non-exclusive license 1.0',
      'Research paper': DOC
    })
    expectOutcome(result, 3, [0, 60, 100])
    expect(result.buckets['3'].invalid).toEqual(['Technical report'])
  })

  it('counts the technical report as missing when no paper is listed', () => {
    const result = evaluate(CLASS_III_WITHOUT_REPORT)
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(result.buckets['3'].missing).toEqual(['Technical report'])
  })
})

describe('evaluateMof: licences', () => {
  it.each([null, '', 'unlicensed'])('treats licence %p as no licence', (license) => {
    const result = evaluate({ ...CLASS_III, 'Data card': license })
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(result.buckets['3'].unlicensed).toEqual(['Data card'])
    expect(result.buckets['3'].invalid).toEqual([])
  })

  it('counts unlicensed components at every class level', () => {
    const result = evaluate({
      'Model architecture': null,
      'Model parameters (Final)': null,
      'Research paper': null,
      Datasets: null
    })
    expectOutcome(result, 0, [0, 0, 0])
    expect(result.buckets['1'].unlicensed).toEqual([
      'Model architecture',
      'Model parameters (Final)',
      'Datasets',
      'Research paper'
    ])
  })

  it.each([
    ['Apache 2.0', 'not an SPDX id'],
    ['apache-2.0', 'ids are case-sensitive'],
    ['BSD-3', 'not an SPDX id'],
    ['MIT license', 'not an SPDX id'],
    ['Llama 3.1 Community License Agreement', 'not open'],
    ['LicenseRef-llama3.1', 'not open'],
    ['CC-BY-NC-4.0', 'non-commercial'],
    ['OpenRAIL', 'use restrictions'],
    ['Proprietary', 'not open'],
    ['Unlicensed', 'only the exact marker means none']
  ])('rejects %p as invalid (%s)', (license) => {
    const result = evaluate({ ...CLASS_III, 'Model architecture': license })
    expectOutcome(result, 0, [0, 0, FIVE_SIXTHS])
    expect(result.buckets['3'].invalid).toEqual(['Model architecture'])
    expect(isMotOpenLicense(license)).toBe(false)
  })

  it.each([
    ['Datasets', 'PDDL-1.0'],
    ['Evaluation data', 'C-UDA-1.0'],
    ['Data card', 'CC-PDDC'],
    ['Model card', 'FreeBSD-DOC'],
    ['Training code', 'MulanPSL-1.0']
  ] as const)(
    'reproduces MOT: %s under %s is type-appropriate but not open, so invalid',
    (name, license) => {
      expect(isMotTypeAppropriate(license, name)).toBe(true)
      expect(isMotOpenLicense(license)).toBe(false)
      const result = evaluate({ ...FULL, [name]: license })
      expect(result.buckets['1'].invalid).toEqual([name])
      expect(result.class).not.toBe(1)
      expect(result.warnings).toEqual([])
    }
  )

  it('counts ODC-PDDL-1.0 (the id in MOT’s open-data list) as open', () => {
    expect(isMotOpenLicense('ODC-PDDL-1.0')).toBe(true)
    expectOutcome(evaluate({ ...FULL, Datasets: 'ODC-PDDL-1.0' }), 1, [100, 100, 100])
  })

  it('counts an open licence that does not suit the type, with a warning only', () => {
    const result = evaluate({ ...CLASS_III, 'Model parameters (Final)': 'MIT' })
    expectOutcome(result, 3, [0, 60, 100])
    expect(result.buckets['3'].included).toContain('Model parameters (Final)')
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('Model parameters (Final) (data)')
    expect(result.warnings[0]).toContain('MIT')
  })

  it('warns once per component across classes, also for optional components', () => {
    const result = evaluate({
      ...FULL,
      'Training code': 'GPL-3.0-only',
      'Model metadata': 'Apache-2.0'
    })
    expectOutcome(result, 1, [100, 100, 100])
    expect(result.warnings).toHaveLength(2)
    expect(result.warnings.join('\n')).toMatch(/Training code \(code\)[\s\S]*Model metadata/)
  })
})

describe('evaluateMof: optional components', () => {
  it('does not need optional components and does not count them', () => {
    const withOptional = evaluate({ ...CLASS_III, ...OPTIONAL })
    expectOutcome(withOptional, 3, [0, 60, 100])
    expect(withOptional.buckets['1'].optional).toEqual([
      'Sample model outputs',
      'Supporting libraries and tools',
      'Model metadata'
    ])
    expect(withOptional.buckets['3'].optional).toEqual(['Sample model outputs'])
  })

  it('lists unlicensed or invalid optional components without affecting the class', () => {
    const result = evaluate({
      ...CLASS_III,
      'Sample model outputs': null,
      'Supporting libraries and tools': 'BSD-3'
    })
    expectOutcome(result, 3, [0, 60, 100])
    expect(result.buckets['3'].unlicensed).toEqual(['Sample model outputs'])
    expect(result.buckets['2'].invalid).toEqual(['Supporting libraries and tools'])
    expect(result.buckets['1'].missing).not.toContain('Model metadata')
  })

  it('cannot make up for a missing required component', () => {
    expectOutcome(evaluate({ ...without(CLASS_III, 'Model card'), ...OPTIONAL }), 0, [
      0,
      0,
      FIVE_SIXTHS
    ])
  })
})

describe('evaluateMof: robustness', () => {
  it('ignores names that are not MOF components', () => {
    const result = evaluateMof({
      components: [{ name: 'Model weights' as ComponentName, license: 'MIT' }]
    })
    expectOutcome(result, 0, [0, 0, 0])
  })

  it('buckets every listed component exactly once per class', () => {
    const result = evaluate(FULL)
    const all = Object.values(result.buckets['1']).flat()
    expect([...all].sort()).toEqual([...COMPONENT_NAMES].sort())
  })
})
