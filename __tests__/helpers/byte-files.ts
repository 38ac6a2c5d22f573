import { afterAll, beforeAll } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openFileByteSource, type CountingByteSource } from '../../src/scan/formats/bytes.js'

/**
 * A temporary folder for the calling test file, and a way to read bytes back through the real
 * file source: write `bytes` as `name`, open it, run `fn`, close it.
 */
export interface ByteFiles {
  withFile<T>(
    name: string,
    bytes: Uint8Array,
    fn: (src: CountingByteSource) => Promise<T>
  ): Promise<T>
  /** Path of a file in the temporary folder. */
  pathOf(name: string): string
}

export function useByteFiles(prefix: string): ByteFiles {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  return {
    pathOf: (name) => join(dir, name),
    async withFile(name, bytes, fn) {
      const path = join(dir, name)
      await writeFile(path, bytes)
      const { source, close } = await openFileByteSource(path)
      try {
        return await fn(source)
      } finally {
        await close()
      }
    }
  }
}
