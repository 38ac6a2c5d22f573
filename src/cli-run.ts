import { constants } from 'node:fs'
import { open, rename, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { analyzeRepository, type ResolveSettings } from './analyze.js'
import type { ResolveMode } from './model/references.js'
import { buildLock, LOCK_FILE_NAME, writeLockFile } from './resolve/lock.js'
import { evaluateMotRecord, MAX_MOT_RECORD_BYTES } from './frameworks/mot-record.js'
import { loadPolicyFile, PolicyError } from './policy.js'
import { renderMarkdown } from './report/markdown.js'
import { reportToMotYaml } from './report/mot.js'
import { ScanInputError } from './scan/scan.js'
import { VERSION } from './version.js'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
}

const USAGE = `Usage:
  model-openness scan [DIR] [--format json|markdown|mot] [--output FILE] [--config FILE] [--max-seconds N]
                      [--repository OWNER/NAME]
  model-openness lock [DIR] [--repository OWNER/NAME] [--lock FILE] [--cache-dir DIR]
  model-openness mof RECORD.yml
  model-openness --help | --version

scan   inspects a model repository (DIR, default .) and reports its openness:
       score, MOF class, OSAID verdict, Open Source AI Index, missing disclosures, open-washing.
         --format       json (default), markdown, or mot (a Model Openness Tool record)
         --output       write the report to FILE instead of standard output
         --config       policy file (default: DIR/.github/model-openness.yml when present)
         --max-seconds  stop scanning after N seconds and report what was left (default 120)
         --repository   the repository's OWNER/NAME: its owner's models and code count as the
                        release's own (the action knows it; default: the folder name)
         --offline      make no network call: references kept elsewhere are resolved only from
                        DIR/model-openness.lock.json when there is one (same as --resolve offline)
         --resolve      online (default: ask the Hugging Face Hub, GitHub, arXiv and Zenodo about
                        the release's own weights, datasets, papers and code), offline, or lock
                        (the lock file's answers only)
         --lock         the lock file to read (default DIR/model-openness.lock.json)
         --cache-dir    keep the hosts' answers in DIR for a day and reuse them
lock   resolves the release's references online and writes DIR/model-openness.lock.json (or
       --lock FILE): every licence, revision and checkpoint list seen, for reports that are
       the same offline and for drift warnings when the hosts change.
       Endpoints: HF_ENDPOINT, GITHUB_API_URL, ARXIV_OAI_URL; tokens: HF_TOKEN, GITHUB_TOKEN.
mof    evaluates a record in the Model Openness Tool's YAML format and prints its class and progress.

Exit status: 0 when a report was written, 2 for bad usage or unreadable input.
`

class UsageError extends Error {}

const FORMATS = ['json', 'markdown', 'mot'] as const
type Format = (typeof FORMATS)[number]

/** Writes through a temporary file and a rename, so a failed run never leaves half a report. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  await writeFile(tmp, text, { mode: 0o644 })
  await rename(tmp, path)
}

async function scanCommand(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo
): Promise<number> {
  if (positionals.length > 1)
    throw new UsageError(`scan takes one directory, got ${positionals.length}`)
  const dir = resolve(io.cwd, positionals[0] ?? '.')
  const format = (values.format ?? 'json') as string
  if (!FORMATS.includes(format as Format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`)
  let maxSeconds = 120
  if (values['max-seconds'] !== undefined) {
    maxSeconds = Number(values['max-seconds'])
    if (!Number.isFinite(maxSeconds) || maxSeconds <= 0 || maxSeconds > 86_400) {
      throw new UsageError(
        `--max-seconds must be a number of seconds between 0 and 86400, got '${String(values['max-seconds'])}'`
      )
    }
  }
  const policy = await loadPolicyFile(
    dir,
    typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined
  )
  const repository = typeof values.repository === 'string' ? values.repository : basename(dir)
  if (!/^[\w.-]{1,100}(\/[\w.-]{1,100})?$/.test(repository))
    throw new UsageError(
      `--repository must look like OWNER/NAME, got '${repository.slice(0, 100)}'`
    )
  const { report } = await analyzeRepository(dir, {
    maxSeconds,
    policy,
    repository,
    resolve: resolveSettings(values, io, dir)
  })
  const text =
    format === 'json'
      ? JSON.stringify(report, null, 2) + '\n'
      : format === 'markdown'
        ? renderMarkdown(report, { titleLevel: 1 })
        : reportToMotYaml(report)
  if (typeof values.output === 'string') await writeAtomically(resolve(io.cwd, values.output), text)
  else io.stdout(text)
  for (const item of report.inventory.skipped.slice(0, 20))
    io.stderr(`warning: skipped ${JSON.stringify(item.path)}: ${item.detail}\n`)
  if (report.inventory.skipped.length > 20)
    io.stderr(`warning: ${report.inventory.skipped.length - 20} more skipped items in the report\n`)
  if (report.inventory.partial)
    io.stderr(`warning: partial scan: ${report.inventory.partial.reason}\n`)
  return 0
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
  return 0
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
    if (values.help) {
      io.stdout(USAGE)
      return 0
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`)
      return 0
    }
    const [command, ...rest] = positionals
    if (command === 'scan') return await scanCommand(rest, values, io)
    if (command === 'mof') return await mofCommand(rest, io)
    if (command === 'lock') return await lockCommand(rest, values, io)
    throw new UsageError(
      command === undefined ? 'missing command (scan, lock or mof)' : `unknown command '${command}'`
    )
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ScanInputError ||
      error instanceof PolicyError
    ) {
      io.stderr(`model-openness: ${error.message}\n`)
      return 2
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(
        `model-openness: ${(error as Error).message.split('\n')[0]}\nRun 'model-openness --help' for usage.\n`
      )
      return 2
    }
    io.stderr(
      `model-openness: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`
    )
    return 1
  }
}
