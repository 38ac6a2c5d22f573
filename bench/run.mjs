#!/usr/bin/env node
// The scan benchmark (`npm run bench`). Generates a 100,000-file model repository with ~1.2 TB of
// sparse weight files and 1,000 LFS pointers in a temporary folder, then measures, side by side in
// one run: the built CLI's scan against `find DIR -type f` and against the Node floor
// (bench/floor.mjs: the same listing and the same file reads in plain Node), peak RSS and its
// growth per file from 10,000 to 200,000 files (growth.mjs), the heap settings, the
// action on the big tree, the bytes read from each weight file against its header, the bundled
// examples, the action's cold start and the bundle's size. Writes bench/RESULTS.md. A benchmark,
// not a test: nothing here fails a build.
//
// Environment: BENCH_FILES (tree size, default 100000), BENCH_RUNS (timed runs, default 5: this shared machine moves one run by ±10%),
// BENCH_GROWTH (tree sizes for the RSS growth, default 10000,100000,200000; empty to skip),
// BENCH_DIST (the bundle to measure, default dist/; e.g. a build made with MODEL_OPENNESS_DIST_DIR),
// BENCH_RSS=wrapper (use the --import wrapper even when /usr/bin/time exists).
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateTree } from './tree.mjs'
import { growthLines, measureGrowth, measureYoungGeneration } from './growth.mjs'
import {
  licenseSection,
  licenseTargetRows,
  licenseVerdicts,
  measureLicenseCommand
} from './license.mjs'
import { median } from './stats.mjs'

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(REPO, 'dist')
const DIST_CLI = join(DIST, 'cli.js')
const DIST_ACTION = join(DIST, 'index.js')
const RESULTS = join(REPO, 'bench', 'RESULTS.md')
const RSS_WRAPPER = pathToFileURL(join(REPO, 'bench', 'maxrss.mjs')).href
const FLOOR = join(REPO, 'bench', 'floor.mjs')

const TREE_FILES = Number(process.env.BENCH_FILES ?? 100_000)
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const COLD_START_RUNS = 7
const USE_TIME =
  process.env.BENCH_RSS !== 'wrapper' &&
  existsSync('/usr/bin/time') &&
  spawnSync('/usr/bin/time', ['-v', 'true']).status === 0

const TARGET = {
  scanOverFind: 10,
  scanOverFloor: 1.5,
  peakRssBytes: 150e6,
  /** Peak RSS on the largest tree of the growth measurement (200,000 files). */
  peakRssLargestBytes: 180e6,
  weightReadSlack: 64 * 1024,
  coldStartMs: 150
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US')} ms`
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
const bytesText = (n) =>
  n >= 1e12
    ? `${(n / 1e12).toFixed(2)} TB`
    : n >= 1e9
      ? `${(n / 1e9).toFixed(1)} GB`
      : n >= 1e6
        ? `${(n / 1e6).toFixed(2)} MB`
        : n >= 1e3
          ? `${(n / 1e3).toFixed(1)} KB`
          : `${n} B`
const int = (n) => n.toLocaleString('en-US')
const list = (xs, f) => xs.map(f).join(', ')

function log(message) {
  process.stdout.write(`[bench] ${message}\n`)
}

/** Runs a command to completion; resolves with wall time (ms), exit code and captured output. */
function run(command, args, { env, cwd, capture = true, onFirstLine } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let firstLineMs = null
    const child = spawn(command, args, {
      cwd: cwd ?? REPO,
      env: env ?? process.env,
      stdio: ['ignore', capture || onFirstLine ? 'pipe' : 'ignore', 'pipe']
    })
    const out = []
    const err = []
    child.stdout?.on('data', (chunk) => {
      if (firstLineMs === null && chunk.includes(10)) firstLineMs = performance.now() - started
      if (capture) out.push(chunk)
    })
    child.stderr.on('data', (chunk) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({
        wallMs: performance.now() - started,
        firstLineMs,
        code: code ?? signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    )
  })
}

/**
 * Peak RSS (bytes), CPU seconds and minor page faults (pages touched for the first time) from
 * /usr/bin/time -v or the --import wrapper's line.
 */
function parseUsage(stderr) {
  if (USE_TIME) {
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
    const faults = /Minor \(reclaiming a frame\) page faults: (\d+)/.exec(stderr)
    return {
      rssBytes: rss ? Number(rss[1]) * 1024 : NaN,
      cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : NaN,
      minorFaults: faults ? Number(faults[1]) : NaN
    }
  }
  const m = /BENCH_USAGE maxrss_kb=(\d+) user_us=(\d+) system_us=(\d+) minor_faults=(\d+)/.exec(
    stderr
  )
  return m
    ? {
        rssBytes: Number(m[1]) * 1024,
        cpuSeconds: (Number(m[2]) + Number(m[3])) / 1e6,
        minorFaults: Number(m[4])
      }
    : { rssBytes: NaN, cpuSeconds: NaN, minorFaults: NaN }
}

/**
 * What touching memory for the first time costs here: a child fills 64 MiB of fresh memory, then
 * fills it again. Each first touch of a 4 KiB page is a page fault; on a virtual machine whose
 * host hands back freed memory, each can cost microseconds, so peak RSS is also time.
 */
function pageTouchCost() {
  const script = `
    const b = Buffer.allocUnsafeSlow(64 * 1024 * 1024)
    let t = process.hrtime.bigint(); b.fill(1); const fresh = Number(process.hrtime.bigint() - t)
    t = process.hrtime.bigint(); b.fill(2); const again = Number(process.hrtime.bigint() - t)
    process.stdout.write(JSON.stringify({ fresh: fresh / 1e6, again: again / 1e6 }))`
  const runs = []
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    if (r.status === 0) runs.push(JSON.parse(r.stdout))
  }
  if (runs.length === 0) return null
  const fresh = median(runs.map((r) => r.fresh))
  const again = median(runs.map((r) => r.again))
  return { freshMs: fresh, againMs: again, perPageUs: ((fresh - again) * 1000) / 16384 }
}

