/**
 * The bundled action end to end (see helpers/action-harness.ts): comparison with the base commit,
 * the policy a pull request is judged by, slow or limited APIs, online resolution.
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect } from '@jest/globals'
import { parseMarker } from '../../src/github/marker.js'
import { canned } from '../helpers/fake-github.js'
import { startStandInRemote } from '../helpers/stand-in-remote.js'
import {
  actionTest,
  commentRequests,
  copyExample,
  embeddedReport,
  errorLines,
  fake,
  git,
  HOSTED_RELEASE,
  OPEN_SCIENCE,
  OPEN_WEIGHTS,
  OWNER,
  PR,
  pullRequestEvent,
  removeDataCard,
  REPO,
  runAction,
  sha,
  tempDir,
  TOKEN,
  useActionHarness
} from '../helpers/action-harness.js'

useActionHarness()

/** Commits the workspace as the base, applies the PR's change and commits it as the head. */
async function commitBaseAndPullRequest(
  workspace: string,
  change: () => Promise<void>,
  messages: [base: string, head: string]
): Promise<{ baseSha: string; headSha: string }> {
  await git(workspace, 'init', '-q', '-b', 'main')
  await git(workspace, 'add', '-A')
  await git(workspace, 'commit', '-q', '-m', messages[0])
  const baseSha = await git(workspace, 'rev-parse', 'HEAD')
  await change()
  await git(workspace, 'add', '-A')
  await git(workspace, 'commit', '-q', '-m', messages[1])
  return { baseSha, headSha: await git(workspace, 'rev-parse', 'HEAD') }
}

/** Runs the action with `fail-on-regression` and expects it to fail for Class I → Unclassified. */
async function expectClassRegression(workspace: string, baseSha: string, headSha: string) {
  const run = await runAction({
    workspace,
    inputs: { 'fail-on-regression': 'true' },
    event: pullRequestEvent({ headSha, baseSha }),
    sha: headSha
  })
  expect(run.code).toBe(1)
  expect(errorLines(run)).toEqual([
    '::error::Openness policy not met: openness regressed (MOF Class I → Unclassified)'
  ])
  return { run, comment: fake.commentsOn(PR)[0]! }
}

/** A repository with a base commit and a PR commit, cloned as actions/checkout does by default. */
async function shallowPullRequest(
  name: string,
  example: string,
  change: (dir: string) => Promise<void>,
  basePolicy: string
): Promise<{ workspace: string; baseSha: string; headSha: string }> {
  const origin = await copyExample(example, `${name}-origin`)
  await mkdir(join(origin, '.github'), { recursive: true })
  await writeFile(join(origin, '.github/model-openness.yml'), basePolicy)
  await git(origin, 'init', '-q', '-b', 'main')
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '-m', 'Base')
  const baseSha = await git(origin, 'rev-parse', 'HEAD')
  await change(origin)
  await git(origin, 'add', '-A')
  await git(origin, 'commit', '-q', '--allow-empty', '-m', 'The pull request')
  const headSha = await git(origin, 'rev-parse', 'HEAD')
  const workspace = join(await tempDir(name), 'checkout')
  await git(dirname(workspace), 'clone', '-q', '--depth', '1', `file://${origin}`, workspace)
  expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(headSha)
  await expect(git(workspace, 'cat-file', '-e', `${baseSha}^{commit}`)).rejects.toThrow()
  return { workspace, baseSha, headSha }
}

