#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'
import { runCli } from './cli-run.js'

// The heap settings of src/heap-settings.ts (HEAP_FLAGS, which says why), written out here so that
// the entry imports no module it shares with the action: every command would load that chunk.
setFlagsFromString('--semi-space-growth-factor=1')
setFlagsFromString('--heap-growing-percent=25')

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
