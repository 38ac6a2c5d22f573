// Patterns seen in real model repositories, each written here in the project's own words, with
// the conclusion a careful reader of the repository would draw.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { assessSnapshot } from '../../src/assess.js'
import type { ComponentName } from '../../src/model/components.js'
import { EMPTY_POLICY } from '../../src/policy.js'
import type { OpennessReport } from '../../src/report/types.js'
import { makeSnapshot } from '../helpers/snapshot.js'

const require = createRequire(import.meta.url)
const APACHE = JSON.parse(
  readFileSync(require.resolve('spdx-license-list/licenses/Apache-2.0.json'), 'utf8')
).licenseText as string

function assess(
  files: Record<string, string | { size: number }>,
  repository = 'acme/release'
): OpennessReport {
  return assessSnapshot(makeSnapshot(files), { repository, policy: EMPTY_POLICY })
}

function component(report: OpennessReport, name: ComponentName) {
  const found = report.components.find((c) => c.name === name)
  if (!found) throw new Error(`no ${name}`)
  return found
}

describe('licence wording of hosted releases', () => {
  it('reads a LICENSE that only points to the Llama 2 licence as that licence, for the weights too', () => {
    const report = assess({
      LICENSE: 'For the licence, see https://github.com/facebookresearch/llama/blob/main/LICENSE\n',
      'README.md': [
        '# Quill',
        '',
        'Quill is a family of code models. Fetch the weights with `download.sh` once you accept',
        'the terms on our website.',
        '',
        '## License',
        '',
        'Our models and weights may be used by researchers and companies alike.',
        '',
        'See the [LICENSE](https://github.com/facebookresearch/llama/blob/main/LICENSE) file and the',
        '[Acceptable Use Policy](https://github.com/facebookresearch/llama/blob/main/USE_POLICY.md).'
      ].join('\n'),
      'download.sh': 'wget "$PRESIGNED_URL/quill-7b/consolidated.00.pth"\n',
      'MODEL_CARD.md': [
        '# Quill model card',
        '',
        '## Model Details',
        '',
        'Quill models take text and produce code. They were trained between March and May with',
        'custom training libraries on a cluster of accelerators, and come in three sizes.',
        '',
        '## Intended Use',
        '',
        'Commercial and research use in English and common programming languages. Out of scope:',
        'uses that break laws, and languages other than English.'
      ].join('\n')
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights).toMatchObject({ presence: 'by-reference', status: 'restricted' })
    expect(weights.license).toMatchObject({
      spdx: 'LicenseRef-llama2',
      source: 'statement',
      path: 'README.md',
      line: 10
    })
    // The acceptable-use policy linked beside it is not a second licence.
    expect(weights.notes ?? []).not.toContainEqual(expect.stringMatching(/licences differ/))
    expect(component(report, 'Model card')).toMatchObject({
      status: 'restricted',
      license: { spdx: 'LicenseRef-llama2' }
    })
  })

  it('does not read "See the LICENSE" outside a licence section as a statement', () => {
    const report = assess({
      'README.md': [
        '# Quill',
        '',
        'Weights are on https://huggingface.co/acme/quill-7b.',
        '',
        '## Usage',
        '',
        'See the [LICENSE](https://github.com/facebookresearch/llama/blob/main/LICENSE) for details.'
      ].join('\n')
    })
    expect(component(report, 'Model parameters (Final)')).toMatchObject({
      presence: 'by-reference',
      status: 'unlicensed'
    })
  })

  it('reads "use of the model requires adherence to X and Y" as both licences, the least open governing', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Wren 2',
        '',
        'Base and chat weights: https://huggingface.co/acme/wren2-7b-base and',
        'https://huggingface.co/acme/wren2-7b-chat (our models).',
        '',
        '## License',
        '',
        'Community use of the Wren 2 model requires adherence to [Apache 2.0](LICENSE) and the',
        '[Community License for Wren2 Model](https://huggingface.co/acme/wren2-7b-base/resolve/main/community.pdf).',
        'Commercial use needs an application by email and is limited to small services.'
      ].join('\n')
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights).toMatchObject({ presence: 'by-reference', status: 'restricted' })
    expect(weights.license).toMatchObject({
      name: 'Community License for Wren2 Model',
      path: 'README.md',
      line: 8
    })
    expect(weights.notes).toContainEqual(expect.stringMatching(/Apache License 2\.0.*least open/))
  })
})