describe('what the PR changes', () => {
  actionTest('reads the base commit with the same max-text-files as the head', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'git-text-limit')
    const { baseSha, headSha } = await commitBaseAndPullRequest(
      workspace,
      () => writeFile(join(workspace, 'NOTES.txt'), 'Release notes follow.\n'),
      ['Base: the fully open release', 'Add a notes file']
    )
    const run = await runAction({
      workspace,
      inputs: { 'fail-on-regression': 'true', 'max-text-files': '1' },
      event: pullRequestEvent({ headSha, baseSha }),
      sha: headSha
    })
    expect(run.code).toBe(0)
    const report = embeddedReport(fake.commentsOn(PR)[0]!.body)!
    // One text file per kind loses components of the open release, on both sides alike.
    expect(report.score).toBeLessThan(100)
    expect(report).toMatchObject({ baseSource: 'git', base: { score: report.score } })
  })

  actionTest('compares with the base commit from git and fails on regression', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'git-regression')
    const { baseSha, headSha } = await commitBaseAndPullRequest(
      workspace,
      () => removeDataCard(workspace),
      ['Base: the fully open release', 'Drop the data card']
    )

    const { run, comment } = await expectClassRegression(workspace, baseSha, headSha)
    for (const text of [run.summary, comment.body]) {
      expect(text).toContain('### What this PR changes')
      expect(text).toContain('Compared with the base commit: score 100 → **91** (−9).')
      expect(text).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
      expect(text).toContain('- ❌ Data card: open → **missing**')
      expect(text).toContain('- New missing disclosures: Data card')
      expect(text).toContain('> This PR lowers the openness of the release.')
    }
    expect(embeddedReport(comment.body)).toMatchObject({
      score: 91,
      mofClass: 0,
      baseSource: 'git',
      base: { score: 100, mofClass: 1 }
    })
    // Outputs are written before the gate fails the step.
    expect(run.outputs).toMatchObject({ score: '91', 'mof-class': '0', 'missing-count': '1' })
    // Only the previous comment's report would have needed a comment lookup first.
    expect(commentRequests('GET')).toHaveLength(1)
    // The base is extracted elsewhere; the checkout stays as it was.
    expect(await git(workspace, 'status', '--porcelain')).toBe('')
  })

  actionTest(
    "fails on regression when a PR deletes the data card and the checkpoints, though the README's claims stay",
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'files-only-regression')
      // Only the files go; the README still says every artefact is released here and still
      // names `DATA_CARD.md` in its training-data section.
      const readme = await readFile(join(workspace, 'README.md'), 'utf8')
      expect(readme).toMatch(/released in this repository: weights, intermediate checkpoints/)
      expect(readme).toContain('the data card (`DATA_CARD.md`)')
      const { baseSha, headSha } = await commitBaseAndPullRequest(workspace, async () => {
        await rm(join(workspace, 'DATA_CARD.md'))
        await rm(join(workspace, 'checkpoints'), { recursive: true })
      }, ['Base: the fully open release', 'Drop the data card and the checkpoints'])

      const { comment } = await expectClassRegression(workspace, baseSha, headSha)
      expect(comment.body).toContain('- ❌ Data card: open → **missing**')
      expect(comment.body).toContain('- ❌ Model parameters (Intermediate): open → **missing**')
      // The README's sentences are reported as claims the files no longer bear out.
      expect(comment.body).toContain(
        'says <code>DATA\\_CARD.md</code> holds Data card, but <code>DATA\\_CARD.md</code> is not in the repository'
      )
      expect(comment.body).toMatch(
        /README\.md:\d+<\/code> says this repository holds Model parameters \\\(Intermediate\\\), but none is in it/
      )
      expect(comment.body).not.toContain('code library')
      expect(embeddedReport(comment.body)).toMatchObject({ mofClass: 0, base: { mofClass: 1 } })
    }
  )

  actionTest(
    "applies the base commit's policy file, so a PR cannot loosen the gates it is checked against",
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'policy-from-base')
      await mkdir(join(workspace, '.github'), { recursive: true })
      await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: I\n')
      const { baseSha, headSha } = await commitBaseAndPullRequest(workspace, async () => {
        await removeDataCard(workspace)
        await writeFile(join(workspace, '.github/model-openness.yml'), 'require-mof-class: none\n')
      }, ['Base: policy requires Class I', 'Drop the data card and the gate'])

      const run = await runAction({
        workspace,
        inputs: { comment: 'never' },
        event: pullRequestEvent({ headSha, baseSha }),
        sha: headSha
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        '::error::Openness policy not met: MOF Unclassified does not reach the required Class I'
      ])
      expect(run.stdout).toContain(
        `Policy: .github/model-openness.yml from the base commit ${baseSha.slice(0, 12)} (git).`
      )
    }
  )

  actionTest(
    'compares a model in a subfolder and reports without failing when the gate is off',
    async () => {
      const workspace = await tempDir('git-subfolder')
      const model = join(workspace, 'models/wren')
      await cp(OPEN_SCIENCE, model, { recursive: true })
      await writeFile(join(workspace, 'NOTES.md'), 'Not part of the model.\n')
      await git(workspace, 'init', '-q', '-b', 'main')
      await git(workspace, 'add', '-A')
      await git(workspace, 'commit', '-q', '-m', 'Base')
      const baseSha = await git(workspace, 'rev-parse', 'HEAD')
      await removeDataCard(model)
      await git(workspace, 'commit', '-q', '-am', 'Drop the data card')

      const run = await runAction({
        workspace,
        inputs: { path: 'models/wren', comment: 'never' },
        event: pullRequestEvent({ headSha: await git(workspace, 'rev-parse', 'HEAD'), baseSha })
      })
      expect(run.code).toBe(0)
      expect(errorLines(run)).toEqual([])
      expect(run.summary).toContain('Compared with the base commit: score 100 → **91** (−9).')
      expect(run.summary).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
    }
  )

  actionTest(
    'falls back to the previous comment when the checkout lacks the base commit',
    async () => {
      // Run 1: the PR's first commit, still fully open; nothing to compare with yet.
      const before = await copyExample(OPEN_SCIENCE, 'fallback-before')
      const firstSha = sha()
      const baseSha = sha()
      const first = await runAction({
        workspace: before,
        inputs: { 'fail-on-regression': 'true' },
        event: pullRequestEvent({ headSha: firstSha, baseSha }),
        runId: 701
      })
      expect(first.code).toBe(0)
      expect(fake.commentsOn(PR)[0]!.body).not.toContain('What this PR changes')

      // Run 2: a shallow checkout of the next commit, which drops the data card.
      const after = await copyExample(OPEN_SCIENCE, 'fallback-after')
      await removeDataCard(after)
      await git(after, 'init', '-q', '-b', 'feature')
      await git(after, 'add', '-A')
      await git(after, 'commit', '-q', '-m', 'Drop the data card')
      const headSha = await git(after, 'rev-parse', 'HEAD')
      const event = pullRequestEvent({ headSha, baseSha })
      const second = await runAction({
        workspace: after,
        inputs: { 'fail-on-regression': 'true' },
        event,
        runId: 702
      })
      expect(second.stdout).toContain(
        'Base comparison from git skipped: the checkout does not have the base commit'
      )
      expect(second.code).toBe(1)
      expect(errorLines(second)).toEqual([
        '::error::Openness policy not met: openness regressed (MOF Class I → Unclassified)'
      ])
      expect(fake.commentsOn(PR)).toHaveLength(1)
      const body = fake.commentsOn(PR)[0]!.body
      expect(body).toContain('Compared with the previous report on this PR: score 100 → **91**')
      expect(body).toContain('- MOF class ⬇️ lowered: Class I → **Unclassified**')
      expect(second.summary).toContain('### What this PR changes')
      // The comment is written once per run, already with the comparison.
      expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)

      // Run 3: re-running the failed job compares with the same base, so it fails again.
      const rerun = await runAction({
        workspace: after,
        inputs: { 'fail-on-regression': 'true' },
        event,
        runId: 702
      })
      expect(rerun.code).toBe(1)
      expect(errorLines(rerun)).toEqual(errorLines(second))
      expect(fake.commentsOn(PR)[0]!.body).toContain(
        'Compared with the previous report on this PR: score 100 → **91**'
      )
    }
  )
})

