/** The parts of @actions/github's `context` that are read here; passed in, never imported. */
export interface EventContext {
  eventName: string
  payload: unknown
  repo: { owner: string; repo: string }
  sha: string
  runId?: number
}

export interface PullRequestTarget {
  owner: string
  repo: string
  /** Null outside PR events and for fork runs seen from workflow_run (GitHub leaves the list empty). */
  number: number | null
  headSha: string
  baseSha: string | null
  baseRef: string | null
  /** The PR's head lives in another repository. */
  isFork: boolean
  /** The token is probably read-only, so commenting will fail (fork or Dependabot `pull_request`). */
  readOnlyLikely: boolean
}

type Json = Record<string, unknown>

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i

export function pullRequestFromContext(context: EventContext): PullRequestTarget {
  const payload = asObject(context.payload)
  const common = { owner: context.repo.owner, repo: context.repo.repo }

  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    const pr = asObject(payload.pull_request)
    const head = asObject(pr.head)
    const base = asObject(pr.base)
    const isFork = headIsFork(asObject(head.repo), asObject(base.repo), head.repo === null)
    // Dependabot's pull_request runs get a read-only token just like forks do.
    const byDependabot = asString(asObject(payload.sender).login) === 'dependabot[bot]'
    return {
      ...common,
      number: asPositiveInteger(pr.number) ?? asPositiveInteger(payload.number),
      headSha: asSha(head.sha) ?? context.sha,
      baseSha: asSha(base.sha),
      baseRef: asString(base.ref),
      isFork,
      readOnlyLikely: context.eventName === 'pull_request' && (isFork || byDependabot)
    }
  }

  if (context.eventName === 'workflow_run') {
    const run = asObject(payload.workflow_run)
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : []
    const pr = asObject(pulls[0])
    const headRepository = asObject(run.head_repository)
    const repository = asObject(run.repository ?? payload.repository)
    const isFork =
      asString(headRepository.full_name) !== null &&
      asString(repository.full_name) !== null &&
      !sameName(headRepository.full_name, repository.full_name)
    return {
      ...common,
      number: asPositiveInteger(pr.number),
      headSha: asSha(run.head_sha) ?? asSha(asObject(pr.head).sha) ?? context.sha,
      baseSha: asSha(asObject(pr.base).sha),
      baseRef: asString(asObject(pr.base).ref),
      isFork,
      // workflow_run runs in the base repository with its own token.
      readOnlyLikely: false
    }
  }

  return {
    ...common,
    number: null,
    headSha: context.sha,
    baseSha: null,
    baseRef: null,
    isFork: false,
    readOnlyLikely: false
  }
}

function headIsFork(headRepo: Json, baseRepo: Json, headRepoDeleted: boolean): boolean {
  // A deleted fork shows up as `head.repo: null`.
  if (headRepoDeleted) return true
  // Not `head.repo.fork`: that is also true for a branch PR inside a repository that is a fork.
  const head = asString(headRepo.full_name)
  const base = asString(baseRepo.full_name)
  return head !== null && base !== null && !sameName(head, base)
}

function sameName(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

function asSha(value: unknown): string | null {
  return typeof value === 'string' && SHA.test(value) ? value.toLowerCase() : null
}

function asPositiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null
}
