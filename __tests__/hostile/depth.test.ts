import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
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

/**
 * Far past the walk's depth limit (64), and deep enough that the full path of the bottom folder
 * passes PATH_MAX (4,096 bytes): 2,100 levels of `d/`. Deeper trees prove nothing more and cost
 * seconds of mkdir and rm.
 */
const LEVELS = 2_100

let root: string
let scan: ScanOutcome

beforeAll(async () => {
  root = tempDir('depth')
  write(root, 'README.md', '---\nlicense: mit\n---\n# Deep\n\nA small model.\n')
  write(root, 'model.safetensors', safetensorsBytes({ w: { dtype: 'F16', shape: [2, 2] } }))
  // The full path would pass PATH_MAX, so the folders are made relative to the working folder,
  // 100 levels per mkdir -p, with a weight file at the very bottom.
  execFileSync(
    'bash',
    [
      '-c',
      `cd "$1" && p=$(printf 'd/%.0s' $(seq 100)) && for i in $(seq ${LEVELS / 100}); do mkdir -p "$p" && cd "$p" || exit 1; done && echo deep > model.safetensors`,
      'mkdeep',
      root
    ],
    { stdio: 'ignore' }
  )
  scan = await scanBoth(root)
}, 60_000)

afterAll(() => removeTree(root))

describe(`${LEVELS.toLocaleString('en-US')} nested folders`, () => {
  it('finishes with a report', () => {
    expect(scan.codes).toEqual([0, 0])
    expect(scan.report.inventory.files).toBe(2)
  })

  it('names the folder where it stopped descending', () => {
    const depth = scan.report.inventory.skipped.filter((s) => s.reason === 'depth-limit')
    expect(depth).toHaveLength(1)
    expect(depth[0].path).toMatch(/^(d\/)+d$/)
  })

  it('cites only existing paths and keeps the Markdown well formed', () => {
    expect(missingEvidence(scan.report, root)).toEqual([])
    expect(markdownProblems(scan.markdown)).toEqual([])
  })
})
