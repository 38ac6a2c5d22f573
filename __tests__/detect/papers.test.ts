import { detectionContext } from '../../src/detect/context.js'
import { describe, expect, it } from '@jest/globals'
import { detectPapers } from '../../src/detect/papers.js'
import { FULL_CARD, TEMPLATE_CARD, findingOf, snap } from './docs-fixtures.js'

const report = (files: Parameters<typeof snap>[0]) =>
  findingOf(detectPapers, files, 'Technical report')
const paper = (files: Parameters<typeof snap>[0]) =>
  findingOf(detectPapers, files, 'Research paper')

describe('Research paper', () => {
  it('finds the arXiv paper of a full card once, from tags, links and BibTeX, never the template CO2 paper', () => {
    const files = { 'README.md': FULL_CARD }
    const found = paper(files)
    expect(found?.presence).toBe('by-reference')
    expect(found?.locations).toEqual([])
    expect(found?.evidence).toHaveLength(1)
    expect(found?.evidence[0]).toMatchObject({
      path: 'README.md',
      kind: 'metadata',
      url: 'https://arxiv.org/abs/2401.02385'
    })
    expect(JSON.stringify(found)).not.toContain('1910.09700')
    expect(report(files)).toBeUndefined()
  })

  it('reads an arXiv URL on a "Paper" line with its line number', () => {
    const text = '# Acme\n\nA model.\n\n- Paper: https://arxiv.org/abs/2401.02385v2\n'
    const found = paper({ 'README.md': text })
    expect(found?.evidence).toEqual([
      expect.objectContaining({
        path: 'README.md',
        line: 5,
        kind: 'link',
        url: 'https://arxiv.org/abs/2401.02385'
      })
    ])
  })

  it('reads an `arXiv:` id and a Hugging Face papers link', () => {
    const text =
      'Read our preprint (arXiv:2403.01234) for details.\n\nSee the paper page: https://huggingface.co/papers/2405.00042\n'
    const found = paper({ 'docs/index.md': text })
    expect(found?.evidence.map((e) => e.url)).toEqual([
      'https://arxiv.org/abs/2403.01234',
      'https://arxiv.org/abs/2405.00042'
    ])
  })

  it('reads a DOI, maps arXiv DOIs to arXiv, and skips archive DOIs', () => {
    const text = [
      '# Acme',
      '',
      '[![DOI](https://zenodo.org/badge/DOI/10.5281/zenodo.1234567.svg)](https://doi.org/10.5281/zenodo.1234567)',
      '',
      'Our paper was published in Machine Learning Journal, doi: 10.1007/s10994-024-06543-2.',
      '',
      'Preprint of the paper: https://doi.org/10.48550/arXiv.2401.02385',
      ''
    ].join('\n')
    const found = paper({ 'README.md': text })
    expect(found?.evidence.map((e) => [e.line, e.url])).toEqual([
      [5, 'https://doi.org/10.1007/s10994-024-06543-2'],
      [7, 'https://arxiv.org/abs/2401.02385']
    ])
  })

  it('counts a BibTeX entry with only an eprint', () => {
    const text =
      '# Acme\n\n## Citation\n\n```bibtex\n@misc{acme2024,\n  title={Acme},\n  eprint={2401.02385},\n  archivePrefix={arXiv}\n}\n```\n'
    const found = paper({ 'README.md': text })
    expect(found?.evidence).toEqual([
      expect.objectContaining({
        line: 6,
        kind: 'citation',
        url: 'https://arxiv.org/abs/2401.02385'
      })
    ])
    expect(found?.evidence[0].detail).toMatch(/arXiv preprint 2401\.02385/)
  })

  it('skips BibTeX entries in prose documents that are not under a citation heading', () => {
    const text =
      '# Acme\n\n## Acknowledgements\n\nWe build on this work:\n\n```\n@inproceedings{flash,\n  title={Fast Attention},\n  booktitle={NeurIPS}\n}\n```\n'
    expect(paper({ 'README.md': text })).toBeUndefined()
    expect(paper({ 'README.md': text.replace('## Acknowledgements', '## Citation') })).toBeDefined()
  })

  it('names the venue of a peer-reviewed BibTeX entry', () => {
    const bib =
      '@inproceedings{acme2024,\n  title = "Acme: Scaling Small Models",\n  booktitle = {Proceedings of the 41st International Conference on Machine Learning},\n  year = 2024\n}\n'
    const found = paper({ 'paper.bib': bib })
    expect(found?.evidence[0]).toMatchObject({ path: 'paper.bib', line: 1, kind: 'citation' })
    expect(found?.evidence[0].detail).toMatch(/@inproceedings \(booktitle: Proceedings of the 41st/)
  })

  it('reads the preferred citation of CITATION.cff and ignores a software-only one', () => {
    const cff = `cff-version: 1.2.0\ntitle: acme\ntype: software\ndoi: 10.5281/zenodo.1234567\npreferred-citation:\n  type: article\n  title: "Acme: Scaling Small Models"\n  journal: "Transactions on Machine Learning Research"\n  doi: 10.1234/tmlr.2024.001\n`
    const found = paper({ 'CITATION.cff': cff })
    expect(found?.evidence[0]).toMatchObject({
      line: 5,
      kind: 'citation',
      url: 'https://doi.org/10.1234/tmlr.2024.001'
    })
    expect(found?.evidence[0].detail).toMatch(/journal: Transactions/)
    expect(
      detectPapers(
        detectionContext(
          snap({ 'CITATION.cff': 'cff-version: 1.2.0\ntitle: acme\ndoi: 10.5281/zenodo.1234567\n' })
        )
      )
    ).toEqual([])
  })

  it('keeps a paper PDF in the repository as in-repository', () => {
    const found = paper({ 'paper/acme.pdf': { size: 400000 }, 'README.md': '# Acme\n' })
    expect(found).toMatchObject({ presence: 'in-repository', locations: ['paper/acme.pdf'] })
  })

  it("ignores other people's papers and the template's links", () => {
    const text = [
      '# Acme',
      '',
      'We use rotary embeddings (https://arxiv.org/abs/2104.09864) and FlashAttention.',
      'The tokenizer is based on the method of arXiv:1508.07909.',
      ''
    ].join('\n')
    expect(
      detectPapers(detectionContext(snap({ 'README.md': text, 'MODEL_CARD.md': TEMPLATE_CARD })))
    ).toEqual([])
  })

  it('ignores papers in vendored folders and PDFs that are not papers', () => {
    const files = {
      'third_party/lib/paper.pdf': { size: 1000 },
      'third_party/lib/README.md': 'Paper: https://arxiv.org/abs/2301.00001\n',
      'docs/architecture.pdf': { size: 1000 }
    }
    expect(detectPapers(detectionContext(snap(files)))).toEqual([])
  })
})

describe('Technical report', () => {
  it('takes an arXiv link labelled "technical report" for a technical report, not a paper', () => {
    const text =
      '# Acme\n\n- **Technical report:** [Acme-7B Technical Report](https://arxiv.org/abs/2402.00001)\n'
    const files = { 'README.md': text }
    expect(report(files)?.evidence).toEqual([
      expect.objectContaining({ line: 3, kind: 'link', url: 'https://arxiv.org/abs/2402.00001' })
    ])
    expect(paper(files)).toBeUndefined()
  })

  it('takes a link named "Technical Report" wherever it points', () => {
    const text =
      '# Acme\n\nRead the [technical report](https://acme.example/reports/acme-7b.pdf) for details.\n'
    const found = report({ 'README.md': text })
    expect(found?.evidence[0]).toMatchObject({
      url: 'https://acme.example/reports/acme-7b.pdf',
      detail: 'link "technical report"'
    })
  })

  it('reads @techreport and titles with "Technical Report"', () => {
    const bib =
      '@techreport{acme,\n title={Acme},\n institution={Acme Lab}\n}\n\n@misc{acme2,\n title={Acme-2 Technical Report},\n eprint={2409.00002}\n}\n'
    const found = report({ 'docs/refs.bib': bib })
    expect(found?.evidence.map((e) => e.line)).toEqual([1, 6])
    expect(found?.evidence[1].url).toBe('https://arxiv.org/abs/2409.00002')
  })

  it('decides a PDF by its name', () => {
    const files = {
      'docs/technical_report.pdf': { size: 900000 },
      'tech-report-v2.pdf': { size: 10 }
    }
    const found = report(files)
    expect(found?.presence).toBe('in-repository')
    expect(found?.locations.sort()).toEqual(['docs/technical_report.pdf', 'tech-report-v2.pdf'])
    expect(paper(files)).toBeUndefined()
  })
})
