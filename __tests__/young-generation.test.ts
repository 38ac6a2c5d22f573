/**
 * keepYoungGenerationSmall() in a fresh process (the entry points call it first thing): records
 * that survive, as a scan's file records do, no longer make V8 grow its young generation.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const SOURCE = join(import.meta.dirname, '..', 'src', 'young-generation.ts')

/** Runs `body` in a new Node process after the module's code; prints the young generation's size. */
function youngGenerationAfter(callIt: boolean): number {
  const module = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
  const program = `${module}
${callIt ? 'keepYoungGenerationSmall()' : ''}
const { getHeapSpaceStatistics } = await import('node:v8')
const kept = []
for (let i = 0; i < 400000; i++) kept.push({ path: 'folder/file-' + i + '.py', size: i })
const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
console.log(space.space_size)`
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' })
  )
}

describe('the young generation', () => {
  it('stays at its starting size once the entry points have set the growth factor', () => {
    const grown = youngGenerationAfter(false)
    const kept = youngGenerationAfter(true)
    expect(kept).toBeLessThan(grown)
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024)
  })
})
