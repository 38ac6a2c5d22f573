import { describe, expect, it } from '@jest/globals'
import {
  formatLicenseExpression,
  HF_LICENSE_IDS,
  normalizeLicenseId,
  parseLicenseExpression
} from '../../src/license/normalize.js'

describe('normalizeLicenseId: Hugging Face ids', () => {
  it('covers the 75 ids of the Hub', () => {
    expect(HF_LICENSE_IDS).toHaveLength(75)
    expect(new Set(HF_LICENSE_IDS).size).toBe(75)
  })

  it('recognises every Hub id except the two placeholders', () => {
    const unrecognised = HF_LICENSE_IDS.filter((id) => !normalizeLicenseId(id).known)
    expect(unrecognised).toEqual(['unknown', 'other'])
  })

  it.each([
    ['apache-2.0', 'Apache-2.0'],
    ['mit', 'MIT'],
    ['bsl-1.0', 'BSL-1.0'],
    ['bsd-3-clause-clear', 'BSD-3-Clause-Clear'],
    ['cc-by-nc-sa-4.0', 'CC-BY-NC-SA-4.0'],
    ['cdla-permissive-2.0', 'CDLA-Permissive-2.0'],
    ['wtfpl', 'WTFPL'],
    ['etalab-2.0', 'etalab-2.0'],
    ['postgresql', 'PostgreSQL'],
    ['zlib', 'Zlib'],
    // SPDX deprecated the bare GNU ids in favour of the `-only` ids, which mean the same.
    ['gpl-3.0', 'GPL-3.0-only'],
    ['gpl-2.0', 'GPL-2.0-only'],
    ['lgpl-2.1', 'LGPL-2.1-only'],
    ['lgpl-3.0', 'LGPL-3.0-only'],
    ['agpl-3.0', 'AGPL-3.0-only'],
    // The Hub's data-licence ids leave out the version.
    ['odc-by', 'ODC-By-1.0'],
    ['odbl', 'ODbL-1.0'],
    ['pddl', 'PDDL-1.0'],
    ['c-uda', 'C-UDA-1.0'],
    ['lgpl-lr', 'LGPLLR'],
    // Model licences share their ids with the text matcher.
    ['llama3.1', 'LicenseRef-llama3.1'],
    ['llama2', 'LicenseRef-llama2'],
    ['gemma', 'LicenseRef-gemma'],
    ['openrail', 'LicenseRef-openrail'],
    ['openrail++', 'LicenseRef-openrail-pp'],
    ['bigscience-bloom-rail-1.0', 'LicenseRef-bigscience-bloom-rail-1.0'],
    ['creativeml-openrail-m', 'LicenseRef-creativeml-openrail-m'],
    ['deepfloyd-if-license', 'LicenseRef-deepfloyd-if-license'],
    ['apple-amlr', 'LicenseRef-apple-amlr'],
    ['apple-ascl', 'LicenseRef-apple-ascl']
  ])('maps %s to %s', (raw, spdx) => {
    expect(normalizeLicenseId(raw)).toMatchObject({ spdx, known: true })
  })

  it('names licence families without inventing a version', () => {
    for (const family of ['bsd', 'cc', 'gfdl', 'gpl', 'lgpl']) {
      const result = normalizeLicenseId(family)
      expect(result).toMatchObject({ spdx: null, known: true })
      expect(result.name).toMatch(/not stated/)
    }
  })

  it('gives no id for the placeholders', () => {
    expect(normalizeLicenseId('other')).toEqual({
      spdx: null,
      name: 'Other licence (not named)',
      known: false
    })
    expect(normalizeLicenseId('unknown')).toEqual({
      spdx: null,
      name: 'Unknown licence',
      known: false
    })
  })
})

