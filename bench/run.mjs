#!/usr/bin/env node
// The scan benchmark (`npm run bench`). Generates a 100,000-file model repository with ~1.2 TB of
// sparse weight files and 1,000 LFS pointers in a temporary folder, then measures, side by side:
// the built CLI's scan against `find DIR -type f` (wall time, peak RSS, bytes read), the bytes read
// from each weight file against its header, the bundled examples, the action's cold start and the
// bundle's size. Writes bench/RESULTS.md. A benchmark, not a test: nothing here fails a build.
//
// Environment: BENCH_FILES (tree size, default 100000), BENCH_RUNS (timed runs, default 3),
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
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateTree } from './tree.mjs'
import {
  licenseSection,
  licenseTargetRows,
  licenseVerdicts,
  measureLicenseCommand
} from './license.mjs'

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST_CLI = join(REPO, 'dist', 'cli.js')
const DIST_ACTION = join(REPO, 'dist', 'index.js')
const RESULTS = join(REPO, 'bench', 'RESULTS.md')
const RSS_WRAPPER = pathToFileURL(join(REPO, 'bench', 'maxrss.mjs')).href

const TREE_FILES = Number(process.env.BENCH_FILES ?? 100_000)
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const COLD_START_RUNS = 7
const USE_TIME =
  process.env.BENCH_RSS !== 'wrapper' &&
  existsSync('/usr/bin/time') &&
  spawnSync('/usr/bin/time', ['-v', 'true']).status === 0

const TARGET = {
  scanOverFind: 4,
  peakRssBytes: 200e6,
  weightReadSlack: 64 * 1024,
  coldStartMs: 150
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
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

/** Peak RSS (bytes) and CPU seconds from /usr/bin/time -v or the --import wrapper's line. */
function parseUsage(stderr) {
  if (USE_TIME) {
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
    return {
      rssBytes: rss ? Number(rss[1]) * 1024 : NaN,
      cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : NaN
    }
  }
  const m = /BENCH_USAGE maxrss_kb=(\d+) user_us=(\d+) system_us=(\d+)/.exec(stderr)
  return m
    ? { rssBytes: Number(m[1]) * 1024, cpuSeconds: (Number(m[2]) + Number(m[3])) / 1e6 }
    : { rssBytes: NaN, cpuSeconds: NaN }
}

/** `node dist/cli.js scan DIR --format json --output FILE`, measured; returns the report too. */
async function scanOnce(dir, outFile, extraNodeArgs = []) {
  const nodeArgs = [
    ...extraNodeArgs,
    DIST_CLI,
    'scan',
    dir,
    '--format',
    'json',
    '--output',
    outFile
  ]
  const result = USE_TIME
    ? await run('/usr/bin/time', ['-v', process.execPath, ...nodeArgs], { capture: false })
    : await run(process.execPath, ['--import', RSS_WRAPPER, ...nodeArgs], { capture: false })
  if (result.code !== 0) {
    throw new Error(`scan of ${dir} exited with ${result.code}:\n${result.stderr.slice(0, 2000)}`)
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'))
  return { wallMs: result.wallMs, ...parseUsage(result.stderr), report }
}

async function findOnce(dir) {
  const result = await run('find', [dir, '-type', 'f'], { capture: false })
  if (result.code !== 0) throw new Error(`find ${dir} exited with ${result.code}`)
  return result.wallMs
}

/** One warm-up run of each (fills the page cache), then RUNS timed runs of find and of the scan. */
async function measureTree(dir, outFile) {
  await findOnce(dir)
  await scanOnce(dir, outFile)
  const findTimes = []
  for (let i = 0; i < RUNS; i++) findTimes.push(await findOnce(dir))
  const scans = []
  for (let i = 0; i < RUNS; i++) scans.push(await scanOnce(dir, outFile))
  return {
    findTimes,
    scanTimes: scans.map((s) => s.wallMs),
    cpuSeconds: scans.map((s) => s.cpuSeconds),
    peakRss: Math.max(...scans.map((s) => s.rssBytes)),
    report: scans[scans.length - 1].report
  }
}

// ---------------------------------------------------------------------------------------------
// Profile: where the scan's time goes (self time per function, from --cpu-prof).

function summariseProfile(profileDir, top = 15) {
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
  if (!file) return []
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
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }))
}

// ---------------------------------------------------------------------------------------------
// The action's cold start: `node dist/index.js` until its first line of output.

