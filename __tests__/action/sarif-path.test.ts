/**
 * The action's `sarif-path` input and its handling of a `path` that holds nothing to scan, run
 * in-process on a push event (no pull request, so no GitHub API calls).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cp } from 'node:fs/promises'

const ROOT = resolve(import.meta.dirname, '../..')
const EXAMPLE = join(ROOT, 'examples/open-weights-community')

let scratch: string
let files: { output: string; summary: string; temp: string }
const saved = { ...process.env }

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mo-sarif-path-'))
  const event = join(scratch, 'event.json')
  await writeFile(event, '{}')
  files = {
    output: join(scratch, 'output.txt'),
    summary: join(scratch, 'summary.md'),
    temp: join(scratch, 'temp')
  }
  await mkdir(files.temp)
  await cp(EXAMPLE, join(scratch, 'ws', 'models', 'kestrel'), { recursive: true })
  await mkdir(join(scratch, 'ws', 'empty'))
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/model',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: join(scratch, 'ws'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    GITHUB_API_URL: 'http://127.0.0.1:9'
  })
})

afterEach(() => {
  process.exitCode = undefined
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
})

afterAll(async () => {
  process.env = saved
  await rm(scratch, { recursive: true, force: true })
})

async function runAction(inputs: Record<string, string>): Promise<{ outputs: string }> {
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  const { run } = await import('../../src/main.js')
  await run()
  return { outputs: await readFile(files.output, 'utf8') }
}

describe('sarif-path', () => {
  it('writes a SARIF log whose locations resolve from the checkout root', async () => {
    const { outputs } = await runAction({ path: 'models/kestrel', 'sarif-path': 'scan.sarif' })
    expect(process.exitCode).toBeUndefined()
    const sarifFile = join(files.temp, 'scan.sarif')
    expect(outputs).toContain(sarifFile)
    const log = JSON.parse(await readFile(sarifFile, 'utf8'))
    expect(log.version).toBe('2.1.0')
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri
    )
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris) expect(uri).toMatch(/^models\/kestrel\//)
  })

  it('writes no SARIF file when the input is empty', async () => {
    const { outputs } = await runAction({ path: 'models/kestrel' })
    expect(outputs).toContain('report-path<<')
    expect(outputs).not.toMatch(/^sarif-path<</m)
  })
})

describe('a path with nothing to scan fails loudly', () => {
  it.each([
    ['empty', /input 'path' \(empty\): no files found/],
    ['not-there', /input 'path' \(not-there\): no such folder/]
  ])('%s', async (path, message) => {
    const { outputs } = await runAction({ path })
    expect(process.exitCode).toBe(1)
    expect(outputs).not.toMatch(/^score/m)
    expect(await readFile(files.summary, 'utf8')).toMatch(message)
  })
})
