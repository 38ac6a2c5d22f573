// The licence command's benchmark, called from bench/run.mjs (and runnable alone:
// `node bench/license.mjs [FILE]` prints the measurement without writing RESULTS.md;
// BENCH_LICENSE_CLI names another build's cli.js).
// Measures the wall time of one process that identifies one licence file:
// `node dist/cli.js license FILE` and, in the same run and interleaved with it so both see the same
// machine load, `licensee detect FILE` when ruby-licensee is installed. Median of several runs
// after a warm-up. Also checks both name the same licence.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from './stats.mjs'

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')

export const LICENSE_TARGET = { wallMs: 150, fasterThanLicensee: 3 }
const WARM_UP = 2
const RUNS = Math.max(3, Number(process.env.BENCH_LICENSE_RUNS ?? 11))

const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US')} ms`

const TIME =
  existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0
const scratch = mkdtempSync(join(tmpdir(), 'model-openness-license-bench-'))
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }))

/**
 * Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any script runs
 * (about 40 ms on this machine, where the environment sets it for a proxy). When it is set, both
 * Node commands are also timed without it, so the table shows what is the runtime's and what is ours.
 */
const EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS
const WITHOUT_EXTRA_CA_CERTS = (() => {
  const env = { ...process.env }
  delete env.NODE_EXTRA_CA_CERTS
  return env
})()

