import { parseArgs } from 'node:util'
import { EXIT, UsageError, type CliIo } from './cli-errors.js'
import { VERSION } from './version.js'

// Each command's code is imported when that command runs, so `license` or `--version` does not
// load the scanner, the renderers or the network clients.
export { EXIT, type CliIo } from './cli-errors.js'
export { skippedSummary } from './cli-summary.js'

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
        'max-text-files': { type: 'string' },
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
      io.stdout((await import('./cli-usage.js')).USAGE)
      return EXIT.ok
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    }
    const [command, ...rest] = positionals
    if (command !== undefined) await io.beforeCommand?.(command)
    if (command === 'scan')
      return await (await import('./cli-scan.js')).runScanCommand(rest, values, io)
    if (command === 'lock')
      return await (await import('./cli-scan.js')).runLockCommand(rest, values, io)
    if (command === 'mof') return await (await import('./cli-mof.js')).mofCommand(rest, io)
    if (command === 'license')
      return await (await import('./cli-license.js')).licenseCommand(rest, values, io)
    if (command === 'merge') {
      const merge = await import('./merge-command.js')
      try {
        return await merge.mergeCommand(rest, values, io)
      } catch (error) {
        throw error instanceof merge.MergeInputError ? new UsageError(error.message) : error
      }
    }
    throw new UsageError(
      command === undefined
        ? 'missing command (scan, lock, merge, license or mof)'
        : `unknown command '${command}'`
    )
  } catch (error) {
    if (error instanceof UsageError) {
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
