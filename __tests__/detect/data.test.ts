import { detectionContext } from '../../src/detect/context.js'
import { describe, expect, it } from '@jest/globals'
import { detectData } from '../../src/detect/data.js'
import { findReferences } from '../../src/detect/references.js'
import { FULL_CARD, findingOf, snap } from './docs-fixtures.js'

const datasets = (files: Parameters<typeof snap>[0]) => findingOf(detectData, files, 'Datasets')
const evalData = (files: Parameters<typeof snap>[0]) =>
  findingOf(detectData, files, 'Evaluation data')

const pointer = (size: number) => ({
  size: 131,
  lfs: { oid: 'c'.repeat(64), size, version: 'https://git-lfs.github.com/spec/v1' }
})

describe('Datasets', () => {
  it('reads dataset ids from the front matter and dataset links, by reference', () => {
    const found = datasets({ 'README.md': FULL_CARD })
    expect(found?.presence).toBe('by-reference')
    expect(found?.locations).toEqual([])
    expect(found?.evidence.slice(0, 2)).toEqual([
      expect.objectContaining({
        line: 5,
        kind: 'metadata',
        url: 'https://huggingface.co/datasets/acme/webtext-clean'
      }),
      expect.objectContaining({
        line: 5,
        kind: 'metadata',
        url: 'https://huggingface.co/datasets/acme/code-mix'
      })
    ])
    // The same dataset linked in the training-data section is a second, separate piece of evidence.
    const link = found?.evidence.find((e) => e.kind === 'link')
    expect(FULL_CARD.split('\n')[(link?.line ?? 0) - 1]).toContain(
      'huggingface.co/datasets/acme/webtext-clean'
    )
  })

  it('counts links named as data only inside a training-data section', () => {
    const text = [
      '# Acme',
      '',
      'Built by the [data team](https://acme.example/team-data).',
      '',
      '## Training data',
      '',
      'We trained on [RedPajama-Data](https://github.com/togethercomputer/RedPajama-Data) and [our blog](https://acme.example/blog).',
      ''
    ].join('\n')
    const found = datasets({ 'README.md': text })
    expect(found?.evidence).toEqual([
      expect.objectContaining({
        line: 7,
        kind: 'link',
        url: 'https://github.com/togethercomputer/RedPajama-Data'
      })
    ])
  })

  it('counts shipped data files under data/, LFS pointers included, grouped by folder', () => {
    const found = datasets({
      'data/train-00000.parquet': pointer(2_000_000_000),
      'data/train-00001.parquet': pointer(2_000_000_000),
      'data/README.md': '# data',
      'data/load.py': 'import datasets',
      'README.md': '# x'
    })
    expect(found).toMatchObject({ presence: 'in-repository', locations: ['data'] })
    expect(found?.evidence[0]).toMatchObject({ path: 'data', kind: 'folder' })
    expect(found?.evidence[0].detail).toBe('data/: 2 data files (parquet); 2 as Git LFS pointers')
    expect(found?.notes?.[0]).toMatch(/LFS pointers/)
  })

  it('does not count vendored data, unit-test fixtures, tokenizer files or image links', () => {
    const files = {
      'third_party/lib/data/train.jsonl': '{"a":1}\n',
      'tests/fixtures/data/sample.csv': 'a,b\n1,2\n',
      'data/tokenizer.json': '{"version":"1.0"}',
      'README.md':
        '![logo](https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/logo.png)\n'
    }
    expect(detectData(detectionContext(snap(files)))).toEqual([])
  })

  it('does not take a picture kept in a dataset repository for data; a data file there counts', () => {
    // The link sits mid-sentence, in emphasis, with a query, past the first 200 characters of a
    // long line: the file name is still its end.
    const photo =
      '# Acme\n\n## Chat\n\nOnce the weights are downloaded and the chat command runs with the vision encoder enabled and the default sampling settings, which suit most prompts, prompt it with *"Which harbour is this?"* and the picture *https://huggingface.co/datasets/someone/prompt-pictures/resolve/main/harbour.JPG?download=true*, and it should name the harbour.\n'
    expect(datasets({ 'README.md': photo })).toBeUndefined()
    expect(findReferences(snap({ 'README.md': photo }), { card: null, papers: [] })).toEqual([])
    // Plain prose: the sentence's comma follows the file name.
    const plain = photo.replace(/\*/g, '').replace('?download=true', '')
    expect(datasets({ 'README.md': plain })).toBeUndefined()
    expect(findReferences(snap({ 'README.md': plain }), { card: null, papers: [] })).toEqual([])
    const shard =
      '# Acme\n\n## Training data\n\nThe corpus: https://huggingface.co/datasets/acme/webtext-clean/resolve/main/part-0.parquet\n'
    expect(datasets({ 'README.md': shard })?.evidence[0]).toMatchObject({
      url: expect.stringContaining('huggingface.co/datasets/acme/webtext-clean')
    })
  })

  it('reads load_dataset calls in the documentation', () => {
    const text =
      '# Acme\n\n```python\nds = load_dataset("acme/webtext-clean", split="train")\n```\n'
    expect(datasets({ 'README.md': text })?.evidence[0]).toMatchObject({
      line: 4,
      url: 'https://huggingface.co/datasets/acme/webtext-clean'
    })
  })
})

describe('Evaluation data', () => {
  it('reads model-index datasets, by reference', () => {
    const found = evalData({ 'README.md': FULL_CARD })
    expect(found?.presence).toBe('by-reference')
    expect(found?.evidence[0]).toMatchObject({
      line: 14,
      kind: 'metadata',
      url: 'https://huggingface.co/datasets/cais/mmlu',
      detail: 'model-index dataset: MMLU (cais/mmlu, split test)'
    })
  })

  it('counts data files under eval and benchmark folders and test splits under data/', () => {
    const found = evalData({
      'eval/data/arc.jsonl': '{"q":"…"}\n',
      'benchmarks/gsm8k/test.parquet': { size: 5000 },
      'data/test.jsonl': '{"text":"…"}\n',
      'data/train.jsonl': '{"text":"…"}\n',
      'eval/results.json': '{"acc": 0.5}'
    })
    expect(found?.presence).toBe('in-repository')
    expect(found?.locations.sort()).toEqual(['benchmarks', 'data', 'eval'])
    expect(datasets({ 'data/test.jsonl': 'x', 'data/train.jsonl': 'y' })?.evidence[0].detail).toBe(
      'data/: 1 data file (jsonl)'
    )
  })

  it('takes dataset links in an evaluation section as evaluation data', () => {
    const text =
      '# Acme\n\n## Evaluation\n\nWe report accuracy on [HellaSwag](https://huggingface.co/datasets/Rowan/hellaswag).\n'
    const found = evalData({ 'README.md': text })
    expect(found?.evidence[0]).toMatchObject({
      line: 5,
      url: 'https://huggingface.co/datasets/Rowan/hellaswag'
    })
    expect(datasets({ 'README.md': text })).toBeUndefined()
  })
})
