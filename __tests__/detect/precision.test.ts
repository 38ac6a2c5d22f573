/**
 * Precision on real repositories (issue 10): what is not the release's, what was missed, how the
 * evidence reads, and claims about paths that are not there. Every fixture here is written for
 * these tests; none is copied from a real repository.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { assessSnapshot } from '../../src/assess.js'
import { detectComponents, type Detection } from '../../src/detect/index.js'
import type { ComponentName } from '../../src/model/components.js'
import type { ComponentFinding } from '../../src/model/findings.js'
import { EMPTY_POLICY } from '../../src/policy.js'
import { selectReferences } from '../../src/resolve/online/index.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { OpennessReport } from '../../src/report/types.js'
import { expectPathsInSnapshot, type FileMap } from './docs-fixtures.js'
import { evidencePathsExist, makeSnapshot } from '../helpers/snapshot.js'

function detect(files: FileMap): Detection {
  const snapshot = makeSnapshot(files)
  const detection = detectComponents(snapshot, { repository: 'acme/wren' })
  expectPathsInSnapshot(snapshot, detection.findings)
  return detection
}

function find(files: FileMap, name: ComponentName): ComponentFinding | undefined {
  return detect(files).findings.find((f) => f.name === name)
}

function assess(files: FileMap): OpennessReport {
  const snapshot = makeSnapshot(files)
  const report = assessSnapshot(snapshot, { repository: 'acme/wren', policy: EMPTY_POLICY })
  expect(
    evidencePathsExist(
      snapshot,
      report.components.flatMap((c) => c.evidence.map((e) => e.path))
    )
  ).toBe(true)
  return report
}

function component(report: OpennessReport, name: ComponentName) {
  const found = report.components.find((c) => c.name === name)
  if (!found) throw new Error(`no ${name}`)
  return found
}

const require = createRequire(import.meta.url)
const licenseText = (id: string): string =>
  JSON.parse(readFileSync(require.resolve(`spdx-license-list/licenses/${id}.json`), 'utf8'))
    .licenseText as string

const safetensors = {
  size: 2000,
  weight: { format: 'safetensors' as const, tensorCount: 4, parameterCount: 1000 }
}
const tinySafetensors = {
  size: 8,
  weight: { format: 'safetensors' as const, tensorCount: 1, parameterCount: 2 }
}

/** A model card for an imaginary model, Wren-1B, filled in enough to count. */
const WREN_CARD = `---
license: apache-2.0
pipeline_tag: text-generation
---

# Wren-1B

## Model details

Wren-1B is a small decoder-only language model for English prose, trained from scratch by the
Acme lab. It has one billion parameters and a context of four thousand tokens.

## Intended uses

Drafting and summarising short English texts. It is not meant for medical or legal advice.

## Limitations

The model repeats itself on long outputs and knows little about events after its data cutoff.

## Training

We trained for two weeks on sixty-four accelerators with a cosine schedule.
`

/** The same card in another model's name, for repositories of several models. */
function cardOf(name: string, extra = ''): string {
  return WREN_CARD.replace(/Wren-1B/g, name) + extra
}

/** A code library's README: how to install and call it, no model of its own. */
const LIBRARY_README = `# quillkit

A small toolkit for training and evaluating sequence models on your own data.

## Installation

\`\`\`bash
pip install quillkit
\`\`\`

## Usage

Build a trainer from a config file and call \`fit\` on your dataset; the trainer handles
checkpointing, mixed precision and logging for you.

## Training

Every option of the trainer is listed in docs/options.md, with defaults that suit small models.

## Evaluation

Call \`quillkit.evaluate\` with a task name to score any model against the bundled tasks.
`

