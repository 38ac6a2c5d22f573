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
