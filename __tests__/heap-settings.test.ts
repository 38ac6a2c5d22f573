/**
 * keepHeapSmall() in a fresh process (the entry points call it first thing): records that survive,
 * as a scan's file records do, no longer make V8 grow its young generation, and the old generation
 * is collected before it doubles.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { HEAP_FLAGS } from '../src/heap-settings.js'

const SOURCE = join(import.meta.dirname, '..', 'src', 'heap-settings.ts')

/**
 * Runs the module's code in a new Node process, keeps 400,000 small records and some garbage, and
 * returns the young generation's size and the heap's peak (total heap size at the end).
 */
function heapAfter(callIt: boolean): { young: number; total: number } {
  const module = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
  const program = `${module}
${callIt ? 'keepHeapSmall()' : ''}
const { getHeapSpaceStatistics, getHeapStatistics } = await import('node:v8')
const kept = []
let garbage = 0
for (let i = 0; i < 400000; i++) {
  kept.push({ path: ['folder', 'file-' + i + '.py'].join('/'), size: i })
  garbage += JSON.stringify({ i, text: 'x'.repeat(i % 200) }).length
}
const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
console.log(JSON.stringify({ young, total: getHeapStatistics().total_heap_size, garbage }))`
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' })
  ) as { young: number; total: number }
}

describe('the heap settings of the entry points', () => {
  it('keep the young generation at its starting size and the heap smaller', () => {
    const defaults = heapAfter(false)
    const kept = heapAfter(true)
    expect(kept.young).toBeLessThan(defaults.young)
    expect(kept.young).toBeLessThanOrEqual(4 * 1024 * 1024)
    expect(kept.total).toBeLessThan(defaults.total)
  })

  it('are the ones the CLI entry sets too', () => {
    const entry = readFileSync(join(import.meta.dirname, '..', 'src', 'cli.ts'), 'utf8')
    for (const flag of HEAP_FLAGS) expect(entry).toContain(`setFlagsFromString('${flag}')`)
  })
})
