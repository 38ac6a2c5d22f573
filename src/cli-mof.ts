import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXIT, UsageError, type CliIo } from './cli-errors.js'
import { evaluateMotRecord, MAX_MOT_RECORD_BYTES } from './frameworks/mot-record.js'

/** A record is small: refuse anything but a regular file within the parser's size cap. */
async function readRecordFile(path: string, shown: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UsageError(`${shown} is not a regular file`)
    if (info.size > MAX_MOT_RECORD_BYTES)
      throw new UsageError(`${shown} is larger than ${MAX_MOT_RECORD_BYTES / 1024} KiB`)
    const buf = Buffer.alloc(info.size)
    let filled = 0
    while (filled < info.size) {
      const { bytesRead } = await handle.read(buf, filled, info.size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buf.subarray(0, filled).toString('utf8')
  } finally {
    await handle.close()
  }
}

export async function mofCommand(positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('mof takes exactly one record file')
  const path = resolve(io.cwd, positionals[0])
  let text: string
  try {
    text = await readRecordFile(path, positionals[0])
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(
      `cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`
    )
  }
  const result = evaluateMotRecord(text)
  if (!result.ok) throw new UsageError(`${positionals[0]}: ${result.error}`)
  const { class: cls, label, progress } = result.classification
  io.stdout(JSON.stringify({ class: cls, label, progress }, null, 2) + '\n')
  return EXIT.ok
}
