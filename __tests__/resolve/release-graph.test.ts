import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { assessSnapshot } from '../../src/assess.js'
import { EMPTY_POLICY } from '../../src/policy.js'
import type { ComponentName } from '../../src/model/components.js'
import type { OpennessReport } from '../../src/report/types.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { makeSnapshot } from '../helpers/snapshot.js'

function assess(files: Record<string, string>, repository = 'acme/release'): OpennessReport {
  return assessSnapshot(makeSnapshot(files), { repository, policy: EMPTY_POLICY })
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
const APACHE = licenseText('Apache-2.0')
const CC_BY_NC = licenseText('CC-BY-NC-4.0')

describe('licence statements in prose', () => {
  it('gives hosted weights the licence a sentence states for them, with path:line', () => {
    const report = assess({
      'README.md': [
        '# Heron-2B',
        '',
        'Download the weights from https://huggingface.co/acme/heron-2b (our model).',
        '',
        '## License',
        '',
        'The model weights are released under the CC BY 4.0 license.'
      ].join('\n')
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights).toMatchObject({ status: 'open', presence: 'by-reference' })
    expect(weights.license).toMatchObject({
      spdx: 'CC-BY-4.0',
      source: 'statement',
      path: 'README.md',
      line: 7
    })
    expect(weights.evidence.some((e) => e.kind === 'statement' && e.line === 7)).toBe(true)
    const markdown = renderMarkdown(report)
    expect(markdown).toContain(
      '<code>README.md:7</code> licence statement: "The model weights are released under the CC BY 4.0 license."'
    )
    expect(markdown).toMatch(/\| Model parameters \(Final\) \|[^\n]*CC\\-BY\\-4\.0 \(stated\)/)
  })

  it('lets a statement about the code outrank the repository-wide LICENSE for code', () => {
    const report = assess({
      LICENSE: APACHE,
      'train.py': 'import torch\nfor batch in loader:\n    loss.backward()\n    optimizer.step()\n',
      'README.md':
        '# Tool\n\nThe source code in this repository is licensed under the MIT License.\n'
    })
    expect(component(report, 'Training code').license).toMatchObject({
      spdx: 'MIT',
      source: 'statement',
      line: 3
    })
  })

  it('scopes a data statement to the datasets kept on the Hub', () => {
    const report = assess({
      'README.md': [
        '# Corpus-trained model',
        '',
        'Weights: https://huggingface.co/acme/corpus-model',
        '',
        'Our training corpus is released under ODC-By-1.0 at https://huggingface.co/datasets/acme/pile-mix.'
      ].join('\n')
    })
    const datasets = component(report, 'Datasets')
    expect(datasets).toMatchObject({ status: 'open', presence: 'by-reference' })
    expect(datasets.license).toMatchObject({ spdx: 'ODC-By-1.0', source: 'statement', line: 5 })
    expect(report.references).toContainEqual(
      expect.objectContaining({ kind: 'hf-dataset', id: 'acme/pile-mix', role: 'own-release' })
    )
  })

  it('reads "code under X, weights subject to the Model License" as two scopes', () => {
    const report = assess({
      LICENSE: APACHE,
      MODEL_LICENSE:
        'The Wren Model License\n\nYou may use the model for research only. Commercial use requires written permission.\n',
      'infer.py': 'model = load()\nprint(model.generate(prompt))\n',
      'README.md': [
        '# Wren',
        '',
        'Get the checkpoints with `huggingface-cli download acme/wren-7b`.',
        '',
        'This repository is licensed under the [Apache-2.0 License](LICENSE). The use of the Wren model weights is subject to the [Model License](MODEL_LICENSE).'
      ].join('\n')
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights.status).toBe('restricted')
    // The statement is the evidence; the licence is the linked file's, named as the link names it.
    expect(weights.license).toMatchObject({ source: 'statement', path: 'README.md', line: 5 })
    expect(weights.license?.name).toBe('Model License')
    expect(component(report, 'Inference code').status).toBe('open')
  })
})

describe('licence files that govern hosted weights', () => {
  it('applies LICENSE-MODEL to weights kept on the Hub, not the repository LICENSE', () => {
    const report = assess({
      LICENSE: APACHE,
      'LICENSE-MODEL': CC_BY_NC,
      'README.md':
        '# Finch\n\nWeights: [acme/finch-1b](https://huggingface.co/acme/finch-1b) on the Hugging Face Hub.\n'
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights.presence).toBe('by-reference')
    expect(weights.status).toBe('restricted')
    expect(weights.license?.path).toBe('LICENSE-MODEL')
  })

  it("applies a model folder's LICENSE to that model's hosted weights", () => {
    const report = assess({
      'models/kite-3b/LICENSE': APACHE,
      'models/kite-3b/README.md':
        '# Kite 3B\n\nThe checkpoint is hosted at https://huggingface.co/acme/kite-3b (weights).\n',
      'README.md': '# Kite models\n\nSee models/kite-3b for the card and the download link.\n'
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights).toMatchObject({ status: 'open', presence: 'by-reference' })
    expect(weights.license).toMatchObject({ spdx: 'Apache-2.0', path: 'models/kite-3b/LICENSE' })
    expect(report.subject.names).toContain('kite-3b')
  })

  it('reads a table that maps each model to its licence; the least open governs', () => {
    const report = assess({
      'licenses/LICENSE-OWL-FAST': APACHE,
      'licenses/LICENSE-OWL-PRO':
        'Owl Pro Non-Commercial License Agreement\n\nYou may not use the model or its outputs for commercial purposes.\n',
      'README.md': [
        '# Owl',
        '',
        '| Model | Weights | License |',
        '| --- | --- | --- |',
        '| Owl Fast | https://huggingface.co/acme/owl-fast | [apache-2.0](licenses/LICENSE-OWL-FAST) |',
        '| Owl Pro | https://huggingface.co/acme/owl-pro | [Owl Pro Non-Commercial License](licenses/LICENSE-OWL-PRO) |'
      ].join('\n')
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights.status).toBe('restricted')
    expect(weights.notes.join(' ')).toMatch(
      /licences differ within the release: .*apache.*Owl Pro/i
    )
    expect(report.subject.ids).toEqual(expect.arrayContaining(['acme/owl-fast', 'acme/owl-pro']))
  })

  it('treats a LICENSE that is only a link as a pointer, not as an unrecognised licence', () => {
    const pointerToKnown = assess({
      LICENSE: 'See https://www.apache.org/licenses/LICENSE-2.0\n',
      'model.py': 'import torch.nn as nn\nclass Net(nn.Module):\n    pass\n'
    })
    expect(component(pointerToKnown, 'Model architecture').license).toMatchObject({
      spdx: 'Apache-2.0',
      source: 'statement',
      path: 'LICENSE'
    })
    const pointerElsewhere = assess({
      LICENSE: 'The licence is published at https://example.org/terms/model-license.html\n',
      'model.py': 'import torch.nn as nn\nclass Net(nn.Module):\n    pass\n'
    })
    const architecture = component(pointerElsewhere, 'Model architecture')
    expect(architecture.status).toBe('unlicensed')
    expect(architecture.license).toBeNull()
  })
})

describe('references', () => {
  it('lists a submodule as code kept in another repository', () => {
    const report = assess({
      '.gitmodules':
        '[submodule "trainer"]\n\tpath = trainer\n\turl = https://github.com/acme/trainer.git\n[submodule "evals"]\n\tpath = evals\n\turl = https://github.com/someone/eval-kit.git\n',
      'README.md': '# Release\n'
    })
    expect(report.references).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'submodule', id: 'acme/trainer', role: 'own-release' }),
        expect.objectContaining({ kind: 'submodule', id: 'someone/eval-kit', role: 'dependency' })
      ])
    )
    const submodule = report.references.find((r) => r.id === 'acme/trainer')
    expect(submodule?.evidence[0]).toMatchObject({ path: '.gitmodules', line: 1 })
  })

  it('finds weights in cloud storage through a download script', () => {
    const report = assess({
      'download_weights.sh':
        '#!/bin/sh\nset -e\ngsutil cp gs://acme-public/models/sparrow/final/model.ckpt checkpoints/\n',
      'README.md': '# Sparrow\n\nRun `sh download_weights.sh` to fetch the model.\n'
    })
    const weights = component(report, 'Model parameters (Final)')
    expect(weights.presence).toBe('by-reference')
    expect(report.references).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'cloud-storage',
          id: 'gs://acme-public/models/sparrow/final/model.ckpt',
          role: 'own-release',
          components: ['Model parameters (Final)']
        }),
        expect.objectContaining({ kind: 'download-script', id: 'download_weights.sh' })
      ])
    )
    expect(weights.status).toBe('unlicensed')
    expect(weights.notes).toContain(
      'licence not stated in the repository; it lives with the referenced artifact'
    )
    expect(report.subject.release).toBe('model')
  })

  it('reads a magnet link as the weights', () => {
    const report = assess({
      'README.md':
        '# Lark\n\nThe weights are shared by torrent: magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=lark-13b\n'
    })
    expect(report.references).toContainEqual(
      expect.objectContaining({
        kind: 'magnet',
        id: '0123456789abcdef0123456789abcdef01234567',
        components: ['Model parameters (Final)']
      })
    )
    expect(component(report, 'Model parameters (Final)').presence).toBe('by-reference')
  })

  it("keeps the release's own paper apart from a bibliography of other papers", () => {
    const report = assess({
      'README.md': [
        '# Gull',
        '',
        'Weights: https://huggingface.co/acme/gull-7b',
        '',
        '## Related work',
        '',
        'We build on ideas from [attention](https://arxiv.org/abs/1706.03762) and [scaling laws](https://arxiv.org/abs/2001.08361).',
        '',
        '## Citation',
        '',
        'If you use Gull, please cite our paper:',
        '',
        '```bibtex',
        '@article{gull2025,',
        '  title = {Gull: A Small Open Model},',
        '  journal = {arXiv preprint arXiv:2501.01234},',
        '  year = {2025}',
        '}',
        '```'
      ].join('\n')
    })
    const own = report.references.find((r) => r.id === '2501.01234')
    expect(own).toMatchObject({ kind: 'arxiv', role: 'own-release' })
    // The release's paper; with no results in the repository it also stands for them (MOT's rule).
    expect(own?.components).toEqual(['Research paper', 'Evaluation results'])
    for (const cited of ['1706.03762', '2001.08361'])
      expect(report.references.find((r) => r.id === cited)).toMatchObject({ role: 'citation' })
    const paper = component(report, 'Research paper')
    expect(paper.evidence.map((e) => e.detail).join(' ')).not.toMatch(/1706|2001\.08361/)
  })

  it('does not take a third-party model named in passing as the release', () => {
    const report = assess({
      'README.md':
        '# Prompt kit\n\nA prompt library. Compatible with models such as https://huggingface.co/other-org/big-model.\n',
      'kit/__init__.py': 'def render(template, **values):\n    return template.format(**values)\n'
    })
    expect(report.references).toContainEqual(
      expect.objectContaining({ id: 'other-org/big-model', role: 'dependency' })
    )
    expect(component(report, 'Model parameters (Final)').status).toBe('missing')
  })
})

