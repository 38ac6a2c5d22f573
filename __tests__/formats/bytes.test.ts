import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BufferedReader,
  ReadBudgetError,
  ReadCapError,
  TruncatedError,
  bufferByteSource,
  openFileByteSource,
  readExact,
  withReadBudget
} from '../../src/scan/formats/bytes.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-bytes-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('bufferByteSource', () => {
  it('reads ranges, clamps at the end and counts bytes handed out', async () => {
    const src = bufferByteSource(Uint8Array.from([1, 2, 3, 4, 5]))
    expect(src.size).toBe(5)
    expect(Array.from(await src.read(1, 2))).toEqual([2, 3])
    expect(Array.from(await src.read(3, 10))).toEqual([4, 5])
    expect((await src.read(9, 4)).length).toBe(0)
    expect(src.bytesRead).toBe(4)
  })

  it('rejects negative, fractional and unsafe positions with a RangeError', async () => {
    const src = bufferByteSource(new Uint8Array(4))
    await expect(src.read(-1, 1)).rejects.toThrow(RangeError)
    await expect(src.read(0.5, 1)).rejects.toThrow(RangeError)
    await expect(src.read(0, 2 ** 60)).rejects.toThrow(RangeError)
  })
})

describe('openFileByteSource', () => {
  it('reads a regular file with positional reads and counts bytes', async () => {
    const path = join(dir, 'plain.bin')
    await writeFile(
      path,
      Uint8Array.from({ length: 100 }, (_, i) => i)
    )
    const { source, close } = await openFileByteSource(path)
    try {
      expect(source.size).toBe(100)
      expect(Array.from(await source.read(90, 5))).toEqual([90, 91, 92, 93, 94])
      expect(Array.from(await source.read(98, 50))).toEqual([98, 99])
      expect(source.bytesRead).toBe(7)
    } finally {
      await close()
    }
    await expect(source.read(0, 1)).rejects.toThrow('closed')
  })

  it('refuses a final-component symlink (O_NOFOLLOW)', async () => {
    const target = join(dir, 'target.bin')
    const link = join(dir, 'link.bin')
    await writeFile(target, 'x')
    await symlink(target, link)
    await expect(openFileByteSource(link)).rejects.toThrow(/ELOOP|symbolic|not a regular file/)
  })

  it('refuses a directory', async () => {
    const sub = join(dir, 'sub')
    await mkdir(sub)
    await expect(openFileByteSource(sub)).rejects.toThrow(/not a regular file|EISDIR/)
  })

  it('refuses a FIFO without blocking on open', async () => {
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    await expect(openFileByteSource(fifo)).rejects.toThrow('not a regular file')
  })
})

describe('withReadBudget', () => {
  it('throws ReadBudgetError before a read would cross the budget', async () => {
    const inner = bufferByteSource(new Uint8Array(100))
    const src = withReadBudget(inner, 10)
    await src.read(0, 6)
    await expect(src.read(6, 5)).rejects.toThrow(ReadBudgetError)
    expect(inner.bytesRead).toBe(6)
    // Reads past the end cost nothing, so they do not use the budget.
    await src.read(100, 50)
    expect(src.bytesRead).toBe(6)
  })
})

describe('readExact', () => {
  it('returns null when the source ends first', async () => {
    const src = bufferByteSource(new Uint8Array(4))
    expect(await readExact(src, 2, 4)).toBeNull()
    expect((await readExact(src, 0, 4))?.length).toBe(4)
  })
})

describe('BufferedReader', () => {
  it('reads in chunks so many small fields cost one read', async () => {
    const buf = new Uint8Array(1000)
    new DataView(buf.buffer).setUint32(0, 7, true)
    new DataView(buf.buffer).setBigUint64(4, 9n, true)
    const src = bufferByteSource(buf)
    const r = new BufferedReader(src, 0, 1000, 256)
    expect(await r.u32()).toBe(7)
    expect(await r.u64()).toBe(9n)
    expect(src.bytesRead).toBe(256)
    r.skip(500)
    expect(await r.u8()).toBe(0)
    expect(src.bytesRead).toBe(256 + 256)
  })

  it('distinguishes a truncated claim from one that runs past the cap', async () => {
    const src = bufferByteSource(new Uint8Array(1000))
    const r = new BufferedReader(src, 0, 100)
    expect(() => r.skip(2n ** 63n)).toThrow(TruncatedError)
    expect(() => r.skip(500)).toThrow(ReadCapError)
    await expect(r.bytes(101)).rejects.toThrow(ReadCapError)
    await r.bytes(100)
    expect(src.bytesRead).toBe(100)
  })

  it('refills one buffer of its own from a source that reads into one', async () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 251)
    const path = join(dir, 'refill.bin')
    await writeFile(path, bytes)
    const { source, close } = await openFileByteSource(path)
    const targets = new Set<ArrayBufferLike>()
    let reads = 0
    const watched = withReadBudget(
      {
        size: source.size,
        read: (p, n) => source.read(p, n),
        readInto: (p, target) => {
          targets.add(target.buffer)
          reads++
          return source.readInto!(p, target)
        }
      },
      4000
    )
    const r = new BufferedReader(watched, 0, 5000, 100)
    for (let at = 0; at < 4000; at += 50) {
      const field = await r.bytes(50)
      expect([...field]).toEqual([...bytes.subarray(at, at + 50)])
    }
    expect(reads).toBe(40)
    expect(targets.size).toBe(1)
    // The budget still holds for reads into a buffer.
    await expect(r.bytes(100)).rejects.toThrow(ReadBudgetError)
    expect(watched.bytesRead).toBe(4000)
    await close()
  })

  it('hands out the same fields from a file as from memory, across any window size', async () => {
    const path = join(dir, 'fields.bin')
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)
    await writeFile(path, bytes)
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }),
        async (chunk, sizes) => {
          const { source, close } = await openFileByteSource(path)
          try {
            const fromFile = new BufferedReader(source, 0, 3000, chunk)
            const fromMemory = new BufferedReader(bufferByteSource(bytes), 0, 3000, chunk)
            for (const n of sizes) {
              if (fromMemory.position + n > 3000) break
              const a = [...(await fromFile.bytes(n))]
              expect(a).toEqual([...(await fromMemory.bytes(n))])
            }
          } finally {
            await close()
          }
        }
      ),
      { numRuns: 200 }
    )
  })

  it('reads big-endian values when asked', async () => {
    const src = bufferByteSource(Uint8Array.from([0, 0, 0, 3]))
    expect(await new BufferedReader(src, 0, 4, 64, false).u32()).toBe(3)
  })
})
