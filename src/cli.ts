#!/usr/bin/env node
import { writeSync } from 'node:fs'
import { runCli } from './cli-run.js'

/** Commands that read one small file: they allocate little, so V8's defaults serve them. */
const SMALL_COMMANDS = new Set(['license', 'mof'])
let running: string | undefined
/** Set when a stream took over printing (its writes may still be pending). */
let streamed = false

/**
 * The V8 settings of src/heap-settings.ts (SCAN_V8_FLAGS, which says why), written out here so that
 * the entry imports no module it shares with the action: every command would load that chunk.
 * Only commands that scan or merge take them: node:v8 loads Node's stream modules, a few
 * milliseconds of a `license` run, which allocates too little for the settings to matter.
 * Set before the command's code loads, so before it allocates.
 */
async function applyScanSettingsFor(command: string): Promise<void> {
  running = command
  if (SMALL_COMMANDS.has(command)) return
  const { setFlagsFromString } = await import('node:v8')
  setFlagsFromString('--semi-space-growth-factor=1')
  setFlagsFromString('--no-regexp-tier-up')
}

/** A reader that stops early (`| head`) closes the pipe: not an error worth a stack trace. */
function endOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
}

/**
 * Prints with blocking writes to the descriptor rather than through process.stdout or
 * process.stderr: creating those streams loads Node's stream modules, a few milliseconds of a
 * `license` run. A descriptor that would block (a non-blocking pipe that is full) hands the rest,
 * and everything after it, to the stream, which waits for the reader.
 */
function printer(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined
  return (text) => {
    if (stream) {
      stream.write(text)
      return
    }
    const bytes = Buffer.from(text)
    let written = 0
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN')
        return endOnClosedPipe(error as NodeJS.ErrnoException)
      stream = fd === 1 ? process.stdout : process.stderr
      streamed = true
      stream.on('error', endOnClosedPipe)
      stream.write(bytes.subarray(written))
    }
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: printer(1),
  stderr: printer(2),
  cwd: process.cwd(),
  beforeCommand: applyScanSettingsFor
})
// A one-file command has printed everything with blocking writes: ending now spares the
// process the heap's tear-down. Other commands end the way Node ends them.
if (running !== undefined && SMALL_COMMANDS.has(running) && !streamed) process.exit()