describe('the subject of the repository', () => {
  it('says when the repository releases no model: a code library', () => {
    const report = assess({
      LICENSE: APACHE,
      'README.md':
        '# fastloop\n\nA training loop library for PyTorch.\n\n```python\nfrom fastloop import Trainer\nTrainer(model).fit(data)\n```\n',
      'fastloop/trainer.py':
        'class Trainer:\n    def fit(self, data):\n        for batch in data:\n            loss = self.model(batch)\n            loss.backward()\n            self.optimizer.step()\n',
      'pyproject.toml': '[project]\nname = "fastloop"\nlicense = "Apache-2.0"\n'
    })
    expect(report.subject.release).toBe('none')
    expect(renderMarkdown(report).split('\n')[0]).toContain(
      'No model release found: this looks like a code library'
    )
    // The score is still computed and the table still shown.
    expect(report.score).toBeGreaterThan(0)
    expect(renderMarkdown(report)).toContain('| Training code |')
  })

  it("names the release's models from the card and the ids it presents as its own", () => {
    const report = assess({
      'README.md': [
        '---',
        'license: apache-2.0',
        'base_model: other-org/base-7b',
        'model-index:',
        '  - name: Robin-7B-Chat',
        '    results: []',
        '---',
        '# Robin 7B Chat',
        '',
        '```python',
        'model = AutoModelForCausalLM.from_pretrained("acme/robin-7b-chat", revision="step4000")',
        '```'
      ].join('\n')
    })
    expect(report.subject.names).toContain('Robin-7B-Chat')
    // The step in the example is one checkpoint, not a pin of the release.
    expect(report.references.find((r) => r.id === 'acme/robin-7b-chat')?.revision).toBeUndefined()
    expect(report.subject.ids).toEqual(['acme/robin-7b-chat'])
    expect(report.references).toContainEqual(
      expect.objectContaining({ id: 'other-org/base-7b', role: 'dependency' })
    )
    expect(report.references).toContainEqual(
      expect.objectContaining({
        id: 'acme/robin-7b-chat',
        components: ['Model parameters (Final)', 'Model parameters (Intermediate)']
      })
    )
  })
})