/** Wall time of one process, and its CPU time (user + system) when /usr/bin/time can say. */
function timed(command, args, cwd, env = process.env) {
  const cpuFile = join(scratch, 'cpu')
  const [run, runArgs] = TIME
    ? ['/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, command, ...args]]
    : [command, args]
  const t0 = performance.now()
  const result = spawnSync(run, runArgs, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const wall = performance.now() - t0
  if (result.error) throw result.error
  let cpu = null
  if (TIME) {
    const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number)
    cpu = (user + system) * 1000
  }
  return { wall, cpu, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function licenseeAvailable() {
  const probe = spawnSync('licensee', ['version'], { encoding: 'utf8' })
  return probe.status === 0 ? probe.stdout.trim() : null
}

/**
 * Times both tools on one file. `cli` is the built dist/cli.js; `file` the licence file (default:
 * the project's own LICENSE, as in `model-openness license LICENSE`).
 */
export function measureLicenseCommand({
  cli = join(REPO, 'dist', 'cli.js'),
  file = join(REPO, 'LICENSE'),
  runs = RUNS
} = {}) {
  const cwd = dirname(file)
  const shown = relative(cwd, file)
  const ours = () => timed(process.execPath, [cli, 'license', shown, '--format', 'json'], cwd)
  const licenseeVersion = licenseeAvailable()
  const theirs = () => timed('licensee', ['detect', shown, '--json'], cwd)

  // The runtime's own start, for scale: what any Node command pays before its first line runs.
  const floor = () => timed(process.execPath, ['-e', '0'], cwd)
  // The CLI's entry alone (ESM loader, argument parsing, no command code).
  const entry = () => timed(process.execPath, [cli, '--version'], cwd)
  const oursBare = () =>
    timed(
      process.execPath,
      [cli, 'license', shown, '--format', 'json'],
      cwd,
      WITHOUT_EXTRA_CA_CERTS
    )
  const floorBare = () => timed(process.execPath, ['-e', '0'], cwd, WITHOUT_EXTRA_CA_CERTS)
  for (let i = 0; i < WARM_UP; i++) {
    ours()
    floor()
    entry()
    if (EXTRA_CA_CERTS) {
      oursBare()
      floorBare()
    }
    if (licenseeVersion) theirs()
  }
  const oursTimes = []
  const oursCpu = []
  const floorTimes = []
  const entryTimes = []
  const theirsTimes = []
  const theirsCpu = []
  const oursBareTimes = []
  const floorBareTimes = []
  let bareAnswer = null
  let answer = null
  let licenseeAnswer = null
  for (let i = 0; i < runs; i++) {
    const a = ours()
    if (a.status !== 0) throw new Error(`license command failed: ${a.stderr.trim()}`)
    oursTimes.push(a.wall)
    if (a.cpu !== null) oursCpu.push(a.cpu)
    answer ??= JSON.parse(a.stdout).files[0]
    floorTimes.push(floor().wall)
    entryTimes.push(entry().wall)
    if (EXTRA_CA_CERTS) {
      const c = oursBare()
      if (c.status !== 0) throw new Error(`license command failed: ${c.stderr.trim()}`)
      oursBareTimes.push(c.wall)
      bareAnswer ??= JSON.parse(c.stdout).files[0]
      floorBareTimes.push(floorBare().wall)
    }
    if (licenseeVersion) {
      const b = theirs()
      theirsTimes.push(b.wall)
      if (b.cpu !== null) theirsCpu.push(b.cpu)
      if (licenseeAnswer === null && b.status === 0) {
        const parsed = JSON.parse(b.stdout)
        licenseeAnswer = parsed.matched_files?.[0]?.matched_license ?? parsed.licenses?.[0]?.spdx_id
      }
    }
  }
  return {
    file: shown,
    runs,
    ours: oursTimes,
    oursCpu,
    floor: floorTimes,
    entry: entryTimes,
    withoutExtraCaCerts: EXTRA_CA_CERTS
      ? { ours: oursBareTimes, floor: floorBareTimes, answer: bareAnswer }
      : null,
    answer,
    licensee: licenseeVersion
      ? { version: licenseeVersion, times: theirsTimes, cpu: theirsCpu, answer: licenseeAnswer }
      : null
  }
}

function verdictText(ok) {
  return ok ? 'met' : '**missed**'
}

/** Pass/fail lines, for the bench's console summary. */
export function licenseVerdicts(r) {
  const ourMedian = median(r.ours)
  const out = [
    {
      name: `license command ≤ ${LICENSE_TARGET.wallMs} ms`,
      ok: ourMedian <= LICENSE_TARGET.wallMs,
      text: ms(ourMedian)
    }
  ]
  if (r.licensee) {
    const ratio = median(r.licensee.times) / ourMedian
    out.push({
      name: `license command ≥ ${LICENSE_TARGET.fasterThanLicensee}× faster than licensee detect`,
      ok: ratio >= LICENSE_TARGET.fasterThanLicensee,
      text: `${ratio.toFixed(1)}× (${ms(ourMedian)} vs ${ms(median(r.licensee.times))})`
    })
  }
  return out
}

/** Rows of the Targets table in RESULTS.md. */
export function licenseTargetRows(r) {
  const ourMedian = median(r.ours)
  const rows = [
    `| \`license\` command, one file (\`node dist/cli.js license ${r.file}\`, wall per process) | ≤ ${LICENSE_TARGET.wallMs} ms | ${ms(ourMedian)} | ${verdictText(ourMedian <= LICENSE_TARGET.wallMs)} |`
  ]
  if (r.licensee) {
    const ratio = median(r.licensee.times) / ourMedian
    rows.push(
      `| \`license\` against \`licensee detect ${r.file}\`, same run | ≥ ${LICENSE_TARGET.fasterThanLicensee}× faster | ${ratio.toFixed(1)}× (${ms(ourMedian)} vs ${ms(median(r.licensee.times))}) | ${verdictText(ratio >= LICENSE_TARGET.fasterThanLicensee)} |`
    )
  } else {
    rows.push(
      `| \`license\` against \`licensee detect\`, same run | ≥ ${LICENSE_TARGET.fasterThanLicensee}× faster | not measured: \`licensee\` is not installed (\`apt-get install ruby-licensee\`) | — |`
    )
  }
  if (r.withoutExtraCaCerts) {
    const bare = median(r.withoutExtraCaCerts.ours)
    const against = r.licensee
      ? `; ${(median(r.licensee.times) / bare).toFixed(1)}× faster than \`licensee\``
      : ''
    rows.push(
      `| For comparison, not a target: the same \`license\` run with \`NODE_EXTRA_CA_CERTS\` unset (see *Licence identification*) | — | ${ms(bare)}${against} | — |`
    )
  }
  return rows
}

/** The section with every run, for RESULTS.md. */
export function licenseSection(r) {
  const list = (xs) => xs.map(ms).join(', ')
  const cpu = (xs) => (xs.length > 0 ? ms(median(xs)) : '—')
  const lines = [
    '## Licence identification of one file',
    '',
    `One process per identification, ${r.runs} timed runs after ${WARM_UP} warm-up runs, the commands interleaved so all see the same load. CPU is user + system time from \`/usr/bin/time\`; \`node -e 0\` is the runtime's own start, which any Node command pays, and \`--version\` the CLI's entry without a command.`,
    '',
    '| Command | Median wall | Median CPU | Runs (wall) | Answer |',
    '| --- | --- | --- | --- | --- |',
    `| \`node dist/cli.js license ${r.file} --format json\` | ${ms(median(r.ours))} | ${cpu(r.oursCpu)} | ${list(r.ours)} | ${r.answer?.spdx ?? 'none'} (${r.answer?.matcher ?? '?'}, confidence ${r.answer?.confidence ?? '?'}) |`,
    `| \`node -e 0\` | ${ms(median(r.floor))} | — | ${list(r.floor)} | — |`,
    `| \`node dist/cli.js --version\` | ${ms(median(r.entry))} | — | ${list(r.entry)} | — |`
  ]
  if (r.withoutExtraCaCerts)
    lines.push(
      `| \`node dist/cli.js license ${r.file} --format json\`, NODE_EXTRA_CA_CERTS unset | ${ms(median(r.withoutExtraCaCerts.ours))} | — | ${list(r.withoutExtraCaCerts.ours)} | ${r.withoutExtraCaCerts.answer?.spdx ?? 'none'} |`,
      `| \`node -e 0\`, NODE_EXTRA_CA_CERTS unset | ${ms(median(r.withoutExtraCaCerts.floor))} | — | ${list(r.withoutExtraCaCerts.floor)} | — |`
    )
  if (r.licensee)
    lines.push(
      `| \`licensee detect ${r.file} --json\` (licensee ${r.licensee.version}) | ${ms(median(r.licensee.times))} | ${cpu(r.licensee.cpu)} | ${list(r.licensee.times)} | ${r.licensee.answer ?? 'none'} |`
    )
  else lines.push('| `licensee detect` | — | — | not installed | — |')
  if (r.withoutExtraCaCerts) {
    const caCost = median(r.floor) - median(r.withoutExtraCaCerts.floor)
    const bare = median(r.withoutExtraCaCerts.ours)
    lines.push(
      '',
      `This machine's environment sets \`NODE_EXTRA_CA_CERTS\`, and Node 20 loads those certificates at every start, before any script runs: ${ms(caCost)} of each Node process here (\`node -e 0\` with and without it). The targets above are measured with the environment as it is; without the variable the command takes ${ms(bare)}${r.licensee ? `, ${(median(r.licensee.times) / bare).toFixed(1)}× faster than \`licensee\`` : ''}. What the command adds to the runtime's start is ${ms(median(r.ours) - median(r.floor))} with the variable and ${ms(bare - median(r.withoutExtraCaCerts.floor))} without.`
    )
  }
  lines.push('')
  return lines
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined
  const cli = process.env.BENCH_LICENSE_CLI ?? join(REPO, 'dist', 'cli.js')
  if (!existsSync(cli)) {
    process.stderr.write(`${cli} is missing: run npm run build first\n`)
    process.exit(2)
  }
  const result = measureLicenseCommand({ cli, ...(file ? { file } : {}) })
  process.stdout.write(licenseSection(result).join('\n') + '\n')
  for (const v of licenseVerdicts(result))
    process.stdout.write(`${v.ok ? 'met   ' : 'MISSED'} ${v.name}: ${v.text}\n`)
}
