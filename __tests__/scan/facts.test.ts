import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ignore from 'ignore'
import { lfsPointerText } from '../../scripts/weight-writers.mjs'
import { classifyPath, CODE_EXTENSIONS } from '../../src/scan/classify.js'
import {
  factsOf,
  FileIndex,
  fileIndex,
  isTestFile,
  isVendoredFile,
  TEST,
  VENDORED
} from '../../src/scan/facts.js'
import { isWeightFileName } from '../../src/scan/formats/index.js'
import { LFS_SPEC_VERSIONS, parseLfsPointer } from '../../src/scan/formats/lfs.js'
import { LFS_POINTER_MIN, scanRepository } from '../../src/scan/scan.js'
import { patternsMatchFiles, walkRepository } from '../../src/scan/walk.js'
import {
  baseName,
  dirName,
  embeddedPackageFolders,
  extension,
  isTestPath,
  isVendored,
  segmentCount
} from '../../src/util/paths.js'
import { makeSnapshot } from '../helpers/snapshot.js'

const numRuns = Number(process.env.FUZZ_RUNS ?? 300)

/** Path segments that the vendored, test and role rules look at, mixed with plain ones. */
const segment = fc.oneof(
  fc.constantFrom(
    'vendor',
    'third_party',
    'Third-Party',
    'env',
    'venv',
    'tests',
    'test',
    'testdata',
    'fixtures',
    '__tests__',
    'src',
    'models',
    'data',
    'test_model.py',
    'model_test.py',
    'test_x',
    'x_test.json',
    'LICENSE',
    'README',
    'vocab.txt',
    'model.safetensors',
    'pytorch_model.bin',
    'Makefile',
    '.gitattributes',
    'a.tar.gz',
    'envs'
  ),
  fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/)
)
const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join('/'))

describe('file facts', () => {
  it('are what the path functions give for the whole path', () => {
    fc.assert(
      fc.property(path, (p) => {
        const facts = factsOf(p)
        expect(facts.name).toBe(baseName(p))
        expect(facts.dir).toBe(dirName(p))
        expect(facts.ext).toBe(extension(p))
        expect(facts.role).toBe(classifyPath(p, isWeightFileName))
        expect((facts.flags & VENDORED) !== 0).toBe(isVendored(p))
        expect((facts.flags & TEST) !== 0).toBe(isTestPath(p))
      }),
      { numRuns }
    )
  })

  it('give every source file the code role: no code extension names weights or tokenizer data', () => {
    // classifyPath decides code extensions first, which holds only while this does.
    for (const ext of CODE_EXTENSIONS) {
      for (const stem of ['model', 'pytorch_model', 'weights', 'tokenizer', 'vocab', 'LICENSE']) {
        const path = `models/${stem}.${ext}`
        expect(isWeightFileName(path)).toBe(false)
        expect(classifyPath(path, isWeightFileName)).toBe('code')
      }
    }
  })

  it('give the same weight verdict whether the extension is passed in or computed', () => {
    const weightish = fc.constantFrom(
      'model.safetensors',
      'Model.GGUF',
      'pytorch_model-00001-of-00002.bin',
      'tokenizer.bin',
      'optimizer.pt',
      'flax_model.msgpack',
      'weights.npz',
      'x.onnx.data',
      'saved_model.pb',
      'ckpt.data-00000-of-00001',
      '.bin'
    )
    fc.assert(
      fc.property(fc.oneof(path, weightish), (p) => {
        expect(isWeightFileName(p, extension(p))).toBe(isWeightFileName(p))
      }),
      { numRuns }
    )
  })

  it('count segments as split does, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(path, fc.string()), (p) => {
        expect(segmentCount(p)).toBe(p.split('/').length)
      }),
      { numRuns }
    )
  })

  it('find embedded packages from the index as from every path', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 40 }), (paths) => {
        const withPackages = [...paths, 'libs/pkg/LICENSE', 'libs/pkg/setup.py', 'x/LICENSE']
        const snapshot = makeSnapshot(Object.fromEntries(withPackages.map((p) => [p, 'x'])))
        expect(fileIndex(snapshot).embeddedPackages()).toEqual(
          embeddedPackageFolders(snapshot.files.map((f) => f.path))
        )
        expect(fileIndex(snapshot).embeddedPackages()).toContain('libs/pkg')
      }),
      { numRuns: Math.min(numRuns, 100) }
    )
  })

  it.each([
    ['TOKENIZER.JSON', 'binary-data'],
    ['sub/vocab.en.TXT', 'binary-data'],
    ['Merges.txt', 'binary-data'],
    ['spiece.MODEL', 'binary-data'],
    ['tokenizer_config.json', 'config'],
    ['vocabulary.txt', 'document'],
    ['.data-00000-of-00001', 'weights'],
    ['OPTIMIZER.PT', 'other'],
    ['LICENSE', 'document'],
    ['third_party/NOTICE.md', 'document'],
    ['COPYING.txt', 'document'],
    ['tools/license_check.py', 'code'],
    ['LICENSE.sh', 'code']
  ])('give %s the role %s, with or without the extension passed in', (p, role) => {
    expect(classifyPath(p, isWeightFileName)).toBe(role)
    expect(classifyPath(p, isWeightFileName, extension(p))).toBe(role)
    expect(factsOf(p).role).toBe(role)
  })

  it('find a file by its path whether or not the listing is in path order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (paths, sortFirst) => {
          const listed = sortFirst ? [...paths].sort() : paths
          const index = new FileIndex(listed.map((p) => ({ path: p })))
          for (const p of listed) expect(index.byPath(p)?.path).toBe(p)
          expect(index.byPath('no/such/file.txt')).toBeUndefined()
        }
      ),
      { numRuns }
    )
  })

  it('are filled in for a snapshot built by hand, and bucketed in path order', () => {
    const snapshot = makeSnapshot({
      'vendor/lib/train.py': 'optimizer.step()',
      'tests/test_model.py': 'x',
      'README.md': '# m',
      'model.safetensors': { size: 10, weight: { format: 'safetensors' } },
      'data/shard.parquet': {
        lfs: { oid: 'a'.repeat(64), size: 5, version: LFS_SPEC_VERSIONS[0]! }
      },
      'data/notes.csv': { size: 4000 }
    })
    const index = fileIndex(snapshot)
    expect(fileIndex(snapshot)).toBe(index)
    expect(index.all.map((f) => f.path)).toEqual(snapshot.files.map((f) => f.path))
    expect(index.withText.map((f) => f.path)).toEqual([
      'README.md',
      'tests/test_model.py',
      'vendor/lib/train.py'
    ])
    expect(index.weightOrPointer.map((f) => f.path)).toEqual([
      'data/shard.parquet',
      'model.safetensors'
    ])
    expect(index.byRole('code').map((f) => f.path)).toEqual([
      'tests/test_model.py',
      'vendor/lib/train.py'
    ])
    expect(index.byRole('binary-data').map((f) => f.path)).toEqual([
      'data/notes.csv',
      'data/shard.parquet'
    ])
    expect(isVendoredFile(index.byPath('vendor/lib/train.py')!)).toBe(true)
    expect(isTestFile(index.byPath('tests/test_model.py')!)).toBe(true)
    expect(index.byPath('nope')).toBeUndefined()
    const md = index.where('md', (f) => f.ext === 'md')
    expect(md.map((f) => f.path)).toEqual(['README.md'])
    expect(index.where('md', () => false)).toBe(md)
  })
})

