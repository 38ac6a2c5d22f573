/** `model-openness license FILE…`: answers, output formats, hostile files, and agreement with `scan`. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../src/cli-run.js'

const ROOT = join(import.meta.dirname, '..')
const FIXTURES = join(ROOT, '__tests__', 'license', 'fixtures')

function spdxText(id: string): string {
  const file = join(ROOT, 'node_modules', 'spdx-license-list', 'licenses', `${id}.json`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { licenseText: string }).licenseText
}

async function cli(
  args: string[],
  cwd: string
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd })
  return { code, out, err }
}

interface Answer {
  path: string
  spdx: string | null
  name: string
  kind: string
  scope: string
  confidence: number
  similarity: number
  matcher: string
  restrictsUse: boolean
  open: boolean
  pointer?: { url: string; names: { spdx: string | null; name: string } | null }
  truncated?: boolean
}

async function answers(args: string[], cwd: string): Promise<Answer[]> {
  const { code, out, err } = await cli(['license', ...args, '--format', 'json'], cwd)
  expect(err).toBe('')
  expect(code).toBe(0)
  return (JSON.parse(out) as { files: Answer[] }).files
}

/** Texts the scan and the command must read alike: corpus texts and this project's fixtures. */
function licenceTexts(): Record<string, string> {
  const texts: Record<string, string> = {
    mit: `MIT License\n\nCopyright (c) 2025 Example Lab\n\n${spdxText('MIT').split('\n').slice(2).join('\n')}`,
    apache: spdxText('Apache-2.0'),
    'bsd-3': spdxText('BSD-3-Clause'),
    'cc-by-nc': spdxText('CC-BY-NC-4.0'),
    gpl3: spdxText('GPL-3.0-only'),
    pointer: 'https://www.apache.org/licenses/LICENSE-2.0\n',
    unknown: 'You may look at these files but we have not decided on the terms yet.\n'
  }
  for (const name of readdirSync(FIXTURES))
    texts[`fixture ${name}`] = readFileSync(join(FIXTURES, name), 'utf8')
  return texts
}

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mo-license-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('model-openness license', () => {
  it('identifies a licence file with its id, name, confidence and how it matched', async () => {
    writeFileSync(join(tmp, 'LICENSE'), spdxText('Apache-2.0'))
    const [answer] = await answers(['LICENSE'], tmp)
    expect(answer).toMatchObject({
      path: 'LICENSE',
      spdx: 'Apache-2.0',
      name: 'Apache License 2.0',
      kind: 'spdx',
      scope: 'all',
      matcher: 'text',
      restrictsUse: false,
      open: true
    })
    expect(answer.confidence).toBeGreaterThan(0.95)
    expect(answer.similarity).toBeGreaterThan(0.95)
  })

  it('prints text by default, one block per file, in the order given', async () => {
    writeFileSync(join(tmp, 'LICENSE-MIT'), spdxText('MIT'))
    writeFileSync(join(tmp, 'LICENSE-DATA'), spdxText('CC-BY-NC-4.0'))
    const { code, out, err } = await cli(['license', 'LICENSE-MIT', 'LICENSE-DATA'], tmp)
    expect({ code, err }).toEqual({ code: 0, err: '' })
    const blocks = out.trim().split('\n\n')
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toMatch(/^LICENSE-MIT:\n {2}License: +MIT\n {2}Name: +MIT License\n/)
    expect(blocks[0]).toMatch(/Matcher: +licence text/)
    expect(blocks[1]).toMatch(/^LICENSE-DATA:\n {2}License: +CC-BY-NC-4\.0/)
    expect(blocks[1]).toMatch(/Kind: +spdx \(restricts use\)/)
    expect(blocks[1]).toMatch(/Scope: +data/)
    expect(blocks[1]).toMatch(/Open: +no/)
  })

  it('says what a pointer-only file links to', async () => {
    writeFileSync(join(tmp, 'LICENSE.txt'), 'See https://opensource.org/licenses/MIT\n')
    const [answer] = await answers(['LICENSE.txt'], tmp)
    expect(answer).toMatchObject({ spdx: null, kind: 'unknown', matcher: 'none' })
    expect(answer.pointer).toEqual({
      url: 'https://opensource.org/licenses/MIT',
      names: { spdx: 'MIT', name: 'MIT License' }
    })
  })

  it('gives one line for a missing file, still answers for the others, and exits 2', async () => {
    writeFileSync(join(tmp, 'COPYING'), spdxText('GPL-3.0-only'))
    const { code, out, err } = await cli(
      ['license', 'nope.txt', 'COPYING', '--format', 'json'],
      tmp
    )
    expect(code).toBe(2)
    expect(err).toBe('model-openness: nope.txt: no such file\n')
    expect((JSON.parse(out) as { files: Answer[] }).files.map((f) => f.spdx)).toEqual([
      'GPL-3.0-only'
    ])
  })

  it('never follows a symbolic link, and refuses folders, pipes, binaries and LFS pointers', async () => {
    const secret = join(tmp, 'outside.txt')
    writeFileSync(secret, spdxText('MIT'))
    symlinkSync(secret, join(tmp, 'LICENSE-LINK'))
    mkdirSync(join(tmp, 'LICENSES'))
    execFileSync('mkfifo', [join(tmp, 'LICENSE-FIFO')])
    writeFileSync(join(tmp, 'LICENSE-BIN'), Buffer.from([0x4d, 0x49, 0x54, 0x00, 0x01]))
    writeFileSync(
      join(tmp, 'LICENSE-LFS'),
      `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 1234\n`
    )
    const args = ['LICENSE-LINK', 'LICENSES', 'LICENSE-FIFO', 'LICENSE-BIN', 'LICENSE-LFS']
    const { code, out, err } = await cli(['license', ...args, '--format', 'json'], tmp)
    expect(code).toBe(2)
    expect(err.trim().split('\n')).toEqual([
      'model-openness: LICENSE-LINK: is a symbolic link; not followed',
      'model-openness: LICENSES: is a folder',
      'model-openness: LICENSE-FIFO: is not a regular file',
      'model-openness: LICENSE-BIN: has binary content; not a licence text',
      'model-openness: LICENSE-LFS: is a Git LFS pointer, not the licence text'
    ])
    expect(JSON.parse(out)).toEqual({ files: [] })
  })

  it('reads at most what the scan reads of a large file and says so', async () => {
    const big = spdxText('MIT') + '\n' + 'Additional words without any meaning. '.repeat(40_000)
    writeFileSync(join(tmp, 'LICENSE-BIG'), big)
    const [answer] = await answers(['LICENSE-BIG'], tmp)
    expect(answer.truncated).toBe(true)
    const text = await cli(['license', 'LICENSE-BIG'], tmp)
    expect(text.out).toMatch(/Note: +only the first 1024 KiB was read/)
  })

  it('shows control characters of a hostile file name as ? in text output', async () => {
    const name = 'LICENSE\u001b[31mred'
    writeFileSync(join(tmp, name), spdxText('MIT'))
    const { out } = await cli(['license', name], tmp)
    expect(out.startsWith('LICENSE?[31mred:\n')).toBe(true)
  })

  it.each([
    [[], 'license takes one or more files'],
    [['LICENSE', '--format', 'sarif'], "--format for license must be text or json, got 'sarif'"],
    [['LICENSE', '--offline'], 'license does not take --offline']
  ])('refuses bad usage %j with one line and exit 2', async (args, message) => {
    const { code, out, err } = await cli(['license', ...args], tmp)
    expect({ code, out }).toEqual({ code: 2, out: '' })
    expect(err).toBe(`model-openness: ${message}\n`)
  })
})

describe('model-openness license and scan agree', () => {
  it.each(Object.entries(licenceTexts()))(
    '%s: the command answers what the scan reports for the repository licence',
    async (_name, text) => {
      const repo = mkdtempSync(join(tmp, 'repo-'))
      writeFileSync(join(repo, 'LICENSE'), text)
      writeFileSync(join(repo, 'README.md'), '# A model\n\nSome words about a model.\n')
      const scan = await cli(['scan', repo, '--offline'], ROOT)
      expect(scan.code).toBe(0)
      const reported = (
        JSON.parse(scan.out) as {
          licenses: {
            path: string
            spdx: string | null
            name: string
            kind: string
            scope: string
          }[]
        }
      ).licenses.filter((l) => l.path === 'LICENSE')
      const [answer] = await answers(['LICENSE'], repo)
      expect(reported.length).toBeGreaterThan(0)
      expect({
        path: answer.path,
        spdx: answer.spdx,
        name: answer.name,
        kind: answer.kind,
        scope: answer.scope
      }).toEqual(reported[0])
    }
  )
})
