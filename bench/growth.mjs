// Peak RSS against tree size (the growth per file from 10,000 to 200,000 files), and what the
// heap settings of the entry points do, for the CLI and for the action.
import { mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median } from './stats.mjs'

const NO_SETTING = pathToFileURL(
  join(dirname(fileURLToPath(import.meta.url)), 'no-heap-settings.mjs')
).href
const RUNS = 2

/**
 * Scans a tree of each size (the big tree is reused; the others are generated with 1% LFS
 * pointers, as the big one has) after one warm-up run: median wall time, largest peak RSS.
 */
export async function measureGrowth({
  sizes,
  work,
  bigDir,
  bigFiles,
  generateTree,
  scanOnce,
  log
}) {
  const points = []
  for (const files of sizes) {
    const generated = files !== bigFiles
    const dir = generated ? join(work, `growth-${files}`) : bigDir
    if (generated) {
      mkdirSync(dir)
      log(`growth: generating ${files.toLocaleString('en-US')} files`)
      generateTree(dir, { totalFiles: files, lfsPointers: Math.round(files / 100) })
    }
    const out = join(work, `growth-${files}.json`)
    await scanOnce(dir, out)
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await scanOnce(dir, out))
    points.push({
      files,
      wallMs: median(runs.map((r) => r.wallMs)),
      cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
      rssBytes: Math.max(...runs.map((r) => r.rssBytes))
    })
    log(`growth: ${files} files, peak RSS ${(points.at(-1).rssBytes / 1e6).toFixed(1)} MB`)
    if (generated) rmSync(dir, { recursive: true, force: true })
  }
  const first = points[0]
  const last = points[points.length - 1]
  const perFile =
    points.length > 1 ? (last.rssBytes - first.rssBytes) / (last.files - first.files) : NaN
  return { points, perFile }
}

/** The scan of the big tree and the action on it, with and without the entry points' heap settings. */
export async function measureYoungGeneration({ dir, work, scanOnce, measuredNode, actionArgs }) {
  const variants = [
    ['as shipped (the entry point sets `--semi-space-growth-factor=1 --no-regexp-tier-up`)', []],
    ["V8's defaults (the settings disabled)", ['--import', NO_SETTING]],
    [
      '`--max-semi-space-size=1` on the command line, settings disabled',
      ['--max-semi-space-size=1', '--import', NO_SETTING]
    ],
    [
      '`--max-semi-space-size=4` on the command line, settings disabled',
      ['--max-semi-space-size=4', '--import', NO_SETTING]
    ],
    [
      'as shipped plus `--heap-growing-percent=25` on the command line (the old generation held to 25% growth, as the entry points set it before)',
      ['--heap-growing-percent=25']
    ]
  ]
  const cli = []
  for (const [name, nodeArgs] of variants) {
    const runs = []
    for (let i = 0; i < RUNS; i++)
      runs.push(await scanOnce(dir, join(work, 'young.json'), nodeArgs))
    cli.push({
      name,
      wallMs: median(runs.map((r) => r.wallMs)),
      cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
      rssBytes: Math.max(...runs.map((r) => r.rssBytes))
    })
  }
  const action = []
  for (const [name, nodeArgs] of variants.slice(0, 2)) {
    const { args, env } = actionArgs()
    const run = await measuredNode([...nodeArgs, ...args], { env })
    action.push({
      name,
      wallMs: run.wallMs,
      cpuSeconds: run.cpuSeconds,
      rssBytes: run.rssBytes,
      code: run.code
    })
  }
  return { cli, action }
}

/** The RESULTS.md lines for both measurements. */
export function growthLines({ growth, young, mb, ms, int }) {
  const lines = []
  if (growth) {
    lines.push(
      '## Peak RSS against tree size',
      '',
      'Trees generated like the big one (same mix, 1% LFS pointers), each scanned after a warm-up run; peak RSS is the largest of two runs.',
      '',
      '| Files | Scan wall time | CPU | Peak RSS |',
      '| --- | --- | --- | --- |',
      ...growth.points.map(
        (p) =>
          `| ${int(p.files)} | ${ms(p.wallMs)} | ${p.cpuSeconds.toFixed(2)} s | ${mb(p.rssBytes)} |`
      ),
      '',
      `Growth from ${int(growth.points[0].files)} to ${int(growth.points.at(-1).files)} files: ${(growth.perFile / 1024).toFixed(3)} KiB (${Math.round(growth.perFile)} B) of peak RSS per file.`,
      ''
    )
  }
  if (young) {
    lines.push(
      '## Heap settings',
      '',
      "A scan keeps a record per file to the end; V8 answers that survival rate by doubling its young generation up to 3 × 16 MB. The CLI and the action set `--semi-space-growth-factor=1` when they start, with `--no-regexp-tier-up` (regular expressions compiled to machine code on their first run, src/heap-settings.ts). `--max-semi-space-size` is read only at start-up, so it would need a launcher (`npx` and the runner's `node dist/index.js` take no flags); the rows with it show what it would give. The settings are disabled for comparison with a preloaded module (bench/no-heap-settings.mjs) that makes `v8.setFlagsFromString` a no-op. Big tree, two runs each:",
      '',
      '| Run | Wall time | CPU | Peak RSS |',
      '| --- | --- | --- | --- |',
      ...young.cli.map(
        (v) =>
          `| CLI scan, ${v.name} | ${ms(v.wallMs)} | ${v.cpuSeconds.toFixed(2)} s | ${mb(v.rssBytes)} |`
      ),
      ...young.action.map(
        (v) =>
          `| Action (\`node dist/index.js\`, push event, no token), ${v.name} | ${ms(v.wallMs)} | ${v.cpuSeconds.toFixed(2)} s | ${mb(v.rssBytes)} |`
      ),
      ''
    )
  }
  return lines
}
