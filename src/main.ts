import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { analyzeRepository } from './analyze.js'
import { checkoutBase, gitRoot } from './github/base.js'
import { upsertStickyComment } from './github/comment.js'
import { InputError, mergeGates, parseInputs, type Gates } from './github/inputs.js'
import { createOctokit } from './github/octokit.js'
import { pullRequestFromContext } from './github/pull-request.js'
import { loadPolicyFile, PolicyError, type Policy } from './policy.js'
import {
  compareReports,
  parseReportSummary,
  renderChanges,
  summarizeReport,
  type ReportChanges
} from './report/changes.js'
import { mofClassName, renderMarkdown } from './report/markdown.js'
import type { OpennessReport } from './report/types.js'
import { ScanInputError } from './scan/scan.js'

/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATION_CAP = 10

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

function resolveReportPath(path: string): string {
  if (isAbsolute(path)) return path
  return join(process.env.RUNNER_TEMP || process.cwd(), path)
}

async function writeReport(path: string, report: OpennessReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(report, null, 2) + '\n')
  await rename(tmp, path)
}

/** Warnings on the files that hold restricted licences, notices on unlicensed components. */
function annotate(report: OpennessReport, scanRoot: string): void {
  const prefix = relative(workspace(), scanRoot)
  const filePath = (p: string): string =>
    prefix && !prefix.startsWith('..') ? `${prefix}/${p}` : p
  let warnings = 0
  let notices = 0
  const seen = new Set<string>()
  for (const c of report.components) {
    if (c.status === 'restricted' && c.license?.path && warnings < ANNOTATION_CAP) {
      const key = `${c.license.path}:${c.license.name}`
      if (seen.has(key)) continue
      seen.add(key)
      warnings++
      core.warning(
        `${c.name} is under ${c.license.name}, which is not an open licence by the MOF's rule.`,
        { title: 'Restricted licence', file: filePath(c.license.path) }
      )
    } else if (c.status === 'unlicensed' && c.evidence[0] && notices < ANNOTATION_CAP) {
      notices++
      const e = c.evidence[0]
      core.notice(`${c.name} was found here, but no licence covers it.`, {
        title: 'No licence',
        file: filePath(e.path),
        ...(e.line ? { startLine: e.line } : {})
      })
    }
  }
  const more =
    report.components.filter((c) => c.status === 'restricted' || c.status === 'unlicensed').length -
    warnings -
    notices
  if (more > 0) core.info(`${more} more licence findings are in the job summary.`)
}

function gateFailures(
  report: OpennessReport,
  gates: Gates,
  changes: ReportChanges | null
): string[] {
  const failures: string[] = []
  if (report.score < gates.failUnder)
    failures.push(`score ${report.score} is below ${gates.failUnder}`)
  if (
    gates.requireMofClass !== null &&
    (report.mof.class === 0 || report.mof.class > gates.requireMofClass)
  ) {
    failures.push(
      `MOF ${mofClassName(report.mof.class)} does not reach the required ${mofClassName(gates.requireMofClass)}`
    )
  }
  if (gates.requireOsaid && !report.osaid.conformant)
    failures.push('the release does not conform to OSAID 1.0')
  for (const name of gates.require) {
    const c = report.components.find((x) => x.name === name)
    if (c && c.status !== 'open') failures.push(`required component ${name} is ${c.status}`)
  }
  if (gates.failOnRegression && changes?.regression) {
    const what =
      changes.mofFrom !== changes.mofTo
        ? `MOF ${mofClassName(changes.mofFrom)} → ${mofClassName(changes.mofTo)}`
        : `score ${changes.scoreFrom} → ${changes.scoreTo}`
    failures.push(`openness regressed (${what})`)
  }
  return failures
}

async function baseSummaryFromGit(
  scanRoot: string,
  baseSha: string | null,
  policy: Policy,
  maxSeconds: number
): Promise<ReturnType<typeof summarizeReport> | null> {
  if (!baseSha) return null
  const root = await gitRoot(scanRoot)
  if (!root) return null
  const { base, reason } = await checkoutBase(root, baseSha, relative(root, scanRoot))
  if (!base) {
    core.info(`Base comparison from git skipped: ${reason}`)
    return null
  }
  try {
    const { report } = await analyzeRepository(base.dir, { maxSeconds, policy, repository: 'base' })
    return summarizeReport(report)
  } finally {
    await base.cleanup()
  }
}

