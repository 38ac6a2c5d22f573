import { rename, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { analyzeRepository, type ResolveSettings } from './analyze.js'
import { EXIT, UsageError, type CliIo, type CliValues } from './cli-errors.js'
import { skippedSummary } from './cli-summary.js'
import type { ResolveMode } from './model/references.js'
import { combineGates, evaluateGates } from './policy/gates.js'
import { loadPolicyFile, mofClassGate, PolicyError } from './policy/schema.js'
import { isOutputFormat, OUTPUT_FORMAT_NAMES, OUTPUT_FORMATS } from './report/formats.js'
import { buildLock, LOCK_FILE_NAME, writeLockFile } from './resolve/lock.js'
import { ScanInputError } from './scan/scan.js'
import { HubTargetError, parseHubTarget } from './scan/hub-snapshot.js'
import { analyzeHubModel } from './analyze-hub.js'
import { EMPTY_POLICY } from './policy.js'
import { checkFilesFound, checkScanRoot } from './scan-root.js'

/** Writes through a temporary file and a rename, so a failed run never leaves half a report. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  await writeFile(tmp, text, { mode: 0o644 })
  await rename(tmp, path)
}

/** What `--repository` takes: NAME or OWNER/NAME, in the characters GitHub and the Hub allow. */
const REPOSITORY_NAME = /^[\w.-]{1,100}(\/[\w.-]{1,100})?$/

/**
 * The repository's name when `--repository` is not given: the folder's name, with each run of
 * other characters (`+`, spaces, non-ASCII letters) written as `-`. A folder called
 * `model+v2 (copy)` is scanned as `model-v2-copy`, not refused for a flag that was never passed.
 */
export function repositoryFromFolder(dir: string): string {
  const name = basename(dir)
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 100)
    .replace(/^[-.]+|-+$/g, '')
  return name === '' ? 'repository' : name
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

function numberFlag(
  name: string,
  raw: string,
  min: number,
  max: number,
  exclusiveMin: boolean,
  whole = false
) {
  const value = Number(raw)
  const low = exclusiveMin ? value <= min : value < min
  const wrongKind = whole ? !/^\s*\d+\s*$/.test(raw) : raw.trim() === '' || !Number.isFinite(value)
  if (wrongKind || low || value > max) {
    const range = exclusiveMin ? `greater than ${min} and at most ${max}` : `from ${min} to ${max}`
    throw new UsageError(
      `--${name} must be a ${whole ? 'whole ' : ''}number ${range}, got '${raw}'`
    )
  }
  return value
}

/** `--max-text-files`: scan and lock read alike, so a lock covers what the scan reads. */
function maxTextFilesFlag(values: CliValues): number | undefined {
  const raw = values['max-text-files']
  return raw === undefined
    ? undefined
    : numberFlag('max-text-files', String(raw), 1, 1_000_000, false, true)
}

async function scanCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
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
  const maxTextFiles = maxTextFilesFlag(values)
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
    typeof values.repository === 'string'
      ? values.repository
      : (hubTarget?.id ?? repositoryFromFolder(dir))
  if (!REPOSITORY_NAME.test(repository))
    throw new UsageError(
      `--repository must look like OWNER/NAME, got '${repository.slice(0, 100)}'`
    )
  const settings = resolveSettings(values, io, dir)
  const { report } = hubTarget
    ? await analyzeHubModel(hubTarget, {
        maxSeconds,
        maxTextFiles,
        policy,
        repository,
        // The Hub repository's own lock file is used unless --lock names another.
        resolve: {
          ...settings,
          lockPath: typeof values.lock === 'string' ? settings.lockPath : undefined
        }
      })
    : await analyzeRepository(dir, {
        maxSeconds,
        maxTextFiles,
        policy,
        repository,
        resolve: settings
      })
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

function resolveSettings(values: CliValues, io: CliIo, dir: string): ResolveSettings {
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

async function lockCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  if (positionals.length > 1)
    throw new UsageError(`lock takes one directory, got ${positionals.length}`)
  if (values.offline === true || (values.resolve !== undefined && values.resolve !== 'online'))
    throw new UsageError(
      'lock asks the hosts: it cannot run with --offline or --resolve other than online'
    )
  const dir = resolve(io.cwd, positionals[0] ?? '.')
  const repository =
    typeof values.repository === 'string' ? values.repository : repositoryFromFolder(dir)
  const settings = resolveSettings(values, io, dir)
  const lockPath = settings.lockPath ?? join(dir, LOCK_FILE_NAME)
  const analysis = await analyzeRepository(dir, {
    repository,
    maxTextFiles: maxTextFilesFlag(values),
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

/** Bad input found inside the scan (root, policy file) is a usage error like any other. */
function asUsageError(error: unknown): unknown {
  if (
    error instanceof ScanInputError ||
    error instanceof PolicyError ||
    error instanceof HubTargetError
  )
    return new UsageError(error.message)
  return error
}

export async function runScanCommand(
  positionals: string[],
  values: CliValues,
  io: CliIo
): Promise<number> {
  try {
    return await scanCommand(positionals, values, io)
  } catch (error) {
    throw asUsageError(error)
  }
}

export async function runLockCommand(
  positionals: string[],
  values: CliValues,
  io: CliIo
): Promise<number> {
  try {
    return await lockCommand(positionals, values, io)
  } catch (error) {
    throw asUsageError(error)
  }
}
