import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, realpath, rename, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { analyzeRepository } from './analyze.js'
import { checkoutBase, gitRoot, headCommit } from './github/base.js'
import { resolveLogin, sameIdentity, upsertStickyComment } from './github/comment.js'
import { ApiDeadline } from './github/deadline.js'
import { InputError, mergeGates, parseInputs } from './github/inputs.js'
import { parseMarker } from './github/marker.js'
import { logInfo } from './github/log.js'
import { createOctokit, type Octokit } from './github/octokit.js'
import {
  loadBasePolicy,
  loadCheckoutPolicy,
  policyPathInWorkspace,
  type PolicySource
} from './github/policy-source.js'
import { pullRequestFromContext, type PullRequestTarget } from './github/pull-request.js'
import { evaluateGates } from './policy/gates.js'
import { DEFAULT_POLICY_PATH, PolicyError, type Policy } from './policy.js'
import {
  baseFromPreviousReport,
  compareReports,
  embedReport,
  parseEmbeddedReport,
  renderChanges,
  summarizeReport,
  type ReportChanges,
  type ReportSummary
} from './report/changes.js'
import { mofClassName, renderMarkdown } from './report/markdown.js'
import { reportToSarif } from './report/sarif.js'
import type { OpennessReport } from './report/types.js'
import { ScanInputError } from './scan/scan.js'
import { checkFilesFound, checkScanRoot } from './scan-root.js'

/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATION_CAP = 10

/** Open pull requests read when looking for a fork PR's number (100 per page). */
const MAX_PULL_PAGES = 10

/** Marker comments are looked for in at most this many pages of 100, as the sticky lookup does. */
const MAX_COMMENT_PAGES = 100

type BaseForComparison = { summary: ReportSummary; source: ReportChanges['baseSource'] }

/** Every warning goes through here, so file annotations can stay within the per-step cap. */
let warningsIssued = 0
function warn(message: string): void {
  warningsIssued++
  core.warning(message)
}

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

async function writeReport(path: string, report: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(report, null, 2) + '\n')
  await rename(tmp, path)
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] ?? ''
}

/** Warnings on the files that hold restricted licences, notices on unlicensed components. */
function annotate(report: OpennessReport, scanRoot: string): void {
  const prefix = relative(workspace(), scanRoot)
  const filePath = (p: string): string =>
    prefix && !prefix.startsWith('..') ? `${prefix}/${p}` : p
  // Warnings already printed (PR lookup, policy, rate limits) count towards the same cap.
  const warningCap = Math.max(0, ANNOTATION_CAP - warningsIssued)
  let warnings = 0
  let notices = 0
  let findings = 0
  const seen = new Set<string>()
  for (const c of report.components) {
    if (c.status === 'restricted' && c.license?.path) {
      const key = `${c.license.path}:${c.license.name}`
      if (seen.has(key)) continue
      seen.add(key)
      findings++
      if (warnings >= warningCap) continue
      warnings++
      core.warning(
        `${c.name} is under ${c.license.name}, which is not an open licence by the MOF's rule.`,
        { title: 'Restricted licence', file: filePath(c.license.path) }
      )
    } else if (c.status === 'unlicensed' && c.evidence[0]) {
      findings++
      if (notices >= ANNOTATION_CAP) continue
      notices++
      const e = c.evidence[0]
      core.notice(`${c.name} was found here, but no licence covers it.`, {
        title: 'No licence',
        file: filePath(e.path),
        ...(e.line ? { startLine: e.line } : {})
      })
    }
  }
  const more = findings - warnings - notices
  if (more > 0) core.info(`${more} more licence findings are in the job summary.`)
}

async function baseSummaryFromGit(
  scanRoot: string,
  baseSha: string | null,
  policy: Policy,
  limits: { maxSeconds: number; maxTextFiles: number }
): Promise<ReportSummary | null> {
  if (!baseSha) return null
  const root = await gitRoot(scanRoot)
  if (!root) return null
  // git answers with the real path; the workspace path may go through a symlink.
  const subPath = relative(root, await realpath(scanRoot))
  if (subPath.startsWith('..')) return null
  const { base, reason } = await checkoutBase(root, baseSha, subPath)
  if (!base) {
    logInfo(`Base comparison from git skipped: ${reason}`)
    return null
  }
  try {
    // The base is read with the head's limits, so the comparison compares like with like.
    const { report } = await analyzeRepository(base.dir, { ...limits, policy, repository: 'base' })
    return summarizeReport(report)
  } catch (error) {
    // E.g. the scanned folder does not exist in the base commit; the comment fallback still works.
    logInfo(`Base comparison from git skipped: ${errorLine(error)}`)
    return null
  } finally {
    await base.cleanup()
  }
}

