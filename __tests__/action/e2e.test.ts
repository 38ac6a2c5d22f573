/**
 * The bundled action end to end (see helpers/action-harness.ts): the PR comment, comment modes and
 * servers, errors, events other than pull requests, hostile names in the log.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect } from '@jest/globals'
import { parseMarker, renderMarker } from '../../src/github/marker.js'
import { canned, startFakeGitHub } from '../helpers/fake-github.js'
import {
  actionTest,
  commentRequests,
  copyExample,
  embeddedReport,
  errorLines,
  execFileAsync,
  fake,
  git,
  OPEN_SCIENCE,
  OPEN_WEIGHTS,
  OWNER,
  PR,
  pullRequestEvent,
  REPO,
  runAction,
  scratch,
  sha,
  swapFakeGitHub,
  tempDir,
  TOKEN,
  useActionHarness,
  type ActionRun
} from '../helpers/action-harness.js'

useActionHarness()

describe('the bundled action on a pull request', () => {
  actionTest('creates the sticky comment on the first run and edits it on the second', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'sticky')
    const headSha = sha()
    const event = pullRequestEvent({ headSha, baseSha: sha() })

    const first = await runAction({ workspace, event, runId: 501 })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const comments = fake.commentsOn(PR)
    expect(comments).toHaveLength(1)
    const comment = comments[0]!
    expect(comment.user.login).toBe('github-actions[bot]')
    expect(comment.body).toContain('## Model openness: 100/100 · MOF Class I')
    expect(comment.body).not.toContain('What this PR changes')
    // The machine-readable report of this run rides in the marker, for the next run.
    expect(parseMarker(comment.body)).toMatchObject({ sha: headSha, runId: '501' })
    expect(embeddedReport(comment.body)).toMatchObject({ v: 1, score: 100, mofClass: 1 })
    expect(commentRequests('POST')).toHaveLength(1)
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    expect(first.outputs).toEqual({
      score: '100',
      'mof-class': '1',
      'osaid-conformant': 'true',
      'missing-count': '0',
      'report-path': expect.stringMatching(/model-openness-report\.json$/),
      'comment-url': comment.html_url
    })
    const saved = JSON.parse(await readFile(first.outputs['report-path']!, 'utf8')) as {
      score: number
      repository: string
    }
    expect(saved).toMatchObject({ score: 100, repository: `${OWNER}/${REPO}` })
    expect(first.summary).toContain('## Model openness: 100/100 · MOF Class I')
    expect(first.summary).toContain('| Model card | III | ✅ open |')
    expect(first.stdout).toContain(`PR comment: created (${comment.html_url})`)

    fake.requests.length = 0
    const second = await runAction({ workspace, event, runId: 502 })
    expect(second.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(fake.commentsOn(PR)[0]!.id).toBe(comment.id)
    expect(commentRequests('POST')).toHaveLength(0)
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${comment.id}`
    ])
    // The token's login is asked once, though the run reads the comments twice (the previous
    // report before the scan, the comment to update after it).
    expect(fake.requests.filter((r) => r.path.endsWith('/graphql'))).toHaveLength(1)
    expect(parseMarker(fake.commentsOn(PR)[0]!.body)).toMatchObject({ runId: '502' })
    expect(second.outputs['comment-url']).toBe(comment.html_url)
    expect(second.stdout).toContain('PR comment: updated')
  })

  actionTest('finds its comment past the first 100 and removes a newer duplicate', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'paged')
    const marker = renderMarker({ report: { v: 1 }, sha: sha(), runId: 400 })
    for (let i = 0; i < 120; i++)
      fake.addComment({ issueNumber: PR, body: `+1 (${i})`, login: 'bob' })
    const ours = fake.addComment({ issueNumber: PR, body: `old report\n\n${marker}` })
    for (let i = 0; i < 30; i++)
      fake.addComment({ issueNumber: PR, body: `thanks ${i}`, login: 'bob' })
    const duplicate = fake.addComment({ issueNumber: PR, body: `racing run\n\n${marker}` })
    // Someone quoting the marker is not the bot: never edited, never deleted.
    const forged = fake.addComment({ issueNumber: PR, body: `look\n\n${marker}`, login: 'mallory' })

    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
      runId: 501
    })
    expect(run.code).toBe(0)
    expect(commentRequests('GET').some((r) => r.query.page === '2')).toBe(true)
    expect(commentRequests('POST')).toHaveLength(0)
    const remaining = fake.commentsOn(PR)
    expect(remaining).toHaveLength(152)
    expect(remaining.some((c) => c.id === duplicate.id)).toBe(false)
    expect(remaining.find((c) => c.id === forged.id)?.body).toBe(`look\n\n${marker}`)
    const updated = remaining.find((c) => c.id === ours.id)!
    expect(updated.body).toContain('## Model openness: 100/100')
    expect(run.outputs['comment-url']).toBe(ours.html_url)
  })

  actionTest('retries 5xx answers and a secondary rate limit', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'retry')
    const listPath = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`
    fake.failNext({ method: 'GET', path: listPath }, [canned.serverError(502)])
    fake.failNext({ method: 'POST', path: listPath }, [
      canned.serverError(500),
      canned.secondaryRateLimit(1)
    ])

    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(commentRequests('POST')).toHaveLength(3)
    // The comparison's lookup (answered 502 once) and the upsert's; then, because the 500 may
    // have hidden a created comment, one look before posting again and one after, to dedupe.
    expect(commentRequests('GET')).toHaveLength(5)
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::GitHub secondary rate limit hit on POST .* retrying in 1s$/
      )
    ])
  })

  actionTest(
    'gives one warning and the job summary when the token cannot comment (fork PR)',
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'fork')
      fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
        canned.forbiddenIntegration()
      ])
      const run = await runAction({
        workspace,
        event: pullRequestEvent({ headSha: sha(), baseSha: sha(), fork: true })
      })
      expect(run.code).toBe(0)
      expect(errorLines(run)).toEqual([])
      expect(run.plainWarnings).toHaveLength(1)
      expect(run.plainWarnings[0]).toContain('Could not write the pull request comment (HTTP 403')
      expect(run.plainWarnings[0]).toContain('pull-requests: write')
      expect(fake.commentsOn(PR)).toHaveLength(0)
      expect(run.summary).toContain('## Model openness: 100/100 · MOF Class I')
      expect(run.outputs).toMatchObject({ score: '100', 'comment-url': '' })
    }
  )

  actionTest('any other comment failure is a warning too: the check still reports', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'comment-422')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
      { status: 422, body: { message: 'Validation Failed' } }
    ])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(
        /^::warning::Could not write the pull request comment: Validation Failed/
      )
    ])
    expect(run.summary).toContain('## Model openness: 100/100')
    expect(run.outputs).toMatchObject({ score: '100', 'comment-url': '' })
  })

  actionTest('without a token, one warning and the job summary', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'no-token')
    // A full checkout: the base commit's policy comes from git, no token needed.
    await git(workspace, 'init', '-q', '-b', 'main')
    await git(workspace, 'add', '-A')
    await git(workspace, 'commit', '-q', '-m', 'Base')
    const baseSha = await git(workspace, 'rev-parse', 'HEAD')
    await git(workspace, 'commit', '-q', '--allow-empty', '-m', 'Head')
    const run = await runAction({
      workspace,
      inputs: { 'github-token': '' },
      event: pullRequestEvent({ headSha: await git(workspace, 'rev-parse', 'HEAD'), baseSha })
    })
    expect(run.code).toBe(0)
    expect(fake.requests).toEqual([])
    expect(run.plainWarnings).toEqual([
      '::warning::No github-token was given, so the report is only in the job summary.'
    ])
    expect(run.summary).toContain('## Model openness: 100/100')
  })

  actionTest('comment: never makes no comment request and still writes the summary', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'never')
    const baseSha = sha()
    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent({ headSha: sha(), baseSha })
    })
    expect(run.code).toBe(0)
    // Only the base commit's policy file, which this shallow checkout does not have.
    expect(fake.requests.map((r) => `${r.method} ${r.path}?ref=${r.query.ref}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/contents/.github/model-openness.yml?ref=${baseSha}`
    ])
    expect(run.stdout).toContain(
      `Policy: the base commit ${baseSha.slice(0, 12)} has no .github/model-openness.yml; no policy file gates apply.`
    )
    expect(run.summary).toContain('## Model openness: 100/100')
    expect(run.outputs['comment-url']).toBe('')
  })
})

describe('comment modes and servers', () => {
  actionTest('on-change leaves the comment alone when a re-run finds the same report', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'on-change')
    const event = pullRequestEvent({ headSha: sha(), baseSha: sha() })
    const first = await runAction({ workspace, event, inputs: { comment: 'on-change' } })
    expect(first.code).toBe(0)
    const before = fake.commentsOn(PR)[0]!
    const bodyBefore = before.body

    const again = await runAction({ workspace, event, inputs: { comment: 'on-change' } })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('PR comment: unchanged')
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    expect(fake.commentsOn(PR)).toEqual([
      expect.objectContaining({ id: before.id, body: bodyBefore })
    ])
    expect(again.outputs['comment-url']).toBe(before.html_url)
  })

  actionTest(
    'talks to GitHub Enterprise Server through GITHUB_API_URL and its GraphQL endpoint',
    async () => {
      const ghes = await startFakeGitHub({ enterprise: true, login: 'model-openness[bot]' })
      const saved = swapFakeGitHub(ghes)
      try {
        const existing = ghes.addComment({
          issueNumber: PR,
          body: `earlier\n\n${renderMarker({ runId: 1 })}`
        })
        const workspace = await copyExample(OPEN_SCIENCE, 'ghes')
        const run = await runAction({
          workspace,
          event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
        })
        expect(run.code).toBe(0)
        expect(new URL(ghes.url).pathname).toBe('/api/v3')
        expect(ghes.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
          expect.arrayContaining([
            `GET /api/v3/repos/${OWNER}/${REPO}/issues/${PR}/comments`,
            'POST /api/graphql',
            `PATCH /api/v3/repos/${OWNER}/${REPO}/issues/comments/${existing.id}`
          ])
        )
        expect(ghes.commentsOn(PR)).toHaveLength(1)
        expect(ghes.commentsOn(PR)[0]!.body).toContain('## Model openness: 100/100')
      } finally {
        swapFakeGitHub(saved)
        await ghes.close()
      }
    }
  )
})

describe('errors end the run with one line', () => {
  actionTest('an invalid policy file names the key and the problem', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'bad-policy')
    await mkdir(join(workspace, '.github'))
    await writeFile(
      join(workspace, '.github/model-openness.yml'),
      'fail-under: 80\nrequire:\n  - Model card\n  - Weights\n'
    )
    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::.github/model-openness.yml: \'require[1]\': unknown component "Weights"; use one of the 17 MOF names, e.g. "Model card"'
    ])
    expect(fake.requests).toEqual([])
    expect(run.summary).toContain('The check could not run: .github/model-openness.yml')
  })

  actionTest(
    "on a PR, an invalid base policy fails the run and the PR's broken file is a warning",
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'bad-policy-pr')
      await mkdir(join(workspace, '.github'))
      await writeFile(join(workspace, '.github/model-openness.yml'), 'fail-under: [80\n')
      const baseSha = sha()
      fake.state.files.set(
        `${baseSha}:.github/model-openness.yml`,
        'fail-under: 80\nrequire: yes\n'
      )
      const run = await runAction({
        workspace,
        inputs: { comment: 'never' },
        event: pullRequestEvent({ headSha: sha(), baseSha })
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        "::error::.github/model-openness.yml (base commit): 'require': expected a list of MOF component names"
      ])

      fake.state.files.set(`${baseSha}:.github/model-openness.yml`, 'fail-under: 80\n')
      const next = await runAction({
        workspace,
        inputs: { comment: 'never' },
        event: pullRequestEvent({ headSha: sha(), baseSha })
      })
      expect(next.code).toBe(0)
      expect(next.plainWarnings).toEqual([
        expect.stringMatching(
          /^::warning::The policy file in this pull request will not work after merging: \.github\/model-openness\.yml: invalid YAML at line/
        )
      ])
    }
  )

  actionTest('an unknown input value names the input and the value', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'bad-input')
    const run = await runAction({
      workspace,
      inputs: { comment: 'sometimes' },
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::input \'comment\' must be always, on-change or never, got "sometimes"'
    ])
    expect(fake.requests).toEqual([])
  })

  actionTest(
    'a report-path that climbs out of the runner temp folder is refused before anything is written',
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'report-escape')
      const run = await runAction({
        workspace,
        inputs: { 'report-path': '../../escaped-report.json' },
        eventName: 'push',
        event: { ref: 'refs/heads/main' }
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        "::error::input 'report-path' must stay inside the runner temp folder (no '..' out of it) or be an absolute path"
      ])
      expect(run.outputs).toEqual({})
      expect(existsSync(join(scratch, 'escaped-report.json'))).toBe(false)
    }
  )

  actionTest('a policy gate from the file fails the run after the report is out', async () => {
    const workspace = await copyExample(OPEN_WEIGHTS, 'gate')
    await mkdir(join(workspace, '.github'))
    await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: III\n')
    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::Openness policy not met: MOF Unclassified does not reach the required Class III'
    ])
    expect(run.outputs['mof-class']).toBe('0')
    expect(run.summary).toContain('## Model openness: 13/100 · MOF Unclassified')
  })
})

describe('outside pull requests', () => {
  actionTest(
    'push: job summary, outputs and annotations on restricted licences, no API calls',
    async () => {
      const workspace = await tempDir('push')
      await cp(OPEN_WEIGHTS, join(workspace, 'model'), { recursive: true })
      const run = await runAction({
        workspace,
        inputs: { path: 'model' },
        eventName: 'push',
        event: { ref: 'refs/heads/main', after: sha() }
      })
      expect(run.code).toBe(0)
      expect(fake.requests).toEqual([])
      expect(run.outputs).toMatchObject({
        score: '13',
        'mof-class': '0',
        'osaid-conformant': 'false',
        'comment-url': ''
      })
      expect(Number(run.outputs['missing-count'])).toBeGreaterThan(0)
      expect(run.summary).toContain('## Model openness: 13/100 · MOF Unclassified')
      const annotations = run.stdout.split('\n').filter((l) => /^::warning .*file=/.test(l))
      // Paths are relative to the workspace, so they point into the scanned folder.
      expect(annotations).toContainEqual(
        expect.stringMatching(/^::warning title=Restricted licence,file=model\/LICENSE::/)
      )
      expect(annotations).toContainEqual(
        expect.stringMatching(/^::warning title=Restricted licence,file=model\/README\.md::/)
      )
      expect(annotations.length).toBeLessThanOrEqual(10)
      expect(run.plainWarnings).toEqual([])
    }
  )

  actionTest(
    'workflow_run for a fork PR finds the PR by its head commit and comments there',
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'workflow-run')
      const headSha = sha()
      fake.state.pulls.push(
        { number: 7, headSha: sha(), headRepo: 'someone/model' },
        { number: PR, headSha, headRepo: `eve/${REPO}` }
      )
      const run = await runAction({
        workspace,
        eventName: 'workflow_run',
        event: {
          action: 'completed',
          workflow_run: {
            id: 77,
            event: 'pull_request',
            head_sha: headSha,
            head_branch: 'feature',
            pull_requests: [],
            head_repository: { full_name: `eve/${REPO}` },
            repository: { full_name: `${OWNER}/${REPO}` }
          },
          repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
        }
      })
      expect(run.code).toBe(0)
      expect(fake.requests[0]).toMatchObject({
        method: 'GET',
        path: `/repos/${OWNER}/${REPO}/pulls`,
        query: expect.objectContaining({ state: 'open' })
      })
      expect(fake.commentsOn(7)).toHaveLength(0)
      expect(fake.commentsOn(PR)).toHaveLength(1)
      expect(parseMarker(fake.commentsOn(PR)[0]!.body)?.sha).toBe(headSha)
      expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    }
  )
})

/** Every stdout line the runner would read as a workflow command (it trims the line first). */
const commandLines = (run: ActionRun): string[] =>
  run.stdout.split(/\r\n|\r|\n/).filter((line) => line.trim().startsWith('::'))

describe('hostile file names never reach the log as workflow commands', () => {
  actionTest('newline names of links and FIFOs are logged as one inert line each', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'log-injection')
    const names = [
      'evil\n::error title=Forged::the release is fine',
      'mask\n::add-mask::Model\n::stop-commands::halt',
      '::warning::starts with a command',
      'percent %0A::error::encoded\r::notice::cr'
    ]
    await symlink('README.md', join(workspace, names[0]!))
    await execFileAsync('mkfifo', [join(workspace, names[1]!)])
    await symlink('README.md', join(workspace, names[2]!))
    await execFileAsync('mkfifo', [join(workspace, names[3]!)])

    const run = await runAction({ workspace, eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(run.code).toBe(0)
    expect(commandLines(run)).toEqual(['::group::Scanning the model repository', '::endgroup::'])
    expect(run.stdout).toContain('Skipped evil%0A::error title=Forged::the release is fine: ')
    expect(run.stdout).toContain(
      'Skipped mask%0A::add-mask::Model%0A::stop-commands::halt: named pipe (FIFO); never opened'
    )
    expect(run.stdout).toContain('Skipped percent %250A::error::encoded%0D::notice::cr: ')
  })
})
