import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
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

const MB = 1024 * 1024

/**
 * A 50 MB card made to be expensive: front matter, then Markdown that keeps every pattern busy
 * (headings, tables, links, claims, an unclosed fence) and a 2 MB line without a break.
 */
function writeHugeReadme(path: string): void {
  const block = [
    '## Training data',
    '',
    'This fully open-source model is released under an OSI-approved license. [paper](https://arxiv.org/abs/2401.00001)',
    '',
    '| a | b | c |',
    '| --- | --- | --- |',
    `| ${'x'.repeat(200)} | [link](http://example.com/${'y'.repeat(100)}) | \`code\` |`,
    '',
    '```python',
    'model.generate(',
    ''
  ].join('\n')
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, '---\nlicense: apache-2.0\ntags: [open-source]\n---\n# Huge card\n\n')
    writeSync(fd, 'open '.repeat((2 * MB) / 5) + '\n')
    const chunk = block.repeat(Math.ceil(MB / block.length))
    for (let written = 2 * MB; written < 50 * MB; written += chunk.length) writeSync(fd, chunk)
  } finally {
    closeSync(fd)
  }
}

/** Text with NUL bytes and random binary: what a card looks like when it is not a card. */
function binaryText(size: number): Uint8Array {
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i++) out[i] = (i * 7919) % 251
  out.set(new TextEncoder().encode('# Binary\n'), 0)
  return out
}

describe('a 50 MB README and binary documents', () => {
  let root: string
  let scan: ScanOutcome

  beforeAll(async () => {
    root = tempDir('documents')
    writeHugeReadme(join(root, 'README.md'))
    write(root, 'docs/README.md', binaryText(64 * 1024))
    write(root, 'LICENSE', binaryText(4096))
    write(root, 'MODEL_CARD.md', binaryText(2 * MB))
    write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
    scan = await scanBoth(root)
  }, 60_000)

  afterAll(() => removeTree(root))

  it('finishes with a report', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.inventory.files).toBe(5)
  })

  it('reads only the start of the 50 MB README and says so', () => {
    expect(scan.report.inventory.skipped).toContainEqual(
      expect.objectContaining({ path: 'README.md', reason: 'too-large' })
    )
    // At most the 1 MiB document cap from each document, not 50 MB.
    expect(scan.report.inventory.bytesRead).toBeLessThan(4 * MB)
  })

  it.each(['docs/README.md', 'LICENSE', 'MODEL_CARD.md'])(
    'names the binary document %s as skipped',
    (path) => {
      expect(scan.report.inventory.skipped).toContainEqual(
        expect.objectContaining({ path, reason: 'binary-document' })
      )
    }
  )

  it('cites only existing paths and keeps the Markdown well formed', () => {
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})
