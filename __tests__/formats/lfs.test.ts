import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lfsPointerText } from '../../scripts/weight-writers.mjs'
import {
  compileAttributePattern,
  compileLfsMatcher,
  isLfsTracked,
  parseGitattributesLfs,
  parseLfsPointer
} from '../../src/scan/formats/lfs.js'

const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393'
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-lfs-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('parseLfsPointer', () => {
  it('reads a pointer written to a real file', async () => {
    const path = join(dir, 'model.safetensors')
    await writeFile(path, lfsPointerText(OID, 12_345_678_901))
    const pointer = parseLfsPointer(await readFile(path))
    expect(pointer).toEqual({
      oid: OID,
      size: 12_345_678_901,
      version: 'https://git-lfs.github.com/spec/v1'
    })
  })

  it.each(['https://hawser.github.com/spec/v1', 'http://git-media.io/v/2'])(
    'accepts the old version URL %s',
    (version) => {
      const text = `version ${version}\noid sha256:${OID}\nsize 12\n`
      expect(parseLfsPointer(utf8(text))?.version).toBe(version)
    }
  )

  it('tolerates unknown keys in sorted order, CRLF line ends and a missing final newline', () => {
    const text = `version https://git-lfs.github.com/spec/v1\r\next-0-foo sha256:abc\r\noid sha256:${OID}\r\nsize 5\r\nx-custom yes`
    expect(parseLfsPointer(utf8(text))).toEqual({
      oid: OID,
      size: 5,
      version: 'https://git-lfs.github.com/spec/v1'
    })
  })

  it.each([
    ['spaces, tabs and blank lines', ' \t\r\n\n'],
    ['a byte order mark', '\ufeff'],
    ['a no-break space', '\u00a0']
  ])('accepts a pointer after leading %s, as String.prototype.trim drops them', (_name, lead) => {
    const text = `${lead}version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 7\n`
    expect(parseLfsPointer(utf8(text))?.size).toBe(7)
  })

  it.each([
    ['text that starts with another word', `import torch\noid sha256:${OID}\nsize 7\n`],
    ['a near miss of the version key', `Version https://git-lfs.github.com/spec/v1\nsize 7\n`],
    ['only whitespace', ' \n\t\n'],
    ['a prefix of the version key', ' versio'],
    [
      'a control character before the version',
      `\u001fversion https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 7\n`
    ]
  ])('rejects %s', (_name, text) => {
    expect(parseLfsPointer(utf8(text))).toBeNull()
  })

  const bad: [string, string][] = [
    ['an unknown version URL', `version https://example.com/v1\noid sha256:${OID}\nsize 1\n`],
    [
      'version not first',
      `oid sha256:${OID}\nversion https://git-lfs.github.com/spec/v1\nsize 1\n`
    ],
    [
      'keys out of order',
      `version https://git-lfs.github.com/spec/v1\nsize 1\noid sha256:${OID}\n`
    ],
    [
      'a duplicate key',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\noid sha256:${OID}\nsize 1\n`
    ],
    ['a missing size', `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\n`],
    ['a missing oid', 'version https://git-lfs.github.com/spec/v1\nsize 1\n'],
    [
      'an uppercase oid',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${OID.toUpperCase()}\nsize 1\n`
    ],
    ['a short oid', `version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 1\n`],
    ['a sha1 oid', `version https://git-lfs.github.com/spec/v1\noid sha1:${OID}\nsize 1\n`],
    ['a negative size', `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize -1\n`],
    ['a signed size', `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize +1\n`],
    [
      'an unsafe size',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 9007199254740993\n`
    ],
    ['an uppercase key', `version https://git-lfs.github.com/spec/v1\nOid sha256:${OID}\nsize 1\n`],
    ['a line without a space', `version https://git-lfs.github.com/spec/v1\noid\nsize 1\n`],
    ['an empty file', ''],
    ['ordinary text', 'hello world\n']
  ]
  it.each(bad)('rejects %s', (_name, text) => {
    expect(parseLfsPointer(utf8(text))).toBeNull()
  })

  it('rejects 1024 bytes or more, and invalid UTF-8', () => {
    const long = lfsPointerText(OID, 1) + `${' '.repeat(1024)}`
    expect(parseLfsPointer(utf8(long))).toBeNull()
    const bytes = utf8(lfsPointerText(OID, 1))
    const broken = new Uint8Array([...bytes.subarray(0, bytes.length - 1), 0xff, 0x0a])
    expect(parseLfsPointer(broken)).toBeNull()
  })
})

const HF_DEFAULT = `*.7z filter=lfs diff=lfs merge=lfs -text
*.bin filter=lfs diff=lfs merge=lfs -text
*.safetensors filter=lfs diff=lfs merge=lfs -text
saved_model/**/* filter=lfs diff=lfs merge=lfs -text
*tfevents* filter=lfs diff=lfs merge=lfs -text
`

describe('parseGitattributesLfs', () => {
  it('returns the patterns that set filter=lfs, skipping comments, macros and other filters', () => {
    const text = `# comment
${HF_DEFAULT}[attr]weights filter=lfs
*.txt text
*.png filter=other
"with space.gguf" filter=lfs
!negated.bin filter=lfs
`
    expect(parseGitattributesLfs(text)).toEqual([
      '*.7z',
      '*.bin',
      '*.safetensors',
      'saved_model/**/*',
      '*tfevents*',
      'with space.gguf'
    ])
  })
})

describe('isLfsTracked', () => {
  it('matches basename patterns at any depth and anchored patterns from the root', () => {
    expect(isLfsTracked('model.safetensors', HF_DEFAULT)).toBe(true)
    expect(isLfsTracked('sub/dir/pytorch_model.bin', HF_DEFAULT)).toBe(true)
    expect(isLfsTracked('saved_model/variables/variables.data-00000-of-00001', HF_DEFAULT)).toBe(
      true
    )
    expect(isLfsTracked('runs/events.out.tfevents.123', HF_DEFAULT)).toBe(true)
    expect(isLfsTracked('config.json', HF_DEFAULT)).toBe(false)
    expect(isLfsTracked('other/saved_model/x', HF_DEFAULT)).toBe(false)
  })

  it('lets the last matching line win, including -filter and !filter', () => {
    const text = `*.bin filter=lfs\ntraining_args.bin -filter\n*.gguf filter=lfs\nsmall.gguf !filter\n*.pt filter=lfs\n*.pt filter=other\n`
    expect(isLfsTracked('pytorch_model.bin', text)).toBe(true)
    expect(isLfsTracked('training_args.bin', text)).toBe(false)
    expect(isLfsTracked('big.gguf', text)).toBe(true)
    expect(isLfsTracked('small.gguf', text)).toBe(false)
    expect(isLfsTracked('model.pt', text)).toBe(false)
  })

  it('ignores negated patterns, which git forbids in attributes files', () => {
    expect(isLfsTracked('keep.bin', '*.bin filter=lfs\n!keep.bin -filter\n')).toBe(true)
  })

  it('does not let a directory pattern match files inside the directory', () => {
    expect(isLfsTracked('models/a.bin', 'models filter=lfs\n')).toBe(false)
    expect(isLfsTracked('models/a.bin', 'models/ filter=lfs\n')).toBe(false)
    expect(isLfsTracked('models/a.bin', 'models/** filter=lfs\n')).toBe(true)
    expect(isLfsTracked('models/deep/a.bin', 'models/** filter=lfs\n')).toBe(true)
  })

  it('is case-sensitive and tolerates ./ and absolute paths', () => {
    expect(isLfsTracked('MODEL.BIN', '*.bin filter=lfs\n')).toBe(false)
    expect(isLfsTracked('./a.bin', '*.bin filter=lfs\n')).toBe(true)
    expect(isLfsTracked('/abs/a.bin', '*.bin filter=lfs\n')).toBe(false)
  })

  it('compiles once for many paths', () => {
    const tracked = compileLfsMatcher(HF_DEFAULT)
    expect(['a.bin', 'b.txt', 'c/d.safetensors'].map(tracked)).toEqual([true, false, true])
  })
})

describe('compileAttributePattern', () => {
  const cases: [string, string, boolean][] = [
    ['*.bin', 'x.bin', true],
    ['*.bin', 'a/b/x.bin', true],
    ['/*.bin', 'a/x.bin', false],
    ['/*.bin', 'x.bin', true],
    ['a/*.bin', 'a/x.bin', true],
    ['a/*.bin', 'a/b/x.bin', false],
    ['**/x.bin', 'x.bin', true],
    ['**/x.bin', 'a/b/x.bin', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/xb', false],
    ['model-?.bin', 'model-1.bin', true],
    ['model-?.bin', 'model-12.bin', false],
    ['model-[0-9].bin', 'model-7.bin', true],
    ['model-[!0-9].bin', 'model-7.bin', false],
    ['model-[!0-9].bin', 'model-x.bin', true],
    ['model-[[:digit:]].bin', 'model-3.bin', true],
    ['\\*.bin', '*.bin', true],
    ['\\*.bin', 'x.bin', false],
    ['a*', 'a/b', false],
    ['[ab', '[ab', true]
  ]
  it.each(cases)('%s against %s is %s', (pattern, path, expected) => {
    expect(compileAttributePattern(pattern)?.(path)).toBe(expected)
  })

  it('matches a pathological pattern in linear time instead of backtracking', () => {
    const match = compileAttributePattern('*a*a*a*a*a*a*a*a*a*a*a*a*b')!
    expect(match('a'.repeat(4000))).toBe(false)
  })
})
