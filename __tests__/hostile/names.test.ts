import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { safetensorsBytes } from '../../scripts/weight-writers.mjs'
import {
  markdownProblems,
  missingEvidence,
  mkfifo,
  removeTree,
  scanBoth,
  tempDir,
  write,
  type ScanOutcome
} from '../helpers/hostile.js'

/** Names that are Markdown, HTML, mentions, table syntax or terminal escapes. */
const HOSTILE_DOCUMENTS = [
  '<img src=x onerror=alert(1)>.md',
  '@org/team.py',
  '</details>.md',
  '<details open><summary>x.md',
  'a`b``c```d.md',
  '`edge`.md',
  'line\nbreak.md',
  '\u001b[31mred\u001b[0m.md',
  '[link](javascript:alert(1)).md',
  '<!-- hidden -->.md'
]
const HOSTILE_WEIGHTS = ['a|b.safetensors', '`tick`.safetensors', 'new\nline.safetensors']
const HOSTILE_FIFOS = ['c|d.safetensors', '@team/model.gguf', '<script>alert(1)</script>.bin']

/** Bytes that are not valid UTF-8, as file and folder names. */
const INVALID_FILE = Buffer.from([0x77, 0xff, 0xfe, 0x2e, 0x70, 0x79]) // w\xff\xfe.py
const INVALID_DIR = Buffer.from([0x64, 0xc3, 0x28]) // d\xc3(

const binary = (): Uint8Array => Uint8Array.from({ length: 512 }, (_, i) => i % 7)

let root: string
let scan: ScanOutcome

beforeAll(async () => {
  root = tempDir('names')
  write(root, 'README.md', '---\nlicense: apache-2.0\n---\n# Names\n\nA small model.\n')
  write(root, 'train.py', 'import torch\n\ndef train():\n    optimizer = torch.optim.AdamW([])\n')
  // Binary content makes each of them a skipped item, so each name reaches the report.
  for (const name of HOSTILE_DOCUMENTS) write(root, name, binary())
  for (const name of HOSTILE_WEIGHTS)
    write(root, name, safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
  for (const name of HOSTILE_FIFOS) mkfifo(join(root, name))
  const rootBytes = Buffer.from(root + '/')
  writeFileSync(Buffer.concat([rootBytes, INVALID_FILE]), 'print(1)\n')
  mkdirSync(Buffer.concat([rootBytes, INVALID_DIR]))
  writeFileSync(Buffer.concat([rootBytes, INVALID_DIR, Buffer.from('/model.safetensors')]), 'x')
  scan = await scanBoth(root)
}, 30_000)

afterAll(() => removeTree(root))

describe('file names that are Markdown, HTML or not UTF-8', () => {
  it('finishes with a report', () => {
    expect(scan.codes).toEqual([0, 0])
  })

  it('names each hostile file in the JSON report', () => {
    const skipped = scan.report.inventory.skipped
    for (const name of HOSTILE_DOCUMENTS)
      expect(skipped).toContainEqual(expect.objectContaining({ path: name }))
    for (const name of HOSTILE_FIFOS)
      expect(skipped).toContainEqual(
        expect.objectContaining({ path: name, reason: 'special-file' })
      )
  })

  it('skips names that are not valid UTF-8, file and folder alike', () => {
    const invalid = scan.report.inventory.skipped.filter((s) => s.reason === 'invalid-name')
    expect(invalid.map((s) => s.path).sort()).toEqual(['d\ufffd(', 'w\ufffd\ufffd.py'])
  })

  it('keeps HTML out of the Markdown report', () => {
    expect(scan.markdown).not.toContain('<img')
    expect(scan.markdown).not.toContain('<script')
    expect(scan.markdown).not.toContain('<!--')
  })

  it('never leaves an @mention in the Markdown report', () => {
    expect(scan.markdown).not.toMatch(/@[A-Za-z]/)
  })

  it('keeps <details> balanced and every table row at its header’s cell count', () => {
    expect(markdownProblems(scan.markdown)).toEqual([])
  })

  it('does not let a name break a line or carry terminal escapes', () => {
    expect(scan.markdown).not.toContain('line\nbreak')
    expect(scan.markdown).not.toContain('new\nline')
    expect(scan.markdown).not.toContain('\u001b')
    expect(scan.stderr).not.toContain('\u001b')
    for (const line of scan.stderr.trimEnd().split('\n'))
      expect(line).toMatch(/^(warning|model-openness): /)
  })

  it('cites only paths that exist', () => {
    expect(missingEvidence(scan.report, root)).toEqual([])
  })
})
