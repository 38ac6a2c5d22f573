import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ComponentFinding } from '../../src/model/findings.js'
import type { ComponentName } from '../../src/model/components.js'
import {
  collectLicenseContext,
  resolveComponentLicense,
  resolveComponents,
  type LicenseInputs
} from '../../src/license/resolve.js'
import { makeSnapshot } from '../helpers/snapshot.js'

const require = createRequire(import.meta.url)
const text = (id: string): string =>
  JSON.parse(readFileSync(require.resolve(`spdx-license-list/licenses/${id}.json`), 'utf8'))
    .licenseText

function finding(
  name: ComponentName,
  locations: string[],
  presence: 'in-repository' | 'by-reference' = 'in-repository'
): ComponentFinding {
  return {
    name,
    presence,
    evidence: locations.map((path) => ({ path, kind: 'file', detail: 'x' })),
    locations
  }
}

function resolve(files: Record<string, string>, f: ComponentFinding, inputs: LicenseInputs = {}) {
  return resolveComponentLicense(f, collectLicenseContext(makeSnapshot(files), inputs))
}

const card = (
  raw: string,
  extra: Partial<NonNullable<LicenseInputs['modelCardLicense']>> = {}
): LicenseInputs => ({ modelCardLicense: { path: 'README.md', raw, line: 2, ...extra } })

