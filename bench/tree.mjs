// Generates the benchmark repository: a model release of `totalFiles` files in nested folders
// (Python code, configs, docs, data), sparse weight files of several formats, and Git LFS pointers.
// Deterministic (seeded), so runs on different machines scan the same tree.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lfsPointerText } from '../scripts/weight-writers.mjs'
import { weightFilePlan } from './weights.mjs'

/** mulberry32: a small seeded PRNG, so the tree is the same on every run. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'attention block cache data decoder embed encoder eval layer loader loss model norm optim ' +
  'pipeline quant rotary sampler schedule shard tokenizer trainer utils vision audio metrics ' +
  'checkpoint config distributed export fused kernel lora moe parallel peft reward rlhf sft'
).split(' ')

const pick = (rand, list) => list[Math.floor(rand() * list.length)]

function pythonSource(rand, i) {
  const name = pick(rand, WORDS)
  const lines = [
    `"""${name} helpers (module ${i})."""`,
    'from __future__ import annotations',
    '',
    'import math',
    'import torch',
    'from torch import nn',
    ''
  ]
  const classes = 1 + Math.floor(rand() * 6)
  for (let c = 0; c < classes; c++) {
    const dim = 64 << Math.floor(rand() * 6)
    lines.push(
      `class ${name[0].toUpperCase()}${name.slice(1)}Block${c}(nn.Module):`,
      `    """A ${name} block with hidden size ${dim}."""`,
      '',
      `    def __init__(self, dim: int = ${dim}, dropout: float = 0.${c}) -> None:`,
      '        super().__init__()',
      '        self.proj = nn.Linear(dim, dim)',
      '        self.norm = nn.LayerNorm(dim)',
      '        self.drop = nn.Dropout(dropout)',
      '',
      '    def forward(self, x: torch.Tensor) -> torch.Tensor:',
      '        return x + self.drop(self.proj(self.norm(x))) / math.sqrt(x.shape[-1])',
      ''
    )
  }
  return lines.join('\n') + '\n'
}

function markdownDoc(rand, i) {
  const topic = pick(rand, WORDS)
  const sections = 2 + Math.floor(rand() * 6)
  const out = [`# ${topic} (${i})`, '']
  for (let s = 0; s < sections; s++) {
    out.push(
      `## ${pick(rand, ['Usage', 'Design', 'Notes', 'Results', 'Configuration', 'Limitations'])}`,
      '',
      `The ${topic} stage reads a batch, applies the ${pick(rand, WORDS)} step and writes the`,
      'result to the next stage. See `configs/` for the defaults and the tests for examples.',
      '',
      '```python',
      `from src.${topic} import build`,
      'model = build()',
      '```',
      ''
    )
  }
  return out.join('\n')
}

function restDoc(rand, i) {
  const topic = pick(rand, WORDS)
  return `${topic}\n${'='.repeat(topic.length)}\n\n.. automodule:: src.${topic}.m${i}\n   :members:\n\n${'Reference text for the API. '.repeat(20 + Math.floor(rand() * 60))}\n`
}

function jsonConfig(rand) {
  const hidden = 256 << Math.floor(rand() * 5)
  return (
    JSON.stringify(
      {
        architectures: ['BenchForCausalLM'],
        hidden_size: hidden,
        intermediate_size: hidden * 4,
        num_attention_heads: hidden / 64,
        num_hidden_layers: 2 + Math.floor(rand() * 30),
        vocab_size: 32000,
        rope_theta: 10000,
        torch_dtype: 'bfloat16',
        tie_word_embeddings: rand() < 0.5
      },
      null,
      2
    ) + '\n'
  )
}

function yamlConfig(rand) {
  return [
    `experiment: ${pick(rand, WORDS)}-${Math.floor(rand() * 1000)}`,
    'optimizer:',
    '  name: adamw',
    `  learning_rate: ${(rand() * 1e-3).toFixed(6)}`,
    '  weight_decay: 0.1',
    `global_batch_size: ${32 << Math.floor(rand() * 5)}`,
    `max_steps: ${1000 * (1 + Math.floor(rand() * 100))}`,
    'data:',
    `  path: data/${pick(rand, WORDS)}`,
    '  seq_len: 4096',
    ''
  ].join('\n')
}

function jsonlData(rand) {
  const rows = 10 + Math.floor(rand() * 60)
  let out = ''
  for (let r = 0; r < rows; r++)
    out +=
      JSON.stringify({
        id: r,
        text: `${pick(rand, WORDS)} ${pick(rand, WORDS)} sample`,
        label: r % 3
      }) + '\n'
  return out
}

function csvData(rand) {
  const rows = 20 + Math.floor(rand() * 150)
  let out = 'step,loss,lr,tokens\n'
  for (let r = 0; r < rows; r++)
    out += `${r * 10},${(3 - r / rows).toFixed(4)},0.0003,${r * 4096}\n`
  return out
}

function binary(rand, magic, min, max) {
  const out = Buffer.alloc(min + Math.floor(rand() * (max - min)))
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(rand() * 256)
  Buffer.from(magic, 'latin1').copy(out, 0)
  return out
}

function shellScript(rand) {
  return `#!/usr/bin/env bash\nset -euo pipefail\npython -m src.${pick(rand, WORDS)}.train --config configs/${pick(rand, WORDS)}.yaml "$@"\n`
}

function notebook(rand) {
  const cells = []
  for (let c = 0; c < 3 + Math.floor(rand() * 10); c++)
    cells.push({
      cell_type: 'code',
      source: [`import ${pick(rand, WORDS)}\n`, 'print(1)\n'],
      metadata: {},
      outputs: []
    })
  return JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)
}

/** Content makers by extension; a few variants of each are prepared and reused. */
const MAKERS = {
  py: pythonSource,
  md: markdownDoc,
  rst: restDoc,
  txt: (rand) =>
    `${pick(rand, WORDS)} notes\n${'plain text line\n'.repeat(20 + Math.floor(rand() * 100))}`,
  json: jsonConfig,
  yaml: yamlConfig,
  toml: (rand) => `[tool.${pick(rand, WORDS)}]\nline-length = 100\nenabled = true\n`,
  jsonl: jsonlData,
  csv: csvData,
  parquet: (rand) => binary(rand, 'PAR1', 4096, 16384),
  png: (rand) => binary(rand, '\x89PNG\r\n\x1a\n', 2048, 20480),
  so: (rand) => binary(rand, '\x7fELF', 8192, 32768),
  html: (rand) =>
    `<!doctype html><html><body>${markdownDoc(rand, 0).replace(/[<>&]/g, '')}</body></html>\n`,
  sh: shellScript,
  ipynb: notebook
}