/**
 * GitHub leaves `workflow_run.pull_requests` empty for fork PRs, so the PR is found among the open
 * pulls by its head commit.
 */
async function findPullByHeadSha(
  octokit: Octokit,
  owner: string,
  repo: string,
  headSha: string
): Promise<{ number: number; baseSha: string | null } | null> {
  let pages = 0
  const matches = await octokit.paginate(
    octokit.rest.pulls.list,
    { owner, repo, state: 'open', per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PULL_PAGES) done()
      return response.data.filter((p) => p.head?.sha?.toLowerCase() === headSha.toLowerCase())
    }
  )
  const pull = matches[0]
  if (!pull || !Number.isSafeInteger(pull.number) || pull.number <= 0) return null
  const baseSha = typeof pull.base?.sha === 'string' ? pull.base.sha.toLowerCase() : null
  return {
    number: pull.number,
    baseSha: baseSha && /^[0-9a-f]{40,64}$/.test(baseSha) ? baseSha : null
  }
}

/**
 * The report embedded in this token's oldest marker comment (the one the sticky update keeps), read
 * before anything is written so the comment is written once, already with the comparison.
 */
async function previousCommentReport(
  octokit: Octokit,
  owner: string,
  repo: string,
  issueNumber: number
): Promise<{ report: unknown; sha?: string } | null> {
  let pages = 0
  const found = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner, repo, issue_number: issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_COMMENT_PAGES) done()
      return response.data
        .filter((c) => parseMarker(c.body) !== null)
        .map((c) => ({
          id: c.id,
          body: c.body ?? '',
          login: c.user?.login ?? '',
          createdAt: Date.parse(c.created_at) || 0
        }))
    }
  )
  if (found.length === 0) return null
  const login = await resolveLogin(octokit)
  const mine = found
    .filter((c) => sameIdentity(c.login, login))
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)[0]
  const marker = mine ? parseMarker(mine.body) : null
  return marker ? { report: marker.report, ...(marker.sha ? { sha: marker.sha } : {}) } : null
}

function eventPullRequest(): PullRequestTarget | null {
  const context = github.context
  if (!context.payload) return null
  return pullRequestFromContext({
    eventName: context.eventName,
    payload: context.payload,
    repo: context.repo,
    sha: context.sha,
    runId: context.runId
  })
}

/** A workflow_run triggered by a pull request whose number GitHub left out (fork PRs). */
function isForkWorkflowRun(): boolean {
  const { eventName, payload } = github.context
  if (eventName !== 'workflow_run') return false
  const trigger = (payload.workflow_run as { event?: unknown } | undefined)?.event
  return trigger === 'pull_request' || trigger === 'pull_request_target'
}

/**
 * `pull_request_target` and `workflow_run` hand the job a token that can write. When the checkout
 * is a fork's head commit, everything in it is the fork author's: say so, once.
 */
async function warnOnForkHeadCheckout(
  pr: PullRequestTarget | null,
  token: string,
  scanRoot: string
): Promise<void> {
  const event = github.context.eventName
  if (!pr || !token || (event !== 'pull_request_target' && event !== 'workflow_run')) return
  if (!pr.isFork) return
  const checkedOut = await headCommit(scanRoot)
  if (checkedOut === null || checkedOut !== pr.headSha.toLowerCase()) return
  warn(
    `This ${event} run has checked out the fork's head commit ${checkedOut.slice(0, 12)} with a token that can write. ` +
      'model-openness reads it as data only; no other step in this job may run, install or build anything from that checkout (see the README, Security).'
  )
}

/**
 * The policy the run is judged by. On a pull request it is the base commit's (policy-source: base),
 * read from git or through the API; when that fails the run fails, never falling back to the
 * PR's own file. The line saying which policy applied is always logged.
 */
