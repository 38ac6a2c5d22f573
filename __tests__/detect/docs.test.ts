import { detectionContext } from '../../src/detect/context.js'
import { describe, expect, it } from '@jest/globals'
import { assessDataCards, croissantInfo, detectDataCard } from '../../src/detect/data-card.js'
import { detectModelCard, selectModelCard } from '../../src/detect/model-card.js'
import { FULL_CARD, TEMPLATE_CARD, findingOf, snap } from './docs-fixtures.js'

const PROJECT_README = `# acme-train

Tools to train Acme models. The package wraps a distributed launcher, mixed-precision settings
and checkpoint upload helpers so that a new experiment needs only a short configuration file.
It runs on a single workstation as well as on a cluster with a job scheduler.

## Installation

pip install acme-train

## Contributing

Pull requests are welcome; please run the linters first.
`

describe('Model card', () => {
  it('counts a filled Hugging Face card and points at its metadata and sections', () => {
    const finding = findingOf(detectModelCard, { 'README.md': FULL_CARD }, 'Model card')
    expect(finding?.presence).toBe('in-repository')
    expect(finding?.locations).toEqual(['README.md'])
    const meta = finding?.evidence.find((e) => e.kind === 'metadata')
    expect(meta?.line).toBe(2)
    expect(meta?.detail).toContain('license')
    const uses = finding?.evidence.find((e) => e.kind === 'section' && e.detail.includes('"Uses"'))
    expect(FULL_CARD.split('\n')[(uses?.line ?? 0) - 1]).toBe('## Uses')
  })

  it('exposes licence, datasets, base models and model-index for other detectors', () => {
    const card = selectModelCard(snap({ 'README.md': FULL_CARD }))
    expect(card).toMatchObject({
      path: 'README.md',
      license: { path: 'README.md', raw: 'apache-2.0', ids: ['apache-2.0'], line: 2 },
      datasets: ['acme/webtext-clean', 'acme/code-mix'],
      baseModels: ['acme/base-7b'],
      hasModelIndex: true,
      placeholderSections: [],
      qualifies: true,
      rejected: null
    })
    expect(card?.filledSections).toEqual(
      expect.arrayContaining(['Uses', 'Training Data', 'Evaluation'])
    )
  })

  it('does not count the unfilled template, but still exposes its licence and says why', () => {
    const snapshot = snap({ 'README.md': TEMPLATE_CARD })
    expect(detectModelCard(detectionContext(snapshot))).toEqual([])
    const card = selectModelCard(snapshot)
    expect(card?.qualifies).toBe(false)
    expect(card?.rejected).toMatch(/^README\.md is a template placeholder/)
    expect(card?.license?.raw).toBe('mit')
    expect(card?.placeholderSections).toEqual(
      expect.arrayContaining(['Uses', 'Training Data', 'Results'])
    )
  })

  it('does not count an empty README or a one-line README', () => {
    const empty = snap({ 'README.md': '' })
    expect(detectModelCard(detectionContext(empty))).toEqual([])
    expect(selectModelCard(empty)?.rejected).toBe('README.md is empty')
    const oneLine = snap({ 'README.md': '# acme-7b\n\nA small language model.\n' })
    expect(detectModelCard(detectionContext(oneLine))).toEqual([])
    expect(selectModelCard(oneLine)?.rejected).toMatch(/too short to be a model card \(4 words\)/)
  })

  it('does not take a project README for a model card', () => {
    const snapshot = snap({ 'README.md': PROJECT_README })
    expect(detectModelCard(detectionContext(snapshot))).toEqual([])
    expect(selectModelCard(snapshot)?.rejected).toMatch(/does not describe the model/)
  })

  it('does not take the words of a lone document title for card sections', () => {
    const text = `# Acme training and evaluation toolkit\n\n${PROJECT_README.split('\n').slice(2).join('\n')}`
    const card = selectModelCard(snap({ 'README.md': text }))
    expect(card?.qualifies).toBe(false)
    expect(card?.topics).toEqual([])
    expect(selectModelCard(snap({ 'README.md': FULL_CARD }))?.topics).toEqual(
      expect.arrayContaining(['details', 'uses', 'limitations', 'training', 'evaluation'])
    )
  })

  it('still counts a filled card whose front matter is an alias bomb, and reports the problem', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]']
    for (const k of 'bcdefghi') {
      const prev = String.fromCharCode(k.charCodeAt(0) - 1)
      bomb.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const body = FULL_CARD.slice(FULL_CARD.indexOf('\n---\n') + 5)
    const text = `---\n${bomb.join('\n')}\nlicense: mit\n---\n${body}`
    const snapshot = snap({ 'README.md': text })
    const card = selectModelCard(snapshot)
    expect(card?.frontMatter).toBeNull()
    expect(card?.license).toBeUndefined()
    expect(card?.problems.join(' ')).toMatch(/README\.md: .*alias/)
    const finding = findingOf(detectModelCard, snapshot, 'Model card')
    expect(finding?.notes?.join(' ')).toMatch(/alias/)
  })

  it('gives the same lines for a CRLF card', () => {
    const crlf = FULL_CARD.replace(/\n/g, '\r\n')
    const a = detectModelCard(detectionContext(snap({ 'README.md': FULL_CARD })))
    const b = detectModelCard(detectionContext(snap({ 'README.md': crlf })))
    expect(b).toEqual(a)
    expect(selectModelCard(snap({ 'README.md': crlf }))?.license?.line).toBe(2)
  })

  it('reads a licence list and license_name / license_link', () => {
    const card = selectModelCard(
      snap({
        'README.md': `---\nlicense:\n- apache-2.0\n- cc-by-4.0\n---\n${PROJECT_README}`,
        'MODEL_CARD.md': `---\nlicense: other\nlicense_name: acme-community\nlicense_link: LICENSE.md\n---\n${FULL_CARD.slice(FULL_CARD.indexOf('# Model Card'))}`,
        'LICENSE.md': 'Acme Community License'
      })
    )
    expect(card?.path).toBe('MODEL_CARD.md')
    expect(card?.license).toEqual({
      path: 'MODEL_CARD.md',
      raw: 'other',
      ids: ['other'],
      name: 'acme-community',
      link: 'LICENSE.md',
      line: 2
    })
    const list = selectModelCard(
      snap({ 'README.md': `---\nlicense:\n- apache-2.0\n- cc-by-4.0\n---\n${PROJECT_README}` })
    )
    expect(list?.license?.ids).toEqual(['apache-2.0', 'cc-by-4.0'])
    expect(list?.license?.raw).toBe('apache-2.0, cc-by-4.0')
  })

  it('finds the card in a model folder when the root README is about the project', () => {
    const finding = findingOf(
      detectModelCard,
      {
        'README.md': PROJECT_README,
        'checkpoints/final/README.md': FULL_CARD,
        'checkpoints/final/config.json': '{"model_type": "llama"}',
        'docs/README.md': FULL_CARD
      },
      'Model card'
    )
    expect(finding?.locations).toEqual(['checkpoints/final/README.md'])
  })

  it('never takes a card from a vendored folder', () => {
    const snapshot = snap({ 'third_party/other-model/MODEL_CARD.md': FULL_CARD })
    expect(selectModelCard(snapshot)).toBeNull()
    expect(detectModelCard(detectionContext(snapshot))).toEqual([])
  })
})

