/**
 * The merged dashboard in a real browser: headless Chromium opens the HTML page offline (every
 * host name resolves to nothing) and finds no console message, no blocked or failed load, a
 * working sort and a printable page. Skipped where no Chromium is installed.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli-run.js'
import { checkDashboard, findChromium, pageProblems } from '../../scripts/check-dashboard-html.mjs'

const ROOT = join(import.meta.dirname, '../..')
const browserIt = findChromium() ? it : it.skip
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mo-dashboard-browser-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function cli(args: string[]): Promise<number> {
  return runCli(args, { stdout: () => undefined, stderr: () => undefined, cwd: tmp })
}

it('reads console messages and failed loads out of Chromium’s log', () => {
  const log = [
    '[1:1:INFO:CONSOLE(3)] "Uncaught TypeError: x is undefined", source: file:///d.html (3)',
    "[1:1:ERROR:x.cc(1)] Refused to load the image 'https://e.example/a.png'",
    '[1:1:WARNING:gpu.cc(1)] unrelated noise'
  ].join('\n')
  expect(pageProblems(log)).toHaveLength(2)
})

browserIt(
  'opens the dashboard offline without errors, sorts it and prints it',
  async () => {
    const names = ['open-science-model', 'hosted-release', 'open-weights-community']
    for (const name of names)
      expect(
        await cli(['scan', join(ROOT, 'examples', name), '--offline', '--output', `${name}.json`])
      ).toBe(0)
    expect(
      await cli([
        'merge',
        ...names.map((n) => `${n}.json`),
        '--format',
        'html',
        '--output',
        'd.html'
      ])
    ).toBe(0)
    const result = await checkDashboard(join(tmp, 'd.html'), join(tmp, 'd.png'))
    expect(result.skipped).toBeUndefined()
    if (result.skipped !== undefined) return
    expect(result.failures).toEqual([])
    expect(result.rows).toBe(3)
    expect(result.pdfBytes).toBeGreaterThan(1000)
  },
  120_000
)
