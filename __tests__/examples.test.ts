import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeRepository } from '../src/analyze.js'
import { renderMarkdown } from '../src/report/markdown.js'
import type { OpennessReport } from '../src/report/types.js'

const EXAMPLES = join(import.meta.dirname, '..', 'examples')

async function scan(name: string): Promise<OpennessReport> {
  return (await analyzeRepository(join(EXAMPLES, name), { repository: name })).report
}

function status(report: OpennessReport, name: string): string | undefined {
  return report.components.find((c) => c.name === name)?.status
}

function expectEvidencePathsExist(report: OpennessReport, root: string): void {
  const paths = new Set<string>()
  for (const c of report.components) {
    for (const e of c.evidence) paths.add(e.path)
    if (c.license?.path) paths.add(c.license.path)
  }
  for (const f of report.openWashing) paths.add(f.path)
  for (const l of report.licenses) paths.add(l.path)
  expect(paths.size).toBeGreaterThan(0)
  for (const p of paths) expect(() => lstatSync(join(root, p))).not.toThrow()
}

describe('examples/open-science-model (a fully open release)', () => {
  it('is MOF Class I, OSAID-conformant, every component open, score 100', async () => {
    const report = await scan('open-science-model')
    expect(report.mof).toMatchObject({
      class: 1,
      label: 'Class I - Open Science Model',
      progress: { '1': 100, '2': 100, '3': 100 }
    })
    expect(report.osaid.conformant).toBe(true)
    expect(report.components.every((c) => c.status === 'open')).toBe(true)
    expect(report.score).toBe(100)
    expect(report.missingDisclosures).toEqual([])
  })

  it('bears out its "fully open" claim, so nothing is flagged', async () => {
    const report = await scan('open-science-model')
    expect(report.openWashing).toEqual([])
  })

  it('resolves the licence closest to each component', async () => {
    const report = await scan('open-science-model')
    const licence = (n: string) => report.components.find((c) => c.name === n)?.license
    expect(licence('Datasets')).toMatchObject({
      spdx: 'CDLA-Permissive-2.0',
      path: 'data/LICENSE-DATA'
    })
    expect(licence('Data preprocessing code')).toMatchObject({
      spdx: 'Apache-2.0',
      path: 'LICENSE'
    })
    expect(licence('Model parameters (Final)')).toMatchObject({
      spdx: 'Apache-2.0',
      path: 'README.md',
      source: 'model-card'
    })
  })

  it('reads the weights header and finds the checkpoint series', async () => {
    const report = await scan('open-science-model')
    const final = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(final?.evidence[0]).toMatchObject({ path: 'model.safetensors', kind: 'weights-header' })
    expect(final?.evidence[0].detail).toMatch(/15 tensors/)
    expect(
      report.components.find((c) => c.name === 'Model parameters (Intermediate)')?.evidence[0].path
    ).toBe('checkpoints/step-1000/model.safetensors')
  })

  it('cites only files that exist', async () => {
    expectEvidencePathsExist(await scan('open-science-model'), join(EXAMPLES, 'open-science-model'))
  })
})