/** Folder kinds: share of the files, and the mix of extensions in them. */
const AREAS = [
  ['src', 0.45, { py: 0.85, json: 0.03, yaml: 0.02, md: 0.03, so: 0.04, txt: 0.03 }],
  ['tests', 0.1, { py: 0.9, json: 0.07, txt: 0.03 }],
  ['docs', 0.1, { md: 0.6, rst: 0.2, png: 0.15, html: 0.05 }],
  ['configs', 0.07, { yaml: 0.6, json: 0.35, toml: 0.05 }],
  ['data', 0.18, { jsonl: 0.3, csv: 0.25, parquet: 0.25, txt: 0.1, json: 0.1 }],
  ['scripts', 0.03, { py: 0.6, sh: 0.4 }],
  ['notebooks', 0.02, { ipynb: 1 }],
  ['examples', 0.05, { py: 0.7, md: 0.15, yaml: 0.15 }]
]

function weightedPick(rand, weights) {
  let x = rand()
  const entries = Object.entries(weights)
  for (const [key, w] of entries) {
    x -= w
    if (x < 0) return key
  }
  return entries[entries.length - 1][0]
}

/** Nested folders under `top`: breadth-first, 2–7 children each, until `count` folders exist. */
function makeFolders(rand, top, count) {
  const folders = [top]
  for (let i = 0; folders.length < count; i++) {
    const parent = folders[i]
    const children = 2 + Math.floor(rand() * 6)
    for (let c = 0; c < children && folders.length < count; c++)
      folders.push(`${parent}/${pick(rand, WORDS)}_${folders.length}`)
  }
  return folders
}

const TOP_LEVEL = {
  'README.md': `---
license: apache-2.0
library_name: transformers
pipeline_tag: text-generation
datasets:
  - bench/pretrain-mix
---
# Bench 405B

An open model release used to benchmark the scanner. Weights are in \`checkpoints/release/\`,
training code in \`src/\`, evaluation in \`tests/\` and the data pipeline in \`data/\`.

## Training data

The pretraining mix is listed in \`data/\`; see \`docs/\` for the data card.

## Evaluation

Run \`python -m src.eval\`.

## License

Apache-2.0 (see LICENSE).
`,
  LICENSE: `
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

   1. Definitions.

      "License" shall mean the terms and conditions for use, reproduction,
      and distribution as defined by Sections 1 through 9 of this document.
`,
  '.gitignore': '__pycache__/\n*.egg-info/\n.venv/\nwandb/\noutputs/\n',
  'config.json': '',
  'generation_config.json': '{\n  "do_sample": true,\n  "temperature": 0.6\n}\n',
  'requirements.txt': 'torch>=2.3\ntransformers>=4.44\nsafetensors\n',
  'pyproject.toml': '[project]\nname = "bench-model"\nversion = "1.0.0"\nlicense = "Apache-2.0"\n',
  'CITATION.cff': 'cff-version: 1.2.0\ntitle: Bench 405B\nauthors:\n  - name: Bench Lab\n',
  'train.py': '',
  Makefile: 'train:\n\tpython train.py\n'
}

