import { detectionContext } from '../../src/detect/context.js'
import { describe, expect, it } from '@jest/globals'
import { findOpennessClaims } from '../../src/detect/claims.js'
import { FULL_CARD, snap } from './docs-fixtures.js'

function claimsIn(text: string, path = 'README.md') {
  const snapshot = snap({ [path]: text })
  const claims = findOpennessClaims(detectionContext(snapshot))
  for (const c of claims) expect(snapshot.files.map((f) => f.path)).toContain(c.path)
  return claims
}

const CLAIMS: [string, string][] = [
  ['Acme-7B is an open-source language model trained on 1T tokens.', 'open-source'],
  ['We open-source the weights, the training code and the data.', 'open-source'],
  ['All weights and code have been open-sourced under Apache 2.0.', 'open-sourced'],
  ['We are open-sourcing Acme-7B today.', 'open-sourcing'],
  ['A fully open release: weights, data, code and logs.', 'fully open'],
  ['Our model is 100% open source.', '100% open source'],
  ['In the spirit of open science, we release every intermediate checkpoint.', 'open science'],
  ['Acme-7B is truly open.', 'truly open'],
  ['# Acme: a fully open-source LLM', 'fully open-source'],
  ['Acme brings open source AI to small devices, and we release it under MIT.', 'open source'],
  ['The model is released under an open source license.', 'open source'],
  ['This project is open-source software under the MIT licence.', 'open-source'],
  // A tagline that opens with the generation the release belongs to.
  ['Shaping the next generation of open-source vision models', 'open-source'],
  // A ranking among open models counts the release as one.
  ['Wren-3B delivers the best accuracy among open models of its size.', 'open models'],
  [
    'Our model and its weights are shared with all, in keeping with the spirit of openness.',
    'spirit of openness'
  ],
  // "The use of" is the reader's use of this release, not the release using others' work.
  ['Nobody is liable for harm arising from the use of Wren 3 open-source models.', 'open-source'],
  // 开源 ("open source"): "X is an open-source bilingual chat model", "we open-sourced the series",
  // and the model's own name before it.
  ['Wren-7B 是一个开源的中英双语对话模型。', '开源'],
  ['我们开源了 Wren 系列模型的全部权重。', '开源'],
  ['Wren-7B 开源模型可以免费下载。', '开源'],
  // The model's name before it wins over a community further on.
  ['Wren-7B 开源模型希望与开源社区一起进步。', '开源']
]

const NEAR_MISSES = [
  'Acme-7B is not open source.',
  'The weights are not open-sourced yet.',
  'This is not a fully open release: the data stays private.',
  'This project is built with open-source tools such as PyTorch.',
  'We thank the open source community for feedback.',
  'Unlike other open-source models, Acme was trained on licensed data.',
  'Acme outperforms open-source LLMs of similar size.',
  'We use open-source libraries such as NumPy.',
  'Apache 2.0 is approved by the Open Source Initiative.',
  'The licence is OSI-approved open source.',
  'We plan to open-source the training code later.',
  'Acme is compared with open source baselines in Table 2.',
  'Fine-tuning support for open-source LLMs.',
  'All dependencies are open source.',
  'Acme is a non-open-source model.',
  'Many open source alternatives exist.',
  'Wren ranks second among existing open-source models.',
  'Wren is widely adopted among open-source developers.',
  'Building the next generation of open-source tools for data curation.',
  'We value the spirit of openness in research.',
  'The use of open-source libraries keeps the code short.',
  'Hubly is an open-source platform for serving models; Wren runs on it too.',
  'Hubly（模型集市）是开源的模型共享平台。',
  '在测试开源模型时，我们发现显存是瓶颈。',
  '我们基于其他开源模型做了对比。'
]

describe('findOpennessClaims', () => {
  it.each(CLAIMS)('finds the claim in %j', (sentence, phrase) => {
    const claims = claimsIn(`# Acme\n\n${sentence}\n`)
    expect(claims).toEqual([
      { path: 'README.md', line: 3, phrase, text: sentence.replace(/^# /, '') }
    ])
  })

  it.each(NEAR_MISSES)('finds no claim in %j', (sentence) => {
    expect(claimsIn(`# Acme\n\n${sentence}\n`)).toEqual([])
  })

  it('finds the claim in the full card body, not in its front matter or code', () => {
    const claims = claimsIn(FULL_CARD)
    expect(claims.map((c) => [c.line, c.phrase])).toEqual([[33, 'open-source']])
    const fenced = claimsIn(
      '# Acme\n\n```text\nAcme is an open-source model.\n```\n<!-- Acme is a fully open model. -->\n'
    )
    expect(fenced).toEqual([])
  })

  it('ignores tables, vendored docs and licence files', () => {
    const snapshot = snap({
      'README.md': '| Model | Open source |\n|---|---|\n| Acme | yes |\n',
      'third_party/lib/README.md': 'Lib is an open-source library. We open-source everything.',
      'LICENSE.md': 'This is an open source license.'
    })
    expect(findOpennessClaims(detectionContext(snapshot))).toEqual([])
  })

  it('reads docs pages and CRLF files', () => {
    const claims = claimsIn('Intro\r\n\r\nAcme is a fully open model.\r\n', 'docs/about.md')
    expect(claims).toEqual([
      { path: 'docs/about.md', line: 3, phrase: 'fully open', text: 'Acme is a fully open model.' }
    ])
  })

  it('reads package.json descriptions and keywords', () => {
    const pkg = JSON.stringify(
      {
        name: 'acme',
        description: 'An open-source toolkit to run Acme models.',
        keywords: ['llm', 'open-source']
      },
      null,
      2
    )
    const claims = findOpennessClaims(detectionContext(snap({ 'package.json': pkg })))
    expect(claims).toEqual([
      {
        path: 'package.json',
        line: 3,
        phrase: 'open-source',
        text: 'An open-source toolkit to run Acme models.'
      },
      { path: 'package.json', line: 6, phrase: 'open-source', text: 'keywords: open-source' }
    ])
    const other = JSON.stringify({ description: 'Python bindings for open-source tools' })
    expect(findOpennessClaims(detectionContext(snap({ 'package.json': other })))).toEqual([])
  })

  it('reads pyproject descriptions, keywords and classifiers', () => {
    const toml = [
      '[build-system]',
      'requires = ["hatchling"]',
      '',
      '[project]',
      'name = "acme"',
      'description = "Fully open language models for science"',
      'keywords = [',
      '  "llm",',
      '  "open source",',
      ']',
      'classifiers = ["License :: OSI Approved :: Apache Software License"]',
      ''
    ].join('\n')
    const claims = findOpennessClaims(detectionContext(snap({ 'pyproject.toml': toml })))
    expect(claims.map((c) => [c.line, c.phrase])).toEqual([
      [6, 'Fully open'],
      [9, 'open source']
    ])
  })

  it('never throws on malformed package metadata', () => {
    expect(
      findOpennessClaims(
        detectionContext(
          snap({
            'package.json': '{"description": ',
            'pyproject.toml': '[project\ndescription = "open'
          })
        )
      )
    ).toEqual([])
  })
})
