import { lstat, realpath } from 'node:fs/promises'
import { isAbsolute, relative, sep } from 'node:path'
import { loadPolicyFile, parsePolicy, PolicyError, type Policy } from '../policy.js'
import { gitRoot, readFileAtCommit } from './base.js'
import type { ApiDeadline } from './deadline.js'
import type { Octokit } from './octokit.js'

/** Same cap as the checkout's policy file. */
const POLICY_CAP = 256 * 1024

export type PolicySource = 'base' | 'head'

/** A policy and one line saying where it came from, for the log. */
export interface LoadedPolicy {
  policy: Policy
  origin: string
}

/**
 * The policy file's path inside the workspace, as POSIX text, worked out from the names alone
 * (no link is resolved); null when the path leaves the workspace.
 */
export function policyPathInWorkspace(workspace: string, configPath: string): string | null {
  const rel = relative(workspace, configPath)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return rel.split(sep).join('/')
}

/**
 * The checked-out policy file. Inside the workspace, no component of its path may be a symbolic
 * link: a PR that turns `.github` into a link must not choose which file is read. The last
 * component is also opened with O_NOFOLLOW (loadPolicyFile).
 */
export async function loadCheckoutPolicy(
  workspace: string,
  configPath: string,
  isDefault: boolean
): Promise<Policy> {
  const rel = policyPathInWorkspace(workspace, configPath)
  if (rel !== null) {
    const parts = rel.split('/')
    let current = workspace
    for (const [i, part] of parts.entries()) {
      current = `${current}/${part}`
      let info
      try {
        info = await lstat(current)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (isDefault && (code === 'ENOENT' || code === 'ENOTDIR')) return {}
        throw new PolicyError(`${rel}: cannot read the policy file (${code ?? 'error'})`)
      }
      if (info.isSymbolicLink()) {
        const shown = parts.slice(0, i + 1).join('/')
        throw new PolicyError(
          `${rel}: ${shown} is a symbolic link; the policy file is never read through links`
        )
      }
    }
  }
  return loadPolicyFile(workspace, isDefault ? undefined : configPath)
}

export interface BasePolicyRequest {
  workspace: string
  configPath: string
  baseSha: string
  octokit: Octokit | null
  owner: string
  repo: string
  deadline: ApiDeadline
}

/**
 * The policy file as the PR's base commit has it: from git's objects when the checkout has the
 * commit, else through the contents API. A file the base commit lacks means no file gates. Any
 * other failure is an error: the caller fails closed rather than judge the PR by its own policy.
 */
export async function loadBasePolicy(request: BasePolicyRequest): Promise<LoadedPolicy> {
  const { workspace, configPath, baseSha } = request
  const rel = policyPathInWorkspace(workspace, configPath)
  if (rel === null) {
    throw new PolicyError(
      `${configPath}: the policy file is outside the workspace, so it has no version in the base commit; set policy-source: head to use it`
    )
  }
  const short = baseSha.slice(0, 12)
  const root = await gitRoot(workspace)
  // The workspace is the runner's folder (trusted); only the path below it is repository data.
  const prefix = root ? relative(await realpath(root), await realpath(workspace)) : ''
  const repoPath = prefix.startsWith('..')
    ? rel
    : [...prefix.split(sep).filter((p) => p !== ''), rel].join('/')
  if (root && !prefix.startsWith('..')) {
    let file
    try {
      file = await readFileAtCommit(root, baseSha, repoPath, POLICY_CAP)
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new PolicyError(
        `the base commit's policy file (${repoPath} at ${short}) could not be read from git: ${why}`
      )
    }
    if (file.kind === 'missing') return absent(repoPath, short)
    if (file.kind === 'too-large')
      throw new PolicyError(
        `${repoPath} (base commit): larger than ${POLICY_CAP / 1024} KiB (${file.size} bytes)`
      )
    if (file.kind === 'text') {
      return {
        policy: parsePolicy(file.text, `${repoPath} (base commit)`),
        origin: `Policy: ${repoPath} from the base commit ${short} (git).`
      }
    }
  }
  if (!request.octokit) {
    throw new PolicyError(
      `the base commit's policy file (${repoPath} at ${short}) is not in the checkout and there is no github-token to read it; check out with fetch-depth: 0, give the action a token with contents: read, or set policy-source: head`
    )
  }
  const text = await fetchFileAtCommit(request, repoPath)
  if (text === null) return absent(repoPath, short)
  return {
    policy: parsePolicy(text, `${repoPath} (base commit)`),
    origin: `Policy: ${repoPath} from the base commit ${short} (GitHub API).`
  }
}

function absent(path: string, short: string): LoadedPolicy {
  return {
    policy: {},
    origin: `Policy: the base commit ${short} has no ${path}; no policy file gates apply.`
  }
}

/** GET /repos/{owner}/{repo}/contents/{path}?ref=sha: the text, or null when the commit lacks it. */
async function fetchFileAtCommit(request: BasePolicyRequest, path: string): Promise<string | null> {
  const { octokit, owner, repo, baseSha, deadline } = request
  if (!octokit) return null
  const cannot = (why: string): PolicyError =>
    new PolicyError(
      `the base commit's policy file (${path} at ${baseSha.slice(0, 12)}) could not be read: ${why}; the PR is not judged by its own policy (set policy-source: head to allow that)`
    )
  let data: unknown
  try {
    // The path's slashes stay slashes, as in GitHub's documented URL; each segment is encoded.
    const encoded = path.split('/').map(encodeURIComponent).join('/')
    const response = await deadline.run(() =>
      octokit.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner,
        repo,
        ref: baseSha
      })
    )
    data = response.data
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status
    if (status === 404) return null
    const message = error instanceof Error ? error.message : String(error)
    throw cannot(
      `${status ? `HTTP ${String(status)}: ` : ''}${message.split('\n')[0]?.slice(0, 200)}`
    )
  }
  const file = data as { type?: unknown; encoding?: unknown; content?: unknown; size?: unknown }
  if (typeof file !== 'object' || file === null || Array.isArray(data)) throw cannot('not a file')
  if (file.type !== 'file') throw cannot(`it is a ${String(file.type)}, not a file`)
  if (typeof file.size !== 'number' || file.size > POLICY_CAP)
    throw cannot(`larger than ${POLICY_CAP / 1024} KiB`)
  if (file.encoding !== 'base64' || typeof file.content !== 'string')
    throw cannot('unexpected encoding')
  if (file.content.length > POLICY_CAP * 2) throw cannot(`larger than ${POLICY_CAP / 1024} KiB`)
  return Buffer.from(file.content.replace(/\s+/g, ''), 'base64').toString('utf8')
}