describe('1. things that are not the release’s components', () => {
  it('never takes test fixtures for the release’s weights, card, code or data', () => {
    const files: FileMap = {
      'README.md': WREN_CARD,
      'model.safetensors': safetensors,
      'test_data/tiny.safetensors': tinySafetensors,
      'testdata/models/README.md': cardOf('Tiny-Test-Model'),
      'tests/fixtures/loop.py': 'loss.backward()\noptimizer.step()\n',
      '__fixtures__/infer_stub.py': 'ids = model.generate(prompt)\n',
      'test_data/prompts.jsonl': '{"prompt": "hello"}\n',
      'testdata/corpus/train.jsonl': '{"text": "a line of data"}\n',
      '__fixtures__/data/train.parquet': { size: 100 },
      'tests/fixtures/eval_results.json': '{"accuracy": 0.5}\n',
      'testdata/datasheet.md':
        '# Datasheet\n\nA stand-in datasheet for the parser tests; it describes nothing real, only enough words to look like a document about a corpus of web pages collected, filtered and deduplicated for the unit tests of this package.\n'
    }
    const { findings } = detect(files)
    const byName = (n: ComponentName) => findings.find((f) => f.name === n)
    expect(byName('Model parameters (Final)')?.locations).toEqual(['model.safetensors'])
    expect(byName('Model card')?.locations).toEqual(['README.md'])
    expect(byName('Training code')).toBeUndefined()
    expect(byName('Inference code')).toBeUndefined()
    expect(byName('Datasets')).toBeUndefined()
    expect(byName('Evaluation data')).toBeUndefined()
    expect(byName('Evaluation results')).toBeUndefined()
    expect(byName('Data card')).toBeUndefined()
  })

  it('never counts vendored or embedded third-party code as the release’s code, and scopes its licence to its folder', () => {
    const files: FileMap = {
      LICENSE: licenseText('Apache-2.0'),
      'README.md': WREN_CARD,
      'model.safetensors': safetensors,
      'train.py': 'for batch in loader:\n    loss.backward()\n    optimizer.step()\n',
      'dependencies/kernels/step.py': 'loss.backward()\n',
      'third_party/sampler/infer.py': 'out = model.generate(ids)\n',
      'vendor/tok/tokenize.py': 'rows = rows.map(tokenize)\n',
      'external/harness/eval.py': 'from lm_eval import simple_evaluate\n',
      // Someone else's package copied in whole: its own licence and its own package metadata.
      'libs/flashy/LICENSE': licenseText('MIT'),
      'libs/flashy/pyproject.toml': '[project]\nname = "flashy"\nversion = "0.3.1"\n',
      'libs/flashy/flashy/generate.py':
        'import torch\nmodel = load_model(path)\nout = model.generate(ids)\n',
      'libs/flashy/flashy/dedup.py': 'from datasketch import MinHashLSH\n',
      'libs/flashy/flashy/layers.py': 'class Attention(nn.Module):\n    pass\n'
    }
    const { findings } = detect(files)
    const byName = (n: ComponentName) => findings.find((f) => f.name === n)
    expect(byName('Training code')?.locations).toEqual(['train.py'])
    expect(byName('Inference code')).toBeUndefined()
    expect(byName('Evaluation code')).toBeUndefined()
    expect(byName('Data preprocessing code')).toBeUndefined()
    for (const f of findings)
      expect(
        f.locations.filter((p) => /^(dependencies|third_party|vendor|external|libs)\//.test(p))
      ).toEqual([])

    const report = assess(files)
    expect(component(report, 'Training code').license).toMatchObject({
      spdx: 'Apache-2.0',
      path: 'LICENSE'
    })
    // The embedded package's licence governs only its own folder.
    const embedded = report.licenses.find((l) => l.path === 'libs/flashy/LICENSE')
    expect(embedded?.spdx).toBe('MIT')
    expect(report.components.some((c) => c.license?.path === 'libs/flashy/LICENSE')).toBe(false)
  })

  it('takes a shard index whose shards are all absent for a reference, not for weights in the repository', () => {
    const index = JSON.stringify({
      metadata: { total_size: 4_000_000_000 },
      weight_map: {
        'embed.weight': 'model-00001-of-00002.safetensors',
        'head.weight': 'model-00002-of-00002.safetensors'
      }
    })
    const f = find(
      { 'README.md': WREN_CARD, 'model.safetensors.index.json': index },
      'Model parameters (Final)'
    )
    expect(f).toMatchObject({ presence: 'by-reference', locations: [] })
    expect(f?.evidence[0]).toMatchObject({
      path: 'model.safetensors.index.json',
      kind: 'index-file'
    })
    expect(f?.notes?.some((n) => /none of its 2 shard\(s\) is in the repository/.test(n))).toBe(
      true
    )
  })

  it('does not count results files again as evaluation data', () => {
    const files: FileMap = {
      'README.md': WREN_CARD,
      'model.safetensors': safetensors,
      'eval/results.json': '{"mmlu": {"acc": 0.412}}\n',
      'eval/gsm8k_test.jsonl': '{"question": "2+2?", "answer": "4"}\n',
      'benchmarks/scores.csv': 'task,accuracy\nmmlu,41.2\n',
      'data/eval_results.json': '{"accuracy": 0.41}\n',
      'evaluation/wren_metrics.jsonl': '{"f1": 0.5}\n'
    }
    const { findings } = detect(files)
    const results = findings.find((f) => f.name === 'Evaluation results')
    expect(results?.locations).toEqual(
      expect.arrayContaining([
        'eval/results.json',
        'benchmarks/scores.csv',
        'data/eval_results.json'
      ])
    )
    const data = findings.find((f) => f.name === 'Evaluation data')
    expect(data?.evidence.map((e) => e.detail)).toEqual(['eval/: 1 evaluation data file (jsonl)'])
    expect(data?.locations).toEqual(['eval'])
  })

  it('does not take the usage README of a code library for a model card', () => {
    const files: FileMap = {
      'README.md': LIBRARY_README,
      'pyproject.toml': '[project]\nname = "quillkit"\n',
      'quillkit/trainer.py': 'loss.backward()\noptimizer.step()\n'
    }
    const detection = detect(files)
    expect(detection.subject.release).toBe('none')
    expect(detection.findings.find((f) => f.name === 'Model card')).toBeUndefined()
    expect(detection.warnings.some((w) => /no model release found: Model card/.test(w))).toBe(true)
    expect(detection.findings.find((f) => f.name === 'Training code')?.locations).toEqual([
      'quillkit/trainer.py'
    ])
  })

  it('takes a card beside a root model config for a model release whose weights are not here', () => {
    const config = '{"architectures": ["WrenForCausalLM"], "model_type": "wren"}\n'
    const detection = detect({ 'README.md': WREN_CARD, 'config.json': config })
    expect(detection.subject.release).toBe('model')
    expect(detection.subject.evidence).toContainEqual({
      path: 'config.json',
      detail: 'model configuration at the root: architecture `WrenForCausalLM` (model_type `wren`)'
    })
    expect(detection.findings.find((f) => f.name === 'Model card')).toBeDefined()
    expect(detection.findings.find((f) => f.name === 'Model parameters (Final)')).toBeUndefined()
    expect(detection.warnings.some((w) => /no model release found/.test(w))).toBe(false)

    // A library's example configs sit in folders: it still releases no model.
    const library = detect({
      'README.md': LIBRARY_README,
      'pyproject.toml': '[project]\nname = "quillkit"\n',
      'configs/wren-small/config.json': config
    })
    expect(library.subject.release).toBe('none')
  })

  it("takes the papers a code library's task notes name for citations, not papers of its own", () => {
    const task = (name: string, id: string): string =>
      [`# ${name}`, '', `Paper: ${name}, https://arxiv.org/abs/${id}`, '', 'Scores accuracy.'].join(
        '\n'
      )
    const files: FileMap = {
      'README.md': LIBRARY_README,
      'pyproject.toml': '[project]\nname = "quillkit"\n',
      'quillkit/evaluator.py': 'def accuracy(preds, refs):\n    return 0\n',
      'quillkit/tasks/riddles/README.md': task('Riddles', '2301.00011'),
      'quillkit/tasks/sums/README.md': task('Sums', '2301.00012')
    }
    const detection = detect(files)
    expect(detection.subject.release).toBe('none')
    expect(detection.findings.find((f) => f.name === 'Research paper')).toBeUndefined()
    const papers = detection.references.filter((r) => r.kind === 'arxiv')
    expect(papers.map((r) => [r.id, r.role, r.components])).toEqual([
      ['2301.00011', 'citation', []],
      ['2301.00012', 'citation', []]
    ])
    // So online resolution does not look them up.
    expect(selectReferences(detection.references).filter((r) => r.kind === 'arxiv')).toEqual([])

    // With a model released, the same notes' papers stay the release's own.
    const model = detect({ ...files, 'README.md': WREN_CARD, 'model.safetensors': safetensors })
    expect(model.subject.release).not.toBe('none')
    const own = model.references.filter((r) => r.kind === 'arxiv')
    expect(own.map((r) => r.role)).toEqual(['own-release', 'own-release'])
    expect(own.every((r) => r.components.includes('Research paper'))).toBe(true)
  })

  it('does not take infrastructure notes for a data card', () => {
    const notes = [
      '# Where the data lives',
      '',
      'On the training cluster the shards sit on the shared scratch volume, mounted read-only at',
      '/mnt/shared/wren. Request a node with a local NVMe disk, copy the shards there with rsync',
      'before the job starts, and point DATA_ROOT at the copy. The bucket is mirrored nightly; ask',
      'the infrastructure team for credentials and keep job arrays under the partition quota.'
    ].join('\n')
    const files: FileMap = {
      'README.md': WREN_CARD,
      'model.safetensors': safetensors,
      'data/README.md': notes,
      'docs/cluster.md': notes
    }
    expect(find(files, 'Data card')).toBeUndefined()
    // A real description of the data in the same place still counts.
    const described = [
      '# The Wren corpus',
      '',
      'The corpus holds forty billion tokens of English web text collected from public pages in',
      '2023, plus a slice of public-domain books. Pages were deduplicated with MinHash, filtered',
      'with a quality classifier and stripped of personal data before tokenization; the mixture',
      'weights of each source are listed in mixture.csv.'
    ].join('\n')
    expect(find({ ...files, 'data/README.md': described }, 'Data card')?.locations).toEqual([
      'data/README.md'
    ])
  })

  it('does not take template credits or example ids in prose for the release’s weights', () => {
    const card = `${WREN_CARD}
## Card credits

- Layout: this card follows the sections of https://huggingface.co/acme-templates/card-layout
- Template inspired by the card of https://huggingface.co/otherlab/other-model

## Fine-tuning

Any causal model on the Hub works as a starting point, for example
\`from_pretrained("your-org/your-model")\` or https://huggingface.co/someone/some-model.
`
    expect(find({ 'README.md': card }, 'Model parameters (Final)')).toBeUndefined()
    // The release's own weights, said as such, still count.
    const own = `${card}\n## Weights\n\nThe weights are available at https://huggingface.co/acme/wren-1b.\n`
    const f = find({ 'README.md': own }, 'Model parameters (Final)')
    expect(f?.presence).toBe('by-reference')
    expect(f?.evidence.map((e) => e.url)).toEqual(['https://huggingface.co/acme/wren-1b'])
  })
})

describe('2. things that are missed', () => {
  it('finds model cards named *model_card*.md or MODEL_CARD*.md, one per model folder', () => {
    const files: FileMap = {
      'README.md': LIBRARY_README,
      'MODEL_CARD_v2.md': cardOf('Wren-1B'),
      'docs/wren_small_model_card.md': cardOf('Wren-Small'),
      'models/alpha/MODEL_CARD.md': cardOf('Wren-Alpha'),
      'models/alpha/model.safetensors': safetensors,
      'models/beta/MODEL_CARD.md': cardOf('Wren-Beta'),
      'models/beta/model.safetensors': safetensors
    }
    const card = find(files, 'Model card')
    expect(card?.locations).toEqual(
      expect.arrayContaining([
        'MODEL_CARD_v2.md',
        'docs/wren_small_model_card.md',
        'models/alpha/MODEL_CARD.md',
        'models/beta/MODEL_CARD.md'
      ])
    )
    expect(card?.locations).not.toContain('README.md')
  })

  it('finds inference code beyond .generate(: entry scripts, console entry points, diffusion pipelines and model.sample', () => {
    const inference = (files: FileMap) =>
      find({ 'README.md': WREN_CARD, ...files }, 'Inference code')
    const loads = 'import torch\nmodel = load_model(args.ckpt)\n'
    for (const script of [
      'sample.py',
      'generate.py',
      'txt2img.py',
      'transcribe.py',
      'run.py',
      'chat.py'
    ]) {
      expect(inference({ [`scripts/${script}`]: `${loads}main(model)\n` })?.locations).toEqual([
        `scripts/${script}`
      ])
    }
    expect(
      inference({
        'pyproject.toml':
          '[project]\nname = "wren"\n\n[project.scripts]\nwren-transcribe = "wren.cli:transcribe_main"\n'
      })?.evidence[0]
    ).toMatchObject({ path: 'pyproject.toml', kind: 'content', line: 5 })
    expect(
      inference({
        'setup.py':
          'from setuptools import setup\nsetup(\n    name="wren",\n    entry_points={"console_scripts": ["wren-chat=wren.chat:main"]},\n)\n'
      })?.evidence[0]
    ).toMatchObject({ path: 'setup.py', line: 4 })
    expect(
      inference({
        'wren/pipe.py':
          'pipe = DiffusionPipeline.from_pretrained(path)\nimage = pipe(prompt).images[0]\n'
      })?.evidence[0]
    ).toMatchObject({ path: 'wren/pipe.py', line: 1 })
    expect(
      inference({ 'wren/draw.py': 'x = model.sample(batch_size=4, steps=50)\n' })?.evidence[0]
    ).toMatchObject({ path: 'wren/draw.py', line: 1 })
    // A training entry point is not an inference one.
    expect(
      inference({ 'pyproject.toml': '[project.scripts]\nwren-train = "wren.train:main"\n' })
    ).toBeUndefined()
  })

  it('finds weights fetched by download scripts or kept in cloud storage', () => {
    const weights = (files: FileMap) =>
      find({ 'README.md': WREN_CARD, ...files }, 'Model parameters (Final)')
    const script = weights({
      'download_weights.sh':
        '#!/bin/sh\nset -e\nwget https://example.org/wren/wren-1b.safetensors -O wren.safetensors\n'
    })
    expect(script).toMatchObject({ presence: 'by-reference' })
    expect(script?.evidence[0]).toMatchObject({ path: 'download_weights.sh', line: 3 })
    const python = weights({
      'scripts/fetch_checkpoints.py':
        'import urllib.request\nurllib.request.urlretrieve("https://storage.googleapis.com/wren-release/wren-1b.pt", "wren.pt")\n'
    })
    expect(python).toMatchObject({ presence: 'by-reference' })
    expect(python?.evidence[0]).toMatchObject({ path: 'scripts/fetch_checkpoints.py', line: 2 })
    const bucket = weights({
      'README.md': `${WREN_CARD}\n## Checkpoints\n\n| Model | Checkpoint |\n| --- | --- |\n| Wren-1B | [wren-1b.pt](https://dl.fbaipublicfiles.com/wren/wren-1b.pt) |\n`
    })
    expect(bucket).toMatchObject({ presence: 'by-reference' })
    expect(bucket?.evidence.map((e) => e.url)).toContain(
      'https://dl.fbaipublicfiles.com/wren/wren-1b.pt'
    )
    const gcs = weights({
      'README.md': `${WREN_CARD}\n## Weights\n\nOur checkpoints are kept in the bucket gs://wren-release/checkpoints/wren-1b.\n`
    })
    expect(gcs).toMatchObject({ presence: 'by-reference' })
  })

  it('finds evaluation results in HTML tables and in per-model cards', () => {
    const html = `${WREN_CARD}
## Results

<table>
  <tr><th>Benchmark</th><th>Wren-1B</th></tr>
  <tr><td>MMLU</td><td>41.2</td></tr>
  <tr><td>GSM8K</td><td>18.5</td></tr>
</table>
`
    const fromHtml = find(
      { 'README.md': html, 'model.safetensors': safetensors },
      'Evaluation results'
    )
    expect(fromHtml?.evidence[0]).toMatchObject({ path: 'README.md', line: 27 })
    expect(html.split('\n')[26]).toBe('<table>')

    const perModel = cardOf(
      'Wren-Beta',
      '\n## Evaluation\n\n| Task | Accuracy |\n| --- | --- |\n| ARC-Easy | 61.0 |\n| PIQA | 70.3 |\n'
    )
    const files: FileMap = {
      'README.md': LIBRARY_README,
      'models/alpha/MODEL_CARD.md': cardOf('Wren-Alpha'),
      'models/alpha/model.safetensors': safetensors,
      'models/beta/MODEL_CARD.md': perModel,
      'models/beta/model.safetensors': safetensors
    }
    expect(find(files, 'Evaluation results')?.locations).toEqual(['models/beta/MODEL_CARD.md'])
  })

  it('finds model metadata in training configs: YAML, gin and params.yaml', () => {
    const metadata = (files: FileMap) =>
      find({ 'README.md': WREN_CARD, 'model.safetensors': safetensors, ...files }, 'Model metadata')
    expect(
      metadata({ 'configs/wren.gin': 'train.learning_rate = 3e-4\ntrain.warmup = 2000\n' })
        ?.locations
    ).toEqual(['configs/wren.gin'])
    expect(
      metadata({ 'params.yaml': 'model:\n  base_learning_rate: 4.5e-6\n  target: wren.Model\n' })
        ?.locations
    ).toEqual(['params.yaml'])
    expect(
      metadata({ 'configs/stage1.yaml': 'optim:\n  warmup: 1000\n  base_learning_rate: 1.0e-4\n' })
        ?.locations
    ).toEqual(['configs/stage1.yaml'])
    // Example configs for users to copy are not the release's own record.
    expect(
      metadata({ 'configs/example_training/toy.yaml': 'model:\n  base_learning_rate: 1.0e-4\n' })
    ).toBeUndefined()
    // A serving config without a hyperparameter is not training metadata.
    expect(metadata({ 'configs/serve.yaml': 'port: 8080\nworkers: 4\n' })).toBeUndefined()
  })

  it('takes a PDF the README calls its technical report for the technical report, not a paper', () => {
    const readme = `${WREN_CARD}\n## Report\n\nRead our [technical report](paper/wren_v1.pdf) for the training details.\n`
    const files: FileMap = {
      'README.md': readme,
      'model.safetensors': safetensors,
      'paper/wren_v1.pdf': { size: 500_000 },
      'assets/wren-notes.pdf': { size: 300_000 }
    }
    const { findings } = detect(files)
    const report = findings.find((f) => f.name === 'Technical report')
    expect(report).toMatchObject({ presence: 'in-repository', locations: ['paper/wren_v1.pdf'] })
    expect(findings.find((f) => f.name === 'Research paper')).toBeUndefined()
    // A PDF of any name counts once the README calls it the technical report.
    const named = `${WREN_CARD}\nThe [Wren technical report](./assets/wren-notes.pdf) describes the data.\n`
    expect(
      find({ ...files, 'README.md': named, 'paper/wren_v1.pdf': '' }, 'Technical report')?.locations
    ).toEqual(['assets/wren-notes.pdf'])
  })
})

describe('5. evidence quality', () => {
  it('puts the strongest evidence first: a licence file over a mention, a weights header over a link', () => {
    const readme = `${WREN_CARD}\n## Weights\n\nThe weights are also available at https://huggingface.co/acme/wren-1b.\n\n## License\n\nThe code in this repository is released under the Apache 2.0 license.\n`
    const report = assess({
      LICENSE: licenseText('Apache-2.0'),
      'README.md': readme,
      'model.safetensors': safetensors,
      'train.py': 'loss.backward()\noptimizer.step()\n'
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights.evidence[0]).toMatchObject({ kind: 'weights-header', path: 'model.safetensors' })
    const code = component(report, 'Training code')
    expect(code.license).toMatchObject({
      spdx: 'Apache-2.0',
      path: 'LICENSE',
      source: 'license-file'
    })
    expect(code.evidence[0]).toMatchObject({ path: 'train.py', kind: 'content' })
  })

  it('shows the model code first: a file, then a folder named for it; code in data folders last', () => {
    const layer = (name: string) =>
      `import torch\nfrom torch import nn\n\nclass ${name}(nn.Module):\n    pass\n`
    const files: FileMap = {
      'README.md': WREN_CARD,
      'data/filtering/quality_classifier.py': layer('QualityHead'),
      'scripts/probe.py': layer('LinearProbe'),
      'wren/models/backbone.py': layer('WrenBlock')
    }
    const f = find(files, 'Model architecture')
    expect(f?.evidence.map((e) => e.path)).toEqual([
      'wren/models/backbone.py',
      'scripts/probe.py',
      'data/filtering/quality_classifier.py'
    ])
    // Every definition still counts where it is; only the order of the evidence changes.
    expect(f?.locations).toEqual(Object.keys(files).filter((p) => p.endsWith('.py')))
    // A file named for model code ranks first, wherever it is.
    const named = find(
      { ...files, 'a_net/modeling_wren.py': layer('WrenModel') },
      'Model architecture'
    )
    expect(named?.evidence.slice(0, 2).map((e) => e.path)).toEqual([
      'a_net/modeling_wren.py',
      'wren/models/backbone.py'
    ])
  })

  it('merges identical evidence lines', () => {
    const line = '- Weights: https://huggingface.co/acme/wren-1b'
    const readme = `${WREN_CARD}\n## Download\n\n${line}\n\n## Download (mirror of the list above)\n\n${line}\n`
    const f = find({ 'README.md': readme }, 'Model parameters (Final)')
    expect(f?.evidence).toHaveLength(1)
    expect(f?.evidence[0]).toMatchObject({ url: 'https://huggingface.co/acme/wren-1b' })
  })

  it('takes no code-fence content or table-of-contents rows as evidence', () => {
    const readme = [
      '# Wren-1B',
      '',
      '## Contents',
      '',
      '- [Intermediate checkpoints](#intermediate-checkpoints)',
      '- [Evaluation](#evaluation)',
      '',
      WREN_CARD.split('\n').slice(6).join('\n'),
      '## Evaluation',
      '',
      'Run the harness on your own checkpoint:',
      '',
      '```bash',
      'batch_size = 8',
      'limit = 200',
      'python eval.py --revision step4000 --tasks arc_easy',
      '```',
      ''
    ].join('\n')
    const files: FileMap = { 'README.md': readme, 'model.safetensors': safetensors }
    const { findings } = detect(files)
    expect(findings.find((f) => f.name === 'Model parameters (Intermediate)')).toBeUndefined()
    expect(findings.find((f) => f.name === 'Evaluation results')).toBeUndefined()
    // The same words outside the contents and the fence still count.
    const said = `${readme}\n## Intermediate checkpoints\n\nTraining checkpoints every 1000 steps are branches of the Hub repository.\n`
    const checkpoints = find({ ...files, 'README.md': said }, 'Model parameters (Intermediate)')
    expect(checkpoints?.evidence.map((e) => e.line)).not.toContain(5)
    expect(checkpoints?.evidence.some((e) => /every 1000 steps/.test(e.detail))).toBe(true)
    // In code, loading a published revision is still a statement that the checkpoints exist.
    const loads = `${readme}\n\`\`\`python\nmodel = AutoModel.from_pretrained("acme/wren-1b", revision="step2000")\n\`\`\`\n`
    expect(find({ ...files, 'README.md': loads }, 'Model parameters (Intermediate)')).toMatchObject(
      { presence: 'by-reference' }
    )
  })

  it('shows one evidence line per component in the table and folds the rest', () => {
    const files: FileMap = { 'README.md': WREN_CARD, 'model.safetensors': safetensors }
    for (let i = 0; i < 8; i++) files[`train/stage${i}.py`] = 'loss.backward()\noptimizer.step()\n'
    const report = assess(files)
    const markdown = renderMarkdown(report)
    const row = markdown.split('\n').find((l) => l.startsWith('| Training code |'))
    expect(row).toBeDefined()
    expect(row?.match(/stage\d\.py/g)).toHaveLength(1)
    expect(row).toContain('(+7)')
    const folded = markdown.slice(markdown.indexOf('<details><summary>Evidence and licences'))
    const start = folded.indexOf('- **Training code**')
    const next = folded.indexOf('\n- **', start + 1)
    const block = folded.slice(start, next === -1 ? folded.indexOf('</details>') : next)
    expect(block.match(/^ {2}- <code>train\/stage\d\.py/gm)).toHaveLength(5)
    expect(block).toContain('and 3 more in the JSON report')
  })
})

describe('6. claims about local paths that do not exist', () => {
  it('does not take a claim about a missing local path for evidence, and reports it as a broken claim', () => {
    const readme = `${WREN_CARD}\n## Checkpoints\n\nIntermediate checkpoints are published in \`checkpoints/\`, one folder per 1000 steps.\n\nThe data card is in [docs/data_card.md](docs/data_card.md).\n`
    const claimLine = readme.split('\n').findIndex((l) => l.includes('`checkpoints/`')) + 1
    const files: FileMap = { 'README.md': readme, 'model.safetensors': safetensors }
    const detection = detect(files)
    expect(
      detection.findings.find((f) => f.name === 'Model parameters (Intermediate)')
    ).toBeUndefined()
    expect(detection.findings.find((f) => f.name === 'Data card')).toBeUndefined()
    const broken = detection.warnings.filter((w) => /not in the repository/.test(w))
    expect(broken).toEqual([
      `\`README.md:${claimLine}\` says \`checkpoints/\` holds Model parameters (Intermediate), but \`checkpoints/\` is not in the repository`,
      `\`README.md:${claimLine + 2}\` says \`docs/data_card.md\` holds Data card, but \`docs/data_card.md\` is not in the repository`
    ])

    const report = assess(files)
    expect(report.warnings).toEqual(expect.arrayContaining(broken))
    expect(renderMarkdown(report)).toContain(
      `- <code>README.md:${claimLine}</code> says <code>checkpoints/</code> holds Model parameters \\(Intermediate\\), but <code>checkpoints/</code> is not in the repository`
    )

    // The same claim about a folder that is there is no warning, and its checkpoints count.
    const present = detect({
      ...files,
      'checkpoints/step-1000/model.safetensors': safetensors,
      'docs/data_card.md': 'x'
    })
    expect(present.warnings.filter((w) => /not in the repository/.test(w))).toEqual([])
    expect(
      present.findings.find((f) => f.name === 'Model parameters (Intermediate)')?.locations
    ).toEqual(['checkpoints/step-1000/model.safetensors'])
  })

  it('takes a file named in parentheses after a component for a claim, and a card section that defers to a missing one for no data card', () => {
    const section =
      '## Training data\n\nThe corpus is 3,000 public-domain fables gathered from digitised library scans of nineteenth-century collections, in English, French and German, with every translation kept as a separate story. We dropped exact and near duplicates, filtered texts shorter than forty words or longer than two thousand, removed the scanning notes and page headers, repaired hyphenation across line breaks and normalised punctuation and quotes; the data card (`docs/DATASHEET.md`) gives the full provenance and every filtering step.\n'
    const readme = `${WREN_CARD}\n${section}`
    const line = readme.split('\n').findIndex((l) => l.includes('`docs/DATASHEET.md`')) + 1
    const files: FileMap = { 'README.md': readme, 'model.safetensors': safetensors }
    const detection = detect(files)
    expect(detection.findings.find((f) => f.name === 'Data card')).toBeUndefined()
    expect(detection.warnings).toContain(
      `\`README.md:${line}\` says \`docs/DATASHEET.md\` holds Data card, but \`docs/DATASHEET.md\` is not in the repository`
    )
    // With the datasheet there, the file and the section both count and nothing is broken.
    const present = detect({ ...files, 'docs/DATASHEET.md': '# Datasheet\n' })
    expect(present.warnings.filter((w) => /not in the repository/.test(w))).toEqual([])
    expect(
      present.findings.find((f) => f.name === 'Data card')?.evidence.map((e) => e.kind)
    ).toContain('section')
    // The same section without the pointer stands as a data card of its own.
    const alone = detect({
      ...files,
      'README.md': `${WREN_CARD}\n${section.replace(/; the data card.*$/m, '.')}`
    })
    expect(alone.findings.find((f) => f.name === 'Data card')?.evidence[0]?.kind).toBe('section')
  })

  it('does not count "released in this repository" for checkpoints the repository does not hold', () => {
    const claim =
      'Everything we made is released in this repository: the weights, the intermediate\ncheckpoints and the training data.\n'
    const readme = `${WREN_CARD}\n## Release\n\n${claim}`
    const line = readme.split('\n').findIndex((l) => l.startsWith('Everything we made')) + 1
    const files: FileMap = {
      'README.md': readme,
      'model.safetensors': safetensors,
      'data/train.jsonl': '{"text": "a"}\n'
    }
    const detection = detect(files)
    expect(
      detection.findings.find((f) => f.name === 'Model parameters (Intermediate)')
    ).toBeUndefined()
    expect(detection.warnings).toContain(
      `\`README.md:${line}\` says this repository holds Model parameters (Intermediate), but none is in it`
    )
    // Weights and data that are here make no warning.
    expect(detection.warnings.filter((w) => /this repository holds/.test(w))).toHaveLength(1)
    // With checkpoints in the repository the claim holds.
    const held = detect({ ...files, 'checkpoints/step-500/model.safetensors': safetensors })
    expect(held.warnings.filter((w) => /this repository holds/.test(w))).toEqual([])
    expect(held.findings.find((f) => f.name === 'Model parameters (Intermediate)')?.presence).toBe(
      'in-repository'
    )
    // Checkpoints published elsewhere as well: the sentence loosely means the project.
    const elsewhere = `${readme}\nCheckpoints every 500 steps: \`revision="step500"\` on the Hub.\n`
    const hosted = detect({ ...files, 'README.md': elsewhere })
    expect(hosted.warnings.filter((w) => /this repository holds/.test(w))).toEqual([])
    expect(
      hosted.findings.find((f) => f.name === 'Model parameters (Intermediate)')?.presence
    ).toBe('by-reference')
  })

  it('does not take Hub ids or Python names for local paths', () => {
    const readme = `${WREN_CARD}\n## Weights\n\nThe weights are in \`acme/wren-1b\` on the Hub.\n\nThe evaluation code is in \`wren.evaluation.Harness\`.\n`
    const detection = detect({ 'README.md': readme })
    expect(detection.warnings.filter((w) => /not in the repository/.test(w))).toEqual([])
  })

  it('does not call a path that a download step creates a broken claim', () => {
    const readme = `${WREN_CARD}\n## Weights\n\nRun \`bash download.sh\` to fetch the checkpoints into \`checkpoints/\`.\n`
    const detection = detect({
      'README.md': readme,
      'download.sh': 'huggingface-cli download acme/wren-1b --local-dir checkpoints\n'
    })
    expect(detection.warnings.filter((w) => /not in the repository/.test(w))).toEqual([])
  })
})

describe('code judged by what it is for (development-set patterns)', () => {
  const model = { 'README.md': WREN_CARD, 'model.safetensors': safetensors }

  it('does not take a launcher whose arguments name a pretrained model for training code', () => {
    const notebook = JSON.stringify({
      cells: [
        {
          source: [
            '!accelerate launch --no_python wren_eval --model_args pretrained=acme/wren-1b\n'
          ]
        }
      ]
    })
    expect(
      find({ ...model, 'examples/walkthrough.ipynb': notebook }, 'Training code')
    ).toBeUndefined()
    expect(
      find(
        { ...model, 'scripts/launch.sh': 'accelerate launch scripts/train_wren.py --lr 3e-4\n' },
        'Training code'
      )?.locations
    ).toEqual(['scripts/launch.sh'])
  })

  it('needs a tensor library in a file named model.py, and skips models defined in examples/', () => {
    const api =
      'import abc\n\nclass LM(abc.ABC):\n    def loglikelihood(self, requests):\n        raise NotImplementedError\n'
    expect(find({ ...model, 'wren/api/model.py': api }, 'Model architecture')).toBeUndefined()
    const adapter = 'import torch.nn as nn\n\nclass ThirdPartyAdapter(nn.Module):\n    pass\n'
    expect(find({ ...model, 'examples/adapter.py': adapter }, 'Model architecture')).toBeUndefined()
    expect(
      find(
        { ...model, 'wren/model.py': 'import torch\n\ndef block(x):\n    return torch.relu(x)\n' },
        'Model architecture'
      )?.locations
    ).toEqual(['wren/model.py'])
  })

  it('counts code inside an evaluation package as evaluation code, not inference or preprocessing', () => {
    const files: FileMap = {
      ...model,
      'wren_eval/models/backend.py': 'out = self.model.generate(input_ids)\n',
      'wren_eval/tasks/qa/utils.py': 'answer = normalize_text(answer)\n'
    }
    expect(find(files, 'Inference code')).toBeUndefined()
    expect(find(files, 'Data preprocessing code')).toBeUndefined()
    expect(
      find({ ...files, 'generate.py': 'out = model.generate(ids)\n' }, 'Inference code')?.locations
    ).toEqual(['generate.py'])
  })

  it("does not count a code library's links to other owners' frameworks as its code", () => {
    const readme =
      '# wren-eval\n\nAn evaluation library.\n\n[Megatron-LM](https://github.com/bigco/Megatron-LM) is a large-scale training framework we integrate with.\n\nThe training code is at https://github.com/bigco/trainer.\n'
    const library = detectComponents(makeSnapshot({ 'README.md': readme }), {
      repository: 'acme/wren-eval'
    })
    expect(library.findings.find((f) => f.name === 'Training code')).toBeUndefined()
    expect(library.warnings.some((w) => /Training code \(links to other projects\)/.test(w))).toBe(
      true
    )
    // The owner's own training repository still counts.
    const own = detectComponents(
      makeSnapshot({ 'README.md': readme.replace('bigco/trainer', 'acme/trainer') }),
      { repository: 'acme/wren-eval' }
    )
    expect(own.findings.find((f) => f.name === 'Training code')?.presence).toBe('by-reference')
  })

  it('does not take videos, pictures, leaderboards or tools the release uses for code links', () => {
    const lines = [
      '- [Evaluation harness walkthrough video](https://www.youtube.com/watch?v=abc)',
      '![Benchmark code results](https://github.com/acme/wren/blob/main/assets/eval_code.png)',
      'It ranks first among small models on the [Leaderboard](https://leaderboard.example.org/).',
      'For maths we used the [BigEval](https://github.com/other/bigeval) evaluation framework.'
    ]
    expect(
      find({ ...model, 'README.md': `${WREN_CARD}\n${lines.join('\n\n')}\n` }, 'Evaluation code')
    ).toBeUndefined()
    expect(
      find(
        {
          ...model,
          'README.md': `${WREN_CARD}\nOur evaluation code: https://github.com/acme/wren-evals\n`
        },
        'Evaluation code'
      )?.presence
    ).toBe('by-reference')
  })

  it('takes a benchmark script in a data folder that downloads the set for evaluation data', () => {
    const script = 'URL = "https://example.org/benchmarks/storycloze_val.jsonl"\nimport requests\n'
    const found = find({ ...model, 'tools/data/hellaswag.py': script }, 'Evaluation data')
    expect(found).toMatchObject({ presence: 'by-reference' })
    expect(found?.evidence[0]).toMatchObject({ path: 'tools/data/hellaswag.py' })
    // The same name outside a data folder, or without a download, is not.
    expect(find({ ...model, 'hellaswag.py': script }, 'Evaluation data')).toBeUndefined()
    expect(
      find({ ...model, 'tools/data/hellaswag.py': 'import json\n' }, 'Evaluation data')
    ).toBeUndefined()
  })

  it('takes modelling code loaded with trust_remote_code from the own Hub model as architecture by reference', () => {
    const readme = `# Wren\n\n\`\`\`python\nmodel = AutoModel.from_pretrained("acme/wren-6b", trust_remote_code=True)\n\`\`\`\n`
    const found = find({ 'README.md': readme }, 'Model architecture')
    expect(found).toMatchObject({ presence: 'by-reference' })
    expect(
      find({ 'README.md': readme.replace(', trust_remote_code=True', '') }, 'Model architecture')
    ).toBeUndefined()
  })

  it('reads a Hub call whose arguments run over several lines as one call', () => {
    const readme = `# Wren\n\n\`\`\`python\nmodel = AutoModel.from_pretrained(\n    "acme/wren-6b",\n    device_map="auto",\n    trust_remote_code=True,\n).eval()\n\`\`\`\n`
    expect(find({ 'README.md': readme }, 'Model architecture')).toMatchObject({
      presence: 'by-reference'
    })
    const local = readme.replace('    trust_remote_code=True,\n', '')
    expect(find({ 'README.md': local }, 'Model architecture')).toBeUndefined()
  })

  it('takes remote code for architecture from a Hub organisation of another name when the release offers that model as its own', () => {
    const table =
      '## Download\n\n| Model | Hub |\n| --- | --- |\n| Wren-6B | [link](https://huggingface.co/wren-ai/wren-6b) |\n'
    const usage =
      '## Usage\n\n```python\nmodel = AutoModel.from_pretrained("wren-ai/wren-6b", trust_remote_code=True)\n```\n'
    const found = find({ 'README.md': `# Wren\n\n${table}\n${usage}` }, 'Model architecture')
    expect(found).toMatchObject({ presence: 'by-reference' })
    expect(found?.evidence[0]).toMatchObject({ url: 'https://huggingface.co/wren-ai/wren-6b' })
    // Loading another organisation's model that the release does not offer is a dependency.
    expect(find({ 'README.md': `# Wren\n\n${usage}` }, 'Model architecture')).toBeUndefined()
  })

  it('takes no link to the repository itself for code kept elsewhere', () => {
    const line =
      'Questions about the evaluation code go to the [README](https://github.com/acme/wren).'
    expect(
      find({ ...model, 'README.md': `${WREN_CARD}\n${line}\n` }, 'Evaluation code')
    ).toBeUndefined()
  })

  it('takes a dataset downloaded on an evaluation page for evaluation data, not training data', () => {
    const page =
      '## 评测复现\n\n```shell\nwget https://huggingface.co/datasets/bench/exam-set/resolve/main/exam.zip\n```\n'
    const files: FileMap = { ...model, 'README.md': WREN_CARD, 'eval/EVALUATION.md': page }
    expect(find(files, 'Evaluation data')).toMatchObject({ presence: 'by-reference' })
    expect(
      find(files, 'Datasets')?.evidence.some((e) => e.path === 'eval/EVALUATION.md') ?? false
    ).toBe(false)
  })

  it('takes a torch.hub entry file for inference code', () => {
    const hubconf = 'from wren.hub import wren_small, wren_large\n\ndependencies = ["torch"]\n'
    expect(find({ ...model, 'hubconf.py': hubconf }, 'Inference code')?.locations).toEqual([
      'hubconf.py'
    ])
  })

  it('reads results stated in sentences, also per group under a fairness heading', () => {
    const card = `${WREN_CARD}\n## Fairness\n\nWe found accuracy above 95% for every group, the best group reaching an accuracy of 98.1% and the worst 95.2%.\n`
    const found = find({ ...model, 'README.md': card }, 'Evaluation results')
    expect(found?.evidence.some((e) => /results stated under "Fairness"/.test(e.detail))).toBe(true)
    const thin = `${WREN_CARD}\n## Fairness\n\nWe discuss fairness in the paper.\n`
    expect(
      find({ ...model, 'README.md': thin }, 'Evaluation results')?.evidence.some((e) =>
        /Fairness/.test(e.detail)
      ) ?? false
    ).toBe(false)
  })

  it('takes an accuracy function for evaluation code, and data-package transforms and tokenising scripts for preprocessing', () => {
    expect(
      find(
        {
          ...model,
          'notebooks/zero_shot.py': 'def accuracy(output, target, topk=(1,)):\n    pass\n'
        },
        'Evaluation code'
      )?.locations
    ).toEqual(['notebooks/zero_shot.py'])
    expect(
      find({ ...model, 'wren/data/augmentations.py': 'import torch\n' }, 'Data preprocessing code')
        ?.locations
    ).toEqual(['wren/data/augmentations.py'])
    expect(
      find({ ...model, 'wren/augmentations.py': 'import torch\n' }, 'Data preprocessing code')
    ).toBeUndefined()
    expect(
      find(
        { ...model, 'dev/prepare/stories.py': 'tokens = enc.encode_ordinary(doc["text"])\n' },
        'Data preprocessing code'
      )?.locations
    ).toEqual(['dev/prepare/stories.py'])
  })
})
