#!/usr/bin/env node
// Compares two builds of the CLI scanning one tree, their runs interleaved (A B, B A, A B, …) so
// both meet the same load, and checks that they write the same report.
//
//   node bench/ab.mjs DIST_A DIST_B DIR [--runs N]
//
// DIST_A and DIST_B are dist/ folders (copy one aside before rebuilding). On a shared machine a
// change of a few percent is lost between two `npm run bench` runs, and a tool that times one
// command after the other favours one of them; the median of paired differences is what to read.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median } from './stats.mjs'

const USAGE = 'usage: node bench/ab.mjs DIST_A DIST_B DIR [--runs N]'
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt === -1 ? 12 : Number(args[runsAt + 1])
const [distA, distB, dir] = args.filter(
  (_, i) => runsAt === -1 || (i !== runsAt && i !== runsAt + 1)
)
if (!distA || !distB || !dir || !Number.isInteger(runs) || runs < 2) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}

const WRAPPER = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'maxrss.mjs')).href
const work = mkdtempSync(join(tmpdir(), 'model-openness-ab-'))
/** One scan with build `dist`: wall ms, CPU s, peak RSS MB and the report without its timestamp. */
function scan(dist, name) {
  const out = join(work, `${name}.json`)
  const cli = join(resolve(dist), 'cli.js')
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    ['--import', WRAPPER, cli, 'scan', dir, '--offline', '--format', 'json', '--output', out],
    { encoding: 'utf8' }
  )
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`${cli} exited with ${child.status}: ${child.stderr}`)
  const usage = /BENCH_USAGE maxrss_kb=(\d+) user_us=(\d+) system_us=(\d+)/.exec(child.stderr)
  const report = JSON.parse(readFileSync(out, 'utf8'))
  delete report.generatedAt
  return {
    wallMs,
    cpuSeconds: usage ? (Number(usage[2]) + Number(usage[3])) / 1e6 : NaN,
    rssMB: usage ? (Number(usage[1]) * 1024) / 1e6 : NaN,
    report: JSON.stringify(report)
  }
}

try {
  // One warm-up run each fills the page cache.
  const reportA = scan(distA, 'a').report
  const same = reportA === scan(distB, 'b').report
  const a = []
  const b = []
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(scan(distA, 'a'))
      b.push(scan(distB, 'b'))
    } else {
      b.push(scan(distB, 'b'))
      a.push(scan(distA, 'a'))
    }
  }
  const line = (label, xs) =>
    `${label}: wall ${median(xs.map((x) => x.wallMs)).toFixed(0)} ms, CPU ${median(xs.map((x) => x.cpuSeconds)).toFixed(3)} s, peak RSS ${Math.max(...xs.map((x) => x.rssMB)).toFixed(1)} MB (medians of ${xs.length})`
  const wallDiff = median(a.map((x, i) => b[i].wallMs - x.wallMs))
  const cpuDiff = median(a.map((x, i) => b[i].cpuSeconds - x.cpuSeconds))
  const faster = a.filter((x, i) => b[i].wallMs < x.wallMs).length
  process.stdout.write(
    [
      line(`A ${distA}`, a),
      line(`B ${distB}`, b),
      `B - A, median of paired runs: wall ${wallDiff >= 0 ? '+' : ''}${wallDiff.toFixed(0)} ms, CPU ${cpuDiff >= 0 ? '+' : ''}${cpuDiff.toFixed(3)} s; B faster in ${faster} of ${runs} pairs`,
      `reports: ${same ? 'the same' : 'DIFFERENT'}`
    ].join('\n') + '\n'
  )
  if (!same) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