/** Runs `node ARGS` under /usr/bin/time (or the wrapper); wall time, peak RSS, CPU and output. */
async function measuredNode(nodeArgs, { env, capture = false } = {}) {
  const result = USE_TIME
    ? await run('/usr/bin/time', ['-v', process.execPath, ...nodeArgs], { capture, env })
    : await run(process.execPath, ['--import', RSS_WRAPPER, ...nodeArgs], { capture, env })
  return { ...result, ...parseUsage(result.stderr) }
}

/** `node dist/cli.js scan DIR --format json --output FILE`, measured; returns the report too. */
async function scanOnce(dir, outFile, extraNodeArgs = [], env = undefined) {
  const nodeArgs = [
    ...extraNodeArgs,
    DIST_CLI,
    'scan',
    dir,
    // The scan itself: online resolution (the CLI's default) would add the hosts' answers, or,
    // with no network, the retries of a refused connection.
    '--offline',
    '--format',
    'json',
    '--output',
    outFile
  ]
  const result = await measuredNode(nodeArgs, { env })
  if (result.code !== 0) {
    throw new Error(`scan of ${dir} exited with ${result.code}:\n${result.stderr.slice(0, 2000)}`)
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'))
  return {
    wallMs: result.wallMs,
    rssBytes: result.rssBytes,
    cpuSeconds: result.cpuSeconds,
    minorFaults: result.minorFaults,
    report
  }
}

/** bench/floor.mjs on DIR with the scan's read log, measured. */
async function floorOnce(dir, readLog) {
  const result = await measuredNode([FLOOR, dir, readLog], { capture: true })
  if (result.code !== 0) throw new Error(`floor of ${dir} exited with ${result.code}`)
  return {
    wallMs: result.wallMs,
    rssBytes: result.rssBytes,
    minorFaults: result.minorFaults,
    ...JSON.parse(result.stdout)
  }
}

async function findOnce(dir) {
  const result = await run('find', [dir, '-type', 'f'], { capture: false })
  if (result.code !== 0) throw new Error(`find ${dir} exited with ${result.code}`)
  return result.wallMs
}

/**
 * One warm-up run of each (fills the page cache), then RUNS rounds of find, the scan and (with
 * `floor`) the Node floor, one after the other in each round, so all three meet the same load.
 * The warm-up scan logs its file calls for the floor.
 */
async function measureTree(dir, outFile, { floor = false } = {}) {
  const readLog = `${outFile}.reads.tsv`
  await findOnce(dir)
  await scanOnce(
    dir,
    outFile,
    [],
    floor ? { ...process.env, MODEL_OPENNESS_READ_LOG: readLog } : undefined
  )
  if (floor) await floorOnce(dir, readLog)
  const findTimes = []
  const scans = []
  const floors = []
  for (let i = 0; i < RUNS; i++) {
    findTimes.push(await findOnce(dir))
    if (floor) floors.push(await floorOnce(dir, readLog))
    scans.push(await scanOnce(dir, outFile))
  }
  return {
    findTimes,
    scanTimes: scans.map((s) => s.wallMs),
    cpuSeconds: scans.map((s) => s.cpuSeconds),
    peakRss: Math.max(...scans.map((s) => s.rssBytes)),
    scanFaults: median(scans.map((s) => s.minorFaults)),
    report: scans[scans.length - 1].report,
    ...(floor
      ? {
          floorTimes: floors.map((f) => f.wallMs),
          floorRss: Math.max(...floors.map((f) => f.rssBytes)),
          floorFaults: median(floors.map((f) => f.minorFaults)),
          floorCalls: floors[0]
        }
      : {})
  }
}

// ---------------------------------------------------------------------------------------------
// Profile: where the scan's time goes (self time per function, from --cpu-prof).

/**
 * The scan's stages, each named by the functions whose calls make it up (a sample counts for the
 * first stage found on its stack, innermost first). Garbage collection has no stack of its own:
 * a collector sample counts for the stage of the JavaScript sample before it.
 */
const STAGES = [
  ['Listing the tree (walk)', ['walkRepository']],
  [
    'Reading files (text, data sizes, weight headers)',
    ['readTextFile', 'readDataFile', 'readFile']
  ],
  ['Analysis (detectors, licences, frameworks)', ['analyzeSnapshot']],
  [
    'Loading the bundle (ESM loader, compile)',
    ['loadAndTranslate', 'compileSourceTextModule', 'moduleStrategy', 'link', 'instantiate']
  ]
]
const OTHER_STAGE = 'The rest (start-up, arguments, report, output)'

function stageOf(names) {
  for (const name of names) {
    const bare = name.replace(/\$\d+$/, '')
    for (const [stage, functions] of STAGES) if (functions.includes(bare)) return stage
  }
  return OTHER_STAGE
}

/** Time per stage, with the garbage collection that followed each stage's own samples. */
function stageTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const stageById = new Map()
  const stageFor = (id) => {
    let stage = stageById.get(id)
    if (stage === undefined) {
      const names = []
      for (let at = id; at !== undefined; at = parent.get(at))
        names.push(nodes.get(at).callFrame.functionName)
      stage = stageOf(names)
      stageById.set(id, stage)
    }
    return stage
  }
  const run = new Map()
  const gc = new Map()
  let last = OTHER_STAGE
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0
    const name = nodes.get(id).callFrame.functionName
    if (name === '(garbage collector)') gc.set(last, (gc.get(last) ?? 0) + micros)
    else {
      const stage = stageFor(id)
      if (name !== '(idle)' && name !== '(program)') last = stage
      run.set(stage, (run.get(stage) ?? 0) + micros)
    }
  })
  return [...STAGES.map(([stage]) => stage), OTHER_STAGE].map((stage) => ({
    stage,
    runMs: (run.get(stage) ?? 0) / 1000,
    gcMs: (gc.get(stage) ?? 0) / 1000
  }))
}