/** The action: scan, report, comment, gate. Every failure ends in one line through setFailed. */
export async function run(): Promise<void> {
  let summaryWritten = false
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const scanRoot = resolve(workspace(), inputs.path)
    const configPath = resolve(workspace(), inputs.config)
    const isDefaultConfig = inputs.config === '.github/model-openness.yml'
    const policy = await loadPolicyFile(workspace(), isDefaultConfig ? undefined : configPath)
    const gates = mergeGates(inputs, policy)
    const context = github.context
    const repository =
      context.repo.owner && context.repo.repo
        ? `${context.repo.owner}/${context.repo.repo}`
        : 'repository'
    const pr = context.payload
      ? pullRequestFromContext({
          eventName: context.eventName,
          payload: context.payload,
          repo: context.repo,
          sha: context.sha,
          runId: context.runId
        })
      : null

    const { report } = await core.group('Scanning the model repository', () =>
      analyzeRepository(scanRoot, { maxSeconds: inputs['max-seconds'], policy, repository })
    )
    const reportPath = resolveReportPath(inputs['report-path'])
    await writeReport(reportPath, report)

    let baseSummary = pr?.number
      ? await baseSummaryFromGit(scanRoot, pr.baseSha, policy, inputs['max-seconds'])
      : null
    let baseSource: ReportChanges['baseSource'] = 'git'

    const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'
    const sha = pr?.headSha || context.sha
    const prefix = relative(workspace(), scanRoot)
    const linkBase =
      context.repo.owner && sha
        ? `${serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${sha}${prefix && !prefix.startsWith('..') ? `/${prefix}` : ''}`
        : undefined
    const runUrl = context.runId
      ? `${serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : undefined

    let commentUrl = ''
    let changes: ReportChanges | null = null
    const head = summarizeReport(report)
    const render = (): string =>
      renderMarkdown(report, { linkBase, ...(changes ? { changes: renderChanges(changes) } : {}) })

    if (pr?.number && inputs.comment !== 'never') {
      const octokit = createOctokit(inputs['github-token'], {
        log: { warn: (m) => core.warning(m) }
      })
      // The previous comment is read first when git has no base, so the comparison can use it.
      const attempt = async (): Promise<Awaited<ReturnType<typeof upsertStickyComment>>> => {
        if (baseSummary) changes = compareReports(baseSummary, head, baseSource)
        return upsertStickyComment({
          octokit,
          owner: context.repo.owner,
          repo: context.repo.repo,
          issueNumber: pr.number as number,
          body: render(),
          report: head,
          sha,
          runId: context.runId,
          mode: inputs.comment,
          ...(runUrl ? { jobSummaryUrl: runUrl } : {})
        })
      }
      let result = await attempt()
      const previous = parseReportSummary(result.previousReport)
      if (!baseSummary && previous && result.action !== 'forbidden') {
        baseSummary = previous
        baseSource = 'previous-comment'
        result = await attempt()
      }
      if (result.warning) core.warning(result.warning)
      if (result.commentUrl) commentUrl = result.commentUrl
      core.info(`PR comment: ${result.action}${result.commentUrl ? ` (${result.commentUrl})` : ''}`)
    } else if (baseSummary) {
      changes = compareReports(baseSummary, head, baseSource)
    }

    const markdown = render()
    await core.summary.addRaw(markdown, true).write()
    summaryWritten = true
    annotate(report, scanRoot)

    core.setOutput('score', String(report.score))
    core.setOutput('mof-class', String(report.mof.class))
    core.setOutput('osaid-conformant', String(report.osaid.conformant))
    core.setOutput('missing-count', String(report.missingDisclosures.length))
    core.setOutput('report-path', reportPath)
    core.setOutput('comment-url', commentUrl)

    core.info(
      `Openness score ${report.score}/100 · MOF ${mofClassName(report.mof.class)} · ${report.osaid.conformant ? 'OSAID conformant' : 'not OSAID conformant'}`
    )
    for (const item of report.inventory.skipped.slice(0, 20))
      core.info(`Skipped ${item.path}: ${item.detail}`)
    const failures = gateFailures(report, gates, changes)
    if (failures.length > 0) core.setFailed(`Openness policy not met: ${failures.join('; ')}`)
  } catch (error) {
    const known =
      error instanceof InputError || error instanceof PolicyError || error instanceof ScanInputError
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    core.setFailed(known ? message : `model-openness failed: ${message}`)
    if (!summaryWritten) {
      await core.summary
        .addRaw(
          `### Model openness\n\nThe check could not run: ${message.replace(/[<>&]/g, '')}\n`,
          true
        )
        .write()
        .catch(() => undefined)
    }
  }
}