async function resolvePolicy(options: {
  inputs: { config: string; 'policy-source': PolicySource }
  isPullRequestRun: boolean
  baseSha: string | null
  octokit: Octokit | null
  deadline: ApiDeadline
}): Promise<Policy> {
  const { inputs, isPullRequestRun, baseSha } = options
  const configPath = resolve(workspace(), inputs.config)
  const isDefault = configPath === resolve(workspace(), DEFAULT_POLICY_PATH)
  const inWorkspace = policyPathInWorkspace(workspace(), configPath)
  if (inWorkspace === null) {
    // E.g. an organisation's file checked out by the workflow elsewhere: not the PR's to change.
    const policy = await loadCheckoutPolicy(workspace(), configPath, false)
    logInfo(`Policy: ${configPath} (outside the workspace, so not part of any pull request).`)
    return policy
  }
  if (!isPullRequestRun || inputs['policy-source'] === 'head') {
    const policy = await loadCheckoutPolicy(workspace(), configPath, isDefault)
    const why = isPullRequestRun ? 'policy-source: head' : 'not a pull request'
    logInfo(`Policy: ${inWorkspace} from the checkout (${why}).`)
    return policy
  }
  if (!baseSha) {
    throw new PolicyError(
      "the pull request's base commit is unknown, so its policy file cannot be read; set policy-source: head to judge the PR by the checkout's file"
    )
  }
  const { policy, origin } = await loadBasePolicy({
    workspace: workspace(),
    configPath,
    baseSha,
    octokit: options.octokit,
    owner: github.context.repo.owner,
    repo: github.context.repo.repo,
    deadline: options.deadline
  })
  logInfo(origin)
  // The PR's own file does not apply, but a broken one would fail the base branch after merging.
  try {
    await loadCheckoutPolicy(workspace(), configPath, isDefault)
  } catch (error) {
    warn(`The policy file in this pull request will not work after merging: ${errorLine(error)}`)
  }
  return policy
}

/** Where the JSON report goes; a relative path stays inside the runner temp folder. */
function resolveReportPath(path: string): string {
  if (isAbsolute(path)) return path
  const temp = resolve(process.env.RUNNER_TEMP || process.cwd())
  const full = resolve(temp, path)
  if (full !== temp && !full.startsWith(temp + sep))
    throw new InputError("input 'report-path' must stay inside the runner temp folder")
  return full
}