function summariseProfile(profileDir, top = 15) {
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
  if (!file) return { functions: [], stages: [] }
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8'))
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  )
  const byFunction = new Map()
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame
    const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : 'native'
    const key = `${functionName || '(anonymous)'} (${where})`
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0)
  const functions = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }))
  return { functions, stages: stageTimes(profile) }
}

// ---------------------------------------------------------------------------------------------
// The action's cold start: `node dist/index.js` until its first line of output.

async function coldStart(work, exampleDir) {
  let output
  const once = async () => {
    const env = actionEnv(work, exampleDir)
    output = env.GITHUB_OUTPUT
    const result = await run(process.execPath, [DIST_ACTION], {
      env,
      cwd: env.RUNNER_TEMP,
      onFirstLine: true
    })
    if (result.firstLineMs === null) throw new Error('the action printed nothing')
    return result
  }
  await once()
  const runs = []
  for (let i = 0; i < COLD_START_RUNS; i++) runs.push(await once())
  return {
    firstLineMs: runs.map((r) => r.firstLineMs),
    totalMs: runs.map((r) => r.wallMs),
    firstLine: runs[0].stdout.split('\n')[0],
    exitCodes: [...new Set(runs.map((r) => r.code))],
    outputs: readFileSync(output, 'utf8')
      .split('\n')
      .filter((l) => /^[\w-]+<</.test(l)).length
  }
}