describe('sample model outputs shown rather than filed', () => {
  const tinyPng = { size: 2048 }

  it('counts images the card shows as generations or masks, not logos, diagrams or charts', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Lumen image model',
        '',
        '<img src="assets/lumen_logo.png" width="120">',
        '',
        '![a grid of pictures Lumen drew from our prompts](assets/grid.jpg)',
        '',
        '<img src="https://github.com/acme/lumen/blob/main/assets/masks_demo.png?raw=true" alt="">',
        '',
        '![Architecture](assets/overview_diagram.png) ![scores](assets/benchmark_tile.png)',
        '',
        'Weights: https://huggingface.co/acme/lumen-1 (our model).'
      ].join('\n'),
      'assets/lumen_logo.png': tinyPng,
      'assets/grid.jpg': tinyPng,
      'assets/masks_demo.png': tinyPng,
      'assets/overview_diagram.png': tinyPng,
      'assets/benchmark_tile.png': tinyPng
    })
    const samples = component(report, 'Sample model outputs')
    expect(samples).toMatchObject({ status: 'open', presence: 'in-repository' })
    expect(samples.evidence.map((e) => e.path).sort()).toEqual([
      'assets/grid.jpg',
      'assets/masks_demo.png'
    ])
    expect(samples.evidence[0].detail).toMatch(/README\.md:5/)
  })

  it('counts a usage example printed with what the model returned', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch-1B',
        '',
        'Weights: https://huggingface.co/acme/finch-1b (our model).',
        '',
        '```python',
        'out = model.generate(**tokenizer("The tide", return_tensors="pt"))',
        'print(tokenizer.decode(out[0]))',
        '# The tide came in slowly over the flat grey sand of the bay',
        '```'
      ].join('\n')
    })
    const samples = component(report, 'Sample model outputs')
    expect(samples).toMatchObject({ status: 'open' })
    expect(samples.evidence[0]).toMatchObject({ path: 'README.md', line: 8 })
  })

  it('does not count the output of a training script or a tokeniser as model outputs', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch-1B',
        '',
        'Weights: https://huggingface.co/acme/finch-1b (our model).',
        '',
        '```shell',
        'python run_finetune.py --task=mrpc --output_dir=/tmp/out',
        '```',
        '',
        'You should see output like this:',
        '',
        '```',
        'eval_accuracy = 0.8455',
        'eval_loss = 0.5052',
        '```'
      ].join('\n'),
      'sample_text.txt': 'A few sentences of plain text to pre-train on.\n\nAnother document.\n'
    })
    expect(component(report, 'Sample model outputs')).toMatchObject({ status: 'missing' })
  })

  it('counts a notebook that saved image outputs, not an analysis notebook of plots', () => {
    const notebook = (source: string): string =>
      JSON.stringify({
        cells: [
          {
            cell_type: 'code',
            source: [source],
            outputs: [{ output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo=' } }]
          }
        ]
      })
    const withPlotOnly = assess({
      LICENSE: APACHE,
      'README.md': '# Finch\n\nWeights: https://huggingface.co/acme/finch-1b (our model).\n',
      'analysis/plot_routing.ipynb': notebook('plt.plot(router_loads)')
    })
    expect(component(withPlotOnly, 'Sample model outputs')).toMatchObject({ status: 'missing' })
    const withDepth = assess({
      LICENSE: APACHE,
      'README.md': '# Finch\n\nWeights: https://huggingface.co/acme/finch-1b (our model).\n',
      'notebooks/depth_estimation.ipynb': notebook('display(render_depth(model(image)))')
    })
    expect(component(withDepth, 'Sample model outputs')).toMatchObject({
      status: 'open',
      evidence: [{ path: 'notebooks/depth_estimation.ipynb' }]
    })
  })
})

