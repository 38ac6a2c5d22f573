import { constants } from 'node:fs'
import { open, rename, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { analyzeRepository, type ResolveSettings } from './analyze.js'
import type { ResolveMode } from './model/references.js'
import { buildLock, LOCK_FILE_NAME, writeLockFile } from './resolve/lock.js'
import { evaluateMotRecord, MAX_MOT_RECORD_BYTES } from './frameworks/mot-record.js'
import { combineGates, evaluateGates } from './policy/gates.js'
import { loadPolicyFile, mofClassGate, PolicyError } from './policy/schema.js'
import { isOutputFormat, OUTPUT_FORMAT_NAMES, OUTPUT_FORMATS } from './report/formats.js'
import type { OpennessReport } from './report/types.js'
import { ScanInputError } from './scan/scan.js'
import { HubTargetError, parseHubTarget } from './scan/hub-snapshot.js'
import { analyzeHubModel } from './analyze-hub.js'
import { mergeCommand, MergeInputError, MERGE_USAGE } from './merge-command.js'
import { EMPTY_POLICY } from './policy.js'
import type { SkipReason } from './scan/types.js'
import { checkFilesFound, checkScanRoot } from './scan-root.js'
import { VERSION } from './version.js'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
}

/** Documented exit statuses (README, docs/cli.md). */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2, internal: 3 } as const

const USAGE = `Usage:
  model-openness scan [DIR] [--format FORMAT] [--output FILE] [--config FILE] [--max-seconds N]
                            [--fail-under N] [--require-mof-class 1|2|3] [--require-osaid]
                            [--repository OWNER/NAME] [--offline | --resolve MODE] [--lock FILE]
                            [--cache-dir DIR]
  model-openness scan hf:ORG/NAME[@REVISION] [same options as for DIR]
  model-openness lock [DIR] [--repository OWNER/NAME] [--lock FILE] [--cache-dir DIR]
  model-openness merge REPORT.json... [--format markdown|html|csv|json] [--output FILE]
                                      [--link-base URL]
  model-openness mof RECORD.yml
  model-openness --help | --version

scan   inspects a model repository (DIR, default .) and reports its openness:
       score, MOF class, OSAID verdict, Open Source AI Index, missing disclosures, open-washing.
       hf:ORG/NAME[@REVISION] reads a model on the Hugging Face Hub instead, at one commit: its
       file list, small files and weight headers (range requests; weights are never downloaded).
       A gated model needs HF_TOKEN with access; the report says what could not be read.
         --format             ${OUTPUT_FORMAT_NAMES.map((f) => `${f} (${OUTPUT_FORMATS[f].description})`).join(',\n                              ')};
                              default json
         --output             write the report to FILE instead of standard output
         --config             policy file (default: DIR/.github/model-openness.yml when present);
                              its gates apply as in the action
         --max-seconds        stop scanning after N seconds and report what was left (default 120)
         --fail-under         exit 1 when the score is below N (0-100)
         --require-mof-class  exit 1 unless the release reaches MOF class 1, 2 or 3
         --require-osaid      exit 1 unless the release conforms to OSAID 1.0
       Flags tighten the policy file's gates, never loosen them.
         --repository         the repository's OWNER/NAME: its owner's models and code count as
                              the release's own (the action knows it; default: the folder name)
         --offline            make no network call: references kept elsewhere are resolved only
                              from DIR/model-openness.lock.json when there is one
         --resolve            online (default: ask the Hugging Face Hub, GitHub, arXiv and Zenodo
                              about the release's own weights, datasets, papers and code), offline,
                              or lock (the lock file's answers only)
         --lock               the lock file to read (default DIR/model-openness.lock.json)
         --cache-dir          keep the hosts' answers in DIR for a day and reuse them
lock   resolves the release's references online and writes DIR/model-openness.lock.json (or
       --lock FILE): every licence, revision and checkpoint list seen, for reports that are the
       same offline and for drift warnings when the hosts change.
Endpoints: HF_ENDPOINT, GITHUB_API_URL, ARXIV_OAI_URL, ZENODO_URL; tokens: HF_TOKEN, GITHUB_TOKEN.
mof    evaluates a record in the Model Openness Tool's YAML format and prints its class and progress.
${MERGE_USAGE}
Exit status: 0 report written, 1 a gate failed (report written, one line per failed gate on
stderr), 2 bad usage or unreadable input, 3 internal error.
`

class UsageError extends Error {}

/** Writes through a temporary file and a rename, so a failed run never leaves half a report. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  await writeFile(tmp, text, { mode: 0o644 })
  await rename(tmp, path)
}

/** Checked before the scan, so a typo in --output does not cost a whole scan. */
async function checkOutputFolder(path: string, shown: string): Promise<void> {
  const folder = dirname(path)
  const info = await stat(folder).catch(() => null)
  if (!info) throw new UsageError(`--output ${shown}: the folder ${dirname(shown)} does not exist`)
  if (!info.isDirectory())
    throw new UsageError(`--output ${shown}: ${dirname(shown)} is not a folder`)
  const target = await stat(path).catch(() => null)
  if (target?.isDirectory()) throw new UsageError(`--output ${shown}: is a folder`)
}