async function coldStart(work, exampleDir) {
  const dir = join(work, 'action')
  mkdirSync(dir, { recursive: true })
  const summary = join(dir, 'summary.md')
  const output = join(dir, 'output.txt')
  const once = async () => {
    writeFileSync(summary, '')
    writeFileSync(output, '')
    const env = {
      PATH: process.env.PATH,
      INPUT_PATH: exampleDir,
      GITHUB_WORKSPACE: exampleDir,
      GITHUB_REPOSITORY: 'bench/example',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: dir
    }
    const result = await run(process.execPath, [DIST_ACTION], { env, cwd: dir, onFirstLine: true })
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
    load: os.loadavg()[0]
  }
}

function bundleFiles() {
  const files = []
  for (const name of readdirSync(join(REPO, 'dist'))) {
    if (name.endsWith('.js')) files.push(join('dist', name))
  }
  const chunks = join(REPO, 'dist', 'chunks')
  if (existsSync(chunks))
    for (const name of readdirSync(chunks)) files.push(join('dist', 'chunks', name))
  return files.map((f) => ({ path: f, bytes: statSync(join(REPO, f)).size }))
}

// ---------------------------------------------------------------------------------------------
// Results

function verdict(measured, limit, unit) {
  if (measured <= limit) return 'met'
  const over = measured - limit
  return `**missed** by ${unit(over)} (${((measured / limit - 1) * 100).toFixed(0)}% over)`
}