describe('licence resolution per component', () => {
  it('uses the repository licence for code by default', () => {
    expect(
      resolve({ LICENSE: text('MIT'), 'train.py': '' }, finding('Training code', ['train.py']))
    ).toMatchObject({
      spdx: 'MIT',
      path: 'LICENSE',
      source: 'license-file',
      open: true,
      typeAppropriate: true
    })
  })

  it('lets the model card licence govern the weights rather than the code licence', () => {
    const r = resolve(
      { LICENSE: text('MIT'), 'model.safetensors': '' },
      finding('Model parameters (Final)', ['model.safetensors']),
      card('cc-by-nc-4.0')
    )
    expect(r).toMatchObject({
      spdx: 'CC-BY-NC-4.0',
      path: 'README.md',
      source: 'model-card',
      open: false
    })
  })

  it('prefers a weights-specific licence file over the model card', () => {
    const r = resolve(
      {
        LICENSE: text('MIT'),
        'LICENSE-MODEL': text('CDLA-Permissive-2.0'),
        'model.safetensors': ''
      },
      finding('Model parameters (Final)', ['model.safetensors']),
      card('other')
    )
    expect(r).toMatchObject({
      spdx: 'CDLA-Permissive-2.0',
      path: 'LICENSE-MODEL',
      open: true,
      typeAppropriate: true
    })
  })

  it('uses LICENSE-CODE for code and LICENSE-MODEL for weights when a root file only points to them', () => {
    const files = {
      LICENSE: 'Code is under LICENSE-CODE; the weights are under LICENSE-MODEL.',
      'LICENSE-CODE': text('Apache-2.0'),
      'LICENSE-MODEL': text('CC-BY-4.0'),
      'infer.py': '',
      'model.safetensors': ''
    }
    expect(resolve(files, finding('Inference code', ['infer.py']))).toMatchObject({
      spdx: 'Apache-2.0',
      path: 'LICENSE-CODE'
    })
    expect(
      resolve(files, finding('Model parameters (Final)', ['model.safetensors']))
    ).toMatchObject({ spdx: 'CC-BY-4.0', path: 'LICENSE-MODEL' })
  })

  it('takes the nearest folder licence over the root licence', () => {
    const files = {
      LICENSE: text('MIT'),
      'models/small/LICENSE': text('Apache-2.0'),
      'models/small/model.safetensors': ''
    }
    expect(
      resolve(
        files,
        finding('Model parameters (Final)', ['models/small/model.safetensors']),
        card('mit')
      )
    ).toMatchObject({ spdx: 'Apache-2.0', path: 'models/small/LICENSE' })
  })

  it('follows `license: other` with `license_link` to the licence file, named by `license_name`', () => {
    const files = {
      'LICENSE.md':
        'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n',
      'model.safetensors': ''
    }
    const r = resolve(
      files,
      finding('Model parameters (Final)', ['model.safetensors']),
      card('other', { name: 'acme-license', link: 'LICENSE.md' })
    )
    expect(r).toMatchObject({
      spdx: 'LicenseRef-llama3.1',
      name: 'acme-license',
      path: 'LICENSE.md',
      open: false
    })
  })

  it('adds an acceptable-use policy to the weights licence and makes it not open', () => {
    const files = {
      LICENSE: text('Apache-2.0'),
      'USE_POLICY.md':
        '# Acceptable Use Policy\n\nYou agree you will not use the model to violate the law.\n',
      'model.safetensors': ''
    }
    const r = resolve(files, finding('Model parameters (Final)', ['model.safetensors']))
    expect(r).toMatchObject({
      spdx: 'Apache-2.0 AND LicenseRef-acceptable-use-policy',
      open: false
    })
    expect(resolve(files, finding('Training code', ['model.safetensors']))?.open).toBe(true)
  })

  it('classifies a custom licence by its text, whatever its file name', () => {
    const modified = `${text('MIT')}\n\nThe Software may not be used for commercial purposes.\n`
    const r = resolve(
      { 'LICENSE-MIT': modified, 'train.py': '' },
      finding('Training code', ['train.py'])
    )
    expect(r?.open).toBe(false)
    expect(r?.spdx).toBeNull()
  })

  it('reports an unrecognised licence text as restricted, not as open', () => {
    const r = resolve(
      { LICENSE: 'You may look at this code but not use it for anything.', 'x.py': '' },
      finding('Training code', ['x.py'])
    )
    expect(r).toMatchObject({
      spdx: null,
      open: false,
      name: 'Unrecognised licence text (LICENSE)'
    })
  })

  it('uses SPDX headers in the component files for code', () => {
    const r = resolve(
      { LICENSE: text('MIT'), 'train.py': '# SPDX-License-Identifier: Apache-2.0\nimport torch\n' },
      finding('Training code', ['train.py'])
    )
    expect(r).toMatchObject({ spdx: 'Apache-2.0', source: 'spdx-header', path: 'train.py' })
  })

  it('falls back to package metadata, then to the model card, when there is no licence file', () => {
    expect(
      resolve(
        { 'pyproject.toml': '[project]\nname = "x"\nlicense = "BSD-3-Clause"\n', 'x.py': '' },
        finding('Training code', ['x.py'])
      )
    ).toMatchObject({ spdx: 'BSD-3-Clause', source: 'package-metadata' })
    expect(
      resolve(
        { 'README.md': '---\nlicense: apache-2.0\n---\n', 'x.py': '' },
        finding('Training code', ['x.py']),
        card('apache-2.0')
      )
    ).toMatchObject({ spdx: 'Apache-2.0', source: 'model-card' })
  })

  it('gives code held elsewhere no licence, and policy overrides win', () => {
    const ref = finding('Training code', [], 'by-reference')
    expect(resolve({ LICENSE: text('MIT') }, ref)).toBeNull()
    expect(
      resolve({ LICENSE: text('MIT') }, ref, {
        overrides: { 'Training code': { license: 'Apache-2.0', path: 'https://github.com/x/y' } }
      })
    ).toMatchObject({ spdx: 'Apache-2.0', source: 'policy', open: true })
  })

  it('gives every MOF component one report line with a status', () => {
    const ctx = collectLicenseContext(makeSnapshot({ LICENSE: text('MIT'), 'train.py': '' }))
    const reports = resolveComponents(
      [finding('Training code', ['train.py']), finding('Research paper', [], 'by-reference')],
      ctx
    )
    expect(reports).toHaveLength(17)
    expect(reports.find((r) => r.name === 'Training code')?.status).toBe('open')
    expect(reports.find((r) => r.name === 'Research paper')?.status).toBe('unlicensed')
    expect(reports.find((r) => r.name === 'Datasets')?.status).toBe('missing')
  })
})
