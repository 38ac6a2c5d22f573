import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cli, markdownProblems, removeTree, scanBoth, tempDir, write } from '../helpers/hostile.js'
import type { OpennessReport } from '../../src/report/types.js'

const FILES = 3000

let root: string

beforeAll(() => {
  root = tempDir('budget')
  write(root, 'README.md', '---\nlicense: mit\n---\n# Many files\n\nA small model.\n')
  for (let i = 0; i < FILES; i++) {
    const dir = `pkg${i % 30}/sub${i % 7}`
    write(root, `${dir}/module_${i}.py`, `def f${i}():\n    return ${i}\n`)
  }
})

afterAll(() => removeTree(root))

describe('the time budget', () => {
  it('gives a partial report with a reason and exit 0 after --max-seconds 0.001', async () => {
    const scan = await scanBoth(root, ['--max-seconds', '0.001'])
    expect(scan.codes).toEqual([0, 0])
    const partial = scan.report.inventory.partial
    expect(partial).not.toBeNull()
    expect(partial?.reason).toMatch(/time budget/)
    expect(scan.report.inventory.files).toBeLessThan(FILES + 1)
    expect(scan.stderr).toMatch(/warning: partial scan: .*time budget/)
    expect(scan.markdown).toMatch(/\*\*Partial scan:\*\*/)
    expect(markdownProblems(scan.markdown)).toEqual([])
  }, 20_000)

  it('gives a complete report of the same tree without the budget', async () => {
    const result = await cli(['scan', root, '--format', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as OpennessReport
    expect(report.inventory.partial).toBeNull()
    expect(report.inventory.files).toBe(FILES + 1)
  }, 20_000)
})
