import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DEFAULT_POLICY_PATH,
  EMPTY_POLICY,
  PolicyError,
  loadPolicyFile,
  parsePolicy,
  type Policy
} from '../src/policy.js'

const SOURCE = DEFAULT_POLICY_PATH

function policyError(text: string): string {
  try {
    parsePolicy(text)
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error(`no error for ${JSON.stringify(text)}`)
}

const VALID = `
# Organisation policy for model releases
fail-under: 60
require-mof-class: II
require-osaid: true
fail-on-regression: true
require:
  - Model card
  - Training code
ignore:
  - vendor/**
  - "*.bak"
licenses:
  Model parameters (Final):
    license: Apache-2.0
    path: weights/
    reason: The weights are released under Apache-2.0 on the project site.
  Datasets:
    license: CDLA-Permissive-2.0
`

describe('parsePolicy', () => {
  it('reads a complete, valid file', () => {
    const expected: Policy = {
      'fail-under': 60,
      'require-mof-class': 2,
      'require-osaid': true,
      'fail-on-regression': true,
      require: ['Model card', 'Training code'],
      ignore: ['vendor/**', '*.bak'],
      licenses: {
        'Model parameters (Final)': {
          license: 'Apache-2.0',
          path: 'weights/',
          reason: 'The weights are released under Apache-2.0 on the project site.'
        },
        Datasets: { license: 'CDLA-Permissive-2.0' }
      }
    }
    expect(parsePolicy(VALID)).toEqual(expected)
  })

  it('an empty file or one with only comments is the empty policy', () => {
    expect(parsePolicy('')).toEqual(EMPTY_POLICY)
    expect(parsePolicy('# nothing yet\n')).toEqual(EMPTY_POLICY)
  })

  it.each([
    [1, 1],
    [3, 3],
    ['I', 1],
    ['Class II', 2],
    ['"3"', 3],
    ['none', null]
  ])('require-mof-class: %s is %p', (value, expected) => {
    expect(parsePolicy(`require-mof-class: ${value}`)['require-mof-class']).toBe(expected)
  })

  it.each([
    ['fail-under: 200', "'fail-under': expected a number from 0 to 100"],
    ['fail-under: -5', "'fail-under': expected a number from 0 to 100"],
    ['fail-under: "80"', "'fail-under': expected a number from 0 to 100"],
    ['require-mof-class: 4', "'require-mof-class': expected 1, 2, 3 (or I, II, III), or none"],
    ['require-osaid: yes', "'require-osaid': expected true or false"],
    ['fail-on-regression: 1', "'fail-on-regression': expected true or false"],
    ['require: Model card', "'require': expected a list of MOF component names"],
    [
      'require: [Model card, Weights]',
      `'require[1]': unknown component "Weights"; use one of the 17 MOF names, e.g. "Model card"`
    ],
    ['ignore: vendor/', "'ignore': expected a list of gitignore-style patterns"],
    ['ignore: [""]', "'ignore[0]': expected a non-empty gitignore-style pattern"],
    ['ignore: [[a]]', "'ignore[0]': expected a gitignore-style pattern"],
    [
      'licenses: [MIT]',
      "'licenses': expected a mapping from MOF component names to licence overrides"
    ],
    [
      'licenses: {Weights: {license: MIT}}',
      `'licenses': unknown component "Weights"; use one of the 17 MOF names, e.g. "Model card"`
    ],
    [
      'licenses: {Model card: MIT}',
      "'licenses.Model card': expected a mapping with license (and optionally path and reason)"
    ],
    [
      'licenses: {Model card: {license: 5}}',
      "'licenses.Model card.license': expected an SPDX id or licence name"
    ],
    [
      'licenses: {Model card: {license: MIT, owner: me}}',
      "'licenses.Model card': unknown key 'owner'"
    ]
  ])('%s → one line naming the key', (text, problem) => {
    expect(policyError(text)).toBe(`${SOURCE}: ${problem}`)
  })

  it('an unknown key is named', () => {
    expect(policyError('fail-under: 50\nminimum-score: 50\n')).toBe(
      `${SOURCE}: unknown key 'minimum-score'`
    )
  })

  it('unknown keys are shown on one line, escaped and capped', () => {
    const message = policyError(`"evil\\nkey${'x'.repeat(500)}": 1\n`)
    expect(message).toContain("unknown key 'evil\\nkey")
    expect(message.length).toBeLessThan(200)
  })

  it('a duplicated key is an error, not a silent override', () => {
    expect(policyError('fail-under: 80\nrequire-osaid: true\nfail-under: 0\n')).toBe(
      `${SOURCE}: 'fail-under': duplicate key (line 3)`
    )
  })

  it('a file that is not a mapping says so', () => {
    const expected = `${SOURCE}: expected a mapping of settings such as fail-under and require`
    expect(policyError('- fail-under\n- 80\n')).toBe(expected)
    expect(policyError('fail-under 80')).toBe(expected)
  })

  it('broken YAML gives the line and the parser message', () => {
    expect(policyError('require:\n  - Model card\nignore: [vendor\n')).toMatch(
      new RegExp(`^${SOURCE.replace(/\./g, '\\.')}: invalid YAML at line \\d+: .+`)
    )
  })

  it('an alias bomb is refused without expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i <= 9; i++) {
      const prev = `*a${i - 1}`
      lines.push(`a${i}: &a${i} [${Array(10).fill(prev).join(', ')}]`)
    }
    expect(policyError(lines.join('\n'))).toBe(
      `${SOURCE}: Excessive alias count indicates a resource exhaustion attack`
    )
  })

  it('names the file it was given', () => {
    expect(() => parsePolicy('nope: 1', 'policy/openness.yml')).toThrow(
      "policy/openness.yml: unknown key 'nope'"
    )
  })
})

