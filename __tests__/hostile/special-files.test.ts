import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:net'
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

/** mknod needs CAP_MKNOD (root, outside most containers' restrictions); find out once. */
function canMakeDevices(): boolean {
  const probe = tempDir('mknod-probe')
  try {
    execFileSync('mknod', [join(probe, 'null'), 'c', '1', '3'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    removeTree(probe)
  }
}

const DEVICES = canMakeDevices()

let root: string
let server: Server
let scan: ScanOutcome

beforeAll(async () => {
  root = tempDir('special')
  write(root, 'real.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
  // Pipes under the names a scanner opens first: reading any of them would block forever.
  mkfifo(join(root, 'model.safetensors'))
  mkfifo(join(root, 'README.md'))
  mkfifo(join(root, 'LICENSE'))
  mkfifo(join(root, '.gitignore'))
  mkfifo(join(root, 'weights', '.gitattributes'))
  mkfifo(join(root, 'weights', 'model-00001-of-00002.safetensors'))
  // A live unix socket: the server keeps listening while the scan runs.
  server = createServer()
  await new Promise<void>((resolve) => server.listen(join(root, 'model.gguf'), resolve))
  if (DEVICES) execFileSync('mknod', [join(root, 'pytorch_model.bin'), 'c', '1', '3'])
  scan = await scanBoth(root)
}, 30_000)

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  removeTree(root)
})

function skipped(path: string): { reason: string; detail: string } | undefined {
  return scan.report.inventory.skipped.find((s) => s.path === path)
}

describe('FIFOs, sockets and devices named as weights and documents', () => {
  it('finishes with a report instead of blocking on a pipe', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.inventory.files).toBe(1)
    expect(scan.report.inventory.weightFiles).toBe(1)
  })

  it.each([
    'model.safetensors',
    'README.md',
    'LICENSE',
    '.gitignore',
    'weights/.gitattributes',
    'weights/model-00001-of-00002.safetensors'
  ])('names the FIFO %s as a skipped special file', (path) => {
    expect(skipped(path)).toEqual(
      expect.objectContaining({ reason: 'special-file', detail: expect.stringMatching(/FIFO/) })
    )
  })

  it('names the socket model.gguf as a skipped special file', () => {
    expect(skipped('model.gguf')).toEqual(
      expect.objectContaining({ reason: 'special-file', detail: expect.stringMatching(/socket/) })
    )
  })

  const deviceTest = DEVICES ? it : it.skip
  deviceTest(
    `names the character device pytorch_model.bin as a skipped special file${DEVICES ? '' : ' (skipped: mknod not permitted here)'}`,
    () => {
      expect(skipped('pytorch_model.bin')).toEqual(
        expect.objectContaining({
          reason: 'special-file',
          detail: expect.stringMatching(/character device/)
        })
      )
    }
  )

  it('lists the skipped items in the Markdown and cites only existing paths', () => {
    expect(scan.markdown).toContain('Skipped and warnings')
    expect(scan.stderr).toMatch(/not fully scanned: \d+ special file\(s\) not read/)
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})