describe('the score orders releases by openness', () => {
  const documents = {
    'README.md': [
      '---',
      'model-index:',
      '  - name: Plover-1B',
      '    results: []',
      '---',
      '# Plover-1B',
      '',
      'Weights: https://huggingface.co/acme/plover-1b',
      '',
      '## Model Details',
      '',
      'Plover-1B is a decoder-only language model with one billion parameters trained for English text generation and summarisation tasks.',
      '',
      '## Uses',
      '',
      'Research on small language models, drafting, summarisation; not for medical or legal advice or any high-stakes decision.',
      '',
      '## Limitations',
      '',
      'It makes factual errors, reflects biases of web text and was not trained for safety beyond simple filtering of toxic pages.'
    ].join('\n'),
    LICENSE: APACHE,
    'modeling_plover.py':
      'import torch.nn as nn\nclass PloverModel(nn.Module):\n    def forward(self, x):\n        return x\n'
  }
  const apacheWeights = assess({
    ...documents,
    'README.md': `${documents['README.md']}\n\n## License\n\nThe model weights are released under the Apache 2.0 license.\n`
  })
  const communityWeights = assess({
    ...documents,
    'README.md': `${documents['README.md']}\n\n## License\n\nThe model weights are released under the Llama 3.1 Community License.\n`
  })
  const codeLibrary = assess({
    LICENSE: APACHE,
    'README.md': '# plover-tools\n\nUtilities for tokenising text.\n',
    'plover_tools/tokenize.py': 'def tokenize(text):\n    return text.split()\n'
  })

  it('puts open weights above restricted weights with the same documents, and both above a code library', () => {
    expect(component(apacheWeights, 'Model parameters (Final)').status).toBe('open')
    expect(component(communityWeights, 'Model parameters (Final)').status).toBe('restricted')
    // The weights weigh 9 points: open earns 9, a restricted licence 0.4 × 9 = 3.6.
    expect(apacheWeights.score - communityWeights.score).toBeGreaterThanOrEqual(5)
    expect(communityWeights.score).toBeGreaterThan(codeLibrary.score)
    expect(codeLibrary.subject.release).toBe('none')
  })

  it('rates an unresolved reference below a stated restrictive licence', () => {
    const unstated = assess(documents)
    expect(component(unstated, 'Model parameters (Final)').status).toBe('unlicensed')
    const line = (r: OpennessReport) =>
      r.scoreLines.find((l) => l.name === 'Model parameters (Final)')?.points
    expect(line(unstated)).toBeLessThan(line(communityWeights) as number)
  })
})

describe('one rule for "open"', () => {
  it('counts an MIT OR Apache-2.0 component as open in the table and in the MOF class', () => {
    const files: Record<string, string> = {
      'README.md': [
        '---',
        'license: mit',
        'datasets:',
        '  - acme/tiny-data',
        '---',
        '# Tiny',
        '',
        'Weights: https://huggingface.co/acme/tiny'
      ].join('\n'),
      'model.py': 'import torch.nn as nn\nclass Tiny(nn.Module):\n    pass\n',
      'pyproject.toml': '[project]\nname = "tiny"\nlicense = "MIT OR Apache-2.0"\n'
    }
    const report = assess(files)
    const architecture = component(report, 'Model architecture')
    expect(architecture.license?.spdx).toBe('MIT OR Apache-2.0')
    expect(architecture.status).toBe('open')
    // The class's buckets agree with the table: the architecture is not "invalid" there.
    expect(report.mof.warnings.join(' ')).not.toMatch(/Model architecture.*not open/)
  })
})
