#!/usr/bin/env node
// The floor under the scan: what Node itself costs to list the same tree and read the same files.
//
//   node bench/floor.mjs DIR READLOG
//
// Lists DIR the way the scan's walk does (one readdirSync(withFileTypes) per folder, an explicit
// stack, .git and node_modules left out, links never followed, a path string per file), then
// repeats the file calls the scan logged with MODEL_OPENNESS_READ_LOG: `lstat PATH` for a data
// file sized without opening it, `read PATH BYTES` for open, one read of BYTES, close (the scan
// sizes a text file from the bytes it reads, without fstat).
// Nothing is decoded, classified or judged: the difference to the scan is the scan's own work.
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync
} from 'node:fs'
import { join } from 'node:path'

const [dir, readLog] = process.argv.slice(2)
if (!dir || !readLog) {
  process.stderr.write('usage: node bench/floor.mjs DIR READLOG\n')
  process.exit(2)
}

const SKIPPED = new Set(['.git', 'node_modules'])
const paths = []
const stack = ['']
while (stack.length > 0) {
  const rel = stack.pop()
  const entries = readdirSync(rel === '' ? dir : join(dir, rel), { withFileTypes: true })
  const parent = rel === '' ? '' : rel + '/'
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) stack.push(parent + entry.name)
    } else if (entry.isFile()) paths.push(parent + entry.name)
  }
}

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
let buffer = Buffer.alloc(64 * 1024)
let lstats = 0
let reads = 0
let bytes = 0
for (const line of readFileSync(readLog, 'utf8').split('\n')) {
  if (line === '') continue
  const [op, path, count] = line.split('\t')
  const abs = join(dir, path)
  if (op === 'lstat') {
    lstatSync(abs)
    lstats++
    continue
  }
  const wanted = Number(count)
  if (buffer.length < wanted) buffer = Buffer.alloc(wanted)
  const fd = openSync(abs, FLAGS)
  try {
    bytes += wanted > 0 ? readSync(fd, buffer, 0, wanted, 0) : 0
  } finally {
    closeSync(fd)
  }
  reads++
}
process.stdout.write(JSON.stringify({ files: paths.length, lstats, reads, bytes }) + '\n')
