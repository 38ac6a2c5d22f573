#!/usr/bin/env node
import { runCli } from './cli-run.js'

/** Commands that read one small file: they allocate little, so V8's defaults serve them. */
const SMALL_COMMANDS = new Set(['license', 'mof'])

/**
 * The heap settings of src/heap-settings.ts (HEAP_FLAGS, which says why), written out here so that
 * the entry imports no module it shares with the action: every command would load that chunk.
 * Only commands that scan or merge take them: node:v8 loads Node's stream modules, a few
 * milliseconds of a `license` run, which allocates too little for the settings to matter.
 * Set before the command's code loads, so before it allocates.
 */
async function keepHeapSmallFor(command: string): Promise<void> {
  if (SMALL_COMMANDS.has(command)) return
  const { setFlagsFromString } = await import('node:v8')
  setFlagsFromString('--semi-space-growth-factor=1')
  setFlagsFromString('--heap-growing-percent=25')
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  beforeCommand: keepHeapSmallFor
})