/**
 * The action's environment on a push to `dir`, with fresh summary and output files: no token, so
 * no API call, and resolution offline, so a run measures the action and not the network (or its
 * absence: arXiv's retries alone are 6 s on a machine without one).
 */
function actionEnv(work, dir) {
  const runner = join(work, 'action-tree')
  mkdirSync(runner, { recursive: true })
  const summary = join(runner, 'summary.md')
  const output = join(runner, 'output.txt')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  return {
    PATH: process.env.PATH,
    INPUT_PATH: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'bench/model',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runner,
    INPUT_RESOLVE: 'offline'
  }
}

// ---------------------------------------------------------------------------------------------
// Machine and bundle

function describeMachine() {
  const cpus = os.cpus()
  let distro = `${os.type()} ${os.release()}`
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))
    if (pretty) distro = `${pretty[1]} (${os.type()} ${os.release()})`
  } catch {
    // not Linux, or no os-release: the kernel line is enough
  }
  const fsType = spawnSync('stat', ['-f', '-c', '%T', os.tmpdir()], { encoding: 'utf8' })
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism?.() ?? cpus.length,
    memory: os.totalmem(),
    node: process.version,
    os: distro,
    tmp: `${os.tmpdir()}${fsType.status === 0 ? ` (${fsType.stdout.trim()})` : ''}`,
    pageTouch: pageTouchCost(),
    load: os.loadavg()[0]
  }
}

/** The page-fault row of the big tree's table: the counts, and what they cost at this machine's rate. */
function faultLines(big, pageTouch, int, ms) {
  if (!Number.isFinite(big.scanFaults)) return []
  const cost = (faults) =>
    pageTouch
      ? `, about ${ms((faults * pageTouch.perPageUs) / 1000)} at ${pageTouch.perPageUs.toFixed(1)} µs each`
      : ''
  const floor = Number.isFinite(big.floorFaults)
    ? `; floor ${int(big.floorFaults)}${cost(big.floorFaults)}`
    : ''
  return [
    `| Minor page faults, median (pages touched for the first time) | scan ${int(big.scanFaults)}${cost(big.scanFaults)}${floor} |`
  ]
}

function bundleFiles() {
  const files = []
  for (const name of readdirSync(DIST)) {
    if (name.endsWith('.js')) files.push(join('dist', name))
  }
  const chunks = join(DIST, 'chunks')
  if (existsSync(chunks))
    for (const name of readdirSync(chunks)) files.push(join('dist', 'chunks', name))
  return files.map((f) => ({ path: f, bytes: statSync(join(DIST, f.slice('dist/'.length))).size }))
}

// ---------------------------------------------------------------------------------------------
// Results

function verdict(measured, limit, unit) {
  if (measured <= limit) return 'met'
  const over = measured - limit
  return `**missed** by ${unit(over)} (${((measured / limit - 1) * 100).toFixed(0)}% over)`
}

