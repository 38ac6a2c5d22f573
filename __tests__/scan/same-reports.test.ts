/**
 * The scan's speed-ups (one pass, file facts, reads decided by name and size) must not change a
 * report. The expected reports in __tests__/fixtures/reports/ were written by the scan before
 * those changes, on the examples and on fixture repositories that exercise every kind of file
 * the detectors look at; this test scans the same folders and compares.
 *
 * Two inventory fields are left out: `bytesRead` and `textFilesNotRead` count the scan's own work,
 * which is what the speed-ups change. A change to the detection rules changes these reports on
 * purpose: rewrite them with `UPDATE_REPORTS=1` and review the diff. A change to the scan must not.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  ggufBytes,
  lfsPointerText,
  safetensorsBytes,
  safetensorsHeader
} from '../../scripts/weight-writers.mjs'
import { runCli } from '../../src/cli-run.js'
import { FULL_CARD, TEMPLATE_CARD } from '../detect/docs-fixtures.js'
import { DATASET_CARD, MODEL_CARD } from '../resolve/fixtures.js'

const ROOT = join(import.meta.dirname, '..', '..')
const EXPECTED = join(ROOT, '__tests__', 'fixtures', 'reports')
const EXAMPLES = [
  'hosted-release',
  'open-science-model',
  'open-washing-no-weights',
  'open-weights-community'
]
const UPDATE = process.env.UPDATE_REPORTS === '1'

const oid = (seed: string): string => seed.repeat(64).slice(0, 64)

const APACHE_HEAD = `
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION
`

/** Fixture repositories: file path → content. */
const FIXTURES: Record<string, Record<string, string | Uint8Array>> = {
  'full-card': {
    'README.md': FULL_CARD,
    LICENSE: APACHE_HEAD,
    'model.safetensors': safetensorsBytes({ w: { dtype: 'F16', shape: [4, 4] } })
  },
  'template-card': { 'README.md': TEMPLATE_CARD },
  'hub-model-card': { 'README.md': MODEL_CARD, 'config.json': '{"architectures": ["X"]}\n' },
  'dataset-card': { 'README.md': DATASET_CARD, 'data/train.jsonl': '{"text": "a"}\n' },
  // Every kind of file the buckets and the read decisions tell apart.
  'mixed-release': {
    'README.md': `---
license: mit
base_model: org/base-7b
datasets:
  - org/corpus
---
# Mixed 1B

Weights are on the Hub: https://huggingface.co/org/mixed-1b. Training code is in \`train/\`.

## Evaluation

| Benchmark | Score |
| --- | --- |
| MMLU | 61.2 |

## Samples

![generated sample](samples/out_0.png)
`,
    LICENSE:
      'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n',
    '.gitignore': 'outputs/\n__pycache__/\n*.log\n',
    '.gitattributes': '*.safetensors filter=lfs diff=lfs merge=lfs -text\n',
    '.gitmodules':
      '[submodule "third_party/megatron"]\n\tpath = third_party/megatron\n\turl = https://github.com/NVIDIA/Megatron-LM\n',
    'run.log': 'ignored\n',
    'outputs/run1/log.txt': 'ignored folder\n',
    'requirements.txt': 'torch\ntransformers\n',
    'pyproject.toml': '[project]\nname = "mixed"\nlicense = "MIT"\n',
    'train/train.py': 'for batch in data:\n    loss.backward()\n    optimizer.step()\n',
    'train/config.yaml': 'learning_rate: 0.0003\nwarmup_steps: 100\n',
    'eval/run_eval.py': 'import lm_eval\nlm_eval.simple_evaluate(model)\n',
    'eval/results.json': '{"mmlu": {"accuracy": 0.61}}\n',
    'infer.py': 'model = AutoModel.from_pretrained("org/mixed-1b")\nmodel.generate(x)\n',
    'modeling_mixed.py': 'class MixedModel(nn.Module):\n    pass\n',
    'tests/test_model.py': 'def test_x():\n    optimizer.step()\n',
    'tests/fixtures/tiny.safetensors': safetensorsBytes({ t: { dtype: 'F32', shape: [1] } }),
    'vendor/lib/train.py': 'loss.backward()\n',
    'third_party/megatron/README.md': '# Megatron\n',
    'checkpoints/step1000/model.safetensors': lfsPointerText(oid('a'), 2_000_000_000),
    'checkpoints/step2000/model.safetensors': lfsPointerText(oid('b'), 2_000_000_000),
    'model.safetensors.index.json': JSON.stringify({
      metadata: { total_size: 10 },
      weight_map: { w: 'model-00001-of-00002.safetensors', v: 'model-00002-of-00002.safetensors' }
    }),
    'model-00001-of-00002.safetensors': safetensorsBytes({ w: { dtype: 'BF16', shape: [8, 8] } }),
    'model.gguf': ggufBytes({
      metadata: { 'general.architecture': 'llama', 'general.license': 'mit' },
      tensors: [{ name: 'w', shape: [4, 4], type: 0 }]
    }),
    'data/train/part-0.parquet': lfsPointerText(oid('c'), 500_000_000),
    'data/train/part-1.csv': 'a,b\n1,2\n',
    'data/validation/val.jsonl': '{"q": 1}\n'.repeat(200),
    'data/tiny.txt': 'x',
    'evals/heldout.csv': 'id,answer\n1,a\n',
    'samples/out_0.png': Buffer.from('\x89PNG\r\n\x1a\nnot really', 'latin1'),
    'samples/out_1.txt': 'The model wrote this.\n',
    'docs/paper/main.tex':
      '\\documentclass{article}\\title{Mixed 1B: A Technical Report}\\begin{document}\\end{document}\n',
    'docs/report.pdf': Buffer.from('%PDF-1.4 not really a pdf', 'latin1'),
    'docs/DATA_CARD.md':
      '# Data card\n\n## Data sources\n\nWeb text.\n\n## Collection\n\nCrawled.\n',
    'docs/usage.md': 'Run `python infer.py`. This model is fully open source.\n',
    'CITATION.cff':
      'cff-version: 1.2.0\ntitle: Mixed 1B\nidentifiers:\n  - type: doi\n    value: 10.1234/mixed\n',
    'notebooks/demo.ipynb': '{"cells": [{"outputs": [{"data": {"image/png": "iVBOR"}}]}]}\n',
    'optimizer.pt': 'x',
    'trainer_state.json': '{"log_history": []}\n',
    'tokenizer.json': '{"model": {}}\n',
    'big/header-only.safetensors': safetensorsHeader({ w: { dtype: 'F16', shape: [2] } }, {})
      .header,
    'weights/empty.bin': ''
  }
}

