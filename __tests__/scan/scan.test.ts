import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  writeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ggufBytes,
  lfsPointerText,
  safetensorsBytes,
  safetensorsHeader,
  torchZipBytes
} from '../../scripts/weight-writers.mjs'
import { READ_CAP } from '../../src/scan/classify.js'
import { MAX_TEXT_FILES, scanRepository, ScanInputError } from '../../src/scan/scan.js'

let root: string

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), content)
}

const HUNDRED_GB = 100 * 1024 ** 3
let sparseSize = 0

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mo-scan-'))
  write(
    'model.safetensors',
    safetensorsBytes(
      { 'w.weight': { dtype: 'BF16', shape: [4, 8] }, 'b.bias': { dtype: 'F32', shape: [8] } },
      { format: 'pt' }
    )
  )
  write(
    'model.gguf',
    ggufBytes({
      metadata: {
        'general.architecture': 'llama',
        'general.name': 'Tiny',
        'general.license': 'apache-2.0'
      },
      tensors: [{ name: 'tok.weight', shape: [16, 4], type: 0 }]
    })
  )
  write('pytorch_model.bin', torchZipBytes('pytorch_model'))
  write('big/model-00001-of-00002.safetensors', lfsPointerText('a'.repeat(64), 9_876_543_210))
  write('README.md', '# Tiny\n')
  write('tokenizer.model', 'not weights')
  // 100 GB of tensor data after the header; only the header exists on disk.
  const { header, dataSize } = safetensorsHeader({
    huge: { dtype: 'F32', shape: [26_843_545_600] }
  })
  expect(dataSize).toBe(HUNDRED_GB)
  sparseSize = header.length + dataSize
  const fd = openSync(join(root, 'sparse.safetensors'), 'w')
  writeSync(fd, header)
  ftruncateSync(fd, sparseSize)
  closeSync(fd)
  execFileSync('mkfifo', [join(root, 'pipe.safetensors')])
  symlinkSync('/etc/passwd', join(root, 'passwd.safetensors'))
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('scanRepository', () => {
  it('parses real safetensors, GGUF and torch zip headers', async () => {
    const snap = await scanRepository(root)
    const get = (p: string) => snap.files.find((f) => f.path === p)
    expect(get('model.safetensors')?.weight).toMatchObject({
      format: 'safetensors',
      tensorCount: 2,
      parameterCount: 40,
      dtypes: { BF16: 32, F32: 8 }
    })
    expect(get('model.gguf')?.weight).toMatchObject({
      format: 'gguf',
      tensorCount: 1,
      parameterCount: 64,
      modelName: 'Tiny',
      license: 'apache-2.0'
    })
    expect(get('pytorch_model.bin')?.weight).toMatchObject({
      format: 'pytorch-zip',
      containsPickle: true
    })
  })

  it('reads LFS pointers instead of weights, with size and oid', async () => {
    const snap = await scanRepository(root)
    const pointer = snap.files.find((f) => f.path === 'big/model-00001-of-00002.safetensors')
    expect(pointer?.lfs).toEqual({
      oid: 'a'.repeat(64),
      size: 9_876_543_210,
      version: 'https://git-lfs.github.com/spec/v1'
    })
    expect(pointer?.weight).toBeUndefined()
  })

  it('reads only the header of a 100 GB sparse safetensors file', async () => {
    const snap = await scanRepository(root)
    const sparse = snap.files.find((f) => f.path === 'sparse.safetensors')
    expect(sparse?.size).toBe(sparseSize)
    expect(sparse?.weight?.parameterCount).toBe(26_843_545_600)
    expect(snap.stats.maxBytesReadPerWeight).toBeLessThanOrEqual(
      safetensorsHeader({ huge: { dtype: 'F32', shape: [1] } }).header.length + 64 * 1024
    )
    expect(snap.stats.bytesRead).toBeLessThan(1024 * 1024)
  })

  it('does not take tokenizer.model for weights', async () => {
    const snap = await scanRepository(root)
    expect(snap.files.find((f) => f.path === 'tokenizer.model')?.weight).toBeUndefined()
  })

  it('reports the FIFO and the link named as weights, and opens neither', async () => {
    const snap = await scanRepository(root)
    expect(snap.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'pipe.safetensors', reason: 'special-file' }),
        expect.objectContaining({ path: 'passwd.safetensors', reason: 'symlink' })
      ])
    )
    expect(JSON.stringify(snap)).not.toContain('root:x:0')
  })

  it('marks a scan that ran out of time as partial', async () => {
    const snap = await scanRepository(root, { maxSeconds: 0 })
    expect(snap.partial?.reason).toMatch(/time budget/)
  })

  it('rejects a missing directory and a file with a one-line error', async () => {
    await expect(scanRepository(join(root, 'nope'))).rejects.toThrow(ScanInputError)
    await expect(scanRepository(join(root, 'README.md'))).rejects.toThrow(/is not a directory/)
  })

  it('notes text files it read only in part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-big-'))
    try {
      writeFileSync(join(dir, 'README.md'), 'word '.repeat(300_000))
      writeFileSync(join(dir, 'NOTES.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
      const snap = await scanRepository(dir)
      expect(snap.files.find((f) => f.path === 'README.md')).toMatchObject({ truncated: true })
      expect(snap.skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'README.md', reason: 'too-large' }),
          expect.objectContaining({ path: 'NOTES.md', reason: 'binary-document' })
        ])
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('gives every text file its own content, across batches, ASCII or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-texts-'))
    try {
      const expected = new Map<string, string>()
      const put = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true })
        writeFileSync(join(dir, path), text)
        expected.set(path, text)
      }
      // Over 1 MiB of small ASCII files: several batches, with files on both sides of each edge.
      for (let i = 0; i < 400; i++)
        put(`src/m${String(i).padStart(3, '0')}.py`, `# module ${i}\n${'x = 1\n'.repeat(500 + i)}`)
      put('README.md', '# Modèle\n\nEntraîné sur des données ouvertes. 模型\n')
      put('docs/bom.md', '\ufeff# With a byte-order mark\n')
      put('docs/short.md', 'hi\n')
      put('docs/large.md', `# Large\n${'word '.repeat(20_000)}\n`)
      // Around the 64 KiB a batched text may hold: a longer file is read on in the scratch buffer,
      // from wherever its first read left off in the batch. No two positions read alike, so a
      // shifted copy shows.
      const counting = (length: number) => {
        let text = ''
        for (let n = 0; text.length < length; n++) text += `${n},`
        return text.slice(0, length)
      }
      for (const size of [65_535, 65_536, 65_537, 65_538, 200_001])
        put(`docs/edge-${size}.md`, counting(size))
      writeFileSync(join(dir, 'docs/broken.md'), Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]))
      const snap = await scanRepository(dir)
      for (const [path, text] of expected)
        expect({ path, text: snap.files.find((f) => f.path === path)?.text }).toEqual({
          path,
          text
        })
      // Invalid UTF-8 decodes as it always did: U+FFFD for the broken sequence.
      expect(snap.files.find((f) => f.path === 'docs/broken.md')?.text).toBe('# \ufffd(\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('sizes text files from the bytes read: empty, just under, at and over the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-size-'))
    const cap = READ_CAP.document
    try {
      writeFileSync(join(dir, 'EMPTY.md'), '')
      writeFileSync(join(dir, 'UNDER.md'), 'a'.repeat(cap - 1))
      writeFileSync(join(dir, 'AT.md'), 'b'.repeat(cap))
      writeFileSync(join(dir, 'OVER.md'), 'c'.repeat(cap + 5000))
      const snap = await scanRepository(dir)
      const file = (path: string) => snap.files.find((f) => f.path === path)
      expect(file('EMPTY.md')).toMatchObject({ size: 0, text: '' })
      expect(file('UNDER.md')).toMatchObject({ size: cap - 1 })
      expect(file('UNDER.md')?.text).toHaveLength(cap - 1)
      expect(file('AT.md')).toMatchObject({ size: cap })
      expect(file('AT.md')?.text).toHaveLength(cap)
      expect(file('AT.md')?.truncated).toBeUndefined()
      // Over the cap: the size is the file's (not the bytes read), the text stops at the cap.
      expect(file('OVER.md')).toMatchObject({ size: cap + 5000, truncated: true })
      expect(file('OVER.md')?.text).toHaveLength(cap)
      expect(snap.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual(['OVER.md too-large'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads the shallowest text files of a role up to the count, ties broken by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-cap-'))
    try {
      const docs = ['z.md', 'a/b/c/d.md', 'a/b.md', 'b/a.md', 'a/c.md', 'a/b/e.md', 'y.md']
      for (const path of docs) {
        mkdirSync(join(dir, path, '..'), { recursive: true })
        writeFileSync(join(dir, path), `# ${path}\n`)
      }
      writeFileSync(join(dir, 'run.py'), 'print(1)\n')
      const snap = await scanRepository(dir, { maxTextFiles: 4 })
      const read = snap.files.filter((f) => f.text !== undefined).map((f) => f.path)
      // Depth 0: y.md, z.md; depth 1, by path: a/b.md, a/c.md (b/a.md is fifth); code has its own count.
      expect(read).toEqual(['a/b.md', 'a/c.md', 'run.py', 'y.md', 'z.md'])
      expect(snap.stats.textFilesNotRead).toBe(3)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps the default count when an option is passed as undefined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-cap-default-'))
    try {
      for (let i = 0; i <= MAX_TEXT_FILES; i++) writeFileSync(join(dir, `note-${i}.md`), 'Notes.\n')
      const snap = await scanRepository(dir, { maxTextFiles: undefined, maxSeconds: undefined })
      expect(snap.stats.textFilesNotRead).toBe(1)
      expect(snap.partial).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