function numberFlag(name: string, raw: string, min: number, max: number, exclusiveMin: boolean) {
  const value = Number(raw)
  const low = exclusiveMin ? value <= min : value < min
  if (raw.trim() === '' || !Number.isFinite(value) || low || value > max) {
    const range = exclusiveMin ? `greater than ${min} and at most ${max}` : `from ${min} to ${max}`
    throw new UsageError(`--${name} must be a number ${range}, got '${raw}'`)
  }
  return value
}

const SKIP_WORDS: Record<SkipReason, string> = {
  symlink: 'symbolic link(s) not followed',
  'special-file': 'special file(s) not read',
  unreadable: 'unreadable',
  'too-large': 'read only in part (first part of a large file)',
  'binary-document': 'binary content under a text name',
  'invalid-name': 'invalid name(s)',
  'depth-limit': 'below the depth limit',
  'file-limit': 'past the file-count limit',
  'time-budget': 'not reached within the time budget',
  malformed: 'malformed'
}

/** One stderr line for everything not fully read, grouped by why, instead of a line per file. */
export function skippedSummary(report: Pick<OpennessReport, 'inventory'>): string | null {
  const skipped = report.inventory.skipped
  if (skipped.length === 0) return null
  const counts = new Map<SkipReason, number>()
  for (const item of skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1)
  const parts = [...counts].map(([reason, n]) => `${n} ${SKIP_WORDS[reason] ?? reason}`)
  return `note: ${skipped.length} item(s) not fully scanned: ${parts.join(', ')}; each is listed in the report`
}

