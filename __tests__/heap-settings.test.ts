/**
 * applyScanSettings() in a fresh process (the entry points call it first thing): records that
 * survive, as a scan's file records do, no longer make V8 grow its young generation, and a regular
 * expression runs as machine code from its first run.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { SCAN_V8_FLAGS } from '../src/heap-settings.js'

const SOURCE = join(import.meta.dirname, '..', 'src', 'heap-settings.ts')

/**
 * Runs the module's code in a new Node process, keeps 400,000 small records and some garbage, and
 * returns the young generation's size and the heap's peak (total heap size at the end).
 */
function inFreshProcess(callIt: boolean, body: string): string {
  const module = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
  const program = `${module}
${callIt ? 'applyScanSettings()' : ''}
${body}`
  return execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    encoding: 'utf8'
  })
}

function heapAfter(callIt: boolean): { young: number; total: number } {
  const program = `
const { getHeapSpaceStatistics, getHeapStatistics } = await import('node:v8')
const kept = []
let garbage = 0
for (let i = 0; i < 400000; i++) {
  kept.push({ path: ['folder', 'file-' + i + '.py'].join('/'), size: i })
  garbage += JSON.stringify({ i, text: 'x'.repeat(i % 200) }).length
}
const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
console.log(JSON.stringify({ young, total: getHeapStatistics().total_heap_size, garbage }))`
  return JSON.parse(inFreshProcess(callIt, program)) as { young: number; total: number }
}

/** Bytes of machine code V8 made for one run of a new regular expression. */
function machineCodeOfFirstRegexRun(callIt: boolean): number {
  const program = `const { getHeapCodeStatistics } = await import('node:v8')
const before = getHeapCodeStatistics().code_and_metadata_size
new RegExp('^(?:a|b|c[d-z]+|(?:foo|bar)\\\\d{2,5})+x$').test('abcdefoo123bar99x')
console.log(getHeapCodeStatistics().code_and_metadata_size - before)`
  return Number(inFreshProcess(callIt, program))
}

describe('the heap settings of the entry points', () => {
  it('keep the young generation at its starting size and the heap smaller', () => {
    const defaults = heapAfter(false)
    const kept = heapAfter(true)
    expect(kept.young).toBeLessThan(defaults.young)
    expect(kept.young).toBeLessThanOrEqual(4 * 1024 * 1024)
    expect(kept.total).toBeLessThan(defaults.total)
  })

  it('compile a regular expression to machine code on its first run, not after it', () => {
    expect(machineCodeOfFirstRegexRun(false)).toBe(0)
    expect(machineCodeOfFirstRegexRun(true)).toBeGreaterThan(0)
  })

  it('are the ones the CLI entry sets, no more and no fewer', () => {
    const entry = readFileSync(join(import.meta.dirname, '..', 'src', 'cli.ts'), 'utf8')
    const set = [...entry.matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1])
    expect([...set].sort()).toEqual([...SCAN_V8_FLAGS].sort())
  })
})
