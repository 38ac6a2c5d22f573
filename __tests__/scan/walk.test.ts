import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { factsOf } from '../../src/scan/facts.js'
import { walkRepository } from '../../src/scan/walk.js'

let root: string

function write(path: string, text = 'x'): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mo-walk-'))
  write('README.md', '# model')
  write('src/train.py', 'print(1)')
  write('.git/HEAD', 'ref: refs/heads/main')
  write('node_modules/pkg/index.js', '')
  write('.gitignore', 'build/\n*.log\n!keep.log\n')
  write('build/out.bin')
  write('run.log')
  write('keep.log')
  write('sub/.gitignore', 'local.txt\n')
  write('sub/local.txt')
  write('sub/kept.txt')
  write('other/local.txt')
  symlinkSync('/etc', join(root, 'etc-link'))
  symlinkSync('..', join(root, 'parent-link'))
  symlinkSync('loop-b', join(root, 'loop-a'))
  symlinkSync('loop-a', join(root, 'loop-b'))
  execFileSync('mkfifo', [join(root, 'model.safetensors')])
  // Names are bytes on Linux: write one that is not valid UTF-8.
  writeFileSync(
    Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x77, 0xff, 0x2e, 0x70, 0x79])]),
    'x'
  )
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('walkRepository', () => {
  it('lists regular files with POSIX paths and skips .git and node_modules', async () => {
    const result = await walkRepository(root)
    const paths = result.files.map((f) => f.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.md',
        'src/train.py',
        'keep.log',
        'sub/kept.txt',
        'other/local.txt'
      ])
    )
    expect(paths.some((p) => p.startsWith('.git/') || p.startsWith('node_modules/'))).toBe(false)
  })

  it('gives each file the facts the path functions give for its whole path', async () => {
    const result = await walkRepository(root)
    expect(result.files.length).toBeGreaterThan(0)
    for (const file of result.files) {
      expect(file).toMatchObject(factsOf(file.path))
    }
  })

  it('honours root and nested .gitignore files, including negation', async () => {
    const result = await walkRepository(root)
    const paths = result.files.map((f) => f.path)
    expect(paths).not.toContain('build/out.bin')
    expect(paths).not.toContain('run.log')
    expect(paths).toContain('keep.log')
    expect(paths).not.toContain('sub/local.txt')
    expect(paths).toContain('other/local.txt')
    expect(result.ignoredCount).toBeGreaterThanOrEqual(3)
  })

  it('reports symlinks to /etc, to .., and loops without following them', async () => {
    const result = await walkRepository(root)
    const links = result.skipped.filter((s) => s.reason === 'symlink')
    expect(links.map((s) => s.path).sort()).toEqual(['etc-link', 'loop-a', 'loop-b', 'parent-link'])
    expect(links.find((s) => s.path === 'etc-link')?.detail).toMatch(/outside the repository/)
    expect(links.find((s) => s.path === 'parent-link')?.detail).toMatch(/outside the repository/)
    expect(links.find((s) => s.path === 'loop-a')?.detail).toMatch(/inside the repository/)
    expect(
      result.files.some((f) => f.path.startsWith('etc-link') || f.path.includes('passwd'))
    ).toBe(false)
  })

  it('reports a FIFO named like a weight file as a special file, never opening it', async () => {
    const result = await walkRepository(root)
    expect(result.skipped).toContainEqual({
      path: 'model.safetensors',
      reason: 'special-file',
      detail: 'named pipe (FIFO); never opened'
    })
    expect(result.files.map((f) => f.path)).not.toContain('model.safetensors')
  })

  it('reports file names that are not valid UTF-8', async () => {
    const result = await walkRepository(root)
    const invalid = result.skipped.filter((s) => s.reason === 'invalid-name')
    expect(invalid).toHaveLength(1)
    expect(invalid[0].path).toBe('w\ufffd.py')
  })

  it('applies extra ignore patterns from the policy', async () => {
    const result = await walkRepository(root, { ignorePatterns: ['src/'] })
    expect(result.files.map((f) => f.path)).not.toContain('src/train.py')
  })

  it('stops at the file limit and says the walk is partial', async () => {
    const result = await walkRepository(root, { maxFiles: 2 })
    expect(result.files).toHaveLength(2)
    expect(result.partial?.reason).toMatch(/file limit/)
  })

  it('stops at the deadline and says so', async () => {
    const result = await walkRepository(root, { deadline: Date.now() - 1 })
    expect(result.partial?.reason).toMatch(/time budget/)
    expect(result.files).toHaveLength(0)
  })

  it('does not enter folders beyond the depth limit and reports them', async () => {
    const deep = mkdtempSync(join(tmpdir(), 'mo-deep-'))
    try {
      mkdirSync(join(deep, 'a/b/c/d/e'), { recursive: true })
      writeFileSync(join(deep, 'a/b/c/d/e/f.txt'), 'x')
      const result = await walkRepository(deep, { maxDepth: 3 })
      expect(result.skipped).toContainEqual(
        expect.objectContaining({ path: 'a/b/c/d', reason: 'depth-limit' })
      )
      expect(result.files).toHaveLength(0)
    } finally {
      rmSync(deep, { recursive: true, force: true })
    }
  })
})

describe('the order of the walk', () => {
  /** Names that sort around '/' (".", "-", "0") and outside ASCII, as folders and as files. */
  const name = fc.constantFrom(
    'a',
    'a.b',
    'a-b',
    'a0',
    'ab',
    'A',
    '_',
    'b',
    'b.txt',
    'z~',
    '\u00e9',
    '\u4e2d',
    'a b'
  )
  const tree = fc
    .uniqueArray(fc.array(name, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 25,
      selector: (segments) => segments.join('/')
    })
    .map((all) => all.map((segments) => segments.join('/')))

  /** Every folder the paths need ('a/b/c' needs 'a' and 'a/b'). */
  function foldersOf(paths: string[]): Set<string> {
    const out = new Set<string>()
    for (const p of paths) {
      const segments = p.split('/')
      for (let i = 1; i < segments.length; i++) out.add(segments.slice(0, i).join('/'))
    }
    return out
  }

  it('lists files in path order, as the snapshot promises, without sorting them afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (paths) => {
        const dir = mkdtempSync(join(tmpdir(), 'mo-walk-order-'))
        try {
          // A path that another one needs as a folder stays a folder.
          const folders = foldersOf(paths)
          const written = paths.filter((p) => !folders.has(p))
          for (const p of written) {
            mkdirSync(join(dir, p, '..'), { recursive: true })
            writeFileSync(join(dir, p), '')
          }
          const listed = (await walkRepository(dir)).files.map((f) => f.path)
          const sorted = [...written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          expect(listed).toEqual(sorted)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: 60 }
    )
  })
})
