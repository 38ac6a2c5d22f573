import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { identifyLicenseText, MATCH_THRESHOLD } from '../../src/license/identify.js'

/** A licence text as spdx-license-list ships it. */
function spdxText(id: string): string {
  const url = new URL(`../../node_modules/spdx-license-list/licenses/${id}.json`, import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { licenseText: string }).licenseText
}

/** Rewraps every paragraph to a new line width. */
function reflow(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = []
      let line = ''
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line !== '' && line.length + word.length + 1 > width) {
          lines.push(line)
          line = word
        } else line = line === '' ? word : `${line} ${word}`
      }
      if (line !== '') lines.push(line)
      return lines.join('\n')
    })
    .join('\n\n')
}

const FULL_TEXT_IDS = [
  'MIT', 'MIT-0', 'ISC', '0BSD', 'X11', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause',
  'BSD-3-Clause-Clear', 'BSD-4-Clause', 'GPL-2.0-only', 'GPL-3.0-only', 'LGPL-2.1-only',
  'LGPL-3.0-only', 'AGPL-3.0-only', 'MPL-2.0', 'EPL-1.0', 'EPL-2.0', 'Unlicense', 'CC0-1.0',
  'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0', 'CC-BY-3.0', 'CC-BY-SA-3.0', 'ODbL-1.0', 'ODC-By-1.0', 'PDDL-1.0',
  'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'BSL-1.0', 'Zlib', 'WTFPL',
  'Artistic-2.0', 'AFL-3.0', 'ECL-2.0', 'EUPL-1.2', 'OFL-1.1', 'PostgreSQL', 'NCSA', 'MS-PL',
  'OSL-3.0', 'C-UDA-1.0', 'Python-2.0', 'PSF-2.0', 'BlueOak-1.0.0', 'UPL-1.0', 'OpenMDW-1.0',
  'MulanPSL-2.0', 'GFDL-1.3-only', 'JSON'
] // prettier-ignore