describe('examples/open-weights-community (open weights under a community licence)', () => {
  it('is Unclassified under MOF and not Open Source AI', async () => {
    const report = await scan('open-weights-community')
    expect(report.mof.class).toBe(0)
    expect(report.osaid.conformant).toBe(false)
    expect(report.osaid.requirements.find((r) => r.id === 'model-parameters')?.met).toBe(false)
  })

  it('finds the weights (LFS pointers, GGUF header, shard index) under a restricted licence with its use policy', async () => {
    const report = await scan('open-weights-community')
    const weights = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(weights?.status).toBe('restricted')
    expect(weights?.license?.spdx).toBe('LicenseRef-llama3.1 AND LicenseRef-acceptable-use-policy')
    const kinds = weights?.evidence.map((e) => e.kind)
    expect(kinds).toEqual(expect.arrayContaining(['index-file', 'weights-header', 'lfs-pointer']))
    expect(report.licenses.find((l) => l.path === 'USE_POLICY.md')?.kind).toBe('use-policy')
  })

  it('treats the unfilled training and evaluation sections as missing disclosures', async () => {
    const report = await scan('open-weights-community')
    expect(status(report, 'Model card')).toBe('restricted')
    expect(status(report, 'Data card')).toBe('missing')
    expect(status(report, 'Evaluation results')).toBe('missing')
    expect(status(report, 'Training code')).toBe('missing')
    // generation_config.json holds sampling settings, not sample outputs.
    expect(status(report, 'Sample model outputs')).toBe('missing')
    // The model card's usage snippet is the only inference code, and the report says so.
    const inference = report.components.find((c) => c.name === 'Inference code')
    expect(inference?.evidence[0].detail).toBe(
      'usage example in the model card under "How to Get Started with the Model"'
    )
    expect(inference?.notes).toContain('only a usage example in the model card')
    const dataCard = report.missingDisclosures.find((d) => d.component === 'Data card')
    expect(dataCard).toMatchObject({ action: 'add', file: 'DATA_CARD.md' })
    expect(dataCard?.clauses).toEqual(['MOF Class III', 'OSAID 1.0, Data Information'])
  })

  it('flags "open-source chat model" and suggests accurate wording', async () => {
    const report = await scan('open-weights-community')
    expect(report.openWashing).toHaveLength(1)
    expect(report.openWashing[0]).toMatchObject({
      path: 'README.md',
      line: 15,
      phrase: 'open-source'
    })
    expect(report.openWashing[0].suggestion).toMatch(/^"weights available under/)
  })

  it('cites only files that exist', async () => {
    expectEvidencePathsExist(
      await scan('open-weights-community'),
      join(EXAMPLES, 'open-weights-community')
    )
  })
})

describe('examples/open-washing-no-weights (claims open source, ships no weights or data documentation)', () => {
  it('has no weights, no model card and no data card', async () => {
    const report = await scan('open-washing-no-weights')
    for (const name of [
      'Model parameters (Final)',
      'Model card',
      'Data card',
      'Datasets',
      'Training code'
    ]) {
      expect(status(report, name)).toBe('missing')
    }
    expect(report.mof.class).toBe(0)
    expect(report.osaid.conformant).toBe(false)
  })

  it('flags the "fully open-source" claim but not the generic belief about open source', async () => {
    const report = await scan('open-washing-no-weights')
    expect(report.openWashing.map((f) => `${f.path}:${f.line}`)).toEqual(['README.md:3'])
    expect(report.openWashing[0].phrase.toLowerCase()).toBe('fully open-source')
    expect(report.openWashing[0].suggestion).toMatch(/publicly available|open-source code/)
  })

  it('cites only files that exist', async () => {
    expectEvidencePathsExist(
      await scan('open-washing-no-weights'),
      join(EXAMPLES, 'open-washing-no-weights')
    )
  })
})

describe('reports of the examples', () => {
  it('are deterministic', async () => {
    for (const name of [
      'open-science-model',
      'open-weights-community',
      'open-washing-no-weights'
    ]) {
      const a = await scan(name)
      const b = await scan(name)
      expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    }
  })

  it('render within the comment limit with a headline', async () => {
    for (const name of [
      'open-science-model',
      'open-weights-community',
      'open-washing-no-weights'
    ]) {
      const md = renderMarkdown(await scan(name))
      expect(md.length).toBeLessThan(65_536)
      expect(md).toMatch(
        /^## Model openness: \d+\/100 · MOF (Class I+|Unclassified) · (not )?Open Source AI \(OSAID 1\.0\)/
      )
    }
  })

  it('come from weight files that the generator script reproduces byte for byte', () => {
    const out = execFileSync(
      'node',
      [join(import.meta.dirname, '..', 'scripts', 'make-example-weights.mjs'), '--check'],
      { encoding: 'utf8' }
    )
    expect(out).toMatch(/example files are up to date/)
  })
})

describe('examples/hosted-release (weights, checkpoints, data and paper kept elsewhere)', () => {
  const readme = readFileSync(join(EXAMPLES, 'hosted-release', 'README.md'), 'utf8').split('\n')
  const lineOf = (words: string): number => readme.findIndex((l) => l.includes(words)) + 1

  it('licenses hosted weights, checkpoints and data by what the README states, line by line', async () => {
    const report = await scan('hosted-release')
    const weights = report.components.find((c) => c.name === 'Model parameters (Final)')
    expect(weights).toMatchObject({ status: 'open', presence: 'by-reference' })
    expect(weights?.license).toMatchObject({
      spdx: 'Apache-2.0',
      source: 'statement',
      path: 'README.md',
      line: lineOf('The code and the model weights')
    })
    expect(
      report.components.find((c) => c.name === 'Model parameters (Intermediate)')
    ).toMatchObject({ status: 'open', presence: 'by-reference' })
    expect(report.components.find((c) => c.name === 'Datasets')?.license).toMatchObject({
      spdx: 'ODC-By-1.0',
      line: lineOf('The training data is released')
    })
    expect(report.subject).toMatchObject({ release: 'model', ids: ['acme-lab/kestrel-1b'] })
  })

  it('keeps what it cannot license offline unlicensed, saying the licence is not stated here', async () => {
    const report = await scan('hosted-release')
    const paper = report.components.find((c) => c.name === 'Research paper')
    expect(paper).toMatchObject({ status: 'unlicensed', presence: 'by-reference' })
    expect(paper?.notes).toContain(
      'licence not stated in the repository; it lives with the referenced artifact'
    )
    // The papers it only cites are citations, not the release's paper.
    expect(
      report.references.filter((r) => r.kind === 'arxiv' && r.role === 'citation').map((r) => r.id)
    ).toEqual(expect.arrayContaining(['2302.13971', '2306.01116']))
  })

  it('cites only files that exist', async () => {
    expectEvidencePathsExist(await scan('hosted-release'), join(EXAMPLES, 'hosted-release'))
  })
})