describe('the policy a pull request is judged by', () => {
  const loosen = async (dir: string): Promise<void> => {
    await removeDataCard(dir)
    await writeFile(join(dir, '.github/model-openness.yml'), 'fail-under: 0\n')
  }

  actionTest(
    'is the base commit’s, read through the API when a shallow clone lacks it',
    async () => {
      const pr = await shallowPullRequest(
        'shallow-policy',
        OPEN_SCIENCE,
        loosen,
        'fail-under: 95\n'
      )
      fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 95\n')
      const run = await runAction({
        workspace: pr.workspace,
        inputs: { comment: 'never' },
        event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha }),
        sha: pr.headSha
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
      expect(run.stdout).toContain(
        `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
      )
      expect(fake.requests).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: `/repos/${OWNER}/${REPO}/contents/.github/model-openness.yml`,
          query: { ref: pr.baseSha },
          authorization: `token ${TOKEN}`
        })
      ])
      // The summary and outputs are written before the gate fails the step.
      expect(run.outputs).toMatchObject({ score: '91' })
    }
  )

  actionTest(
    'fails closed when the base policy cannot be read, unless policy-source is head',
    async () => {
      const pr = await shallowPullRequest('closed-policy', OPEN_SCIENCE, loosen, 'fail-under: 95\n')
      fake.failNext({ method: 'GET', path: /\/contents\// }, [canned.forbiddenIntegration()])
      const event = pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
      const run = await runAction({ workspace: pr.workspace, inputs: { comment: 'never' }, event })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^::error::the base commit's policy file \(\.github\/model-openness\.yml at [0-9a-f]{12}\) could not be read: HTTP 403: Resource not accessible by integration.*; the PR is not judged by its own policy \(set policy-source: head to allow that\)$/
        )
      ])
      expect(run.outputs).toEqual({})

      fake.reset()
      const head = await runAction({
        workspace: pr.workspace,
        inputs: { comment: 'never', 'policy-source': 'head' },
        event
      })
      expect(head.code).toBe(0)
      expect(fake.requests).toEqual([])
      expect(head.stdout).toContain(
        'Policy: .github/model-openness.yml from the checkout (policy-source: head).'
      )
    }
  )

  actionTest('is read as given when the workflow points config outside the workspace', async () => {
    const pr = await shallowPullRequest('outside-policy', OPEN_SCIENCE, loosen, 'fail-under: 0\n')
    const orgPolicy = join(await tempDir('org-policy'), 'model-openness.yml')
    await writeFile(orgPolicy, 'fail-under: 95\n')
    const run = await runAction({
      workspace: pr.workspace,
      inputs: { comment: 'never', config: orgPolicy },
      event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
    expect(run.stdout).toContain(
      `Policy: ${orgPolicy} (outside the workspace, so not part of any pull request).`
    )
    expect(fake.requests).toEqual([])
  })

  actionTest('is never read through a symbolic link in the PR’s checkout', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'policy-link')
    await mkdir(join(workspace, 'elsewhere'))
    await writeFile(join(workspace, 'elsewhere/model-openness.yml'), 'fail-under: 0\n')
    await symlink('elsewhere', join(workspace, '.github'))
    const run = await runAction({
      workspace,
      inputs: { comment: 'never', 'policy-source': 'head' },
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::.github/model-openness.yml: .github is a symbolic link; the policy file is never read through links'
    ])
  })

  actionTest(
    'is looked up at the base commit by its own path when the PR turns .github into a link',
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'policy-link-base')
      await mkdir(join(workspace, '.github'))
      await writeFile(join(workspace, '.github/model-openness.yml'), 'fail-under: 95\n')
      await git(workspace, 'init', '-q', '-b', 'main')
      await git(workspace, 'add', '-A')
      await git(workspace, 'commit', '-q', '-m', 'Base: strict policy')
      const baseSha = await git(workspace, 'rev-parse', 'HEAD')
      // The PR points .github at a folder the base commit does not have, with a loose policy.
      await removeDataCard(workspace)
      await rm(join(workspace, '.github'), { recursive: true })
      await mkdir(join(workspace, 'loose'))
      await writeFile(join(workspace, 'loose/model-openness.yml'), 'fail-under: 0\n')
      await symlink('loose', join(workspace, '.github'))
      await git(workspace, 'add', '-A')
      await git(workspace, 'commit', '-q', '-m', 'Link .github elsewhere')
      const headSha = await git(workspace, 'rev-parse', 'HEAD')

      const run = await runAction({
        workspace,
        inputs: { comment: 'never' },
        event: pullRequestEvent({ headSha, baseSha }),
        sha: headSha
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual(['::error::Openness policy not met: score 91 is below 95'])
      expect(run.stdout).toContain(
        `Policy: .github/model-openness.yml from the base commit ${baseSha.slice(0, 12)} (git).`
      )
      expect(run.plainWarnings).toEqual([
        '::warning::The policy file in this pull request will not work after merging: .github/model-openness.yml: .github is a symbolic link; the policy file is never read through links'
      ])
      expect(fake.requests).toEqual([])
    }
  )

  actionTest(
    'in the workflow_run set-up, is the base’s: found after the PR, before the scan',
    async () => {
      // The fork turns its restricted weights "open" with a licence override and drops the gate.
      const pr = await shallowPullRequest(
        'workflow-run-policy',
        OPEN_WEIGHTS,
        async (dir) => {
          await writeFile(
            join(dir, '.github/model-openness.yml'),
            'licenses:\n  Model parameters (Final):\n    license: Apache-2.0\n'
          )
        },
        'require-mof-class: none\n'
      )
      fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 10\n')
      fake.state.pulls.push({
        number: PR,
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        headRepo: `eve/${REPO}`
      })
      const run = await runAction({
        workspace: pr.workspace,
        eventName: 'workflow_run',
        event: {
          action: 'completed',
          workflow_run: {
            id: 78,
            event: 'pull_request',
            head_sha: pr.headSha,
            pull_requests: [],
            head_repository: { full_name: `eve/${REPO}` },
            repository: { full_name: `${OWNER}/${REPO}` }
          },
          repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
        }
      })
      expect(run.code).toBe(0)
      expect(fake.requests.slice(0, 2).map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /repos/${OWNER}/${REPO}/pulls`,
        `GET /repos/${OWNER}/${REPO}/contents/.github/model-openness.yml`
      ])
      expect(run.stdout).toContain(
        `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
      )
      // Scored without the fork's override, in the outputs and in the posted comment.
      expect(run.outputs.score).toBe('13')
      const comment = fake.commentsOn(PR)[0]!
      expect(embeddedReport(comment.body)).toMatchObject({ score: 13 })
      expect(comment.body).not.toContain('Apache-2.0')
      // The checkout is the fork's head and the token can write: said once, as a warning.
      expect(run.plainWarnings).toEqual([
        expect.stringMatching(
          /^::warning::This workflow_run run has checked out the fork's head commit [0-9a-f]{12} with a token that can write\./
        )
      ])
    }
  )

  actionTest(
    'pull_request_target warns when the fork’s head is checked out, not the base',
    async () => {
      // The README's layout: the PR head checked out in a subfolder, scanned with `path`.
      const pr = await shallowPullRequest('target', OPEN_SCIENCE, async () => {}, '')
      fake.state.files.set(`${pr.baseSha}:.github/model-openness.yml`, 'fail-under: 50\n')
      const workspace = dirname(pr.workspace)
      const forkHead = await runAction({
        workspace,
        inputs: { comment: 'never', path: 'checkout' },
        eventName: 'pull_request_target',
        event: pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha, fork: true })
      })
      expect(forkHead.code).toBe(0)
      expect(forkHead.plainWarnings).toEqual([
        expect.stringContaining(
          `This pull_request_target run has checked out the fork's head commit ${pr.headSha.slice(0, 12)} with a token that can write.`
        )
      ])
      expect(forkHead.stdout).toContain(
        `Policy: .github/model-openness.yml from the base commit ${pr.baseSha.slice(0, 12)} (GitHub API).`
      )
      // The default checkout of pull_request_target is the base branch: no warning.
      const baseCheckout = await runAction({
        workspace,
        inputs: { comment: 'never', path: 'checkout' },
        eventName: 'pull_request_target',
        event: pullRequestEvent({ headSha: sha(), baseSha: pr.baseSha, fork: true })
      })
      expect(baseCheckout.code).toBe(0)
      expect(baseCheckout.plainWarnings).toEqual([])
    }
  )
})