describe('identifyLicenseText: SPDX texts', () => {
  it.each(FULL_TEXT_IDS)('identifies the full text of %s', (id) => {
    const result = identifyLicenseText(spdxText(id))
    expect(result).toMatchObject({ spdx: id, kind: 'spdx' })
    expect(result.confidence).toBeGreaterThanOrEqual(0.95)
  })

  it.each(FULL_TEXT_IDS)('identifies %s with copyright lines added at the top', (id) => {
    const text = `Copyright (c) 2024 Example Corp.\nCopyright 2019-2023 The Example Authors. All rights reserved.\n\n${spdxText(id)}`
    expect(identifyLicenseText(text).spdx).toBe(id)
  })

  it.each(FULL_TEXT_IDS)('identifies %s reflowed to 38 and to 110 columns', (id) => {
    expect(identifyLicenseText(reflow(spdxText(id), 38)).spdx).toBe(id)
    expect(identifyLicenseText(reflow(spdxText(id), 110)).spdx).toBe(id)
  })

  it.each(FULL_TEXT_IDS)('identifies %s with typographic quotes and dashes', (id) => {
    const text = spdxText(id)
      .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
      .replace(/'/g, '\u2019')
      .replace(/ - /g, ' \u2014 ')
    expect(identifyLicenseText(text).spdx).toBe(id)
  })

  it('identifies MIT and BSD texts with the placeholders filled in', () => {
    const mit = spdxText('MIT').replace(
      '<year> <copyright holders>',
      '2021 Example Project Developers'
    )
    expect(identifyLicenseText(mit).spdx).toBe('MIT')
    const bsd = spdxText('BSD-3-Clause')
      .replace('<year> <owner>', '2010-2024, Example Project')
      .replace('the copyright holder nor', 'Example Project nor')
    expect(identifyLicenseText(bsd).spdx).toBe('BSD-3-Clause')
  })

  it('treats licence/license, http/https and comment leaders as the same text', () => {
    const text = spdxText('BSL-1.0')
      .replace(/License/g, 'Licence')
      .replace(/license/g, 'licence')
      .split('\n')
      .map((line) => `# ${line}`)
      .join('\n')
    expect(identifyLicenseText(text).spdx).toBe('BSL-1.0')
  })
})

const ISC_AUTHOR = `The ISC License

Copyright (c) Example Authors and Contributors

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`

describe('identifyLicenseText: near-identical licences', () => {
  it('tells ISC from 0BSD by the notice-retention clause', () => {
    expect(identifyLicenseText(ISC_AUTHOR).spdx).toBe('ISC')
    const zeroBsd = ISC_AUTHOR.replace(
      /, provided that the above\ncopyright notice and this permission notice appear in all copies\./,
      '.'
    )
    expect(zeroBsd).not.toBe(ISC_AUTHOR)
    expect(identifyLicenseText(zeroBsd).spdx).toBe('0BSD')
  })

  it('tells MIT from MIT-0 by the notice clause', () => {
    const withoutNotice = spdxText('MIT').replace(
      /The above copyright notice and this permission notice shall be included[\s\S]*?portions of the Software\.\s*/,
      ''
    )
    expect(withoutNotice).not.toBe(spdxText('MIT'))
    expect(identifyLicenseText(withoutNotice).spdx).toBe('MIT-0')
  })

  it('accepts the MIT variant whose notice clause says "(including the next paragraph)"', () => {
    const text = spdxText('MIT').replace(
      'this permission notice shall',
      'this permission notice (including the next paragraph) shall'
    )
    expect(text).not.toBe(spdxText('MIT'))
    expect(identifyLicenseText(text).spdx).toBe('MIT')
  })

  it('tells BSD-2-Clause, BSD-3-Clause and BSD-3-Clause-Clear apart', () => {
    const bsd3 = spdxText('BSD-3-Clause')
    const bsd2 = bsd3.replace(/3\. Neither the name[^\n]*\n+/, '')
    expect(bsd2).not.toBe(bsd3)
    expect(identifyLicenseText(bsd2).spdx).toBe('BSD-2-Clause')
    expect(identifyLicenseText(bsd3).spdx).toBe('BSD-3-Clause')
    expect(identifyLicenseText(spdxText('BSD-3-Clause-Clear')).spdx).toBe('BSD-3-Clause-Clear')
  })

  it('identifies Apache-2.0 with, without and with a filled-in appendix', () => {
    const full = spdxText('Apache-2.0')
    expect(full).toMatch(/APPENDIX: How to apply/)
    expect(identifyLicenseText(full).spdx).toBe('Apache-2.0')
    const end = full.indexOf('END OF TERMS AND CONDITIONS')
    expect(identifyLicenseText(full.slice(0, end)).spdx).toBe('Apache-2.0')
    const filled = full.replace(
      'Copyright [yyyy] [name of copyright owner]',
      'Copyright 2024 Example Inc.'
    )
    expect(identifyLicenseText(filled)).toMatchObject({ spdx: 'Apache-2.0', kind: 'spdx' })
  })

  it('reports GPL "or later" only where a notice says so', () => {
    const gpl = spdxText('GPL-3.0-only')
    expect(identifyLicenseText(gpl).spdx).toBe('GPL-3.0-only')
    const notice = `Example Tool, a program that does things.
Copyright (C) 2024 Example Author

This program is free software: you can redistribute it and/or modify it under the terms of
the GNU General Public License as published by the Free Software Foundation, either version 3
of the License, or (at your option) any later version.

`
    const result = identifyLicenseText(notice + gpl)
    expect(result).toMatchObject({ spdx: 'GPL-3.0-or-later', kind: 'spdx' })
    expect(result.name).toBe('GNU General Public License v3.0 or later')
    expect(identifyLicenseText(notice.replace('3', '2') + spdxText('LGPL-2.1-only')).spdx).toBe(
      'LGPL-2.1-or-later'
    )
  })

  it('identifies a GNU notice without the licence text', () => {
    const notice = `This library is free software; you can redistribute it and/or modify it under the terms
of the GNU Lesser General Public License as published by the Free Software Foundation; either
version 2.1 of the License, or (at your option) any later version.`
    expect(identifyLicenseText(notice)).toMatchObject({ spdx: 'LGPL-2.1-or-later', kind: 'spdx' })
    expect(
      identifyLicenseText('Licensed under the GNU Affero General Public License version 3.').spdx
    ).toBe('AGPL-3.0-only')
  })

  it('identifies the standard Apache-2.0 header without the licence text', () => {
    const header = `Copyright 2024 Example Inc.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
`
    expect(identifyLicenseText(header)).toMatchObject({
      spdx: 'Apache-2.0',
      kind: 'spdx',
      confidence: 0.9
    })
    const restricted = `${header}\nThe model weights may only be used for non-commercial purposes.\n`
    expect(identifyLicenseText(restricted)).toMatchObject({ spdx: null, restrictsUse: true })
  })

  it('names the Creative Commons variant the title names', () => {
    // An older variant with no text in the corpus: the title decides between near-identical texts.
    const ncSa3 = spdxText('CC-BY-SA-3.0').replace(
      /Attribution-ShareAlike 3\.0 Unported/g,
      'Attribution-NonCommercial-ShareAlike 3.0 Unported'
    )
    const result = identifyLicenseText(ncSa3)
    expect(result.spdx).toBe('CC-BY-NC-SA-3.0')
    expect(result.restrictsUse).toBe(true)
  })

  it('flags non-commercial Creative Commons texts as restricting use', () => {
    expect(identifyLicenseText(spdxText('CC-BY-NC-4.0')).restrictsUse).toBe(true)
    expect(identifyLicenseText(spdxText('CC-BY-4.0')).restrictsUse).toBe(false)
  })

  it('reads LGPL-3.0 followed by the GPL-3.0 it builds on as LGPL-3.0', () => {
    const combined = `${spdxText('LGPL-3.0-only')}`
    expect(combined).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/)
    expect(identifyLicenseText(combined)).toMatchObject({ spdx: 'LGPL-3.0-only', kind: 'spdx' })
  })
})

