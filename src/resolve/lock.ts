/**
 * model-openness.lock.json: every fact the hosts gave about a release's references, pinned to
 * what was seen (URL, commit, ETag, licence, gate, checkpoints, when). `resolve: lock` answers from
 * it alone; an online run compares live answers with it and reports drift. The format is
 * versioned and documented in docs/lock-file.md; serialisation is deterministic (sorted keys and
 * entries) so a committed lock diffs cleanly.
 */
import { randomBytes } from 'node:crypto'
import { lstat, open, rename, unlink, writeFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { z } from 'zod'
import type { DriftField, LockDrift } from '../model/references.js'
import type { Reference, RemoteFact, UnresolvedReason } from '../model/references.js'
import { VERSION } from '../version.js'

export const LOCK_FILE_NAME = 'model-openness.lock.json'
export const LOCK_VERSION = 1
/** Largest lock file read, in bytes. */
export const MAX_LOCK_BYTES = 16 * 1024 * 1024
const MAX_ENTRIES = 10_000

const REFERENCE_KINDS = [
  'hf-model',
  'hf-dataset',
  'arxiv',
  'doi',
  'github',
  'submodule',
  'url',
  'cloud-storage',
  'magnet',
  'download-script'
] as const
const UNRESOLVED_REASONS = [
  'offline',
  'not-found',
  'gated',
  'disabled',
  'rate-limited',
  'timed-out',
  'malformed',
  'http-error',
  'budget',
  'unsupported'
] as const

/** Reasons that say something about this run, not about the reference: never locked. */
const TRANSIENT: ReadonlySet<UnresolvedReason> = new Set([
  'offline',
  'rate-limited',
  'timed-out',
  'http-error',
  'budget'
])

const text = (max: number) => z.string().max(max)

/** Built on first use (z.lazy): most runs read no lock file, and zod builds each schema as it is created. */
const lockSchema = z.lazy(() => {
  const factSchema = z
    .object({
      reference: z
        .object({ kind: z.enum(REFERENCE_KINDS), id: text(500), revision: text(200).optional() })
        .strict(),
      url: text(4096),
      pinned: text(200).optional(),
      fetchedAt: z.iso.datetime(),
      license: z
        .object({
          spdx: text(500).nullable(),
          name: text(500),
          raw: text(1000),
          from: z.enum(['card-data', 'tag', 'license-file', 'host']).optional()
        })
        .strict()
        .optional(),
      gated: z.enum(['auto', 'manual']).optional(),
      checkpointBranches: z.array(text(200)).max(5000).optional(),
      checkpointBranchCount: z.number().int().nonnegative().optional(),
      canonicalId: text(500).optional(),
      card: z
        .object({
          sections: z.array(text(300)).max(500),
          words: z.number().int().nonnegative(),
          license: text(300).optional()
        })
        .strict()
        .optional(),
      files: z.array(text(1000)).max(5000).optional(),
      parameterCount: z.number().int().nonnegative().optional(),
      architectures: z.array(text(300)).max(50).optional(),
      unresolved: z
        .object({ reason: z.enum(UNRESOLVED_REASONS), detail: text(1000) })
        .strict()
        .optional()
    })
    .strict()

  return z
    .object({
      version: z.literal(LOCK_VERSION),
      generator: text(100),
      entries: z.array(factSchema).max(MAX_ENTRIES)
    })
    .strict()
})

export interface LockFile {
  version: typeof LOCK_VERSION
  /** `model-openness <version>` that wrote it. */
  generator: string
  /** One entry per reference, sorted by kind, id and revision. */
  entries: RemoteFact[]
}

export type LockParseResult = { ok: true; lock: LockFile } | { ok: false; error: string }

function keyOf(reference: { kind: string; id: string; revision?: string }): string {
  return `${reference.kind}\n${reference.id}\n${reference.revision ?? ''}`
}

function compareReferences(a: RemoteFact, b: RemoteFact): number {
  const x = a.reference
  const y = b.reference
  return cmp(x.kind, y.kind) || cmp(x.id, y.id) || cmp(x.revision ?? '', y.revision ?? '')
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether a fact belongs in a lock: resolved, or unresolved for a lasting reason (not found, gated …). */
export function isLockable(fact: RemoteFact): boolean {
  return !fact.unresolved || !TRANSIENT.has(fact.unresolved.reason)
}

/** Canonical JSON: keys sorted at every level, undefined dropped. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key]
      if (item !== undefined) out[key] = canonical(item)
    }
    return out
  }
  return value
}

function sameExceptTime(a: RemoteFact, b: RemoteFact): boolean {
  return (
    JSON.stringify(canonical({ ...a, fetchedAt: '' })) ===
    JSON.stringify(canonical({ ...b, fetchedAt: '' }))
  )
}

/**
 * A lock from a run's facts. Facts unresolved for a transient reason (offline, timed out,
 * rate-limited, budget, HTTP error) keep the previous lock's entry when there is one and are
 * otherwise left out. An entry that did not change keeps its previous `fetchedAt`, so a lock
 * rewritten without drift is byte-identical.
 */
export function buildLock(facts: readonly RemoteFact[], previous?: LockFile): LockFile {
  const before = new Map((previous?.entries ?? []).map((entry) => [keyOf(entry.reference), entry]))
  const entries = new Map<string, RemoteFact>()
  for (const fact of facts) {
    const key = keyOf(fact.reference)
    const old = before.get(key)
    if (!isLockable(fact)) {
      if (old) entries.set(key, structuredClone(old))
      continue
    }
    entries.set(key, structuredClone(old && sameExceptTime(old, fact) ? old : fact))
  }
  return {
    version: LOCK_VERSION,
    generator: `model-openness ${VERSION}`,
    entries: [...entries.values()].sort(compareReferences)
  }
}

/** The lock as committed text: sorted keys and entries, two-space indent, final newline. */
export function serializeLock(lock: LockFile): string {
  const sorted = { ...lock, entries: [...lock.entries].sort(compareReferences) }
  return `${JSON.stringify(canonical(sorted), null, 2)}\n`
}

function issuePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`
  return out || '(top level)'
}

/**
 * Reads and checks a lock file's text. Hostile input gets one clear line, never an exception:
 * size capped, JSON checked, version checked, every field typed and capped.
 */
export function parseLock(source: string | Uint8Array): LockParseResult {
  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength
  if (size > MAX_LOCK_BYTES)
    return {
      ok: false,
      error: `${LOCK_FILE_NAME} is larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB`
    }
  const content = typeof source === 'string' ? source : Buffer.from(source).toString('utf8')
  let json: unknown
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, error: `${LOCK_FILE_NAME} is not valid JSON` }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, error: `${LOCK_FILE_NAME} is not a JSON object` }
  const version = (json as { version?: unknown }).version
  if (version !== LOCK_VERSION) {
    const shown =
      typeof version === 'number' && Number.isInteger(version) ? String(version) : 'none'
    return {
      ok: false,
      error: `${LOCK_FILE_NAME} has format version ${shown}; this model-openness reads version ${LOCK_VERSION}`
    }
  }
  const parsed = lockSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // The message can quote keys from the file: keep it on one line, without control characters.
    const message = issue.message
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .slice(0, 120)
    return { ok: false, error: `${LOCK_FILE_NAME}: ${issuePath(issue.path)}: ${message}` }
  }
  const keys = new Set<string>()
  for (const [index, entry] of parsed.data.entries.entries()) {
    const key = keyOf(entry.reference)
    if (keys.has(key))
      return { ok: false, error: `${LOCK_FILE_NAME}: entries[${index}]: duplicate reference` }
    keys.add(key)
  }
  return { ok: true, lock: parsed.data as LockFile }
}

export type LockReadResult = LockParseResult | { ok: false; error: string; missing: true }

/**
 * Reads and checks a lock file from disk: a missing file says so (`missing: true`), a symlink or
 * anything but a regular file is refused, the size is checked before reading.
 */
export async function readLockFile(path: string): Promise<LockReadResult> {
  let info
  try {
    info = await lstat(path)
  } catch {
    return { ok: false, error: `${LOCK_FILE_NAME} not found`, missing: true }
  }
  if (!info.isFile())
    return {
      ok: false,
      error: `${LOCK_FILE_NAME} is not a regular file (symlinks are not followed)`
    }
  if (info.size > MAX_LOCK_BYTES)
    return {
      ok: false,
      error: `${LOCK_FILE_NAME} is larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB`
    }
  let handle
  try {
    // O_NOFOLLOW: a link swapped in after the lstat above is still refused.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
    const buffer = Buffer.alloc(Math.min(info.size, MAX_LOCK_BYTES + 1))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return parseLock(buffer.subarray(0, bytesRead))
  } catch {
    return { ok: false, error: `${LOCK_FILE_NAME} could not be read` }
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Writes the lock's canonical text atomically (a temporary file renamed into place). */
export async function writeLockFile(path: string, lock: LockFile): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, serializeLock(lock), { flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/**
 * Facts for `references` from the lock alone (no network). A reference the lock does not hold
 * comes back unresolved (`offline`, "not in the lock file"). Without `references`, every entry.
 */
export function factsFromLock(
  lock: LockFile,
  references?: ReadonlyArray<Pick<Reference, 'kind' | 'id' | 'revision' | 'url'>>
): RemoteFact[] {
  if (!references) return lock.entries.map((entry) => structuredClone(entry))
  const byKey = new Map(lock.entries.map((entry) => [keyOf(entry.reference), entry]))
  return references.map((reference) => {
    const entry = byKey.get(keyOf(reference))
    if (entry) return structuredClone(entry)
    const fact: RemoteFact = {
      reference:
        reference.revision === undefined
          ? { kind: reference.kind, id: reference.id }
          : { kind: reference.kind, id: reference.id, revision: reference.revision },
      url: reference.url ?? '',
      fetchedAt: new Date(0).toISOString(),
      unresolved: { reason: 'offline', detail: `not in ${LOCK_FILE_NAME}` }
    }
    return fact
  })
}

/** One difference between the lock and what a host says now. Strings are remote data: escape them. */

function describe(reference: RemoteFact['reference']): string {
  const kind: Record<string, string> = {
    'hf-model': 'the Hub model',
    'hf-dataset': 'the Hub dataset',
    arxiv: 'the arXiv paper',
    doi: 'the DOI',
    github: 'the GitHub repository',
    submodule: 'the submodule'
  }
  const at = reference.revision ? `@${reference.revision}` : ''
  return `${kind[reference.kind] ?? reference.kind} ${reference.id}${at}`
}

function licenseLabel(license: RemoteFact['license']): string {
  if (!license) return 'none'
  return license.spdx ?? (license.raw || license.name)
}

function availability(fact: RemoteFact): string {
  return fact.unresolved ? fact.unresolved.reason : 'available'
}

/**
 * What changed between the lock and live facts. Live facts unresolved for a transient reason
 * (timed out, rate-limited, offline …) are not compared: they say nothing about the host.
 */
export function diffLock(lock: LockFile, liveFacts: readonly RemoteFact[]): LockDrift[] {
  const locked = new Map(lock.entries.map((entry) => [keyOf(entry.reference), entry]))
  const drift: LockDrift[] = []
  const seen = new Set<string>()
  for (const live of liveFacts) {
    const key = keyOf(live.reference)
    seen.add(key)
    const old = locked.get(key)
    const what = describe(live.reference)
    if (!isLockable(live)) continue
    if (!old) {
      drift.push({
        reference: live.reference,
        field: 'added',
        message: `${what} is not in the lock`
      })
      continue
    }
    const push = (field: DriftField, before: string, after: string, message: string): void => {
      drift.push({ reference: live.reference, field, before, after, message })
    }
    if (availability(old) !== availability(live))
      push(
        'availability',
        availability(old),
        availability(live),
        `${what} was ${availability(old)} at lock time and is ${availability(live)} now`
      )
    const oldLicense = licenseLabel(old.license)
    const newLicense = licenseLabel(live.license)
    if (oldLicense !== newLicense)
      push(
        'license',
        oldLicense,
        newLicense,
        `the licence of ${what} changed from ${oldLicense} to ${newLicense} since the lock`
      )
    const oldGate = old.gated ?? 'not gated'
    const newGate = live.gated ?? 'not gated'
    if (oldGate !== newGate)
      push(
        'gated',
        oldGate,
        newGate,
        `the access gate of ${what} changed from ${oldGate} to ${newGate} since the lock`
      )
    if ((old.canonicalId ?? '') !== (live.canonicalId ?? ''))
      push(
        'canonicalId',
        old.canonicalId ?? live.reference.id,
        live.canonicalId ?? live.reference.id,
        `${what} now answers as ${live.canonicalId ?? live.reference.id}`
      )
    const oldBranches = (old.checkpointBranches ?? []).join('\n')
    const newBranches = (live.checkpointBranches ?? []).join('\n')
    if (old.checkpointBranches && live.checkpointBranches && oldBranches !== newBranches) {
      const before = old.checkpointBranchCount ?? old.checkpointBranches.length
      const after = live.checkpointBranchCount ?? live.checkpointBranches.length
      push(
        'checkpointBranches',
        String(before),
        String(after),
        `the checkpoint branches of ${what} changed (${before} at lock time, ${after} now)`
      )
    }
    if (old.pinned && live.pinned && old.pinned !== live.pinned)
      push(
        'pinned',
        old.pinned,
        live.pinned,
        `${what} moved from ${old.pinned} to ${live.pinned} since the lock`
      )
  }
  for (const [key, entry] of locked)
    if (!seen.has(key))
      drift.push({
        reference: entry.reference,
        field: 'removed',
        message: `${describe(entry.reference)} is in the lock but no longer referenced`
      })
  return drift
}

export type { DriftField, LockDrift }
