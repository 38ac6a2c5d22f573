import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import {
  INPUT_DEFAULTS,
  InputError,
  mergeGates,
  parseInputs,
  type ActionInputs
} from '../../src/github/inputs.js'
import type { Policy } from '../../src/policy.js'

const action = parseYaml(
  readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')
) as { inputs: Record<string, { default?: unknown; required?: boolean }> }

/** Like core.getInput: unset inputs read as ''. */
const from =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

function parse(values: Record<string, string>): ActionInputs {
  return parseInputs(from(values))
}

function errorOf(values: Record<string, string>): string {
  try {
    parse(values)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error(`no error for ${JSON.stringify(values)}`)
}

const DEFAULT_INPUTS: ActionInputs = {
  path: '.',
  'github-token': '',
  comment: 'always',
  config: '.github/model-openness.yml',
  'fail-under': 0,
  'require-mof-class': null,
  'require-osaid': false,
  'fail-on-regression': false,
  'report-path': 'model-openness-report.json',
  'sarif-path': '',
  'max-seconds': 120,
  'max-text-files': 1000,
  resolve: 'online',
  'policy-source': 'base',
  'api-timeout-seconds': 60
}

describe('input defaults', () => {
  it('cover exactly the inputs action.yml declares, all optional with a default', () => {
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect({ name, required: spec.required }).toEqual({ name, required: false })
      expect({ name, hasDefault: typeof spec.default === 'string' }).toEqual({
        name,
        hasDefault: true
      })
    }
  })

  it("equal action.yml's defaults", () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      // The token default is an expression only the runner can evaluate.
      if (name === 'github-token') continue
      expect({ name, value: INPUT_DEFAULTS[name as keyof ActionInputs] }).toEqual({
        name,
        value: spec.default
      })
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}')
  })

  it('parse to the documented meaning when every input is empty', () => {
    expect(parse({})).toEqual(DEFAULT_INPUTS)
  })

  it("action.yml's defaults, as the runner passes them, parse to the same values", () => {
    const given = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default)])
    )
    expect(parse(given)).toEqual({ ...DEFAULT_INPUTS, 'github-token': '${{ github.token }}' })
  })

  it('treat whitespace-only values as empty and trim the rest', () => {
    expect(parse({ path: '   ', comment: ' never \n', 'fail-under': ' 40 ' })).toMatchObject({
      path: '.',
      comment: 'never',
      'fail-under': 40
    })
  })
})