describe('intermediate checkpoints', () => {
  it('does not read "the same pre-training checkpoint" as intermediate checkpoints', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch',
        '',
        'Weights: https://huggingface.co/acme/finch-1b (our model).',
        '',
        'Small tasks vary a lot between runs, even when starting from the same pre-training',
        'checkpoint. We also keep training checkpoints every 1000 steps on the Hub.'
      ].join('\n')
    })
    const checkpoints = component(report, 'Model parameters (Intermediate)')
    expect(checkpoints.evidence.map((e) => e.line)).toEqual([6])
  })
})

describe('datasets that are not the release’s training data', () => {
  const weights = 'Weights: https://huggingface.co/acme/finch-7b (our model).'

  it('skips data offered for users’ own fine-tuning, in English and Chinese', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch-7B',
        '',
        weights,
        '',
        '## Fine-tuning the model',
        '',
        'By default the example uses a small slice of [open-dialogues](https://huggingface.co/datasets/someone/open-dialogues) to fine-tune the base model.',
        'You can find more instruction data such as [qa-mix](https://huggingface.co/datasets/other/qa-mix).',
        '',
        '默认情况下，示例使用 [zh-chat](https://huggingface.co/datasets/third/zh-chat) 的小型数据集来微调模型。'
      ].join('\n'),
      'finetune/data/train.jsonl': '{"prompt": "hi", "answer": "hello"}\n'
    })
    expect(component(report, 'Datasets')).toMatchObject({ status: 'missing' })
  })

  it('keeps the data the release’s own model was fine-tuned on', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch-7B-Chat',
        '',
        weights,
        '',
        'The chat model was fine-tuned on [finch-dialogues](https://huggingface.co/datasets/acme/finch-dialogues), for example turns about cooking.'
      ].join('\n')
    })
    expect(component(report, 'Datasets')).toMatchObject({ presence: 'by-reference' })
  })

  it('does not count data named in news about another model, or a licence text hosted as a dataset', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch-7B',
        '',
        weights,
        '',
        '## Updates',
        '',
        '**[2024/05/02]** We released Sparrow, a code model that tops the [CodeBench](https://huggingface.co/datasets/acme/codebench) benchmark.',
        '',
        '## License',
        '',
        'The tokenizer files are under [apache-2.0](https://huggingface.co/datasets/choosealicense/licenses/blob/main/markdown/apache-2.0.md).'
      ].join('\n')
    })
    expect(component(report, 'Datasets')).toMatchObject({ status: 'missing' })
    expect(component(report, 'Evaluation data')).toMatchObject({ status: 'missing' })
  })

  it('believes a card that says the training data is not released over a link to a subset', () => {
    const report = assess({
      LICENSE: APACHE,
      'model-card.md': [
        '# Finch model card',
        '',
        '## Data',
        '',
        'The images come from public web pages. We will not be releasing the dataset.',
        '',
        '## Intended uses',
        '',
        'Research on robustness of vision models; not for deployment in products of any kind.'
      ].join('\n'),
      'README.md': ['# Finch', '', weights, '', 'See [the model card](model-card.md).'].join('\n'),
      'data/subset.md': [
        '# Ablation subset',
        '',
        'The ids of the image subset used in the ablations: https://storage.googleapis.com/acme/subset_ids.tsv.bz2 (data).'
      ].join('\n')
    })
    expect(component(report, 'Datasets')).toMatchObject({ status: 'missing' })
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/model-card\.md:5 says the training data is not released/)
    )
  })
})