describe('reads decided by name and size', () => {
  let root: string

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mo-facts-'))
    const put = (p: string, content: string | Buffer): void => {
      mkdirSync(join(root, p, '..'), { recursive: true })
      writeFileSync(join(root, p), content)
    }
    put('README.md', '# A model\n')
    put('data/pointer.parquet', lfsPointerText('b'.repeat(64), 123_456))
    put('data/small.csv', 'a,b\n1,2\n')
    put('data/large.csv', 'a,b\n' + '1,2\n'.repeat(1000))
    put('docs/pointer.md', lfsPointerText('c'.repeat(64), 99))
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('no text shorter than the smallest pointer parses as one', () => {
    const shortest = LFS_SPEC_VERSIONS.map(
      (v) => `version ${v}\noid sha256:${'0'.repeat(64)}\nsize 0`
    ).sort((a, b) => a.length - b.length)[0]!
    expect(shortest.length).toBe(LFS_POINTER_MIN)
    expect(parseLfsPointer(Buffer.from(shortest))).not.toBeNull()
    // Each line has its minimum length: dropping any one character breaks the pointer.
    for (let i = 0; i < shortest.length; i++)
      expect(parseLfsPointer(Buffer.from(shortest.slice(0, i) + shortest.slice(i + 1)))).toBe(null)
  })

  it('finds pointers among data and documents, and sizes every data file without reading it', async () => {
    const snapshot = await scanRepository(root)
    const byPath = new Map(snapshot.files.map((f) => [f.path, f]))
    expect(byPath.get('data/pointer.parquet')?.lfs?.size).toBe(123_456)
    expect(byPath.get('docs/pointer.md')?.lfs?.size).toBe(99)
    expect(byPath.get('data/small.csv')).toMatchObject({ size: 8 })
    expect(byPath.get('data/large.csv')).toMatchObject({ size: 4004 })
    expect(byPath.get('data/large.csv')?.text).toBeUndefined()
    expect(byPath.get('README.md')?.text).toBe('# A model\n')
    // The pointers and the README are read once each; the CSVs not at all.
    const pointerBytes =
      lfsPointerText('b'.repeat(64), 123_456).length + lfsPointerText('c'.repeat(64), 99).length
    expect(snapshot.stats.bytesRead).toBe(pointerBytes + '# A model\n'.length)
  })
})

describe('gitignore patterns that only name folders', () => {
  it('are told apart from patterns that can name files', () => {
    expect(patternsMatchFiles('__pycache__/\n*.egg-info/\n# comment\n\n.venv/  \n')).toBe(false)
    expect(patternsMatchFiles('build/\n*.log\n')).toBe(true)
    expect(patternsMatchFiles('build/\n!keep/\n')).toBe(true)
    expect(patternsMatchFiles('build\\/\n')).toBe(true)
    expect(patternsMatchFiles('build/\r\nout/\r\n')).toBe(false)
  })

  it('never ignore a file, as the ignore package reads them', () => {
    const patterns = '__pycache__/\n*.egg-info/\noutputs/\nwandb/\n'
    const matcher = ignore().add(patterns)
    for (const file of ['__pycache__', 'x/outputs', 'a.egg-info', 'wandb', 'src/wandb'])
      expect(matcher.ignores(file)).toBe(false)
  })

  it('still leave out the folders they name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mo-facts-ignore-'))
    try {
      mkdirSync(join(root, 'outputs'))
      mkdirSync(join(root, 'src', '__pycache__'), { recursive: true })
      writeFileSync(join(root, '.gitignore'), 'outputs/\n__pycache__/\n')
      writeFileSync(join(root, 'outputs', 'run.txt'), 'x')
      writeFileSync(join(root, 'src', '__pycache__', 'm.pyc'), 'x')
      writeFileSync(join(root, 'src', 'outputs'), 'a file named like the folder')
      const walked = await walkRepository(root)
      expect(walked.files.map((f) => f.path).sort()).toEqual(['.gitignore', 'src/outputs'])
      expect(walked.ignoredCount).toBe(2)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