const LLAMA3_SECTION = `META LLAMA 3 COMMUNITY LICENSE AGREEMENT
Meta Llama 3 Version Release Date: April 18, 2024

"Agreement" means the terms and conditions for use, reproduction, distribution and
modification of the Llama Materials set forth herein.

Your use of the Llama Materials must comply with applicable laws and regulations and adhere to
the Acceptable Use Policy for the Llama Materials, which is hereby incorporated by reference.
`

describe('identifyLicenseText: files with several licences', () => {
  it('identifies MIT followed by CC-BY-4.0', () => {
    const text = `Code: MIT License\n\n${spdxText('MIT')}\n\n------------------------------------------\n\nDocumentation and data:\n\n${spdxText('CC-BY-4.0')}`
    const result = identifyLicenseText(text)
    expect(result).toMatchObject({
      spdx: 'MIT AND CC-BY-4.0',
      kind: 'multiple',
      restrictsUse: false
    })
    expect(result.name).toBe('MIT License; Creative Commons Attribution 4.0 International')
  })

  it('orders the parts as they appear', () => {
    const text = `${spdxText('Apache-2.0')}\n\n=====\n\nLICENSE FOR vendored/foo\n\n${spdxText('BSD-3-Clause')}`
    expect(identifyLicenseText(text).spdx).toBe('Apache-2.0 AND BSD-3-Clause')
    const reversed = `${spdxText('BSD-3-Clause')}\n\n=====\n\n${spdxText('Apache-2.0')}`
    expect(identifyLicenseText(reversed).spdx).toBe('BSD-3-Clause AND Apache-2.0')
  })

  it('identifies Apache-2.0 with a Llama 3 licence section after it', () => {
    const text = `${spdxText('Apache-2.0')}\n\n--------------------------------\n\n${LLAMA3_SECTION}`
    expect(text.indexOf('LLAMA 3 COMMUNITY')).toBeGreaterThan(4096)
    const result = identifyLicenseText(text)
    expect(result).toMatchObject({
      spdx: 'Apache-2.0 AND LicenseRef-llama3',
      kind: 'multiple',
      restrictsUse: true
    })
  })

  it('does not split a single licence at its own separators and headings', () => {
    // MPL-2.0 underlines its headings with dashes; CC texts use "=====" rules.
    expect(identifyLicenseText(spdxText('MPL-2.0')).kind).toBe('spdx')
    expect(identifyLicenseText(spdxText('CC-BY-SA-4.0')).kind).toBe('spdx')
  })
})

