import { describe, expect, it } from '@jest/globals'
import { identifyLicenseText } from '../../src/license/identify.js'
import { findMlLicenses, mlLicenseById, ML_LICENSES } from '../../src/license/ml-licenses.js'

/** Short fixtures: each licence's real title line and a sentence or two in its style. */
const FIXTURES: [string, string, boolean][] = [
  ['LicenseRef-llama2', 'LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n\n"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Llama Materials set forth herein.', true],
  ['LicenseRef-llama3', 'META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024\n\n"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Llama Materials set forth herein.', true],
  ['LicenseRef-llama3.1', 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n\nBy clicking "I Accept" below or by using or distributing any portion or element of the Llama Materials, you agree to be bound by this Agreement.', true],
  ['LicenseRef-llama3.2', 'LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\nLlama 3.2 Version Release Date: September 25, 2024\n\nYour use of the Llama Materials must comply with applicable laws and regulations.', true],
  ['LicenseRef-llama3.3', 'LLAMA 3.3 COMMUNITY LICENSE AGREEMENT\nLlama 3.3 Version Release Date: December 6, 2024\n\nYou must display "Built with Llama" on a related website or product documentation.', true],
  ['LicenseRef-llama4', 'LLAMA 4 COMMUNITY LICENSE AGREEMENT\nLlama 4 Version Effective Date: April 5, 2025\n\nThe Llama Materials are provided under this Agreement.', true],
  ['LicenseRef-gemma', 'Gemma Terms of Use\n\nLast modified: February 21, 2024\n\nBy using, reproducing, modifying, distributing, performing or displaying any portion or element of Gemma or Model Derivatives, you agree to be bound by this Agreement.', true],
  ['LicenseRef-creativeml-openrail-m', 'CreativeML Open RAIL-M\ndated August 22, 2022\n\nSection I: PREAMBLE\n\nThis License governs the use of the model and its derivatives and is informed by the model card.', true],
  ['LicenseRef-openrail-pp', 'CreativeML Open RAIL++-M License\ndated November 24, 2022\n\nUse-based restrictions are set out in Attachment A.', true],
  ['LicenseRef-bigscience-openrail-m', 'BigScience Open RAIL-M License\ndated August 18, 2022\n\nSection I: PREAMBLE', true],
  ['LicenseRef-bigscience-bloom-rail-1.0', 'BigScience RAIL License v1.0\ndated May 19, 2022\n\nThis is a license agreement between You and the Licensor.', true],
  ['LicenseRef-bigcode-openrail-m', 'BigCode Open RAIL-M v1 License Agreement\n\nSection I: PREAMBLE\n\nThis OpenRAIL-M License Agreement was created under BigCode.', true],
  ['LicenseRef-openrail', 'Responsible AI License\n\nThis licence lets you use the model subject to the use restrictions in its attachment.', true],
  ['LicenseRef-deepfloyd-if-license', 'DEEPFLOYD IF LICENSE AGREEMENT\n\nThis License Agreement governs the use of the DeepFloyd IF model for non-commercial research purposes.', true],
  ['LicenseRef-apple-amlr', 'Apple Machine Learning Research Model License Agreement\n\nApple Machine Learning Research Model is licensed under the Apple Machine Learning Research Model License Agreement. Use is permitted exclusively for Research Purposes.', true],
  ['LicenseRef-apple-ascl', 'Apple Sample Code License\n\nThis sample code is provided by Apple under the terms below.', false],
  ['LicenseRef-qwen', 'Tongyi Qianwen LICENSE AGREEMENT\n\nTongyi Qianwen Release Date: August 3, 2023\n\nBy using or distributing any portion of the Tongyi Qianwen Materials, you accept this Agreement.', true],
  ['LicenseRef-qwen-research', 'Qwen RESEARCH LICENSE AGREEMENT\n\nQwen RESEARCH LICENSE AGREEMENT Release Date: September 19, 2024\n\nThe Materials may be used for non-commercial purposes only.', true],
  ['LicenseRef-deepseek', 'DEEPSEEK LICENSE AGREEMENT\n\nVersion 1.0, 23 October 2023\n\nSection I: PREAMBLE', true],
  ['LicenseRef-stabilityai-community', 'STABILITY AI COMMUNITY LICENSE AGREEMENT\n\nLast Updated: July 5, 2024\n\nThis Agreement applies to any individual person or entity using the Stability AI Materials.', true],
  ['LicenseRef-stabilityai-nc-research-community', 'STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE AGREEMENT\nDated: November 28, 2023\n\nBy using the Software Products you agree to this Agreement.', true],
  ['LicenseRef-flux-1-dev-non-commercial-license', 'FLUX.1 [dev] Non-Commercial License\n\nBlack Forest Labs makes the FLUX.1 [dev] Model available for non-commercial use under this License.', true],
  ['LicenseRef-nvidia-open-model-license', 'NVIDIA Open Model License Agreement\n\nVersion Release Date: June 14, 2024\n\nThis license agreement governs the use of NVIDIA models.', false],
  ['LicenseRef-mrl', 'Mistral AI Research License\n\nIf You want to use a Mistral Model for any purpose that is not expressly authorized under this Agreement, You must request a license from Mistral AI.', true],
  ['LicenseRef-mnpl', 'Mistral AI Non-Production License\n\nYou may use the Mistral Models for non-production purposes.', true],
  ['LicenseRef-falcon-llm-license', 'TII Falcon LLM License Version 1.0\n\nThis licence governs the use of the Falcon models released by the Technology Innovation Institute.', true],
  ['LicenseRef-microsoft-research-license', 'MICROSOFT RESEARCH LICENSE TERMS\n\nThese license terms are an agreement between you and Microsoft Corporation. You may use the software for non-commercial research purposes.', true],
  ['LicenseRef-databricks-open-model-license', 'Databricks Open Model License\n\nBy using or distributing the model you accept these terms.\n\n"Acceptable Use Policy" means the policy for the model that is published with it.', true],
  ['LicenseRef-ai2-impact', 'AI2 ImpACT License \u2013 Low Risk Artifacts ("LR Agreement")\n\nThis Agreement governs the use of the Artifacts made available by the Allen Institute for AI.', true]
] // prettier-ignore

describe('ML licence titles', () => {
  it('has a fixture for every licence in the table except the use policy', () => {
    const covered = new Set(FIXTURES.map(([id]) => id))
    const missing = ML_LICENSES.filter((l) => !l.policy && !covered.has(l.spdx)).map((l) => l.spdx)
    expect(missing).toEqual([])
  })

  it.each(FIXTURES)('identifies %s', (id, text, restricts) => {
    const result = identifyLicenseText(text)
    expect(result).toMatchObject({ spdx: id, kind: 'ml', restrictsUse: restricts })
    expect(result.confidence).toBeGreaterThanOrEqual(0.85)
    expect(result.name).toBe(ML_LICENSES.find((l) => l.spdx === id)?.name)
  })

  it('matches titles case-insensitively and across line breaks', () => {
    expect(
      identifyLicenseText('meta llama 3\ncommunity licence agreement\n\nterms follow').spdx
    ).toBe('LicenseRef-llama3')
  })

  it('tells Llama 3 from Llama 3.1', () => {
    expect(identifyLicenseText(FIXTURES[2][1]).spdx).toBe('LicenseRef-llama3.1')
    expect(identifyLicenseText(FIXTURES[1][1]).spdx).toBe('LicenseRef-llama3')
  })

  it('identifies an acceptable use policy document', () => {
    const policy = `# Meta Llama 3 Acceptable Use Policy

Meta is committed to promoting safe and fair use of its tools and features. If you access or use
Meta Llama 3, you agree to this Acceptable Use Policy ("Policy").

## Prohibited Uses
We want everyone to use Meta Llama 3 safely and responsibly.`
    expect(identifyLicenseText(policy)).toMatchObject({
      spdx: 'LicenseRef-acceptable-use-policy',
      kind: 'ml',
      name: 'Acceptable use policy',
      restrictsUse: true
    })
    expect(
      identifyLicenseText('Gemma Prohibited Use Policy\n\nYou may not use Gemma to...').spdx
    ).toBe('LicenseRef-acceptable-use-policy')
  })

  it('does not treat a licence that mentions its use policy in a sentence as a policy', () => {
    const text = `${FIXTURES[1][1]}\n\nYour use must adhere to the Acceptable Use Policy for the Llama Materials.`
    expect(identifyLicenseText(text).spdx).toBe('LicenseRef-llama3')
  })

  it('lets a specific RAIL licence hide the generic OpenRAIL match', () => {
    const text =
      'BigScience Open RAIL-M License\n\nThis is an OpenRAIL licence, a Responsible AI License.'
    expect(findMlLicenses(text, text.length).map((m) => m.license.spdx)).toEqual([
      'LicenseRef-bigscience-openrail-m'
    ])
  })

  it('reads sentences only in the first 4 KB and headings anywhere', () => {
    const filler = 'Some unrelated paragraph about the project and its history.\n'.repeat(100)
    expect(filler.length).toBeGreaterThan(4096)
    const inSentence = `${filler}This product was built using a model under the Gemma Terms of Use and other terms that apply.`
    expect(findMlLicenses(inSentence, inSentence.length)).toEqual([])
    const heading = `${filler}\nGemma Terms of Use\n`
    const found = findMlLicenses(heading, heading.length)
    expect(found.map((m) => [m.license.spdx, m.titleLine])).toEqual([['LicenseRef-gemma', true]])
    expect(found[0].index).toBe(heading.indexOf('Gemma Terms'))
  })

  it('reports several model licences in one file, in order', () => {
    const text = `${FIXTURES[0][1]}\n\n-----\n\n${FIXTURES[6][1]}`
    expect(identifyLicenseText(text)).toMatchObject({
      spdx: 'LicenseRef-llama2 AND LicenseRef-gemma',
      kind: 'multiple',
      restrictsUse: true
    })
  })

  it('looks licences up by LicenseRef, Hub id and license_name alias', () => {
    expect(mlLicenseById('LicenseRef-llama3.1')?.spdx).toBe('LicenseRef-llama3.1')
    expect(mlLicenseById('licenseref-gemma')?.spdx).toBe('LicenseRef-gemma')
    expect(mlLicenseById('openrail++')?.spdx).toBe('LicenseRef-openrail-pp')
    expect(mlLicenseById('llama4')?.spdx).toBe('LicenseRef-llama4')
    expect(mlLicenseById('mrl')?.spdx).toBe('LicenseRef-mrl')
    expect(mlLicenseById('mit')).toBeUndefined()
  })

  it('uses valid SPDX LicenseRef ids, one per licence', () => {
    const ids = ML_LICENSES.map((l) => l.spdx)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^LicenseRef-[A-Za-z0-9.-]+$/)
  })
})