function writeResults(r) {
  const {
    machine,
    tree,
    big,
    weights,
    examples,
    cold,
    bundle,
    profile,
    started,
    growth,
    young,
    licence
  } = r
  const ratio = median(big.scanTimes) / median(big.findTimes)
  const floorRatio = median(big.scanTimes) / median(big.floorTimes)
  const largest = growth?.points.at(-1)
  const worstWeight = weights.reduce((a, b) =>
    b.bytesRead - b.allowance > a.bytesRead - a.allowance ? b : a
  )
  const inv = big.report.inventory
  const lines = []
  const p = (...xs) => lines.push(...xs)
  p(
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; generation and measurements took ${Math.round((Date.now() - started.getTime()) / 1000)} s.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memory / 2 ** 30).toFixed(1)} GiB memory; Node ${machine.node}; ${machine.os}; temporary folder ${machine.tmp}.${machine.pageTouch ? ` Touching memory for the first time costs ${machine.pageTouch.perPageUs.toFixed(1)} µs per 4 KiB page (64 MiB filled: ${ms(machine.pageTouch.freshMs)} fresh, ${ms(machine.pageTouch.againMs)} again), so each MiB a process touches costs it ${ms((256 * machine.pageTouch.perPageUs) / 1000)}.` : ''} Load average (1 min) ${machine.load.toFixed(2)} at the start and ${os.loadavg()[0].toFixed(2)} at the end: other work on the machine shows up in the times.`,
    '',
    '## Targets',
    '',
    '| Target | Limit | Measured | Result |',
    '| --- | --- | --- | --- |',
    `| Scan time / Node floor time (same listing, same reads), ${int(tree.files)}-file tree | ≤ ${TARGET.scanOverFloor}× | ${floorRatio.toFixed(2)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.floorTimes))}) | ${verdict(floorRatio, TARGET.scanOverFloor, (x) => `${x.toFixed(2)}×`)} |`,
    `| Scan time / \`find -type f\` time, ${int(tree.files)}-file tree | ≤ ${TARGET.scanOverFind}× | ${ratio.toFixed(1)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.findTimes))}) | ${verdict(ratio, TARGET.scanOverFind, (x) => `${x.toFixed(1)}×`)} |`,
    `| Peak RSS of the scan, ${int(tree.files)} files | ≤ ${mb(TARGET.peakRssBytes)} | ${mb(big.peakRss)} | ${verdict(big.peakRss, TARGET.peakRssBytes, mb)} |`,
    ...(largest
      ? [
          `| Peak RSS of the scan, ${int(largest.files)} files | ≤ ${mb(TARGET.peakRssLargestBytes)} | ${mb(largest.rssBytes)} | ${verdict(largest.rssBytes, TARGET.peakRssLargestBytes, mb)} |`
        ]
      : []),
    `| Bytes read from any weight file | ≤ its header + 64 KiB | ${weights.filter((w) => w.bytesRead <= w.allowance).length} of ${weights.length} files within; worst: ${int(worstWeight.bytesRead)} B of ${int(worstWeight.allowance)} allowed (\`${worstWeight.path}\`) | ${verdict(worstWeight.bytesRead - worstWeight.headerBytes, TARGET.weightReadSlack, (x) => `${int(x)} B`)} |`,
    `| Action cold start (to first output line) | ≤ ${TARGET.coldStartMs} ms | ${ms(median(cold.firstLineMs))} | ${verdict(median(cold.firstLineMs), TARGET.coldStartMs, ms)} |`,
    ...licenseTargetRows(licence),
    '',
    `**What the floor is:** \`node bench/floor.mjs DIR READLOG\` lists the tree as the scan's walk does (one \`readdirSync(withFileTypes)\` per folder, a path string per file) and repeats the file calls the scan logged with \`MODEL_OPENNESS_READ_LOG\`: ${int(big.floorCalls.lstats)} \`lstat\` calls for data files sized without opening them, and ${int(big.floorCalls.reads)} opens with one read each (${bytesText(big.floorCalls.bytes)}; a weight header the scan reads in several small reads is one read here). It decodes, classifies and judges nothing, so scan − floor is the scan's own work (runtime start and bundle load included).`,
    '',
    `Times are medians of ${RUNS} runs after one warm-up run that fills the page cache (cold start: median of ${COLD_START_RUNS} after one warm-up). Peak RSS is the largest of the timed runs, from ${USE_TIME ? '`/usr/bin/time -v`' : 'a `--import` wrapper reporting `process.resourceUsage().maxRSS`'}. MB = 10^6 bytes.`,
    '',
    `## The ${int(tree.files)}-file tree`,
    '',
    `Generated in ${ms(tree.generateMs)} (seeded, identical on every run): ${int(tree.files)} files in ${int(tree.folders)} folders. ` +
      `${tree.weights.length} sparse weight files with real headers, ${bytesText(tree.weightBytes)} apparent size in all (${list(
        Object.entries(
          tree.weights.reduce((acc, w) => ((acc[w.format] = (acc[w.format] ?? 0) + 1), acc), {})
        ),
        ([f, n]) => `${n} ${f}`
      )}); ${int(tree.byKind['lfs-pointer'] ?? 0)} Git LFS pointers; the rest by extension: ${list(
        Object.entries(tree.byKind)
          .filter(([k]) => !['weights', 'lfs-pointer'].includes(k))
          .sort((a, b) => b[1] - a[1]),
        ([k, n]) => `${k} ${int(n)}`
      )}.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| \`find DIR -type f\` wall time | ${ms(median(big.findTimes))} (runs: ${list(big.findTimes, ms)}) |`,
    `| Node floor wall time (\`node bench/floor.mjs\`) | ${ms(median(big.floorTimes))} (runs: ${list(big.floorTimes, ms)}); peak RSS ${mb(big.floorRss)} |`,
    `| Scan wall time (\`node dist/cli.js scan DIR --offline --format json --output FILE\`) | ${ms(median(big.scanTimes))} (runs: ${list(big.scanTimes, ms)}) |`,
    `| Scan CPU time (user + system) | ${list(big.cpuSeconds, (s) => `${s.toFixed(2)} s`)} |`,
    `| Scan / find | ${ratio.toFixed(1)}× |`,
    `| Scan / Node floor | ${floorRatio.toFixed(2)}× |`,
    `| Peak RSS | ${mb(big.peakRss)} |`,
    ...faultLines(big, machine.pageTouch, int, ms),
    `| Bytes read (\`inventory.bytesRead\`) | ${int(inv.bytesRead)} (${bytesText(inv.bytesRead)}) |`,
    `| Most bytes read from one weight file (\`inventory.maxBytesReadPerWeight\`) | ${int(inv.maxBytesReadPerWeight)} |`,
    `| Report inventory | ${int(inv.files)} files, ${int(inv.directories)} folders, ${inv.weightFiles} weight files, ${inv.lfsPointers} LFS pointers, ${int(inv.textFilesNotRead)} text files judged by path only, ${inv.skipped.length} skipped, partial: ${inv.partial ? inv.partial.reason : 'no'} |`,
    ''
  )
  p(...growthLines({ growth, young, mb, ms, int }))
  if (profile.stages.length > 0) {
    const total = profile.stages.reduce((a, s) => a + s.runMs + s.gcMs, 0)
    p(
      'Where the scan spends its time, by stage (one extra run under `node --cpu-prof`; garbage collection counts for the stage whose allocations it follows). Listing and reading are what the floor also does; the floor does them in its own, smaller process:',
      '',
      '| Stage | Running | Garbage collection | Together | Share |',
      '| --- | --- | --- | --- | --- |',
      ...profile.stages.map(
        (s) =>
          `| ${s.stage} | ${ms(s.runMs)} | ${ms(s.gcMs)} | ${ms(s.runMs + s.gcMs)} | ${(((s.runMs + s.gcMs) / total) * 100).toFixed(1)}% |`
      ),
      ''
    )
  }
  if (profile.functions.length > 0) {
    p(
      'The same run, self time per function:',
      '',
      '| Function | Self time | Share |',
      '| --- | --- | --- |',
      ...profile.functions.map(
        (f) => `| \`${f.name}\` | ${ms(f.ms)} | ${(f.share * 100).toFixed(1)}% |`
      ),
      ''
    )
  }
  p(
    '## Bytes read per weight file',
    '',
    "Each weight file scanned on its own (a hard link in a folder of its own), so `maxBytesReadPerWeight` is that file's count. Header: the bytes a reader needs (safetensors length + JSON; GGUF up to the tensor data; zip central directory + end records; ONNX fields around the graph; the written prefix for HDF5 and legacy torch; 0 for raw external data).",
    '',
    '| File | Format | Apparent size | Header | Read | Allowed (header + 64 KiB) | Result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...weights.map(
      (w) =>
        `| \`${w.path}\` | ${w.format} | ${bytesText(w.size)} | ${int(w.headerBytes)} | ${int(w.bytesRead)} | ${int(w.allowance)} | ${w.bytesRead <= w.allowance ? 'met' : `**missed** by ${int(w.bytesRead - w.allowance)} B`} |`
    ),
    '',
    '## Bundled examples',
    '',
    '| Example | Files | Scan | find | Scan / find | Peak RSS | Bytes read | Most from one weight file |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...examples.map(
      (e) =>
        `| ${e.name} | ${e.report.inventory.files} | ${ms(median(e.scanTimes))} | ${ms(median(e.findTimes))} | ${(median(e.scanTimes) / median(e.findTimes)).toFixed(1)}× | ${mb(e.peakRss)} | ${int(e.report.inventory.bytesRead)} | ${int(e.report.inventory.maxBytesReadPerWeight)} |`
    ),
    '',
    'On trees this small both times are dominated by process start; the ratio is reported, not targeted.',
    '',
    '## Action cold start and bundle',
    '',
    `\`node dist/index.js\` with a minimal environment (PATH, INPUT_PATH and GITHUB_WORKSPACE = examples/${cold.example}, GITHUB_REPOSITORY, GITHUB_EVENT_NAME=push, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT temporary files, RUNNER_TEMP, INPUT_RESOLVE=offline; no token and no event payload, so no PR comment). Time to the first line of output (\`${cold.firstLine.slice(0, 80)}\`): median ${ms(median(cold.firstLineMs))} (runs: ${list(cold.firstLineMs, ms)}). Whole run: median ${ms(median(cold.totalMs))}; exit code ${cold.exitCodes.join(', ')}; ${cold.outputs} outputs written.`,
    '',
    '| Bundle file | Size |',
    '| --- | --- |',
    ...bundle.map((b) => `| \`${b.path}\` | ${int(b.bytes)} B |`),
    `| **Total** | ${int(bundle.reduce((n, b) => n + b.bytes, 0))} B (${mb(bundle.reduce((n, b) => n + b.bytes, 0))}) |`,
    ''
  )
  p(...licenseSection(licence))
  writeFileSync(RESULTS, lines.join('\n'))
  return { ratio, floorRatio, worstWeight }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date()
  if (!existsSync(DIST_CLI) || !existsSync(DIST_ACTION)) {
    if (process.env.BENCH_DIST) throw new Error(`${DIST} has no cli.js and index.js`)
    log('dist/ is missing; building it (npm run build)')
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('build failed')
  }
  const work = mkdtempSync(join(os.tmpdir(), 'model-openness-bench-'))
  const cleanup = () => rmSync(work, { recursive: true, force: true, maxRetries: 3 })
  const onSignal = (signal) => {
    log(`${signal}: removing ${work}`)
    cleanup()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const machine = describeMachine()
    log(
      `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; RSS from ${USE_TIME ? '/usr/bin/time -v' : 'the --import wrapper'}`
    )
    const repoDir = join(work, 'bench-model')
    mkdirSync(repoDir)
    log(`generating ${int(TREE_FILES)} files in ${repoDir}`)
    const t0 = performance.now()
    const generated = generateTree(repoDir, { totalFiles: TREE_FILES })
    const tree = { ...generated, generateMs: performance.now() - t0 }
    globalThis.gc?.()
    log(
      `generated in ${ms(tree.generateMs)}: ${int(tree.files)} files, ${int(tree.folders)} folders, ${bytesText(tree.weightBytes)} of sparse weights`
    )

    const reportFile = join(work, 'report.json')
    log(`timing find and the scan (${RUNS} runs each after a warm-up)`)
    const big = await measureTree(repoDir, reportFile, { floor: true })
    log(
      `find ${ms(median(big.findTimes))}, floor ${ms(median(big.floorTimes))}, scan ${ms(median(big.scanTimes))}, peak RSS ${mb(big.peakRss)}`
    )

    log('young generation: the CLI and the action with and without their setting')
    const young = await measureYoungGeneration({
      dir: repoDir,
      work,
      scanOnce,
      measuredNode,
      actionArgs: () => ({ args: [DIST_ACTION], env: actionEnv(work, repoDir) })
    })

    const sizes = (process.env.BENCH_GROWTH ?? `10000,${TREE_FILES},200000`)
      .split(',')
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b)
    const growth =
      sizes.length > 0
        ? await measureGrowth({
            sizes: [...new Set(sizes)],
            work,
            bigDir: repoDir,
            bigFiles: TREE_FILES,
            generateTree,
            scanOnce,
            log
          })
        : null

    log('profiling one more scan run')
    const profileDir = join(work, 'profile')
    await scanOnce(repoDir, reportFile, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`])
    const profile = summariseProfile(profileDir)

    log('scanning each weight file on its own')
    const weights = []
    const single = join(work, 'single')
    for (const [i, w] of tree.weights.entries()) {
      const dir = join(single, String(i))
      mkdirSync(dir, { recursive: true })
      linkSync(join(repoDir, w.path), join(dir, basename(w.path)))
      const { report } = await scanOnce(dir, join(single, `${i}.json`))
      const bytesRead = report.inventory.maxBytesReadPerWeight
      weights.push({ ...w, bytesRead, allowance: w.headerBytes + TARGET.weightReadSlack })
    }

    log('scanning the bundled examples')
    const examples = []
    const exampleRoot = join(REPO, 'examples')
    for (const name of readdirSync(exampleRoot).sort()) {
      const dir = join(exampleRoot, name)
      if (!statSync(dir).isDirectory()) continue
      examples.push({ name, ...(await measureTree(dir, join(work, `${name}.json`))) })
    }

    const coldExample =
      examples.find((e) => e.name === 'open-science-model')?.name ?? examples[0].name
    log(`action cold start (examples/${coldExample})`)
    const cold = {
      example: coldExample,
      ...(await coldStart(work, join(exampleRoot, coldExample)))
    }

    log('timing the license command (and licensee detect when installed)')
    const licence = measureLicenseCommand({ cli: DIST_CLI })

    const bundle = bundleFiles()
    const { ratio, floorRatio, worstWeight } = writeResults({
      machine,
      tree,
      big,
      weights,
      examples,
      cold,
      bundle,
      profile,
      started,
      growth,
      young,
      licence
    })

    const say = (name, ok, text) => log(`${ok ? 'met   ' : 'MISSED'} ${name}: ${text}`)
    say(
      `scan ≤ ${TARGET.scanOverFloor}× Node floor`,
      floorRatio <= TARGET.scanOverFloor,
      `${floorRatio.toFixed(2)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.floorTimes))})`
    )
    say(
      `scan ≤ ${TARGET.scanOverFind}× find`,
      ratio <= TARGET.scanOverFind,
      `${ratio.toFixed(1)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.findTimes))})${ratio > TARGET.scanOverFind ? `, over by ${(ratio - TARGET.scanOverFind).toFixed(1)}×` : ''}`
    )
    if (growth) {
      const last = growth.points.at(-1)
      say(
        `peak RSS ≤ ${mb(TARGET.peakRssLargestBytes)} at ${int(last.files)} files`,
        last.rssBytes <= TARGET.peakRssLargestBytes,
        `${mb(last.rssBytes)}; growth ${Math.round(growth.perFile)} B per file`
      )
    }
    say(
      `peak RSS ≤ ${mb(TARGET.peakRssBytes)}`,
      big.peakRss <= TARGET.peakRssBytes,
      `${mb(big.peakRss)}${big.peakRss > TARGET.peakRssBytes ? `, over by ${mb(big.peakRss - TARGET.peakRssBytes)}` : ''}`
    )
    const weightOk = weights.every((w) => w.bytesRead <= w.allowance)
    say(
      'weight reads ≤ header + 64 KiB',
      weightOk,
      `worst ${worstWeight.path}: ${int(worstWeight.bytesRead)} B read, ${int(worstWeight.allowance)} allowed${weightOk ? '' : `, over by ${int(worstWeight.bytesRead - worstWeight.allowance)} B`}`
    )
    const coldMs = median(cold.firstLineMs)
    say(
      'cold start ≤ 150 ms',
      coldMs <= TARGET.coldStartMs,
      `${ms(coldMs)}${coldMs > TARGET.coldStartMs ? `, over by ${ms(coldMs - TARGET.coldStartMs)}` : ''}`
    )
    for (const v of licenseVerdicts(licence)) say(v.name, v.ok, v.text)
    log(
      `bundle ${mb(bundle.reduce((n, b) => n + b.bytes, 0))}; results in ${relative(REPO, RESULTS)}`
    )
  } finally {
    log(`removing ${work}`)
    cleanup()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