const DATASHEET = `# Datasheet for the WebText-Clean corpus

## Motivation

The corpus was created to pre-train small English language models on openly licensed text.

## Composition

It holds 1.2 billion documents from public web pages, each with its URL and crawl date.

## Collection Process

Pages were fetched by a crawler that honours robots.txt between January and June 2024.

## Preprocessing/cleaning/labeling

Boilerplate was stripped, documents were deduplicated with MinHash and personal data was removed.

## Uses

Pre-training language models; not for profiling individuals.

## Distribution

Released as Parquet files under ODC-By 1.0.

## Maintenance

The Acme data team maintains the corpus and answers issues on the repository.
`

const CROISSANT = JSON.stringify(
  {
    '@context': {
      '@language': 'en',
      '@vocab': 'https://schema.org/',
      cr: 'http://mlcommons.org/croissant/',
      rai: 'http://mlcommons.org/croissant/RAI/',
      sc: 'https://schema.org/'
    },
    '@type': 'sc:Dataset',
    name: 'webtext-clean',
    conformsTo: 'http://mlcommons.org/croissant/1.0',
    license: 'https://opendatacommons.org/licenses/by/1-0/',
    distribution: [{ '@type': 'cr:FileObject', '@id': 'train.parquet' }]
  },
  null,
  2
)