describe('normalizeLicenseId: SPDX ids and aliases', () => {
  it.each([
    ['MIT', 'MIT'],
    ['apache-2.0', 'Apache-2.0'],
    ['APACHE-2.0', 'Apache-2.0'],
    ['cc-by-4.0', 'CC-BY-4.0'],
    ['Unlicense', 'Unlicense'],
    ['openmdw-1.0', 'OpenMDW-1.0'],
    ['GPL-3.0+', 'GPL-3.0-or-later'],
    ['LGPL-2.1+', 'LGPL-2.1-or-later'],
    ['GFDL-1.3', 'GFDL-1.3-only'],
    ['gpl-3.0-or-later', 'GPL-3.0-or-later'],
    ['Apache 2.0', 'Apache-2.0'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['Apache License 2.0', 'Apache-2.0'],
    ['apache-2', 'Apache-2.0'],
    ['MIT License', 'MIT'],
    ['The MIT License (MIT)', 'MIT'],
    ['BSD-3', 'BSD-3-Clause'],
    ['BSD 3-Clause License', 'BSD-3-Clause'],
    ['New BSD License', 'BSD-3-Clause'],
    ['Simplified BSD', 'BSD-2-Clause'],
    ['CC BY 4.0', 'CC-BY-4.0'],
    ['CC BY-NC-SA 4.0', 'CC-BY-NC-SA-4.0'],
    ['CC-BY-SA 3.0', 'CC-BY-SA-3.0'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ['Creative Commons Attribution-NonCommercial 4.0 International Public License', 'CC-BY-NC-4.0'],
    ['CC0 1.0 Universal (CC0 1.0) Public Domain Dedication', 'CC0-1.0'],
    ['cc0', 'CC0-1.0'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPL v2', 'GPL-2.0-only'],
    ['GNU General Public License v3 (GPLv3)', 'GPL-3.0-only'],
    ['GNU General Public License v2 or later (GPLv2+)', 'GPL-2.0-or-later'],
    ['GNU Lesser General Public License v3 (LGPLv3)', 'LGPL-3.0-only'],
    ['GNU Affero General Public License v3', 'AGPL-3.0-only'],
    ['LGPLv2.1', 'LGPL-2.1-only'],
    ['GNU Free Documentation License v1.3', 'GFDL-1.3-only'],
    ['Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0'],
    ['Python Software Foundation License', 'PSF-2.0'],
    ['ISC License (ISCL)', 'ISC'],
    ['Boost Software License 1.0 (BSL-1.0)', 'BSL-1.0'],
    ['zlib/libpng License', 'Zlib'],
    ['European Union Public Licence 1.2 (EUPL 1.2)', 'EUPL-1.2'],
    ['CDLA Permissive 2.0', 'CDLA-Permissive-2.0'],
    ['OpenMDW', 'OpenMDW-1.0'],
    ['"MIT"', 'MIT'],
    ['  mit  ', 'MIT'],
    ['Llama 3.1 Community License Agreement', 'LicenseRef-llama3.1'],
    ['llama4', 'LicenseRef-llama4'],
    ['LicenseRef-gemma', 'LicenseRef-gemma'],
    ['qwen-research', 'LicenseRef-qwen-research'],
    ['flux-1-dev-non-commercial-license', 'LicenseRef-flux-1-dev-non-commercial-license']
  ])('normalises %j to %s', (raw, spdx) => {
    expect(normalizeLicenseId(raw)).toMatchObject({ spdx, known: true })
  })

  it('gives readable names', () => {
    expect(normalizeLicenseId('Apache 2.0').name).toBe('Apache License 2.0')
    expect(normalizeLicenseId('gpl-3.0+').name).toBe('GNU General Public License v3.0 or later')
    expect(normalizeLicenseId('llama3').name).toBe('Meta Llama 3 Community License Agreement')
  })

  it('keeps MOT\'s own "ODC-PDDL-1.0" spelling', () => {
    expect(normalizeLicenseId('ODC-PDDL-1.0')).toMatchObject({ spdx: 'ODC-PDDL-1.0', known: true })
  })

  it('tells npm UNLICENSED (no permission) from the Unlicense', () => {
    expect(normalizeLicenseId('UNLICENSED')).toMatchObject({
      spdx: null,
      name: 'Proprietary',
      known: true
    })
    expect(normalizeLicenseId('Unlicense').spdx).toBe('Unlicense')
    expect(normalizeLicenseId('Proprietary')).toMatchObject({ spdx: null, known: true })
  })

  it('names a family without a version but does not pick one', () => {
    expect(normalizeLicenseId('Apache Software License')).toMatchObject({ spdx: null, known: true })
    expect(normalizeLicenseId('BSD License')).toMatchObject({ spdx: null, known: true })
  })
})

describe('normalizeLicenseId: expressions', () => {
  it.each([
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['(MIT AND CC-BY-4.0)', 'MIT AND CC-BY-4.0'],
    ['mit or apache-2.0', 'MIT OR Apache-2.0'],
    ['Apache-2.0 AND (MIT OR BSD-3-Clause)', 'Apache-2.0 AND (MIT OR BSD-3-Clause)'],
    ['(Apache-2.0 AND MIT) OR BSD-3-Clause', 'Apache-2.0 AND MIT OR BSD-3-Clause'],
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['apache-2.0 AND llama3.1', 'Apache-2.0 AND LicenseRef-llama3.1'],
    ['GPL-2.0+ OR MIT', 'GPL-2.0-or-later OR MIT']
  ])('normalises %j to %s', (raw, spdx) => {
    expect(normalizeLicenseId(raw)).toMatchObject({ spdx, known: true })
  })

  it('names the parts with the same structure', () => {
    expect(normalizeLicenseId('Apache-2.0 AND (MIT OR BSD-2-Clause)').name).toBe(
      'Apache License 2.0 AND (MIT License OR BSD 2-Clause "Simplified" License)'
    )
  })

  it('rejects an expression with any unrecognised part', () => {
    expect(normalizeLicenseId('MIT OR foo')).toEqual({
      spdx: null,
      name: 'MIT OR foo',
      known: false
    })
    expect(normalizeLicenseId('MIT AND other').spdx).toBeNull()
  })

  it('parses and formats expressions with precedence', () => {
    const parsed = parseLicenseExpression('A OR B AND C WITH X')
    expect(parsed).toEqual({
      type: 'or',
      left: { type: 'license', id: 'A' },
      right: {
        type: 'and',
        left: { type: 'license', id: 'B' },
        right: { type: 'license', id: 'C', exception: 'X' }
      }
    })
    expect(parsed && formatLicenseExpression(parsed)).toBe('A OR B AND C WITH X')
    const grouped = parseLicenseExpression('(A OR B) AND C')
    expect(grouped && formatLicenseExpression(grouped)).toBe('(A OR B) AND C')
  })

  it.each(['MIT AND', 'AND', '((MIT)', 'MIT)', 'MIT WITH', 'MIT OR OR GPL-2.0', '()', 'MIT "x"'])(
    'rejects the malformed expression %j',
    (raw) => {
      expect(parseLicenseExpression(raw)).toBeNull()
      expect(normalizeLicenseId(raw).spdx).toBeNull()
    }
  )

  it('bounds nesting and length', () => {
    expect(parseLicenseExpression('('.repeat(30) + 'MIT' + ')'.repeat(30))).toBeNull()
    expect(parseLicenseExpression(Array.from({ length: 80 }, () => 'MIT').join(' OR '))).toBeNull()
  })
})

describe('normalizeLicenseId: junk', () => {
  it.each([
    'asdf',
    'see the website',
    'Licence: ask us',
    'x'.repeat(600),
    '12345',
    '🙂',
    'null',
    '__proto__',
    'constructor',
    'toString'
  ])('does not guess for %j', (raw) => {
    const result = normalizeLicenseId(raw)
    expect(result.spdx).toBeNull()
    expect(result.known).toBe(false)
    expect(result.name).toBe(raw.trim().slice(0, 200))
  })

  it('handles empty and non-string input', () => {
    expect(normalizeLicenseId('')).toEqual({ spdx: null, name: '', known: false })
    expect(normalizeLicenseId('   ')).toEqual({ spdx: null, name: '', known: false })
    expect(normalizeLicenseId(42 as unknown as string)).toEqual({
      spdx: null,
      name: '',
      known: false
    })
  })

  it('keeps an unknown LicenseRef exactly but does not call it known', () => {
    expect(normalizeLicenseId('LicenseRef-my-terms')).toEqual({
      spdx: 'LicenseRef-my-terms',
      name: 'LicenseRef-my-terms',
      known: false
    })
  })
})