/** The action: scan, report, gate, then comment. Every failure ends in one line through setFailed. */
export async function run(): Promise<void> {
  let summaryWritten = false
  warningsIssued = 0
  let deadline: ApiDeadline | null = null
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const apiDeadline = new ApiDeadline(inputs['api-timeout-seconds'])
    deadline = apiDeadline
    const scanRoot = resolve(workspace(), inputs.path)
    await checkScanRoot(scanRoot, `input 'path' (${inputs.path})`)
    const reportPath = resolveReportPath(inputs['report-path'])
    const sarifPath = inputs['sarif-path'] ? resolveReportPath(inputs['sarif-path']) : ''
    const pr = eventPullRequest()
    const context = github.context
    const { owner, repo } = context.repo
    const repository = owner && repo ? `${owner}/${repo}` : 'repository'

    const token = inputs['github-token']
    const isPullRequestRun = pr !== null && (pr.number !== null || isForkWorkflowRun())
    const wantsComment = isPullRequestRun && inputs.comment !== 'never'
    const octokit =
      isPullRequestRun && token
        ? createOctokit(token, { log: { warn: (m) => warn(m) }, deadline: apiDeadline })
        : null
    if (wantsComment && !token)
      warn('No github-token was given, so the report is only in the job summary.')
    await warnOnForkHeadCheckout(pr, token, scanRoot)

    // workflow_run: the PR and its base are found first, so the base's policy is the one applied.
    let prNumber = pr?.number ?? null
    let baseSha = pr?.baseSha ?? null
    if (pr && prNumber === null && isForkWorkflowRun() && octokit) {
      try {
        const found = await apiDeadline.run(() =>
          findPullByHeadSha(octokit, owner, repo, pr.headSha)
        )
        if (found) {
          prNumber = found.number
          baseSha = baseSha ?? found.baseSha
        } else logInfo(`No open pull request has head ${pr.headSha}; not commenting.`)
      } catch (error) {
        warn(`Could not look up the pull request for this workflow run: ${errorLine(error)}`)
      }
    }

    const policy = await resolvePolicy({
      inputs,
      isPullRequestRun,
      baseSha,
      octokit,
      deadline: apiDeadline
    })
    const gates = mergeGates(inputs, policy)

    // The scan has its own budget (max-seconds); the API clock stops meanwhile.
    apiDeadline.pause()
    const { report } = await core.group('Scanning the model repository', () =>
      analyzeRepository(scanRoot, {
        maxSeconds: inputs['max-seconds'],
        maxTextFiles: inputs['max-text-files'],
        policy,
        repository,
        resolve: {
          mode: inputs.resolve,
          // The workflow's token is sent to the GitHub API only; HF_TOKEN comes from the environment.
          options: { tokens: { github: inputs['github-token'] } }
        }
      })
    )
    checkFilesFound(report, `input 'path' (${inputs.path})`)
    await writeReport(reportPath, report)
    if (sarifPath) {
      const prefix = relative(workspace(), scanRoot)
      const sarif = reportToSarif(report, prefix.startsWith('..') ? {} : { pathPrefix: prefix })
      await writeReport(sarifPath, sarif)
    }

    const head = summarizeReport(report)
    let base: BaseForComparison | null = null
    if (prNumber !== null) {
      const fromGit = await baseSummaryFromGit(scanRoot, baseSha, policy, {
        maxSeconds: inputs['max-seconds'],
        maxTextFiles: inputs['max-text-files']
      })
      if (fromGit) base = { summary: fromGit, source: 'git' }
    }

    const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'
    const sha = pr?.headSha || context.sha
    const prefix = relative(workspace(), scanRoot)
    const linkBase =
      owner && sha
        ? `${serverUrl}/${owner}/${repo}/blob/${sha}${prefix && !prefix.startsWith('..') ? `/${prefix}` : ''}`
        : undefined
    const runUrl = context.runId
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
      : undefined

    apiDeadline.resume()
    const commentTarget =
      octokit !== null && prNumber !== null && inputs.comment !== 'never'
        ? { octokit, issueNumber: prNumber }
        : null
    if (commentTarget && !base) {
      // The comparison (and so the regression gate) may need the previous comment's report.
      try {
        const previous = await apiDeadline.run(() =>
          previousCommentReport(commentTarget.octokit, owner, repo, commentTarget.issueNumber)
        )
        base = baseFromPreviousReport(parseEmbeddedReport(previous?.report), previous?.sha, sha)
      } catch (error) {
        warn(`Could not read the previous report from the pull request: ${errorLine(error)}`)
      }
    }
    const changes: ReportChanges | null = base
      ? compareReports(base.summary, head, base.source)
      : null
    const markdown = renderMarkdown(report, {
      linkBase,
      ...(changes ? { changes: renderChanges(changes) } : {})
    })

    // Summary, outputs and gates first: a stuck API can cost the comment, nothing else.
    await core.summary.addRaw(markdown, true).write()
    summaryWritten = true
    annotate(report, scanRoot)

    core.setOutput('score', String(report.score))
    core.setOutput('mof-class', String(report.mof.class))
    core.setOutput('osaid-conformant', String(report.osaid.conformant))
    core.setOutput('missing-count', String(report.missingDisclosures.length))
    core.setOutput('report-path', reportPath)
    if (sarifPath) core.setOutput('sarif-path', sarifPath)

    core.info(
      `Openness score ${report.score}/100 · MOF ${mofClassName(report.mof.class)} · ${report.osaid.conformant ? 'OSAID conformant' : 'not OSAID conformant'}`
    )
    for (const item of report.inventory.skipped.slice(0, 20))
      logInfo(`Skipped ${item.path}: ${item.detail}`)
    const failures = evaluateGates(report, gates, changes).map((f) => f.message)
    if (failures.length > 0) core.setFailed(`Openness policy not met: ${failures.join('; ')}`)

    let commentUrl = ''
    if (commentTarget) {
      // A failing comment never fails the check: the job summary above has the report.
      try {
        const result = await apiDeadline.run(() =>
          upsertStickyComment({
            ...commentTarget,
            owner,
            repo,
            body: markdown,
            report: embedReport(head, base),
            sha,
            runId: context.runId,
            mode: inputs.comment,
            ...(runUrl ? { jobSummaryUrl: runUrl } : {})
          })
        )
        if (result.warning) warn(result.warning)
        if (result.commentUrl && result.action !== 'forbidden') commentUrl = result.commentUrl
        logInfo(`PR comment: ${result.action}${result.commentUrl ? ` (${result.commentUrl})` : ''}`)
      } catch (error) {
        warn(`Could not write the pull request comment: ${errorLine(error)}`)
      }
    }
    core.setOutput('comment-url', commentUrl)
  } catch (error) {
    const known =
      error instanceof InputError || error instanceof PolicyError || error instanceof ScanInputError
    const message = errorLine(error)
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
  } finally {
    deadline?.dispose()
  }
}