describe('loadPolicyFile', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'model-openness-policy-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function repo(name: string): Promise<string> {
    const root = join(dir, name)
    await mkdir(join(root, '.github'), { recursive: true })
    return root
  }

  it('reads the default path', async () => {
    const root = await repo('valid')
    await writeFile(join(root, DEFAULT_POLICY_PATH), VALID)
    expect(await loadPolicyFile(root)).toEqual(parsePolicy(VALID))
  })

  it('a missing file at the default path is the empty policy', async () => {
    expect(await loadPolicyFile(join(dir, 'no-such-repo'))).toEqual(EMPTY_POLICY)
  })

  it('a missing file at an explicit path is an error', async () => {
    const root = await repo('explicit-missing')
    const path = join(root, 'policy/openness.yml')
    await expect(loadPolicyFile(root, path)).rejects.toThrow(PolicyError)
    await expect(loadPolicyFile(root, path)).rejects.toThrow(
      /openness\.yml: cannot read the policy file \(ENOENT\)$/
    )
  })

  it('reads an explicit path', async () => {
    const root = await repo('explicit')
    const path = join(root, 'policy.yml')
    await writeFile(path, 'fail-under: 30\n')
    expect(await loadPolicyFile(root, path)).toEqual({ 'fail-under': 30 })
  })

  it('reports problems in the file with the default path as source', async () => {
    const root = await repo('invalid')
    await writeFile(join(root, DEFAULT_POLICY_PATH), 'fail-under: lots\n')
    await expect(loadPolicyFile(root)).rejects.toThrow(
      `${DEFAULT_POLICY_PATH}: 'fail-under': expected a number from 0 to 100`
    )
  })

  it('a directory at the path is not a regular file', async () => {
    const root = await repo('directory')
    await mkdir(join(root, DEFAULT_POLICY_PATH))
    await expect(loadPolicyFile(root)).rejects.toThrow(`${DEFAULT_POLICY_PATH}: not a regular file`)
  })

  it('a FIFO at the path is refused without blocking', async () => {
    const root = await repo('fifo')
    execFileSync('mkfifo', [join(root, DEFAULT_POLICY_PATH)])
    await expect(loadPolicyFile(root)).rejects.toThrow(`${DEFAULT_POLICY_PATH}: not a regular file`)
  })

  it('a symbolic link is not followed', async () => {
    const root = await repo('symlink')
    await writeFile(join(root, 'elsewhere.yml'), 'fail-under: 10\n')
    await symlink(join(root, 'elsewhere.yml'), join(root, DEFAULT_POLICY_PATH))
    await expect(loadPolicyFile(root)).rejects.toThrow(
      `${DEFAULT_POLICY_PATH}: cannot read the policy file (ELOOP)`
    )
  })

  it('a file over the size cap is refused', async () => {
    const root = await repo('large')
    await writeFile(join(root, DEFAULT_POLICY_PATH), `# ${'x'.repeat(300 * 1024)}\n`)
    await expect(loadPolicyFile(root)).rejects.toThrow(
      `${DEFAULT_POLICY_PATH}: larger than 256 KiB`
    )
  })
})
