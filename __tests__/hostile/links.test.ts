import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { safetensorsBytes } from '../../scripts/weight-writers.mjs'
import {
  markdownProblems,
  missingEvidence,
  removeTree,
  scanBoth,
  tempDir,
  write,
  type ScanOutcome
} from '../helpers/hostile.js'

/** A string that must never leave the secret file. */
const SECRET = `hostile-secret-${randomBytes(12).toString('hex')}`

let outside: string
let root: string
let scan: ScanOutcome

beforeAll(async () => {
  outside = tempDir('outside')
  const secretFile = join(outside, 'secret.txt')
  writeFileSync(secretFile, `license: mit\n${SECRET}\n`)
  mkdirSync(join(outside, 'secret-dir'))
  writeFileSync(join(outside, 'secret-dir', 'README.md'), `# ${SECRET}\n`)

  root = tempDir('links')
  write(root, 'README.md', '---\nlicense: apache-2.0\n---\n# Linked model\n\nA small model.\n')
  write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [4, 4] } }))
  // Loops: two links pointing at each other, a link to itself, links back up the tree.
  symlinkSync('loop-b', join(root, 'loop-a'))
  symlinkSync('loop-a', join(root, 'loop-b'))
  symlinkSync('self', join(root, 'self'))
  symlinkSync('.', join(root, 'here'))
  mkdirSync(join(root, 'sub'))
  symlinkSync('..', join(root, 'sub', 'up'))
  symlinkSync(root, join(root, 'sub', 'root-absolute'))
  // Escapes: links named like the files a scanner reads first, pointing at the secret.
  symlinkSync(secretFile, join(root, 'LICENSE'))
  symlinkSync(secretFile, join(root, 'docs-card.md'))
  symlinkSync(join('..', '..', basename(outside), 'secret.txt'), join(root, 'sub', 'MODEL_CARD.md'))
  symlinkSync(secretFile, join(root, 'pytorch_model.bin'))
  symlinkSync(secretFile, join(root, 'config.json'))
  symlinkSync(join(outside, 'secret-dir'), join(root, 'docs'))
  scan = await scanBoth(root)
}, 30_000)

afterAll(() => {
  removeTree(root)
  removeTree(outside)
})

describe('a repository of symbolic links', () => {
  it('finishes with a report and names every link as skipped', () => {
    expect(scan.codes).toEqual([0, 0])
    const links = scan.report.inventory.skipped.filter((s) => s.reason === 'symlink')
    expect(links.map((s) => s.path).sort()).toEqual(
      [
        'LICENSE',
        'config.json',
        'docs',
        'docs-card.md',
        'here',
        'loop-a',
        'loop-b',
        'pytorch_model.bin',
        'self',
        'sub/MODEL_CARD.md',
        'sub/root-absolute',
        'sub/up'
      ].sort()
    )
  })

  it('says which links point outside the repository', () => {
    const detail = (path: string): string | undefined =>
      scan.report.inventory.skipped.find((s) => s.path === path)?.detail
    expect(detail('LICENSE')).toMatch(/outside the repository/)
    expect(detail('sub/MODEL_CARD.md')).toMatch(/outside the repository/)
    expect(detail('docs')).toMatch(/outside the repository/)
    expect(detail('sub/up')).toMatch(/inside the repository/)
    expect(detail('loop-a')).toMatch(/inside the repository/)
  })

  it('never reveals the content of a linked file in JSON, Markdown or on stderr', () => {
    expect(JSON.stringify(scan.report)).not.toContain(SECRET)
    expect(scan.markdown).not.toContain(SECRET)
    expect(scan.stderr).not.toContain(SECRET)
    // The link named LICENSE must not become the repository's licence.
    expect(scan.report.licenses.map((l) => l.path)).not.toContain('LICENSE')
  })

  it('counts only the real files and cites only paths that exist', () => {
    expect(scan.report.inventory.files).toBe(2)
    expect(scan.report.inventory.weightFiles).toBe(1)
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})
