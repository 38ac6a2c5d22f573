/**
 * Licence files of kinds seen in real model repositories (issue "Precision on real repositories",
 * licence identification). Fixtures in __tests__/license/fixtures are this project's own words
 * around standard licence texts.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isOpenLicense, isOsiApproved } from '../../src/license/classify.js'
import { identifyLicenseText } from '../../src/license/identify.js'
import { describeLicenseFile } from '../../src/license/license-file.js'
import {
  collectLicenseContext,
  resolveComponentLicense,
  resolveComponents
} from '../../src/license/resolve.js'
import type { ComponentName } from '../../src/model/components.js'
import type { ComponentFinding } from '../../src/model/findings.js'
import { makeSnapshot } from '../helpers/snapshot.js'

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
const spdxText = (id: string): string =>
  (
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../node_modules/spdx-license-list/licenses', `${id}.json`),
        'utf8'
      )
    ) as { licenseText: string }
  ).licenseText

function finding(name: ComponentName, locations: string[]): ComponentFinding {
  return {
    name,
    presence: 'in-repository',
    evidence: locations.map((path) => ({ path, kind: 'file', detail: 'x' })),
    locations
  }
}

function governing(files: Record<string, string>, name: ComponentName, locations: string[]) {
  const ctx = collectLicenseContext(makeSnapshot(files))
  return resolveComponentLicense(finding(name, locations), ctx)
}

describe('the Apple MIT License (AML)', () => {
  const text = fixture('apple-mit-licence.txt')

  it('is identified as AML, not as MIT or as Apple sample code terms', () => {
    expect(identifyLicenseText(text)).toMatchObject({
      spdx: 'AML',
      name: 'Apple MIT License',
      kind: 'spdx',
      restrictsUse: false
    })
    expect(identifyLicenseText(text).confidence).toBeGreaterThan(0.9)
  })

  it('is permissive but not open by the MOT rule: neither OSI-approved nor FSF-libre', () => {
    expect(isOsiApproved('AML')).toBe(false)
    expect(isOpenLicense('AML')).toBe(false)
    const license = governing({ LICENSE: text, 'train.py': '' }, 'Training code', ['train.py'])
    expect(license).toMatchObject({ spdx: 'AML', name: 'Apple MIT License', open: false })
    const ctx = collectLicenseContext(makeSnapshot({ LICENSE: text, 'train.py': '' }))
    const row = resolveComponents([finding('Training code', ['train.py'])], ctx).find(
      (c) => c.name === 'Training code'
    )
    expect(row?.status).toBe('restricted')
  })
})

describe('the Databricks Open Model License', () => {
  const text = fixture('databricks-open-model-licence.md')

  it('is identified by its title, not as the acceptable-use policy its body defines', () => {
    expect(identifyLicenseText(text)).toMatchObject({
      spdx: 'LicenseRef-databricks-open-model-license',
      name: 'Databricks Open Model License',
      kind: 'ml',
      restrictsUse: true
    })
    const { file } = describeLicenseFile('LICENSE', text)
    expect(file.usePolicy).toBe(false)
  })

  it('governs the weights as a restrictive licence, with no use policy added to its name', () => {
    const license = governing(
      { LICENSE: text, 'model.safetensors': '' },
      'Model parameters (Final)',
      ['model.safetensors']
    )
    expect(license).toMatchObject({
      spdx: 'LicenseRef-databricks-open-model-license',
      name: 'Databricks Open Model License',
      open: false
    })
  })

  it('reads a quoted defined term as a definition, while a policy heading stays a policy', () => {
    const definition =
      'Example Model Terms\n\n"Acceptable Use Policy" means the rules for using the model.\n'
    expect(identifyLicenseText(definition).spdx).not.toBe('LicenseRef-acceptable-use-policy')
    const policy = 'Acceptable Use Policy\n\nYou agree not to use the model to harm people.\n'
    expect(identifyLicenseText(policy).spdx).toBe('LicenseRef-acceptable-use-policy')
  })
})

describe('a "Modified MIT License"', () => {
  it('with a display requirement above a user threshold is a custom licence naming both', () => {
    const result = identifyLicenseText(fixture('modified-mit-display.txt'))
    expect(result).toMatchObject({ spdx: null, kind: 'unknown', restrictsUse: false })
    expect(result.name).toBe(
      'Custom licence based on MIT License (modified: adds a display or credit requirement and a threshold for large commercial users)'
    )
    const license = governing(
      { LICENSE: fixture('modified-mit-display.txt'), 'train.py': '' },
      'Training code',
      ['train.py']
    )
    expect(license).toMatchObject({ spdx: null, open: false })
    expect(license?.name).toMatch(/^Custom licence based on MIT License \(modified: adds/)
  })

  it('with a commercial licence required above a threshold restricts use', () => {
    const result = identifyLicenseText(fixture('modified-mit-commercial-licence.txt'))
    expect(result).toMatchObject({ spdx: null, kind: 'unknown', restrictsUse: true })
    expect(result.name).toBe(
      'Custom licence based on MIT License (modified: adds use restrictions and a threshold for large commercial users)'
    )
  })

  it('stays MIT when the lines around the text only name the project', () => {
    const text = `MIT License\n\nCopyright (c) 2025 Example Lab\n\n${spdxText('MIT')}\n\nSee AUTHORS.md for the people behind Example-Model.\n`
    expect(identifyLicenseText(text)).toMatchObject({ spdx: 'MIT', kind: 'spdx' })
  })
})

describe('a licence followed by third-party notices', () => {
  const text = fixture('licence-with-third-party-notices.txt')

  it('is its main licence, with each notice scoped to the paths it names', () => {
    const { file, notices } = describeLicenseFile('LICENSE', text)
    expect(file.identification).toMatchObject({ spdx: 'MIT', kind: 'spdx' })
    expect(notices.map((n) => ({ spdx: n.identification.spdx, paths: n.paths }))).toEqual([
      { spdx: 'BSD-3-Clause', paths: ['third_party/fastbpe'] },
      { spdx: 'CC-BY-NC-4.0', paths: ['data/eval_prompts'] }
    ])
    expect(text.split('\n')[notices[0].line - 1]).toMatch(/^This project includes code from/)
  })

  it("governs the repository's own code by the main licence and the named paths by the notices", () => {
    const files = {
      LICENSE: text,
      'train.py': '',
      'third_party/fastbpe/bpe.py': '',
      'data/eval_prompts/prompts.jsonl': ''
    }
    expect(governing(files, 'Training code', ['train.py'])).toMatchObject({
      spdx: 'MIT',
      open: true
    })
    expect(governing(files, 'Evaluation data', ['data/eval_prompts/prompts.jsonl'])).toMatchObject({
      spdx: 'CC-BY-NC-4.0',
      path: 'LICENSE',
      open: false
    })
    expect(governing(files, 'Inference code', ['third_party/fastbpe/bpe.py'])).toMatchObject({
      spdx: 'BSD-3-Clause',
      open: true
    })
  })

  it('is read whole when nothing before the notices is a licence', () => {
    const only = `This project includes code from a tokenizer in third_party/tok/, licensed under the MIT License.\n\n${spdxText('MIT')}`
    const { file, notices } = describeLicenseFile('LICENSE', only)
    expect(file.identification.spdx).toBe('MIT')
    expect(notices).toEqual([])
  })
})

describe('templates and links are not licences by themselves', () => {
  it.each(['apache-appendix-only.txt', 'copyright-template-header.txt'])(
    '%s: a header template is not a licence, and governs nothing',
    (name) => {
      const text = fixture(name)
      expect(identifyLicenseText(text)).toMatchObject({
        spdx: null,
        kind: 'unknown',
        name: 'Licence header template (no licence text)'
      })
      expect(describeLicenseFile('LICENSE', text).file.template).toBe(true)
      expect(governing({ LICENSE: text, 'train.py': '' }, 'Training code', ['train.py'])).toBeNull()
      // What the README states then governs, as it would with no LICENSE at all.
      const stated = governing(
        {
          LICENSE: text,
          'train.py': '',
          'README.md': '# Model\n\nThe code is released under the MIT License.\n'
        },
        'Training code',
        ['train.py']
      )
      expect(stated).toMatchObject({ spdx: 'MIT', source: 'statement' })
    }
  )

  it('a filled-in Apache header is still a notice naming Apache-2.0', () => {
    const header = fixture('copyright-template-header.txt').replace(
      'Copyright <year> <copyright holders>',
      'Copyright 2025 Example Lab'
    )
    expect(identifyLicenseText(header)).toMatchObject({ spdx: 'Apache-2.0', kind: 'spdx' })
  })

  it('a one-line link to an unknown page is a pointer, not a licence', () => {
    const text = fixture('one-line-url-unknown.txt')
    const { file } = describeLicenseFile('LICENSE', text)
    expect(file.identification.kind).toBe('unknown')
    expect(file.pointer).toBe(text.trim())
    expect(governing({ LICENSE: text, 'train.py': '' }, 'Training code', ['train.py'])).toBeNull()
  })

  it('a one-line link to a known licence states that licence', () => {
    const text = fixture('one-line-url-apache.txt')
    expect(
      governing({ LICENSE: text, 'train.py': '' }, 'Training code', ['train.py'])
    ).toMatchObject({ spdx: 'Apache-2.0', source: 'statement', path: 'LICENSE', open: true })
  })
})
