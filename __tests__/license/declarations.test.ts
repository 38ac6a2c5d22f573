import { describe, expect, it } from '@jest/globals'
import { packageMetadataLicense, spdxHeaderDeclarations } from '../../src/license/declarations.js'

describe('spdxHeaderDeclarations', () => {
  it('reads SPDX-License-Identifier lines in several comment styles', () => {
    const text = [
      '// SPDX-License-Identifier: MIT',
      'int x;',
      '/* SPDX-License-Identifier: Apache-2.0 OR MIT */',
      '# SPDX-License-Identifier: (GPL-2.0-only WITH Linux-syscall-note)',
      '<!-- SPDX-License-Identifier: CC-BY-4.0 -->'
    ].join('\n')
    expect(spdxHeaderDeclarations(text)).toEqual([
      { spdx: 'MIT', line: 1 },
      { spdx: 'Apache-2.0 OR MIT', line: 3 },
      { spdx: '(GPL-2.0-only WITH Linux-syscall-note)', line: 4 },
      { spdx: 'CC-BY-4.0', line: 5 }
    ])
  })

  it('ignores the tag inside strings and code', () => {
    const text = `const TAG = "SPDX-License-Identifier: MIT"\nre = /SPDX-License-Identifier:\\s*(\\S+)/\nSPDX-License-Identifier:\n`
    expect(spdxHeaderDeclarations(text)).toEqual([])
  })

  it('caps the number of results', () => {
    const text = '// SPDX-License-Identifier: MIT\n'.repeat(200)
    expect(spdxHeaderDeclarations(text)).toHaveLength(50)
  })

  it('counts lines with CRLF endings', () => {
    expect(spdxHeaderDeclarations('a\r\nb\r\n# SPDX-License-Identifier: BSD-3-Clause\r\n')).toEqual(
      [{ spdx: 'BSD-3-Clause', line: 3 }]
    )
  })
})

describe('packageMetadataLicense', () => {
  it('reads package.json license in its current and old forms', () => {
    expect(
      packageMetadataLicense('web/package.json', '{\n  "name": "x",\n  "license": "MIT"\n}')
    ).toEqual({
      raw: 'MIT',
      line: 3
    })
    expect(
      packageMetadataLicense('package.json', '{"license": {"type": "ISC", "url": "x"}}')?.raw
    ).toBe('ISC')
    expect(
      packageMetadataLicense(
        'package.json',
        '{"licenses": [{"type": "MIT"}, {"type": "Apache-2.0"}]}'
      )?.raw
    ).toBe('MIT OR Apache-2.0')
    expect(
      packageMetadataLicense('package.json', '{"license": "SEE LICENSE IN LICENSE.md"}')
    ).toEqual({
      raw: 'SEE LICENSE IN LICENSE.md',
      line: 1,
      file: 'LICENSE.md'
    })
  })

  it('returns null for broken or licence-less package.json', () => {
    expect(packageMetadataLicense('package.json', '{"name": ')).toBeNull()
    expect(packageMetadataLicense('package.json', '[1, 2]')).toBeNull()
    expect(packageMetadataLicense('package.json', '{"name": "x"}')).toBeNull()
    expect(packageMetadataLicense('package.json', '{"license": 42}')).toBeNull()
  })

  it('reads pyproject.toml license strings and tables', () => {
    const pep639 =
      '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "x"\nlicense = "Apache-2.0 OR MIT"\n'
    expect(packageMetadataLicense('pyproject.toml', pep639)).toEqual({
      raw: 'Apache-2.0 OR MIT',
      line: 6
    })
    const table = '[project]\nname = "x"\nlicense = {text = "BSD-3-Clause"}\n'
    expect(packageMetadataLicense('pyproject.toml', table)).toEqual({
      raw: 'BSD-3-Clause',
      line: 3
    })
    const poetry = "[tool.poetry]\nname = 'x'\nlicense = 'MIT'\n"
    expect(packageMetadataLicense('pyproject.toml', poetry)).toEqual({ raw: 'MIT', line: 3 })
  })

  it('notes a pyproject licence file and prefers a classifier when there is one', () => {
    const fileOnly = '[project]\nlicense = {file = "LICENSE.txt"}\n'
    expect(packageMetadataLicense('pyproject.toml', fileOnly)).toEqual({
      raw: 'SEE LICENSE IN LICENSE.txt',
      line: 2,
      file: 'LICENSE.txt'
    })
    const withClassifier = `[project]
license = {file = "LICENSE"}
classifiers = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: MIT License",
]
`
    expect(packageMetadataLicense('pyproject.toml', withClassifier)).toEqual({
      raw: 'MIT License',
      line: 5,
      file: 'LICENSE'
    })
  })

  it('ignores license keys outside the project tables', () => {
    const text = '[tool.other]\nlicense = "GPL-3.0"\n\n[project]\nname = "x"\n'
    expect(packageMetadataLicense('pyproject.toml', text)).toBeNull()
  })

  it('reads setup.cfg metadata and classifiers', () => {
    expect(
      packageMetadataLicense(
        'setup.cfg',
        '[metadata]\nname = x\nlicense = BSD 3-Clause License\nlicense_files = LICENSE\n'
      )
    ).toEqual({
      raw: 'BSD 3-Clause License',
      line: 3
    })
    const classifiers =
      '[metadata]\nname = x\nclassifiers =\n    License :: OSI Approved :: Apache Software License\n'
    expect(packageMetadataLicense('setup.cfg', classifiers)).toEqual({
      raw: 'Apache Software License',
      line: 4
    })
  })

  it('reads setup.py by pattern only', () => {
    const text = `import os\nfrom setuptools import setup\n\nsetup(\n    name="x",\n    license="GPLv3",\n    packages=[],\n)\n`
    expect(packageMetadataLicense('setup.py', text)).toEqual({ raw: 'GPLv3', line: 6 })
    const classifiers = `setup(\n  classifiers=['License :: OSI Approved :: BSD License'],\n)`
    expect(packageMetadataLicense('pkg/setup.py', classifiers)).toEqual({
      raw: 'BSD License',
      line: 2
    })
    expect(packageMetadataLicense('setup.py', 'setup(license=LICENSE_NAME)')).toBeNull()
  })

  it('reads Cargo.toml', () => {
    expect(
      packageMetadataLicense('Cargo.toml', '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n')
    ).toEqual({
      raw: 'MIT OR Apache-2.0',
      line: 3
    })
    expect(
      packageMetadataLicense('crates/x/Cargo.toml', '[package]\nlicense-file = "LICENSE"\n')
    ).toEqual({
      raw: 'SEE LICENSE IN LICENSE',
      line: 2,
      file: 'LICENSE'
    })
    expect(
      packageMetadataLicense('Cargo.toml', '[workspace.package]\nlicense = "MIT"\n')?.raw
    ).toBe('MIT')
    expect(packageMetadataLicense('Cargo.toml', '[dependencies]\nlicense = "MIT"\n')).toBeNull()
  })

  it('ignores other files', () => {
    expect(packageMetadataLicense('README.md', 'license = "MIT"')).toBeNull()
    expect(packageMetadataLicense('package.json.bak', '{"license": "MIT"}')).toBeNull()
    expect(packageMetadataLicense('constructor', 'license = "MIT"')).toBeNull()
    expect(packageMetadataLicense('__proto__', 'license = "MIT"')).toBeNull()
  })
})
