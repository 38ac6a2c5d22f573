import { describe, expect, it } from '@jest/globals'
import { combineGates, evaluateGates, type Gates } from '../src/policy/gates.js'
import { parsePolicy } from '../src/policy/schema.js'
import type { ReportChanges } from '../src/report/changes.js'
import type { OpennessReport } from '../src/report/types.js'

const OFF: Gates = {
  failUnder: 0,
  requireMofClass: null,
  requireOsaid: false,
  failOnRegression: false,
  require: []
}

function report(
  score: number,
  cls: 0 | 1 | 2 | 3,
  osaid: boolean,
  statuses: Record<string, OpennessReport['components'][number]['status']> = {}
) {
  return {
    score,
    mof: { class: cls, label: '', progress: { '1': 0, '2': 0, '3': 0 }, warnings: [] },
    osaid: { conformant: osaid, requirements: [] },
    components: Object.entries(statuses).map(([name, status]) => ({ name, status }))
  } as unknown as Pick<OpennessReport, 'score' | 'mof' | 'osaid' | 'components'>
}

describe('combineGates: flags tighten the policy file, never loosen it', () => {
  const policy = parsePolicy(
    'fail-under: 60\nrequire-mof-class: II\nrequire-osaid: false\nrequire: [Model card]\n'
  )

  it('takes the higher score, the more open class and either OSAID requirement', () => {
    expect(combineGates({ failUnder: 40, requireMofClass: 3, requireOsaid: true }, policy)).toEqual(
      {
        failUnder: 60,
        requireMofClass: 2,
        requireOsaid: true,
        failOnRegression: false,
        require: ['Model card']
      }
    )
    expect(combineGates({ failUnder: 80, requireMofClass: 1 }, policy)).toMatchObject({
      failUnder: 80,
      requireMofClass: 1
    })
  })

  it('is all off without flags or policy', () => {
    expect(combineGates({}, {})).toEqual(OFF)
  })
})

describe('evaluateGates', () => {
  it('returns nothing when every gate is met', () => {
    const gates = { ...OFF, failUnder: 90, requireMofClass: 1 as const, requireOsaid: true }
    expect(evaluateGates(report(100, 1, true), gates)).toEqual([])
  })

  it('names each failed gate with one line', () => {
    const gates: Gates = {
      failUnder: 90,
      requireMofClass: 2,
      requireOsaid: true,
      failOnRegression: false,
      require: ['Model card', 'Data card']
    }
    expect(
      evaluateGates(
        report(62.5, 3, false, { 'Model card': 'restricted', 'Data card': 'open' }),
        gates
      )
    ).toEqual([
      { gate: 'fail-under', message: 'score 62.5 is below 90' },
      { gate: 'require-mof-class', message: 'MOF Class III does not reach the required Class II' },
      { gate: 'require-osaid', message: 'the release does not conform to OSAID 1.0' },
      { gate: 'require', message: 'required component Model card is restricted' }
    ])
  })

  it('treats Unclassified as below every class', () => {
    expect(evaluateGates(report(50, 0, false), { ...OFF, requireMofClass: 3 })).toEqual([
      {
        gate: 'require-mof-class',
        message: 'MOF Unclassified does not reach the required Class III'
      }
    ])
  })

  it('fails on regression only with a comparison that regressed', () => {
    const changes = {
      regression: true,
      mofFrom: 1,
      mofTo: 2,
      scoreFrom: 100,
      scoreTo: 91,
      osaidFrom: true,
      osaidTo: true,
      lost: []
    } as unknown as ReportChanges
    const gates = { ...OFF, failOnRegression: true }
    expect(evaluateGates(report(91, 2, true), gates)).toEqual([])
    expect(evaluateGates(report(91, 2, true), gates, changes)).toEqual([
      { gate: 'fail-on-regression', message: 'openness regressed (MOF Class I → Class II)' }
    ])
    expect(evaluateGates(report(91, 2, true), OFF, changes)).toEqual([])
  })
})
