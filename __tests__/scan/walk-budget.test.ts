import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { walkRepository } from '../../src/scan/walk.js'

const BIG_FOLDER_FILES = 3000
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mo-walk-budget-'))
  writeFileSync(join(root, 'README.md'), '# model')
  mkdirSync(join(root, 'big'))
  for (let i = 0; i < BIG_FOLDER_FILES; i++) writeFileSync(join(root, 'big', `f${i}.txt`), '')
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

afterEach(() => {
  jest.restoreAllMocks()
})

/**
 * A clock that moves one millisecond each time it is read, so "the budget runs out after the
 * n-th look at the clock" is exact and no test depends on how fast the machine is.
 */
function steppingClock(): number {
  let now = 1_000_000
  jest.spyOn(Date, 'now').mockImplementation(() => ++now)
  return now
}

describe('the time budget inside one folder', () => {
  it('stops when listing a huge folder used up the budget, and reports that folder as left', async () => {
    const start = steppingClock()
    // Reads 1 and 2: before and after listing the root; 3 and 4: before and after listing big/.
    const result = await walkRepository(root, { deadline: start + 3 })
    expect(result.partial).toEqual({ reason: 'time budget exhausted', remaining: ['big'] })
    expect(result.files.filter((f) => f.path.startsWith('big/'))).toEqual([])
  })

  it('stops between the entries of a huge folder, keeping the ones already seen', async () => {
    const start = steppingClock()
    // Reads 1–4 as above, before the deadline; read 5 at big/'s 1,024th entry.
    const result = await walkRepository(root, { deadline: start + 5 })
    expect(result.partial?.reason).toBe('time budget exhausted')
    expect(result.partial?.remaining[0]).toBe('big')
    const seen = result.files.filter((f) => f.path.startsWith('big/')).length
    expect(seen).toBeGreaterThan(0)
    expect(seen).toBeLessThan(BIG_FOLDER_FILES)
  })

  it('walks the whole folder when the budget is not reached', async () => {
    const result = await walkRepository(root, { deadline: Date.now() + 3_600_000 })
    expect(result.partial).toBeUndefined()
    expect(result.files).toHaveLength(BIG_FOLDER_FILES + 1)
  })
})

describe('what a walk stopped by the budget says was left', () => {
  let nested: string

  beforeAll(() => {
    nested = mkdtempSync(join(tmpdir(), 'mo-walk-left-'))
    for (const path of ['a/x.txt', 'a/b/y.txt', 'a/c/z.txt', 'd/w.txt']) {
      mkdirSync(join(nested, path, '..'), { recursive: true })
      writeFileSync(join(nested, path), '')
    }
  })

  afterAll(() => {
    rmSync(nested, { recursive: true, force: true })
  })

  it('names the folder it could not list, then the folders not yet entered, nearest first', async () => {
    const start = steppingClock()
    // Reads 1–2 list the root (a/, d/), 3–4 list a/ (b/, c/, x.txt, in path order); read 5,
    // before listing a/b, is at the deadline.
    const result = await walkRepository(nested, { deadline: start + 5 })
    expect(result.partial).toEqual({
      reason: 'time budget exhausted',
      remaining: ['a/b', 'a/c', 'd']
    })
    expect(result.files).toEqual([])
  })
})