describe('a slow or limited API costs the comment at most', () => {
  actionTest(
    'a server that never answers ends the run at the deadline with summary and outputs',
    async () => {
      const workspace = await copyExample(OPEN_SCIENCE, 'hung')
      await git(workspace, 'init', '-q', '-b', 'main')
      await git(workspace, 'add', '-A')
      await git(workspace, 'commit', '-q', '-m', 'Base and head')
      const head = await git(workspace, 'rev-parse', 'HEAD')
      fake.failNext(
        () => true,
        Array.from({ length: 50 }, () => canned.hang())
      )
      const run = await runAction({
        workspace,
        inputs: { 'api-timeout-seconds': '3' },
        event: pullRequestEvent({ headSha: head, baseSha: head }),
        sha: head
      })
      // It ends by itself (the harness would kill it after a minute, giving a null code).
      expect(run.code).toBe(0)
      expect(run.summary).toContain('## Model openness: 100/100')
      expect(run.outputs).toMatchObject({ score: '100', 'mof-class': '1', 'comment-url': '' })
      expect(run.plainWarnings).toEqual([
        expect.stringMatching(
          /^::warning::Could not write the pull request comment: the GitHub API did not answer within the 3s budget/
        )
      ])
    }
  )

  actionTest(
    'on a shallow checkout, a silent API fails the base policy closed or costs the comparison',
    async () => {
      const pr = await shallowPullRequest('hung-shallow', OPEN_SCIENCE, async () => {}, '')
      const hangAll = (): void =>
        fake.failNext(
          () => true,
          Array.from({ length: 50 }, () => canned.hang())
        )
      const event = pullRequestEvent({ headSha: pr.headSha, baseSha: pr.baseSha })
      hangAll()
      const closed = await runAction({
        workspace: pr.workspace,
        inputs: { 'api-timeout-seconds': '2' },
        event
      })
      expect(closed.code).toBe(1)
      expect(errorLines(closed)).toEqual([
        expect.stringMatching(
          /^::error::the base commit's policy file \(\.github\/model-openness\.yml at [0-9a-f]{12}\) could not be read: the GitHub API did not answer within the 2s budget/
        )
      ])

      fake.reset()
      hangAll()
      const head = await runAction({
        workspace: pr.workspace,
        inputs: { 'api-timeout-seconds': '2', 'policy-source': 'head' },
        event
      })
      expect(head.code).toBe(0)
      expect(head.summary).toContain('## Model openness: 100/100')
      expect(head.outputs).toMatchObject({ score: '100', 'comment-url': '' })
      expect(head.plainWarnings).toEqual([
        expect.stringMatching(
          /^::warning::Could not read the previous report from the pull request: the GitHub API did not answer within the 2s budget/
        ),
        expect.stringMatching(
          /^::warning::Could not write the pull request comment: the GitHub API did not answer within the 2s budget/
        )
      ])
    }
  )

  actionTest('a 429 with Retry-After: 2 is waited out and the comment posted', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'too-many')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [
      canned.plainTooManyRequests(2)
    ])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() })
    })
    expect(run.code).toBe(0)
    expect(commentRequests('POST')).toHaveLength(2)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.plainWarnings).toEqual([
      expect.stringMatching(/^::warning::GitHub rate limit \(429\) hit on POST .* retrying in 2s$/)
    ])
  })

  actionTest('a POST whose answer is lost leaves one comment', async () => {
    const workspace = await copyExample(OPEN_SCIENCE, 'dropped')
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, [canned.drop()])
    const run = await runAction({
      workspace,
      event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
      runId: 901
    })
    expect(run.code).toBe(0)
    expect(fake.commentsOn(PR)).toHaveLength(1)
    // The lost POST did create the comment; the run found it instead of posting again.
    expect(commentRequests('POST')).toHaveLength(1)
    expect(parseMarker(fake.commentsOn(PR)[0]!.body)).toMatchObject({ runId: '901' })
    expect(run.outputs['comment-url']).toBe(fake.commentsOn(PR)[0]!.html_url)
    expect(run.stdout).toContain('PR comment: created')
  })
})