describe('Data card', () => {
  it('counts a datasheet by name and content', () => {
    const finding = findingOf(detectDataCard, { 'docs/datasheet.md': DATASHEET }, 'Data card')
    expect(finding?.presence).toBe('in-repository')
    expect(finding?.evidence[0]).toMatchObject({ path: 'docs/datasheet.md', kind: 'file' })
    expect(finding?.evidence[0].detail).toMatch(/^datasheet \(\d+ words\)/)
  })

  it('recognises Datasheets-for-Datasets headings in a file of any name', () => {
    const finding = findingOf(detectDataCard, { 'docs/corpus.md': DATASHEET }, 'Data card')
    expect(finding?.evidence[0]).toMatchObject({ path: 'docs/corpus.md', line: 1, kind: 'section' })
    expect(finding?.evidence[0].detail).toMatch(/7 of 7/)
  })

  it('does not count a placeholder DATA_CARD.md and says why', () => {
    const snapshot = snap({
      'DATA_CARD.md':
        '# Data Card\n\n## Sources\n\n[More Information Needed]\n\n## Processing\n\nTBD\n'
    })
    expect(detectDataCard(detectionContext(snapshot))).toEqual([])
    expect(assessDataCards(detectionContext(snapshot)).rejected).toEqual([
      { path: 'DATA_CARD.md', reason: 'DATA_CARD.md is a template placeholder' }
    ])
  })

  it('recognises a Croissant file and ignores other JSON-LD', () => {
    const finding = findingOf(detectDataCard, { 'data/croissant.json': CROISSANT }, 'Data card')
    expect(finding?.evidence[0]).toMatchObject({
      path: 'data/croissant.json',
      line: 2,
      kind: 'content'
    })
    expect(finding?.evidence[0].detail).toContain('conforms to http://mlcommons.org/croissant/1.0')
    expect(
      croissantInfo(
        JSON.stringify({
          '@context': 'https://schema.org/',
          '@type': 'Dataset',
          note: 'mlcommons.org/croissant'
        })
      )
    ).toBeNull()
    expect(
      croissantInfo('{"@context": {"cr": "http://mlcommons.org/croissant/"}, "@type": "Dataset"')
    ).toBeNull()
  })

  it('counts a substantive training-data section of the model card', () => {
    const finding = findingOf(detectDataCard, { 'README.md': FULL_CARD }, 'Data card')
    const e = finding?.evidence.find((x) => x.kind === 'section')
    expect(FULL_CARD.split('\n')[(e?.line ?? 0) - 1]).toBe('### Training Data')
    expect(e?.detail).toMatch(/names sources and processing/)
  })

  it('does not count a placeholder or thin training-data section', () => {
    const template = snap({ 'README.md': TEMPLATE_CARD })
    expect(detectDataCard(detectionContext(template))).toEqual([])
    expect(assessDataCards(detectionContext(template)).rejected.map((r) => r.reason)).toContain(
      'README.md section "Training Data" is a placeholder'
    )
    const thin = FULL_CARD.replace(
      /### Training Data\n\n[\s\S]*?\n\n### Training Procedure/,
      '### Training Data\n\nWeb text and code.\n\n### Training Procedure'
    )
    const snapshot = snap({ 'README.md': thin })
    expect(detectDataCard(detectionContext(snapshot))).toEqual([])
    expect(assessDataCards(detectionContext(snapshot)).rejected[0].reason).toMatch(
      /too thin for a data card \(4 words, no processing described\)/
    )
  })

  it('counts an AI Act training-content summary by name, even as a PDF', () => {
    const finding = findingOf(
      detectDataCard,
      { 'docs/Public_Training_Content_Summary.pdf': { size: 52000 } },
      'Data card'
    )
    expect(finding?.evidence[0].detail).toBe('training-content summary (PDF, not read)')
  })

  it('recognises the AI Act template headings', () => {
    const text = `# Summary of training content\n\n## 1. General information\n\nProvider: Acme Research Lab. Model: Acme-7B. Modalities: text. Training data size: 1-10 trillion tokens; cut-off March 2024.\n\n## 2. List of data sources\n\nPublic datasets: WebText-Clean and English Wikipedia. Crawled data: pages collected by our own crawler.\n\n## 3. Relevant data processing aspects\n\nWe honoured robots.txt opt-outs and removed illegal content with classifiers.\n`
    const finding = findingOf(detectDataCard, { 'docs/training-data.md': text }, 'Data card')
    expect(finding?.evidence[0].detail).toMatch(/AI Act template headings/)
  })

  it('counts a dataset card: README with dataset metadata or under data/', () => {
    const card = `---\npretty_name: WebText-Clean\ntask_categories:\n- text-generation\nsize_categories:\n- 1B<n<10B\n---\n\n# WebText-Clean\n\n${DATASHEET.split('\n').slice(2).join('\n')}`
    const finding = findingOf(detectDataCard, { 'corpus-card/README.md': card }, 'Data card')
    expect(finding?.evidence[0].detail).toMatch(/^dataset card \(Hugging Face dataset metadata\)/)
    const folder = findingOf(
      detectDataCard,
      { 'data/README.md': DATASHEET.replace(/^#+ .*$/gm, '') },
      'Data card'
    )
    expect(folder?.evidence[0].detail).toMatch(/^dataset README in data\//)
  })

  it('ignores data cards in vendored folders', () => {
    expect(
      detectDataCard(
        detectionContext(
          snap({
            'third_party/corpus/datasheet.md': DATASHEET,
            'vendor/x/croissant.json': CROISSANT
          })
        )
      )
    ).toEqual([])
  })

  it('takes a link labelled as a data card as a reference when nothing else documents the data', () => {
    const text = `${PROJECT_README}\n## Training data\n\nSee the [dataset card](https://huggingface.co/datasets/acme/webtext-clean).\n`
    const finding = findingOf(detectDataCard, { 'README.md': text }, 'Data card')
    expect(finding?.presence).toBe('by-reference')
    expect(finding?.evidence[0]).toMatchObject({
      kind: 'link',
      url: 'https://huggingface.co/datasets/acme/webtext-clean'
    })
  })
})