describe('each input', () => {
  it('path, config and report-path are taken as given', () => {
    expect(
      parse({ path: 'models/wren', config: 'policy/openness.yml', 'report-path': '/tmp/r.json' })
    ).toMatchObject({
      path: 'models/wren',
      config: 'policy/openness.yml',
      'report-path': '/tmp/r.json'
    })
  })

  it('github-token is passed through', () => {
    expect(parse({ 'github-token': 'ghs_abc' })['github-token']).toBe('ghs_abc')
  })

  it.each(['always', 'on-change', 'never'] as const)('comment accepts %s', (mode) => {
    expect(parse({ comment: mode }).comment).toBe(mode)
  })

  it('comment rejects anything else, naming the input and the value', () => {
    expect(errorOf({ comment: 'sometimes' })).toBe(
      'input \'comment\' must be always, on-change or never, got "sometimes"'
    )
    expect(errorOf({ comment: 'Always' })).toContain("input 'comment'")
  })

  it.each(['online', 'offline', 'lock'] as const)('resolve accepts %s', (mode) => {
    expect(parse({ resolve: mode }).resolve).toBe(mode)
  })

  it('resolve rejects anything else, naming the input and the value', () => {
    expect(errorOf({ resolve: 'sometimes' })).toBe(
      'input \'resolve\' must be online, offline or lock, got "sometimes"'
    )
  })

  it.each([
    ['0', 0],
    ['50', 50],
    ['72.5', 72.5],
    ['100', 100]
  ])('fail-under %s is %d', (value, expected) => {
    expect(parse({ 'fail-under': value })['fail-under']).toBe(expected)
  })

  it.each(['-1', '101', '100.5', 'high', '1e2', '50%'])('fail-under rejects %s', (value) => {
    expect(errorOf({ 'fail-under': value })).toBe(
      "input 'fail-under' must be a number from 0 to 100"
    )
  })

  it.each([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['Class I', 1],
    ['Class III', 3],
    ['none', null]
  ])('require-mof-class %s is %p', (value, expected) => {
    expect(parse({ 'require-mof-class': value })['require-mof-class']).toBe(expected)
  })

  it.each(['0', '4', 'IV', 'class 2', 'gold'])('require-mof-class rejects %s', (value) => {
    expect(errorOf({ 'require-mof-class': value })).toBe(
      `input 'require-mof-class' must be 1, 2, 3 (or I, II, III) or none, got ${JSON.stringify(value)}`
    )
  })

  it.each(['require-osaid', 'fail-on-regression'] as const)(
    '%s takes true or false in any of the YAML 1.2 spellings',
    (name) => {
      for (const value of ['true', 'True', 'TRUE'])
        expect(parse({ [name]: value })[name]).toBe(true)
      for (const value of ['false', 'False', 'FALSE'])
        expect(parse({ [name]: value })[name]).toBe(false)
      expect(errorOf({ [name]: 'yes' })).toBe(`input '${name}' must be true or false, got "yes"`)
      expect(errorOf({ [name]: '1' })).toBe(`input '${name}' must be true or false, got "1"`)
    }
  )

  it.each([
    ['120', 120],
    ['0.5', 0.5],
    ['21600', 21_600]
  ])('max-seconds %s is %d', (value, expected) => {
    expect(parse({ 'max-seconds': value })['max-seconds']).toBe(expected)
  })

  it('max-text-files takes a whole number from 1 to 1000000', () => {
    expect(parse({ 'max-text-files': '5000' })['max-text-files']).toBe(5000)
    for (const value of ['0', '1.5', 'all', '1000001'])
      expect(errorOf({ 'max-text-files': value })).toBe(
        "input 'max-text-files' must be a whole number from 1 to 1000000"
      )
  })

  it('max-seconds rejects zero, too long and non-numbers', () => {
    expect(errorOf({ 'max-seconds': '0' })).toBe(
      "input 'max-seconds' must be between 0 and 21600 seconds"
    )
    expect(errorOf({ 'max-seconds': '21601' })).toBe(
      "input 'max-seconds' must be between 0 and 21600 seconds"
    )
    expect(errorOf({ 'max-seconds': '2m' })).toBe(
      "input 'max-seconds' must be a positive number of seconds"
    )
  })

  it('report-path may not climb out of the runner temp folder', () => {
    const message =
      "input 'report-path' must stay inside the runner temp folder (no '..' out of it) or be an absolute path"
    for (const path of ['../../x.json', '..', 'reports/../../x.json', '../x.json'])
      expect(errorOf({ 'report-path': path })).toBe(message)
    for (const path of ['reports/x.json', 'a/../x.json', '..x.json', '/tmp/out/x.json'])
      expect(parse({ 'report-path': path })['report-path']).toBe(path)
  })

  it('policy-source is base or head', () => {
    expect(parse({ 'policy-source': 'head' })['policy-source']).toBe('head')
    expect(errorOf({ 'policy-source': 'pr' })).toBe(
      'input \'policy-source\' must be base or head, got "pr"'
    )
  })

  it('api-timeout-seconds is 1 to 600 seconds', () => {
    expect(parse({ 'api-timeout-seconds': '2.5' })['api-timeout-seconds']).toBe(2.5)
    for (const value of ['0', '601', 'soon'])
      expect(errorOf({ 'api-timeout-seconds': value })).toBe(
        "input 'api-timeout-seconds' must be a number of seconds from 1 to 600"
      )
  })

  it('reports the first bad input, on one line', () => {
    const message = errorOf({ comment: 'x\ny', 'fail-under': 'high' })
    expect(message).not.toContain('\n')
    expect(message.startsWith("input '")).toBe(true)
  })
})

describe('mergeGates: the stricter of input and policy file wins', () => {
  const inputs = (values: Record<string, string> = {}): ActionInputs => parse(values)
  const gates = (values: Record<string, string>, policy: Policy) =>
    mergeGates(inputs(values), policy)

  it('with neither, every gate is off', () => {
    expect(gates({}, {})).toEqual({
      failUnder: 0,
      requireMofClass: null,
      requireOsaid: false,
      failOnRegression: false,
      require: []
    })
  })

  it('fail-under: the higher score', () => {
    expect(gates({ 'fail-under': '40' }, { 'fail-under': 60 }).failUnder).toBe(60)
    expect(gates({ 'fail-under': '70' }, { 'fail-under': 60 }).failUnder).toBe(70)
    expect(gates({ 'fail-under': '70' }, {}).failUnder).toBe(70)
    expect(gates({}, { 'fail-under': 10 }).failUnder).toBe(10)
  })

  it('require-mof-class: the more open class (lower number); none never loosens', () => {
    expect(gates({ 'require-mof-class': '3' }, { 'require-mof-class': 2 }).requireMofClass).toBe(2)
    expect(gates({ 'require-mof-class': '1' }, { 'require-mof-class': 2 }).requireMofClass).toBe(1)
    expect(gates({ 'require-mof-class': 'none' }, { 'require-mof-class': 3 }).requireMofClass).toBe(
      3
    )
    expect(
      gates({ 'require-mof-class': 'II' }, { 'require-mof-class': null }).requireMofClass
    ).toBe(2)
  })

  it('require-osaid and fail-on-regression: on when either turns them on', () => {
    expect(gates({ 'require-osaid': 'true' }, {}).requireOsaid).toBe(true)
    expect(gates({ 'require-osaid': 'false' }, { 'require-osaid': true }).requireOsaid).toBe(true)
    expect(gates({}, { 'require-osaid': false }).requireOsaid).toBe(false)
    expect(gates({ 'fail-on-regression': 'true' }, {}).failOnRegression).toBe(true)
    expect(
      gates({ 'fail-on-regression': 'false' }, { 'fail-on-regression': true }).failOnRegression
    ).toBe(true)
  })

  it('require comes from the policy file', () => {
    expect(gates({}, { require: ['Model card', 'Datasets'] }).require).toEqual([
      'Model card',
      'Datasets'
    ])
  })
})