describe('online resolution in the bundled action', () => {
  actionTest(
    'resolves weights, checkpoints, data and paper at the stand-in hosts and shows them in the comment',
    async () => {
      const standIn = await startStandInRemote()
      try {
        standIn.registry.models['acme-lab/kestrel-1b'] = {
          license: 'apache-2.0',
          files: { 'README.md': '# Kestrel-1B\n', 'model.safetensors': 'x' },
          branches: ['step1000', 'step24000']
        }
        standIn.registry.datasets['acme-lab/kestrel-corpus'] = { license: 'odc-by' }
        standIn.registry.datasets['acme-lab/kestrel-evals'] = { license: 'cc-by-4.0' }
        standIn.registry.papers['2503.01234'] = {
          license: 'http://creativecommons.org/licenses/by/4.0/'
        }
        const workspace = await copyExample(HOSTED_RELEASE, 'online')
        const run = await runAction({
          workspace,
          event: pullRequestEvent({ headSha: sha(), baseSha: sha() }),
          env: {
            HF_ENDPOINT: standIn.endpoints.hub,
            ARXIV_OAI_URL: standIn.endpoints.arxiv,
            ZENODO_URL: standIn.endpoints.zenodo,
            DOI_RESOLVER_URL: standIn.endpoints.doi
          }
        })
        expect(run.code).toBe(0)
        const body = fake.commentsOn(PR)[0]!.body
        expect(body).toContain('MOF Class I')
        expect(body).toMatch(/References kept elsewhere: 4 asked online/)
        expect(body).toMatch(/acme\\?-lab\/kestrel\\?-1b/)
        expect(body).toMatch(/\| Model parameters \(Final\) \|[^\n]*\(host\)/)
        // The hub was asked, with no token of the workflow's sent to it.
        const hub = standIn.requests.filter((r) => r.service === 'hub')
        expect(hub.length).toBeGreaterThan(0)
        expect(hub.every((r) => r.authorization === undefined)).toBe(true)
        const saved = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as {
          resolution: { mode: string }
        }
        expect(saved.resolution.mode).toBe('online')
      } finally {
        await standIn.close()
      }
    }
  )
})