function writeResults(r) {
  const { machine, tree, big, weights, examples, cold, bundle, profile, started, licence } = r
  const ratio = median(big.scanTimes) / median(big.findTimes)
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
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memory / 2 ** 30).toFixed(1)} GiB memory; Node ${machine.node}; ${machine.os}; temporary folder ${machine.tmp}. Load average (1 min) ${machine.load.toFixed(2)} at the start and ${os.loadavg()[0].toFixed(2)} at the end: other work on the machine shows up in the times.`,
    '',
    '## Targets',
    '',
    '| Target | Limit | Measured | Result |',
    '| --- | --- | --- | --- |',
    `| Scan time / \`find -type f\` time, ${int(tree.files)}-file tree | ≤ ${TARGET.scanOverFind}× | ${ratio.toFixed(1)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.findTimes))}) | ${verdict(ratio, TARGET.scanOverFind, (x) => `${x.toFixed(1)}×`)} |`,
    `| Peak RSS of the scan | ≤ ${mb(TARGET.peakRssBytes)} | ${mb(big.peakRss)} | ${verdict(big.peakRss, TARGET.peakRssBytes, mb)} |`,
    `| Bytes read from any weight file | ≤ its header + 64 KiB | ${weights.filter((w) => w.bytesRead <= w.allowance).length} of ${weights.length} files within; worst: ${int(worstWeight.bytesRead)} B of ${int(worstWeight.allowance)} allowed (\`${worstWeight.path}\`) | ${verdict(worstWeight.bytesRead - worstWeight.headerBytes, TARGET.weightReadSlack, (x) => `${int(x)} B`)} |`,
    `| Action cold start (to first output line) | ≤ ${TARGET.coldStartMs} ms | ${ms(median(cold.firstLineMs))} | ${verdict(median(cold.firstLineMs), TARGET.coldStartMs, ms)} |`,
    ...licenseTargetRows(licence),
    '',
    ...(ratio > TARGET.scanOverFind
      ? [
          `**Why the scan misses ${TARGET.scanOverFind}× \`find\`:** \`find -type f\` only lists names (one \`getdents\` per folder, no file opened), while the scan must open and read files to judge them: the text of up to 5,000 documents, 5,000 code files and 5,000 configs (shallowest first; ${int(inv.textFilesNotRead)} more are judged by path only), the header of every weight file, and the first bytes of every data file that could be a Git LFS pointer — ${bytesText(inv.bytesRead)} in all — and then runs the detectors over that text. Even the listing alone (the walk, with \`opendir\`) measured about 7–9× \`find\` on this tree (350–480 ms against 50 ms) because Node builds an object per entry; the rest is reading and detection, which a listing-only floor does not pay. Lower per-kind read limits would close the gap at the cost of missed evidence in large repositories, so they were not lowered; the profile below shows where the time goes.`,
          ''
        ]
      : []),
    ...(big.peakRss > TARGET.peakRssBytes
      ? [
          `**Why peak RSS is over ${mb(TARGET.peakRssBytes)}:** about 55 MB is the runtime and the loaded bundle before any work; the live heap after the scan holds a record per file (${int(tree.files)} of them) and the text read (about 12 MB), under 100 MB in all. The rest is V8's headroom: under this allocation rate its young generation grows to its default maximum (3 × 16 MB semi-spaces). Measured on the same tree, \`node --max-semi-space-size=4 dist/cli.js scan …\` peaks near 156 MB at the same speed; the flag cannot be set from inside a running process, so it is left to the caller (\`NODE_OPTIONS\`).`,
          ''
        ]
      : []),
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
    `| Scan wall time (\`node dist/cli.js scan DIR --format json --output FILE\`) | ${ms(median(big.scanTimes))} (runs: ${list(big.scanTimes, ms)}) |`,
    `| Scan CPU time (user + system) | ${list(big.cpuSeconds, (s) => `${s.toFixed(2)} s`)} |`,
    `| Scan / find | ${ratio.toFixed(1)}× |`,
    `| Peak RSS | ${mb(big.peakRss)} |`,
    `| Bytes read (\`inventory.bytesRead\`) | ${int(inv.bytesRead)} (${bytesText(inv.bytesRead)}) |`,
    `| Most bytes read from one weight file (\`inventory.maxBytesReadPerWeight\`) | ${int(inv.maxBytesReadPerWeight)} |`,
    `| Report inventory | ${int(inv.files)} files, ${int(inv.directories)} folders, ${inv.weightFiles} weight files, ${inv.lfsPointers} LFS pointers, ${int(inv.textFilesNotRead)} text files judged by path only, ${inv.skipped.length} skipped, partial: ${inv.partial ? inv.partial.reason : 'no'} |`,
    ''
  )
  if (profile.length > 0) {
    p(
      'Where the scan spends its time (one extra run under `node --cpu-prof`, self time per function):',
      '',
      '| Function | Self time | Share |',
      '| --- | --- | --- |',
      ...profile.map((f) => `| \`${f.name}\` | ${ms(f.ms)} | ${(f.share * 100).toFixed(1)}% |`),
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
    `\`node dist/index.js\` with a minimal environment (PATH, INPUT_PATH and GITHUB_WORKSPACE = examples/${cold.example}, GITHUB_REPOSITORY, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT temporary files, RUNNER_TEMP; no event payload, so no PR comment). Time to the first line of output (\`${cold.firstLine.slice(0, 80)}\`): median ${ms(median(cold.firstLineMs))} (runs: ${list(cold.firstLineMs, ms)}). Whole run: median ${ms(median(cold.totalMs))}; exit code ${cold.exitCodes.join(', ')}; ${cold.outputs} outputs written.`,
    '',
    '| Bundle file | Size |',
    '| --- | --- |',
    ...bundle.map((b) => `| \`${b.path}\` | ${int(b.bytes)} B |`),
    `| **Total** | ${int(bundle.reduce((n, b) => n + b.bytes, 0))} B (${mb(bundle.reduce((n, b) => n + b.bytes, 0))}) |`,
    ''
  )
  p(...licenseSection(licence))
  writeFileSync(RESULTS, lines.join('\n'))
  return { ratio, worstWeight }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date()
  if (!existsSync(DIST_CLI) || !existsSync(DIST_ACTION)) {
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
    const big = await measureTree(repoDir, reportFile)
    log(
      `find ${ms(median(big.findTimes))}, scan ${ms(median(big.scanTimes))}, peak RSS ${mb(big.peakRss)}`
    )

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
    const { ratio, worstWeight } = writeResults({
      machine,
      tree,
      big,
      weights,
      examples,
      cold,
      bundle,
      profile,
      started,
      licence
    })

    const say = (name, ok, text) => log(`${ok ? 'met   ' : 'MISSED'} ${name}: ${text}`)
    say(
      'scan ≤ 4× find',
      ratio <= TARGET.scanOverFind,
      `${ratio.toFixed(1)}× (${ms(median(big.scanTimes))} vs ${ms(median(big.findTimes))})${ratio > TARGET.scanOverFind ? `, over by ${(ratio - TARGET.scanOverFind).toFixed(1)}×` : ''}`
    )
    say(
      'peak RSS ≤ 200 MB',
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