async function scanCommand(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo
): Promise<number> {
  if (positionals.length > 1)
    throw new UsageError(`scan takes one directory, got ${positionals.length}`)
  const shownDir = positionals[0] ?? '.'
  const hubTarget = parseHubTarget(shownDir)
  const dir = resolve(io.cwd, shownDir)
  const format = String(values.format ?? 'json')
  if (!isOutputFormat(format))
    throw new UsageError(
      `--format must be one of ${OUTPUT_FORMAT_NAMES.join(', ')}, got '${format}'`
    )
  const maxSeconds =
    values['max-seconds'] === undefined
      ? 120
      : numberFlag('max-seconds', String(values['max-seconds']), 0, 86_400, true)
  const failUnder =
    values['fail-under'] === undefined
      ? undefined
      : numberFlag('fail-under', String(values['fail-under']), 0, 100, false)
  let requireMofClass: 1 | 2 | 3 | null = null
  if (values['require-mof-class'] !== undefined) {
    const parsed = mofClassGate.safeParse(String(values['require-mof-class']))
    if (!parsed.success)
      throw new UsageError(
        `--require-mof-class must be 1, 2, 3 (or I, II, III) or none, got '${String(values['require-mof-class'])}'`
      )
    requireMofClass = parsed.data
  }
  const output = typeof values.output === 'string' ? resolve(io.cwd, values.output) : null
  if (output) await checkOutputFolder(output, String(values.output))

  if (!hubTarget) await checkScanRoot(dir, shownDir)
  const configPath = typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined
  // A Hub model has no policy file of its own here: only --config gives one.
  const policy = hubTarget && !configPath ? EMPTY_POLICY : await loadPolicyFile(dir, configPath)
  const gates = combineGates(
    { failUnder, requireMofClass, requireOsaid: values['require-osaid'] === true },
    policy
  )
  const repository =
    typeof values.repository === 'string' ? values.repository : (hubTarget?.id ?? basename(dir))
  if (!/^[\w.-]{1,100}(\/[\w.-]{1,100})?$/.test(repository))
    throw new UsageError(
      `--repository must look like OWNER/NAME, got '${repository.slice(0, 100)}'`
    )
  const settings = resolveSettings(values, io, dir)
  const { report } = hubTarget
    ? await analyzeHubModel(hubTarget, {
        maxSeconds,
        policy,
        repository,
        // The Hub repository's own lock file is used unless --lock names another.
        resolve: {
          ...settings,
          lockPath: typeof values.lock === 'string' ? settings.lockPath : undefined
        }
      })
    : await analyzeRepository(dir, { maxSeconds, policy, repository, resolve: settings })
  checkFilesFound(report, shownDir)

  const text = OUTPUT_FORMATS[format].render(report)
  if (output) {
    try {
      await writeAtomically(output, text)
    } catch (error) {
      // The folder was checked; this is a full disk, a permission or a race.
      throw new UsageError(
        `--output ${String(values.output)}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      )
    }
  } else io.stdout(text)

  const skipped = skippedSummary(report)
  if (skipped) io.stderr(`model-openness: ${skipped}\n`)
  if (report.inventory.partial)
    io.stderr(
      `model-openness: warning: partial scan: ${report.inventory.partial.reason}; the score counts only what was read\n`
    )
  // The regression gate needs a base commit, which only the action has; say so rather than pass.
  if (gates.failOnRegression)
    io.stderr(
      'model-openness: note: fail-on-regression needs a base commit; it applies only in the action\n'
    )
  const failures = evaluateGates(report, gates)
  for (const f of failures) io.stderr(`model-openness: gate failed: ${f.gate}: ${f.message}\n`)
  return failures.length > 0 ? EXIT.gateFailed : EXIT.ok
}

const RESOLVE_MODES = ['online', 'offline', 'lock'] as const

function resolveSettings(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  dir: string
): ResolveSettings {
  let mode: ResolveMode = 'online'
  if (values.resolve !== undefined) {
    if (!RESOLVE_MODES.includes(values.resolve as ResolveMode))
      throw new UsageError(
        `--resolve must be one of ${RESOLVE_MODES.join(', ')}, got '${String(values.resolve)}'`
      )
    mode = values.resolve as ResolveMode
  }
  if (values.offline === true) {
    if (values.resolve !== undefined && values.resolve !== 'offline')
      throw new UsageError(`--offline contradicts --resolve ${String(values.resolve)}`)
    mode = 'offline'
  }
  const cacheDir =
    typeof values['cache-dir'] === 'string' ? resolve(io.cwd, values['cache-dir']) : null
  return {
    mode,
    lockPath:
      typeof values.lock === 'string' ? resolve(io.cwd, values.lock) : join(dir, LOCK_FILE_NAME),
    options: cacheDir ? { cache: { dir: cacheDir } } : {}
  }
}

async function lockCommand(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo
): Promise<number> {
  if (positionals.length > 1)
    throw new UsageError(`lock takes one directory, got ${positionals.length}`)
  if (values.offline === true || (values.resolve !== undefined && values.resolve !== 'online'))
    throw new UsageError(
      'lock asks the hosts: it cannot run with --offline or --resolve other than online'
    )
  const dir = resolve(io.cwd, positionals[0] ?? '.')
  const repository = typeof values.repository === 'string' ? values.repository : basename(dir)
  const settings = resolveSettings(values, io, dir)
  const lockPath = settings.lockPath ?? join(dir, LOCK_FILE_NAME)
  const analysis = await analyzeRepository(dir, {
    repository,
    resolve: { ...settings, mode: 'online' }
  })
  const lock = buildLock(analysis.facts, analysis.lock ?? undefined)
  await writeLockFile(lockPath, lock)
  const unresolved = analysis.facts.filter((f) => f.unresolved && !f.license)
  io.stdout(
    `wrote ${lockPath}: ${lock.entries.length} resolved reference(s)` +
      (unresolved.length > 0 ? `, ${unresolved.length} not resolved (kept out of the lock)` : '') +
      '\n'
  )
  for (const fact of unresolved.slice(0, 20))
    io.stderr(
      `warning: ${fact.reference.kind} ${JSON.stringify(fact.reference.id)}: ${fact.unresolved?.reason}: ${fact.unresolved?.detail}\n`
    )
  for (const drift of analysis.report.resolution.drift.slice(0, 20))
    io.stderr(`drift: ${drift.message}\n`)
  return 0
}

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

async function mofCommand(positionals: string[], io: CliIo): Promise<number> {
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

/** node:util's parseArgs errors, said in the CLI's own words. */
function parseArgsMessage(error: NodeJS.ErrnoException): string {
  const first = (error.message ?? '').split('\n')[0]
  const option = /'(-{1,2}[^' ]+)/.exec(first)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option ?? first}'`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // E.g. `--max-seconds -5`: the value looks like an option, or a flag got a value.
      return option && /argument missing|ambiguous|<value>/.test(first)
        ? `${option} needs a value (write ${option}=VALUE for a value that starts with '-')`
        : `${option ?? 'an option'} does not take a value`
    default:
      return first
  }
}

/** The CLI without process globals, so tests can run it in-process. Returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'max-seconds': { type: 'string' },
        repository: { type: 'string' },
        offline: { type: 'boolean' },
        resolve: { type: 'string' },
        lock: { type: 'string' },
        'cache-dir': { type: 'string' },
        'fail-under': { type: 'string' },
        'require-mof-class': { type: 'string' },
        'require-osaid': { type: 'boolean' },
        'link-base': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
    if (values.help) {
      io.stdout(USAGE)
      return EXIT.ok
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    }
    const [command, ...rest] = positionals
    if (command === 'scan') return await scanCommand(rest, values, io)
    if (command === 'mof') return await mofCommand(rest, io)
    if (command === 'lock') return await lockCommand(rest, values, io)
    if (command === 'merge') return await mergeCommand(rest, values, io)
    throw new UsageError(
      command === undefined
        ? 'missing command (scan, lock, merge or mof)'
        : `unknown command '${command}'`
    )
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ScanInputError ||
      error instanceof PolicyError ||
      error instanceof HubTargetError ||
      error instanceof MergeInputError
    ) {
      io.stderr(`model-openness: ${error.message}\n`)
      return EXIT.usage
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(
        `model-openness: ${parseArgsMessage(error as NodeJS.ErrnoException)}; run 'model-openness --help' for usage\n`
      )
      return EXIT.usage
    }
    io.stderr(
      `model-openness: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`
    )
    return EXIT.internal
  }
}
