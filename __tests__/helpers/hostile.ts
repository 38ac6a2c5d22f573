/**
 * Helpers for the hostile-repository tests: temporary trees, the CLI run in-process, and checks
 * that hold for every report (evidence paths exist, the Markdown keeps its structure).
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runCli } from '../../src/cli-run.js'
import type { OpennessReport } from '../../src/report/types.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process and collects what it prints. */
export async function cli(args: string[], cwd: string = tmpdir()): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    cwd
  })
  return { code, stdout, stderr }
}

export interface ScanOutcome {
  report: OpennessReport
  markdown: string
  /** Standard error of both runs. */
  stderr: string
  /** Exit codes of the JSON and the Markdown runs. */
  codes: [number, number]
}

/** `scan DIR --format json` and `--format markdown`; throws with stderr when either fails. */
export async function scanBoth(dir: string, extra: string[] = []): Promise<ScanOutcome> {
  const json = await cli(['scan', dir, '--format', 'json', ...extra])
  if (json.code !== 0) throw new Error(`scan --format json exited ${json.code}: ${json.stderr}`)
  const markdown = await cli(['scan', dir, '--format', 'markdown', ...extra])
  if (markdown.code !== 0)
    throw new Error(`scan --format markdown exited ${markdown.code}: ${markdown.stderr}`)
  return {
    report: JSON.parse(json.stdout) as OpennessReport,
    markdown: markdown.stdout,
    stderr: json.stderr + markdown.stderr,
    codes: [json.code, markdown.code]
  }
}

/** A fresh folder under the system temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `mo-hostile-${prefix}-`))
}

/** Removes a tree of any depth (`rm -rf` walks with openat, so 10,000 levels are fine). */
export function removeTree(dir: string): void {
  execFileSync('rm', ['-rf', '--', dir])
}

/** Writes a file, creating its folders. */
export function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

/** Creates a named pipe. */
export function mkfifo(path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  execFileSync('mkfifo', [path])
}

/** Every repository path the report cites as evidence or as a licence's file. */
export function evidencePaths(report: OpennessReport): string[] {
  const paths = new Set<string>()
  for (const c of report.components) {
    for (const e of c.evidence) paths.add(e.path)
    if (c.license?.path) paths.add(c.license.path)
  }
  for (const l of report.licenses) paths.add(l.path)
  for (const f of report.openWashing) paths.add(f.path)
  if (report.declarationPath) paths.add(report.declarationPath)
  return [...paths]
}

/** Evidence paths that do not exist in the repository (checked with lstat, never followed). */
export function missingEvidence(report: OpennessReport, root: string): string[] {
  return evidencePaths(report).filter((p) => {
    try {
      lstatSync(join(root, p))
      return false
    } catch {
      return true
    }
  })
}

/** Number of `|` that GFM would take as cell separators (a backslash escapes the next character). */
export function unescapedPipes(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '|') n++
  }
  return n
}

/**
 * Structural problems in a Markdown report: `<details>` or `</details>` anywhere but on the
 * report's own lines (a file name could close the report's block early), unbalanced blocks, and
 * table rows whose cell count differs from their header's (a name with a raw `|` splits a cell).
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = []
  const lines = markdown.split('\n')
  const opens = lines.filter((l) => /^<details[\s>]/.test(l)).length
  const closes = lines.filter((l) => l === '</details>').length
  if (opens !== closes) problems.push(`${opens} <details> lines but ${closes} </details> lines`)
  const stray = (markdown.match(/<\/?details/gi)?.length ?? 0) - opens - closes
  if (stray !== 0) problems.push(`${stray} raw <details> or </details> outside the report's own`)
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(lines[i + 1] ?? '')) continue
    const expected = unescapedPipes(lines[i])
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) {
      const found = unescapedPipes(lines[j])
      if (found !== expected)
        problems.push(`table row ${j + 1} has ${found} cell separators, header has ${expected}`)
    }
  }
  return problems
}
