/**
 * The hidden marker that makes the PR comment sticky and carries the run's machine-readable report:
 *
 *   <!-- model-openness:v1 sha=<head sha> run=<run id> report=<base64url(JSON)> -->
 *
 * base64url has no `>` or `!`, so the payload can never end the HTML comment early. Rendered
 * bodies escape `<`, so repository text cannot produce a marker; the lookup still only trusts
 * comments written by the token's own identity.
 */

export const MARKER_PREFIX = '<!-- model-openness:v1'
const MARKER_SUFFIX = '-->'

/**
 * Largest embedded report, in base64url characters (~22.5 KB of JSON). It leaves more than half of
 * the 65,536-character comment for the human-readable body; a larger report is left out.
 */
export const MAX_EMBEDDED_REPORT_CHARS = 30_000

/** A marker can never be longer than this; parsing ignores anything bigger. */
const MAX_MARKER_CHARS = MARKER_PREFIX.length + MAX_EMBEDDED_REPORT_CHARS + 200

const SHA = /^[0-9a-f]{7,64}$/i
const RUN_ID = /^[0-9]{1,20}$/
const BASE64URL = /^[A-Za-z0-9_-]*$/

export interface MarkerInput {
  /** JSON-serialisable; left out when undefined or too large. */
  report?: unknown
  sha?: string
  runId?: string | number
}

export interface ParsedMarker {
  /** The decoded JSON, not validated: callers must validate it (e.g. with zod). */
  report: unknown
  sha?: string
  runId?: string
}

/** Encodes the report, or returns undefined when it cannot be serialised or is over the cap. */
export function encodeReport(report: unknown): string | undefined {
  if (report === undefined) return undefined
  let json: string | undefined
  try {
    json = JSON.stringify(report)
  } catch {
    return undefined
  }
  if (json === undefined) return undefined
  // base64 grows by 4/3; skip the encoding work when the JSON alone is already too large.
  if (Buffer.byteLength(json, 'utf8') > (MAX_EMBEDDED_REPORT_CHARS / 4) * 3) return undefined
  const encoded = Buffer.from(json, 'utf8').toString('base64url')
  return encoded.length <= MAX_EMBEDDED_REPORT_CHARS ? encoded : undefined
}

export function renderMarker(input: MarkerInput): string {
  const fields: string[] = []
  if (input.sha !== undefined && SHA.test(input.sha)) fields.push(`sha=${input.sha.toLowerCase()}`)
  const runId = input.runId === undefined ? undefined : String(input.runId)
  if (runId !== undefined && RUN_ID.test(runId)) fields.push(`run=${runId}`)
  const report = encodeReport(input.report)
  if (report !== undefined) fields.push(`report=${report}`)
  return [MARKER_PREFIX, ...fields, MARKER_SUFFIX].join(' ')
}

/**
 * The last marker in `body` (ours is always appended last), or null when there is none or it is
 * malformed. Never throws; an unreadable report field gives `report: undefined`.
 */
export function parseMarker(body: unknown): ParsedMarker | null {
  if (typeof body !== 'string') return null
  const start = body.lastIndexOf(MARKER_PREFIX)
  if (start === -1) return null
  const afterPrefix = start + MARKER_PREFIX.length
  const end = body.indexOf(MARKER_SUFFIX, afterPrefix)
  if (end === -1 || end - start > MAX_MARKER_CHARS) return null
  const inner = body.slice(afterPrefix, end)
  // The prefix must be followed by whitespace (or end directly), so `v10` is not read as `v1`.
  if (inner.length > 0 && !/^\s/.test(inner)) return null

  const result: ParsedMarker = { report: undefined }
  for (const field of inner.trim().split(/\s+/)) {
    const eq = field.indexOf('=')
    if (eq <= 0) continue
    const key = field.slice(0, eq)
    const value = field.slice(eq + 1)
    if (key === 'sha' && SHA.test(value)) result.sha = value.toLowerCase()
    else if (key === 'run' && RUN_ID.test(value)) result.runId = value
    else if (key === 'report') result.report = decodeReport(value)
  }
  return result
}

function decodeReport(encoded: string): unknown {
  if (encoded.length > MAX_EMBEDDED_REPORT_CHARS || !BASE64URL.test(encoded)) return undefined
  try {
    return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown
  } catch {
    return undefined
  }
}
