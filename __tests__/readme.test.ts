import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '..')
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

/** Rows of the Markdown table that follows a heading, as arrays of trimmed cells. */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const lines = readme.slice(start + heading.length + 2).split('\n')
  const rows: string[][] = []
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith('|')))) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim())
    )
  }
  return rows.slice(2)
}

/** A cell as its value: `code` unquoted; "(empty)" stands for an empty default. */
const unquote = (cell: string): string => (cell === '(empty)' ? '' : cell.replace(/^`(.*)`$/, '$1'))

describe('README', () => {
  it('opens with the set-up-and-run and set-up-and-test commands', () => {
    const firstBlock = readme.slice(
      readme.indexOf('```'),
      readme.indexOf('```', readme.indexOf('```') + 3)
    )
    expect(firstBlock).toContain('npm ci && npm start')
    expect(firstBlock).toContain('npm ci && npm test')
  })

  it('lists exactly the inputs of action.yml with their defaults and descriptions', () => {
    const rows = table('### Inputs')
    expect(rows.map((r) => unquote(r[0]))).toEqual(Object.keys(action.inputs))
    for (const [name, def, description] of rows) {
      const input = action.inputs[unquote(name)]
      expect(unquote(def)).toBe(input.default)
      expect(description).toBe(input.description)
    }
  })

  it('lists exactly the outputs of action.yml with their descriptions', () => {
    const rows = table('### Outputs')
    expect(rows.map((r) => unquote(r[0]))).toEqual(Object.keys(action.outputs))
    for (const [name, description] of rows)
      expect(description).toBe(action.outputs[unquote(name)].description)
  })

  it('shows a workflow with a permissions block and the fork-PR pattern', () => {
    expect(readme).toMatch(/permissions:\n\s+contents: read/)
    expect(readme).toMatch(/pull-requests: write/)
    expect(readme).toMatch(/workflow_run:/)
  })

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
