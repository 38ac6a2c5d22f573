import { describe, expect, it } from '@jest/globals'
import { detectEvaluation } from '../../src/detect/evaluation.js'
import { FULL_CARD, TEMPLATE_CARD, findingOf, snap } from './docs-fixtures.js'

const results = (files: Parameters<typeof snap>[0]) =>
  findingOf(detectEvaluation, files, 'Evaluation results')
const samples = (files: Parameters<typeof snap>[0]) =>
  findingOf(detectEvaluation, files, 'Sample model outputs')

describe('Evaluation results', () => {
  it('reads model-index and the results table of a full card', () => {
    const found = results({ 'README.md': FULL_CARD })
    expect(found?.presence).toBe('in-repository')
    const index = found?.evidence.find((e) => e.kind === 'metadata')
    expect(index).toMatchObject({ path: 'README.md', line: 14 })
    expect(index?.detail).toBe('model-index: 1 result (accuracy) on MMLU')
    const table = found?.evidence.find((e) => e.kind === 'section')
    expect(FULL_CARD.split('\n')[(table?.line ?? 0) - 1]).toBe(
      '| Benchmark | Acme-7B-Instruct | Acme-Base-7B |'
    )
    expect(table?.detail).toMatch(/results table under "(Evaluation|Results)"/)
  })

  it('needs numbers: a template results section or a table of words does not count', () => {
    expect(results({ 'README.md': TEMPLATE_CARD })).toBeUndefined()
    const words =
      '# Acme\n\n## Benchmarks\n\n| Benchmark | Notes |\n|---|---|\n| MMLU | planned |\n| GSM8K | planned |\n'
    expect(results({ 'README.md': words })).toBeUndefined()
    const outside =
      '# Acme\n\n## Versions\n\n| Version | Size |\n|---|---|\n| 1.0 | 7 |\n| 1.1 | 13 |\n'
    expect(results({ 'README.md': outside })).toBeUndefined()
  })

  it('ignores a model-index without metric values', () => {
    const card = '---\nmodel-index:\n- name: x\n  results: []\n---\n# X\n'
    expect(results({ 'README.md': card })).toBeUndefined()
  })

  it('reads metric lines under a results heading', () => {
    const card =
      '# acme-classifier\n\n## Evaluation results\n\nOn the held-out set:\n- Loss: 0.2134\n- Accuracy: 0.9312\n'
    const found = results({ 'README.md': card })
    expect(found?.evidence[0]).toMatchObject({ line: 6, kind: 'section' })
  })

  it('reads results files with metric keys, under results folders or by name', () => {
    const found = results({
      'eval_harness/configs/mmlu.yaml': 'task: mmlu\nnum_fewshot: 5\n',
      'eval/results/mmlu.json': '{\n  "task": "mmlu",\n  "acc": 0.613,\n  "acc_stderr": 0.004\n}\n',
      'eval_results.json': '{"eval_loss": 1.92, "eval_runtime": 31.2}',
      'results/summary.csv': 'benchmark,accuracy\nmmlu,61.3\n',
      'eval/config.json': '{"batch_size": 8}',
      'vendor/lib/results.json': '{"accuracy": 0.5}'
    })
    expect(found?.evidence.map((e) => [e.path, e.line])).toEqual([
      ['eval/results/mmlu.json', 3],
      ['eval_results.json', 1],
      ['results/summary.csv', 1]
    ])
  })
})

describe('Sample model outputs', () => {
  it('counts a samples folder of generated files, as a folder', () => {
    const found = samples({
      'samples/prompt-01.txt': 'Once upon a time…',
      'samples/cat.png': { size: 20000 },
      'README.md': '# x\n'
    })
    expect(found?.evidence[0]).toMatchObject({ path: 'samples', kind: 'folder' })
    expect(found?.evidence[0].detail).toBe('samples/: 2 output files (png, txt)')
  })

  it('does not take example code or training outputs for sample outputs', () => {
    expect(
      samples({
        'examples/run_inference.py': 'print(1)',
        'examples/input.jpg': { size: 100 },
        'outputs/checkpoint-500/config.json': '{}',
        'third_party/x/samples/a.png': { size: 100 }
      })
    ).toBeUndefined()
  })

  it('counts text files right inside an outputs folder, not training-run files below it', () => {
    const found = samples({
      'examples/outputs/story-1.txt': 'The lighthouse keeper counted the ships…',
      'outputs/run-1/checkpoint-500/config.json': '{}',
      'outputs/trainer_state.json': '{}'
    })
    expect(found?.evidence.map((e) => e.path)).toEqual(['examples/outputs'])
  })

  it('counts files named as generations', () => {
    const found = samples({
      'results/generations.jsonl': '{"prompt":"hi","output":"hello"}\n',
      'assets/sample_output_1.png': { size: 10 }
    })
    expect(found?.evidence.map((e) => e.path).sort()).toEqual([
      'assets',
      'results/generations.jsonl'
    ])
  })

  it('counts a "Sample outputs" section with real output, not a placeholder one', () => {
    const card = `${FULL_CARD}\n## Sample outputs\n\n> **Prompt:** Write a haiku about rain.\n>\n> **Output:** Soft rain on the roof / the gutters hum a low song / night keeps its promise\n`
    const found = samples({ 'README.md': card })
    expect(found?.evidence[0]).toMatchObject({ path: 'README.md', kind: 'section' })
    expect(card.split('\n')[(found?.evidence[0].line ?? 0) - 1]).toBe('## Sample outputs')
    expect(
      samples({ 'README.md': `${FULL_CARD}\n## Sample outputs\n\nComing soon.\n` })
    ).toBeUndefined()
  })

  it('takes an "Examples" section only when it shows outputs', () => {
    const usage = `${FULL_CARD}\n## Examples\n\n\`\`\`python\nfrom transformers import pipeline\npipe = pipeline("text-generation", model="acme/acme-7b")\n\`\`\`\n`
    expect(samples({ 'README.md': usage })).toBeUndefined()
    const shown = `${usage}\nThe model's response:\n\n\`\`\`text\nParis is the capital of France.\n\`\`\`\n`
    expect(samples({ 'README.md': shown })?.evidence[0].kind).toBe('section')
  })

  it('counts an "Output:" label followed by a block', () => {
    const card = `${FULL_CARD}\n## How to use\n\n\`\`\`python\nprint(pipe("Capital of France?"))\n\`\`\`\n\nOutput:\n\n\`\`\`\nParis.\n\`\`\`\n`
    const found = samples({ 'README.md': card })
    expect(found?.evidence[0]).toMatchObject({ kind: 'content' })
    expect(card.split('\n')[(found?.evidence[0].line ?? 0) - 1]).toBe('Output:')
  })
})
