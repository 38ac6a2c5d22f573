import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { safetensorsBytes } from '../../scripts/weight-writers.mjs'
import {
  cli,
  markdownProblems,
  missingEvidence,
  removeTree,
  scanBoth,
  tempDir,
  write,
  type ScanOutcome
} from '../helpers/hostile.js'

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i <= 9; i++) {
    const ref = `*a${i - 1}`
    lines.push(`a${i}: &a${i} [${Array(9).fill(ref).join(', ')}]`)
  }
  return lines.join('\n') + '\n'
}

/** `depth` nested objects `{"k":{"k":…}}` around a value. */
function nestedObjects(depth: number, key = 'k'): string {
  return `{"${key}":`.repeat(depth) + '1' + '}'.repeat(depth)
}

/** `depth` nested arrays `[[…]]`. */
function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth)
}

describe('YAML alias bombs', () => {
  let root: string
  let scan: ScanOutcome

  beforeAll(async () => {
    root = tempDir('yaml')
    write(root, 'README.md', `---\nlicense: mit\n${aliasBomb()}---\n# Bomb card\n\nA model.\n`)
    write(root, 'mof.yml', `framework:\n  name: Model Openness Framework\n${aliasBomb()}`)
    write(root, 'configs/train.yaml', `learning_rate: 0.001\n${aliasBomb()}`)
    write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
    scan = await scanBoth(root)
  }, 30_000)

  afterAll(() => removeTree(root))

  it('finishes with a report when the card and the MOF declaration are bombs', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.declarationPath).toBe('mof.yml')
  })

  it('says the declaration could not be read instead of expanding it', () => {
    expect(scan.report.warnings.some((w) => w.startsWith('mof.yml: '))).toBe(true)
    expect(scan.report.declared).toEqual([])
    // A few KB of report, not 9^9 expanded strings.
    expect(JSON.stringify(scan.report).length).toBeLessThan(1_000_000)
  })

  it('cites only existing paths and keeps the Markdown well formed', () => {
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})

describe('a policy file that is an alias bomb', () => {
  let root: string

  beforeAll(() => {
    root = tempDir('policy')
    write(root, 'README.md', '# Model\n')
    write(root, '.github/model-openness.yml', `fail-under: 10\n${aliasBomb()}`)
    write(root, 'bomb-policy.yml', `require-osaid: true\n${aliasBomb()}`)
  })

  afterAll(() => removeTree(root))

  it('ends with exit 2 and a one-line message for --config', async () => {
    const result = await cli(['scan', root, '--config', join(root, 'bomb-policy.yml')])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^model-openness: .*bomb-policy\.yml/)
  }, 20_000)

  it('ends with exit 2 and a one-line message for the default policy path', async () => {
    const result = await cli(['scan', root, '--format', 'markdown'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^model-openness: \.github\/model-openness\.yml/)
  }, 20_000)
})

describe('deeply nested JSON', () => {
  let root: string
  let scan: ScanOutcome

  beforeAll(async () => {
    root = tempDir('json')
    write(root, 'README.md', '---\nlicense: apache-2.0\n---\n# Nested\n\nA model.\n')
    write(root, 'config.json', `{"model_type":"llama","x":${nestedObjects(1000)}}`)
    write(root, 'generation_config.json', nestedArrays(1000))
    write(
      root,
      'model.safetensors.index.json',
      `{"metadata":{"total_size":${nestedObjects(1000)}},"weight_map":${nestedObjects(1000, 'w')}}`
    )
    write(root, 'tokenizer_config.json', nestedArrays(1000))
    write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
    scan = await scanBoth(root)
  }, 30_000)

  afterAll(() => removeTree(root))

  it('finishes with a report for 1,000 levels in config.json and a *.index.json', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.inventory.files).toBe(6)
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})

describe('100,000 levels of nesting', () => {
  let root: string

  beforeAll(() => {
    root = tempDir('json-deep')
    write(root, 'config.json', nestedObjects(100_000))
    write(root, 'model.safetensors.index.json', `{"weight_map":${nestedObjects(100_000)}}`)
    write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
  })

  afterAll(() => removeTree(root))

  it('still finishes with a report', async () => {
    const scan = await scanBoth(root)
    expect(scan.codes).toEqual([0, 0])
    expect(markdownProblems(scan.markdown)).toEqual([])
  }, 20_000)
})