describe('data kept in cloud storage', () => {
  it('reads an archive on a page about an evaluation set as evaluation data, not weights', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': '# Finch\n\nWeights: https://huggingface.co/acme/finch-7b (our model).\n',
      'data/geo-test.md': [
        '# The GeoTest set',
        '',
        'We built this set to evaluate how well the model places photos on a map.',
        '',
        '```bash',
        'wget https://acmepublic.blob.core.windows.net/finch/data/geo-test.tgz',
        '```'
      ].join('\n')
    })
    expect(component(report, 'Evaluation data')).toMatchObject({
      presence: 'by-reference',
      evidence: [{ path: 'data/geo-test.md', line: 6 }]
    })
    expect(
      component(report, 'Model parameters (Final)').evidence.some(
        (e) => e.path === 'data/geo-test.md'
      )
    ).toBe(false)
  })

  it('reads a bucket named without a path, under a data heading, as the training data', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch',
        '',
        'Weights: https://huggingface.co/acme/finch-7b (our model).',
        '',
        '## Data access',
        '',
        '```bash',
        'aws s3 ls --endpoint-url=https://0123abcd.r2.cloudflarestorage.com/ s3://finch-pairs',
        '```'
      ].join('\n'),
      'src/finch/eval/fetch_evalsets.py': 'import urllib.request\n'
    })
    expect(component(report, 'Datasets')).toMatchObject({ presence: 'by-reference' })
    expect(component(report, 'Evaluation data').evidence[0]).toMatchObject({
      path: 'src/finch/eval/fetch_evalsets.py'
    })
  })
})

describe('code judged by what it is for', () => {
  const card = '# Finch\n\nWeights: https://huggingface.co/acme/finch-7b (our model).\n'

  it('counts a launcher as training code only when it launches a training script', () => {
    const evalOnly = assess({
      LICENSE: APACHE,
      'README.md': card,
      'scripts/run_eval.sh': 'accelerate launch -m finch_eval --tasks arc\n'
    })
    expect(component(evalOnly, 'Training code')).toMatchObject({ status: 'missing' })
    const training = assess({
      LICENSE: APACHE,
      'README.md': card,
      'scripts/launch.sh': 'torchrun --nproc_per_node 8 pretrain_finch.py --config big.yaml\n'
    })
    expect(component(training, 'Training code')).toMatchObject({ status: 'open' })
  })

  it('does not take codebook perplexity in the model’s layers for evaluation code', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': card,
      'finch/modules/quantizer.py': 'def forward(self, z):\n    perplexity = torch.exp(-entropy)\n'
    })
    expect(component(report, 'Evaluation code')).toMatchObject({ status: 'missing' })
  })

  it('does not count a quantisation tool’s evaluation script as the release’s evaluation code', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': card,
      'quantization/awq/eval_quantized_model.py': 'from lm_eval import simple_evaluate\n'
    })
    expect(component(report, 'Evaluation code')).toMatchObject({ status: 'missing' })
  })

  it('does not take "fine-tuning … of code" in a long paragraph for a link to training code', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch',
        '',
        'Finch builds on [Heron](https://github.com/someone/heron) and was made by fine-tuning Heron on a larger share of code, with many improvements for long inputs and infilling across languages. For details on training, see our [research paper](https://example.org/publications/finch-paper/).',
        '',
        'Weights: https://huggingface.co/acme/finch-7b (our model).'
      ].join('\n')
    })
    expect(component(report, 'Training code')).toMatchObject({ status: 'missing' })
    expect(component(report, 'Research paper')).toMatchObject({
      presence: 'by-reference',
      evidence: [{ path: 'README.md', line: 3 }]
    })
  })
})

describe('a licence accepted on download', () => {
  it('reads "by downloading you agree to the terms of X" as X governing the data', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': [
        '# Finch segmenter',
        '',
        'Weights: https://huggingface.co/acme/finch-seg (our model).',
        '',
        '## Dataset',
        '',
        'The dataset can be downloaded [here](https://example.org/datasets/finch-masks/). By downloading the dataset you agree that you have read and accepted the terms of the Finch Masks Research License.'
      ].join('\n')
    })
    expect(component(report, 'Datasets')).toMatchObject({
      status: 'restricted',
      license: { name: 'Finch Masks Research License', path: 'README.md', line: 7 }
    })
  })
})

describe('model code without a framework base class', () => {
  it('counts a file named modeling.py as model-definition code', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md': '# Finch\n\nWeights: https://huggingface.co/acme/finch-7b (our model).\n',
      'modeling.py':
        'import tensorflow as tf\n\nclass FinchModel(object):\n  def __init__(self, config):\n    self.config = config\n'
    })
    expect(component(report, 'Model architecture')).toMatchObject({
      status: 'open',
      evidence: [{ path: 'modeling.py', detail: 'model-definition file' }]
    })
  })
})
