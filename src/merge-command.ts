/**
 * `model-openness merge REPORT.json…`: one dashboard from the JSON reports of many releases (the
 * organisation-wide audit's last step). Each input is checked to be a report before anything is
 * written; a file that is not one is named in one line (exit 2).
 */
import { constants } from 'node:fs'
import { open, rename, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import {
  buildDashboard,
  dashboardReportSchema,
  dashboardToCsv,
  dashboardToHtml,
  dashboardToJson,
  dashboardToMarkdown,
  type DashboardInput
} from './report/dashboard.js'
import { safeUrl } from './report/escape.js'

/** Bad input to merge: one line on stderr, exit 2. */
export class MergeInputError extends Error {}

export const MERGE_FORMATS = ['markdown', 'html', 'csv', 'json'] as const
type MergeFormat = (typeof MERGE_FORMATS)[number]

/** A report is a few hundred KiB; anything far larger is not one. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
/** More reports than an audit of a large organisation would merge. */
const MAX_REPORTS = 10_000

export const MERGE_USAGE = `merge  builds one dashboard from JSON reports (scan --format json): a row per release with its
       score, MOF class and progress to the next class, OSAID verdict, top missing disclosure,
       open-washing count and a link to its report, with totals per MOF class.
         --format             markdown (default; for a job summary), html (one self-contained
                              page, sortable, printable), csv, json
         --output             write the dashboard to FILE instead of standard output
         --link-base          link each report as URL/FILE-NAME (default: its path relative to
                              the dashboard; Markdown then shows the file name without a link)
`

async function readReportText(path: string, shown: string): Promise<string> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    throw new MergeInputError(
      `${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new MergeInputError(`${shown}: not a regular file`)
    if (info.size > MAX_REPORT_BYTES)
      throw new MergeInputError(`${shown}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`)
    const buffer = Buffer.alloc(info.size)
    let filled = 0
    while (filled < info.size) {
      const { bytesRead } = await handle.read(buffer, filled, info.size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** The first problem zod found, as `field: message`. */
function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0]
  if (!issue) return 'unexpected shape'
  const where = issue.path.map(String).join('.')
  return `${where || 'the document'}: ${issue.message}`.slice(0, 200)
}

/** Reads and checks one report; throws MergeInputError naming the file. */
export async function readReportForDashboard(path: string, shown: string) {
  const text = await readReportText(path, shown)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new MergeInputError(`${shown}: not a model-openness JSON report (not JSON)`)
  }
  const parsed = dashboardReportSchema.safeParse(value)
  if (!parsed.success)
    throw new MergeInputError(
      `${shown}: not a model-openness JSON report (${firstIssue(parsed.error.issues)})`
    )
  return parsed.data
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

export async function mergeCommand(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: { stdout(text: string): void; cwd: string }
): Promise<number> {
  if (positionals.length === 0) throw new MergeInputError('merge needs at least one REPORT.json')
  if (positionals.length > MAX_REPORTS)
    throw new MergeInputError(`merge takes at most ${MAX_REPORTS} reports`)
  const format = String(values.format ?? 'markdown')
  if (!(MERGE_FORMATS as readonly string[]).includes(format))
    throw new MergeInputError(
      `--format for merge must be one of ${MERGE_FORMATS.join(', ')}, got '${format.slice(0, 40)}'`
    )
  let linkBase: string | null = null
  if (values['link-base'] !== undefined) {
    const base = safeUrl(String(values['link-base']))
    if (!base)
      throw new MergeInputError(
        `--link-base must be an http(s) URL, got '${String(values['link-base']).slice(0, 100)}'`
      )
    linkBase = base.replace(/\/+$/, '')
  }
  const output = typeof values.output === 'string' ? resolve(io.cwd, values.output) : null
  if (output) {
    const folder = await stat(dirname(output)).catch(() => null)
    if (!folder?.isDirectory())
      throw new MergeInputError(`--output ${String(values.output)}: the folder does not exist`)
  }
  // Relative links are relative to where the dashboard is read: the output's folder.
  const linkFrom = output ? dirname(output) : io.cwd

  const inputs: DashboardInput[] = []
  for (const shown of positionals) {
    const path = resolve(io.cwd, shown)
    const report = await readReportForDashboard(path, shown)
    const name = basename(path)
    inputs.push({
      report,
      reportName: name,
      reportLink: linkBase
        ? `${linkBase}/${encodeURIComponent(name)}`
        : toPosix(relative(linkFrom, path)) || name
    })
  }
  const dashboard = buildDashboard(inputs)
  const render: Record<MergeFormat, () => string> = {
    markdown: () => dashboardToMarkdown(dashboard),
    html: () => dashboardToHtml(dashboard),
    csv: () => dashboardToCsv(dashboard),
    json: () => dashboardToJson(dashboard)
  }
  const text = render[format as MergeFormat]()
  if (output) {
    const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`)
    try {
      await writeFile(temporary, text, { mode: 0o644 })
      await rename(temporary, output)
    } catch (error) {
      throw new MergeInputError(
        `--output ${String(values.output)}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      )
    }
  } else io.stdout(text)
  return 0
}