/**
 * Writes the tree under `root` (which must exist and be empty). Returns what was written: counts
 * per extension, the weight files with their apparent size and header bytes, and the folders.
 */
export function generateTree(root, { totalFiles = 100_000, lfsPointers = 1000, seed = 42 } = {}) {
  const rand = prng(seed)
  const byKind = {}
  const count = (kind) => (byKind[kind] = (byKind[kind] ?? 0) + 1)
  const folders = new Set()
  const mkdir = (dir) => {
    if (folders.has(dir)) return
    mkdirSync(join(root, dir), { recursive: true })
    for (
      let d = dir;
      d && !folders.has(d);
      d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : ''
    )
      folders.add(d)
  }
  let written = 0
  const put = (path, content, kind) => {
    writeFileSync(join(root, path), content)
    written++
    count(kind)
  }

  for (const [name, text] of Object.entries(TOP_LEVEL)) {
    const content =
      name === 'config.json' ? jsonConfig(rand) : name === 'train.py' ? pythonSource(rand, 0) : text
    put(name, content, 'top-level')
  }
  const lfsPatterns = [
    '*.safetensors',
    '*.gguf',
    '*.bin',
    '*.pth',
    '*.pt',
    '*.onnx',
    '*.onnx_data',
    '*.h5',
    'datasets/**/*.parquet'
  ]
  put(
    '.gitattributes',
    lfsPatterns.map((p) => `${p} filter=lfs diff=lfs merge=lfs -text\n`).join(''),
    'top-level'
  )

  const weights = []
  for (const [path, write] of weightFilePlan()) {
    if (path.includes('/')) mkdir(path.slice(0, path.lastIndexOf('/')))
    const info = write(join(root, path))
    weights.push({ path, ...info })
    written++
    count('weights')
  }

  // LFS pointers: weights of a second release and dataset shards, as a checkout without LFS shows.
  const oid = (name) => createHash('sha256').update(name).digest('hex')
  const weightPointers = Math.round(lfsPointers / 5)
  mkdir('checkpoints/lfs')
  for (let i = 0; i < weightPointers; i++) {
    const name = `checkpoints/lfs/model-${String(i + 1).padStart(5, '0')}-of-${String(weightPointers).padStart(5, '0')}.safetensors`
    put(name, lfsPointerText(oid(name), 4_900_000_000 + i), 'lfs-pointer')
  }
  for (let i = 0; i < lfsPointers - weightPointers; i++) {
    const dir = `datasets/pretrain/part-${String(Math.floor(i / 100)).padStart(2, '0')}`
    mkdir(dir)
    const name = `${dir}/shard-${String(i).padStart(5, '0')}.parquet`
    put(name, lfsPointerText(oid(name), 500_000_000 + i * 7919), 'lfs-pointer')
  }

  // The generic bulk, area by area, with __init__.py in every source folder.
  const variants = {}
  const contentFor = (ext) => {
    variants[ext] ??= Array.from({ length: 24 }, (_, i) => MAKERS[ext](rand, i))
    return variants[ext][Math.floor(rand() * variants[ext].length)]
  }
  const remaining = totalFiles - written
  let serial = 0
  AREAS.forEach(([top, share, mix], areaIndex) => {
    const isLast = areaIndex === AREAS.length - 1
    const target = isLast ? totalFiles - written : Math.round(remaining * share)
    const areaFolders = makeFolders(rand, top, Math.max(1, Math.round(target / 20)))
    for (const dir of areaFolders) mkdir(dir)
    let made = 0
    if (top === 'src') {
      for (const dir of areaFolders) {
        if (made >= target) break
        put(`${dir}/__init__.py`, '', 'py')
        made++
      }
    }
    for (; made < target; made++) {
      const ext = weightedPick(rand, mix)
      const dir = areaFolders[Math.floor(rand() * areaFolders.length)]
      put(`${dir}/${pick(rand, WORDS)}_${serial++}.${ext}`, contentFor(ext), ext)
    }
  })

  const weightBytes = weights.reduce((n, w) => n + w.size, 0)
  return { files: written, folders: folders.size, byKind, weights, weightBytes }
}
