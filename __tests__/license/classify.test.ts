import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  isOpenLicense,
  isOsiApproved,
  isTypeAppropriate,
  OSI_APPROVED_IDS
} from '../../src/license/classify.js'
import { normalizeLicenseId } from '../../src/license/normalize.js'

describe('isOpenLicense (MOT rule)', () => {
  it.each([
    'MIT',
    'Apache-2.0',
    'GPL-3.0-only',
    'GPL-3.0',
    'CC-BY-4.0',
    'CC0-1.0',
    'CDLA-Permissive-2.0',
    'ODbL-1.0',
    'OpenMDW-1.0',
    'GFDL-1.3',
    'ODC-PDDL-1.0'
  ])('%s is open', (id) => expect(isOpenLicense(id)).toBe(true))

  it.each([
    'CC-BY-NC-4.0',
    'CC-BY-ND-4.0',
    'LicenseRef-llama3.1',
    'LicenseRef-openrail',
    'Proprietary',
    'unlicensed',
    'JSON'
  ])('%s is not open', (id) => expect(isOpenLicense(id)).toBe(false))

  it('needs the exact id: aliases and other cases are not open', () => {
    expect(isOpenLicense('Apache 2.0')).toBe(false)
    expect(normalizeLicenseId('Apache 2.0').spdx).toBe('Apache-2.0')
    expect(isOpenLicense(normalizeLicenseId('Apache 2.0').spdx)).toBe(true)
    expect(isOpenLicense('mit')).toBe(false)
    expect(isOpenLicense('BSD-3')).toBe(false)
    expect(isOpenLicense('MIT License')).toBe(false)
  })

  it('has MOT quirks: type-appropriate licences that are not open', () => {
    expect(isOpenLicense('PDDL-1.0')).toBe(false)
    expect(isTypeAppropriate('PDDL-1.0', 'data')).toBe(true)
    expect(isOpenLicense('C-UDA-1.0')).toBe(false)
    expect(isTypeAppropriate('C-UDA-1.0', 'data')).toBe(true)
    expect(isOpenLicense('CC-PDDC')).toBe(false)
    expect(isTypeAppropriate('CC-PDDC', 'document')).toBe(true)
    expect(isOpenLicense('FreeBSD-DOC')).toBe(false)
    expect(isTypeAppropriate('FreeBSD-DOC', 'document')).toBe(true)
    expect(isOpenLicense('MulanPSL-1.0')).toBe(false)
    expect(isTypeAppropriate('MulanPSL-1.0', 'code')).toBe(true)
  })

  it('evaluates expressions: AND needs every part, OR any part', () => {
    expect(isOpenLicense('MIT AND CC-BY-4.0')).toBe(true)
    expect(isOpenLicense('MIT AND CC-BY-NC-4.0')).toBe(false)
    expect(isOpenLicense('Apache-2.0 AND LicenseRef-llama3')).toBe(false)
    expect(isOpenLicense('MIT OR LicenseRef-llama3')).toBe(true)
    expect(isOpenLicense('(CC-BY-NC-4.0 OR MIT) AND Apache-2.0')).toBe(true)
    expect(isOpenLicense('LicenseRef-a OR LicenseRef-b')).toBe(false)
    expect(isOpenLicense('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(true)
  })

  it('treats null, empty and malformed values as not open', () => {
    expect(isOpenLicense(null)).toBe(false)
    expect(isOpenLicense('')).toBe(false)
    expect(isOpenLicense('MIT AND')).toBe(false)
    expect(isOpenLicense('(MIT')).toBe(false)
  })
})

describe('isTypeAppropriate', () => {
  it('uses the MOT sets per content type', () => {
    expect(isTypeAppropriate('MIT', 'code')).toBe(true)
    expect(isTypeAppropriate('MIT', 'data')).toBe(false)
    expect(isTypeAppropriate('CDLA-Permissive-2.0', 'data')).toBe(true)
    expect(isTypeAppropriate('CC-BY-4.0', 'document')).toBe(true)
    expect(isTypeAppropriate('CC-BY-4.0', 'data')).toBe(false)
    expect(isTypeAppropriate('OpenMDW-1.0', 'code')).toBe(true)
    expect(isTypeAppropriate('OpenMDW-1.0', 'data')).toBe(true)
    expect(isTypeAppropriate('GPL-3.0-only', 'code')).toBe(false)
    expect(isTypeAppropriate(null, 'code')).toBe(false)
  })

  it('evaluates expressions the same way', () => {
    expect(isTypeAppropriate('MIT AND Apache-2.0', 'code')).toBe(true)
    expect(isTypeAppropriate('MIT AND GPL-3.0-only', 'code')).toBe(false)
    expect(isTypeAppropriate('GPL-3.0-only OR MIT', 'code')).toBe(true)
  })
})

describe('isOsiApproved', () => {
  it('matches the osiApproved flags of spdx-license-list', () => {
    const url = new URL('../../node_modules/spdx-license-list/spdx.json', import.meta.url)
    const list = JSON.parse(readFileSync(url, 'utf8')) as Record<string, { osiApproved: boolean }>
    const flagged = Object.keys(list).filter((id) => list[id].osiApproved)
    expect([...OSI_APPROVED_IDS].sort()).toEqual(flagged.sort())
  })

  it('answers for ids and expressions', () => {
    expect(isOsiApproved('Apache-2.0')).toBe(true)
    expect(isOsiApproved('Unlicense')).toBe(true)
    expect(isOsiApproved('CC-BY-4.0')).toBe(false)
    expect(isOsiApproved('CDLA-Permissive-2.0')).toBe(false)
    expect(isOsiApproved('MIT OR CC-BY-4.0')).toBe(true)
    expect(isOsiApproved('MIT AND CC-BY-4.0')).toBe(false)
    expect(isOsiApproved('LicenseRef-llama3')).toBe(false)
    expect(isOsiApproved(null)).toBe(false)
  })
})