describe('identifyLicenseText: modified licences', () => {
  const mit = spdxText('MIT')

  it('does not report MIT with a non-commercial clause as MIT', () => {
    const text = `${mit}\n\nThe Software may not be used for commercial purposes without a separate agreement with the authors.\n`
    const result = identifyLicenseText(text)
    expect(result).toMatchObject({ spdx: null, kind: 'unknown', restrictsUse: true })
    expect(result.name).toBe(
      'Custom licence based on MIT License (modified: adds a commercial-use restriction)'
    )
  })

  it('catches a restriction written into the grant itself', () => {
    const text = mit.replace(
      'to deal in the Software without restriction',
      'to deal in the Software for non-commercial research purposes only'
    )
    expect(text).not.toBe(mit)
    expect(identifyLicenseText(text)).toMatchObject({ spdx: null, restrictsUse: true })
  })

  it('catches a research-only paragraph added to BSD-3-Clause', () => {
    const text = `${spdxText('BSD-3-Clause')}\n\nThis software and the model weights are provided for academic research use only.`
    expect(identifyLicenseText(text)).toMatchObject({ spdx: null, restrictsUse: true })
  })

  it('catches a non-commercial licence named in a note added to Apache-2.0', () => {
    const text = `${spdxText('Apache-2.0')}\n\nNote: the model weights in this repository are released under CC-BY-NC-4.0.\n`
    expect(identifyLicenseText(text)).toMatchObject({ spdx: null, restrictsUse: true })
  })

  it('keeps licences whose own clauses mention use (X11 advertising, Apache appendix)', () => {
    expect(identifyLicenseText(spdxText('X11')).spdx).toBe('X11')
    const header = `Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License.\n\n`
    expect(identifyLicenseText(header + spdxText('Apache-2.0')).spdx).toBe('Apache-2.0')
  })

  it('does not report a licence inside mostly unrelated text', () => {
    const filler = Array.from(
      { length: 300 },
      (_, i) => `Release note ${i}: improved the tokenizer speed.`
    ).join('\n')
    const result = identifyLicenseText(`${filler}\n\n${mit}`)
    expect(result).toMatchObject({ spdx: null, kind: 'unknown' })
    expect(result.name).toContain('MIT License')
  })
})

describe('identifyLicenseText: unrelated text', () => {
  const README = `# Example model

A small text classifier fine-tuned on product reviews.

## Usage

\`\`\`python
from transformers import pipeline
classifier = pipeline("text-classification", model="example/model")
\`\`\`

## Training

Trained for three epochs with AdamW, learning rate 2e-5, batch size 32.
`
  const LOREM =
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '.repeat(
      40
    )
  const PYTHON = `import torch\n\n\nclass Net(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = torch.nn.Linear(10, 2)\n\n    def forward(self, x):\n        return self.fc(x)\n`
  const JUNK = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))

  it.each([
    ['a README', README],
    ['lorem ipsum', LOREM],
    ['a Python file', PYTHON],
    ['an empty string', ''],
    ['whitespace', ' \n\t\n '],
    ['binary-ish junk', JUNK],
    ['one word', 'MIT']
  ])('reports %s as unknown', (_label, text) => {
    const result = identifyLicenseText(text)
    expect(result).toMatchObject({ spdx: null, kind: 'unknown' })
    expect(result.confidence).toBeLessThan(MATCH_THRESHOLD)
  })

  it('reads only the first 256 KiB', () => {
    const text = 'word '.repeat(60_000) + spdxText('MIT')
    expect(text.length).toBeGreaterThan(256 * 1024)
    expect(identifyLicenseText(text).spdx).toBeNull()
  })

  it('returns unknown for non-string input', () => {
    expect(identifyLicenseText(undefined as unknown as string).kind).toBe('unknown')
  })
})