let scratch: string

function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

/** The report as compared: JSON, without the two counts of the scan's own work. */
async function report(dir: string, repository: string): Promise<string> {
  let out = ''
  let err = ''
  const code = await runCli(
    ['scan', dir, '--offline', '--format', 'json', '--repository', repository],
    { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: ROOT }
  )
  if (code !== 0) throw new Error(`scan of ${dir} exited ${code}: ${err}`)
  const parsed = JSON.parse(out) as { inventory: Record<string, unknown> }
  delete parsed.inventory.bytesRead
  delete parsed.inventory.textFilesNotRead
  return JSON.stringify(parsed, null, 2) + '\n'
}

function compare(name: string, actual: string): void {
  const file = join(EXPECTED, `${name}.json`)
  if (UPDATE) {
    mkdirSync(EXPECTED, { recursive: true })
    writeFileSync(file, actual)
  }
  expect(existsSync(file)).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mo-same-reports-'))
  for (const [name, files] of Object.entries(FIXTURES)) writeTree(join(scratch, name), files)
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('reports are the same as before the scan speed-ups', () => {
  it.each(EXAMPLES)('on examples/%s', async (name) => {
    compare(`example-${name}`, await report(join(ROOT, 'examples', name), name))
  })

  it.each(Object.keys(FIXTURES))('on the %s fixture', async (name) => {
    compare(`fixture-${name}`, await report(join(scratch, name), `fixture/${name}`))
  })
})
