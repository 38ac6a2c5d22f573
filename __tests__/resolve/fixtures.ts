/** References and stand-in registry entries shared by the resolver tests. */
import type { Reference, ReferenceKind, ReferenceRole } from '../../src/model/references.js'
import { MIT_LICENSE_TEXT, type StandInRemote } from '../helpers/stand-in-remote.js'

export function reference(
  kind: ReferenceKind,
  id: string,
  options: { role?: ReferenceRole; revision?: string } = {}
): Reference {
  const ref: Reference = {
    kind,
    id,
    role: options.role ?? 'own-release',
    components: [],
    evidence: [{ path: 'README.md', line: 1, detail: id }]
  }
  if (options.revision !== undefined) ref.revision = options.revision
  return ref
}

export const MODEL_CARD = `---
license: apache-2.0
datasets:
  - open-lab/pretrain-mix
---
# Open 7B

## Model Details

Open 7B is a decoder-only language model trained from scratch on the open pretraining mix.

## Training Data

The model was trained on three trillion tokens of openly licensed web text, code and papers.

## Evaluation

Results on standard benchmarks are reported in the paper with the evaluation code.
`

export const DATASET_CARD = `---
license: odc-by
pretty_name: Pretrain Mix
---
# Pretrain Mix

## Dataset Summary

A mixture of web pages, scientific papers and source code collected for open pretraining.

## Data Sources

Common Crawl snapshots from 2020 to 2024, arXiv papers, and permissively licensed GitHub code.

## Personal and Sensitive Information

Personal identifiers were removed with regular expressions and a classifier.

## Licensing Information

The mixture is released under ODC-By; each source keeps its own terms.
`

/** A fully open release: weights with checkpoints, datasets with cards, a CC BY paper, code. */
export function seedOpenRelease(standIn: StandInRemote): Reference[] {
  const r = standIn.registry
  r.models['open-lab/open-7b'] = {
    license: 'apache-2.0',
    files: {
      'README.md': MODEL_CARD,
      'config.json': '{}',
      'model-00001-of-00002.safetensors': 'x',
      'model-00002-of-00002.safetensors': 'x'
    },
    parametersTotal: 6_888_095_744,
    architectures: ['OlmoForCausalLM'],
    branches: [
      'step2000',
      'step1000',
      'stage1-step140000-tokens294B',
      'ckpt_001',
      'feature-tokenizer'
    ]
  }
  r.datasets['open-lab/pretrain-mix'] = {
    license: 'odc-by',
    files: { 'README.md': DATASET_CARD, 'data/train-00000-of-00002.parquet': 'x' }
  }
  r.datasets['open-lab/sft-mix'] = {
    license: ['cc-by-4.0', 'mit'],
    files: {
      'README.md': '# SFT mix\n\n## Dataset Summary\n\nInstruction data written by annotators.\n'
    }
  }
  r.papers['2304.01373'] = { license: 'http://creativecommons.org/licenses/by/4.0/' }
  r.repos['open-lab/trainer'] = {
    license: { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0' },
    licenseText: 'Apache License\nVersion 2.0, January 2004\n'
  }
  r.repos['open-lab/eval-harness'] = {
    license: { key: 'other', name: 'Other', spdx_id: 'NOASSERTION' },
    licenseText: MIT_LICENSE_TEXT,
    licensePath: 'LICENSE.txt'
  }
  r.zenodo['1234567'] = 'cc-by-4.0'
  return [
    reference('hf-model', 'open-lab/open-7b'),
    reference('hf-dataset', 'open-lab/pretrain-mix'),
    reference('hf-dataset', 'open-lab/sft-mix'),
    reference('arxiv', '2304.01373v2'),
    reference('github', 'open-lab/trainer'),
    reference('github', 'open-lab/eval-harness', { role: 'dependency' }),
    reference('doi', '10.5281/zenodo.1234567'),
    // A cited paper is never resolved.
    reference('arxiv', '1810.04805', { role: 'citation' }),
    // A model the release builds on is a dependency, not code: not resolved either.
    reference('hf-model', 'someone/base-model', { role: 'dependency' })
  ]
}
