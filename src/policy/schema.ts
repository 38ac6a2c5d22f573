import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { COMPONENT_NAMES, type ComponentName } from '../model/components.js'

/** A policy file that cannot be used; the message is one line naming the key and the problem. */
export class PolicyError extends Error {}

export const DEFAULT_POLICY_PATH = '.github/model-openness.yml'
const POLICY_CAP = 256 * 1024

/** A value from the file for a message: one line, at most about 60 characters. */
function quotedInput(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input)
  return text.length > 62 ? `${text.slice(0, 60)}…` : text
}

/**
 * MOF classes as numbers or roman numerals; `none` turns the gate off. Every schema here is built on
 * first use (z.lazy): zod builds each schema's methods as it creates it, and a run without a policy
 * file or a `require-mof-class` setting needs none of them.
 */
export const mofClassGate = z.lazy(() =>
  z
    .union(
      [
        z.literal(1),
        z.literal(2),
        z.literal(3),
        z.enum(['1', '2', '3', 'I', 'II', 'III', 'Class I', 'Class II', 'Class III', 'none', ''])
      ],
      {
        error: () => 'expected 1, 2, 3 (or I, II, III), or none'
      }
    )
    .transform((v): 1 | 2 | 3 | null => {
      const text = String(v).replace(/^Class /, '')
      const map: Record<string, 1 | 2 | 3> = { '1': 1, '2': 2, '3': 3, I: 1, II: 2, III: 3 }
      return map[text] ?? null
    })
)

export const scoreGate = z.lazy(() =>
  z
    .number({ error: () => 'expected a number from 0 to 100' })
    .min(0, 'expected a number from 0 to 100')
    .max(100, 'expected a number from 0 to 100')
)

export const policySchema = z.lazy(() => {
  const componentName = z.enum(COMPONENT_NAMES as [ComponentName, ...ComponentName[]], {
    error: (issue) =>
      `unknown component ${quotedInput(issue.input)}; use one of the 17 MOF names, e.g. "Model card"`
  })
  const licenseOverride = z.strictObject(
    {
      license: z
        .string({ error: () => 'expected an SPDX id or licence name' })
        .min(1)
        .max(200),
      path: z.string().max(500).optional(),
      reason: z.string().max(500).optional()
    },
    { error: () => 'expected a mapping with license (and optionally path and reason)' }
  )
  return z.strictObject(
    {
      'fail-under': scoreGate.optional(),
      'require-mof-class': mofClassGate.optional(),
      'require-osaid': z.boolean({ error: () => 'expected true or false' }).optional(),
      'fail-on-regression': z.boolean({ error: () => 'expected true or false' }).optional(),
      require: z
        .array(componentName, { error: () => 'expected a list of MOF component names' })
        .max(17)
        .optional(),
      ignore: z
        .array(
          z
            .string({ error: () => 'expected a gitignore-style pattern' })
            .min(1, 'expected a non-empty gitignore-style pattern')
            .max(500, 'a pattern is limited to 500 characters'),
          {
            error: () => 'expected a list of gitignore-style patterns'
          }
        )
        .max(1000)
        .optional(),
      licenses: z
        .partialRecord(componentName, licenseOverride, {
          error: () => 'expected a mapping from MOF component names to licence overrides'
        })
        .optional()
    },
    { error: () => 'expected a mapping of settings such as fail-under and require' }
  )
})

export type Policy = z.output<typeof policySchema>

export const EMPTY_POLICY: Policy = {}

/** A key from the file as it can be shown on one line: control characters escaped, length capped. */
function shownKey(key: PropertyKey): string {
  const text = JSON.stringify(String(key)).slice(1, -1)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** One line: where in the file, and what is wrong. */
export function formatZodError(error: z.ZodError, source: string): string {
  const issue = error.issues[0]
  const key =
    issue.path.length > 0
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : shownKey(p)))
          .join('.')
          .replace(/\.\[/g, '[')
      : null
  let message = issue.message
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5)
    const more =
      issue.keys.length > keys.length ? ` and ${issue.keys.length - keys.length} more` : ''
    // Keys under licenses: are component names; elsewhere they are settings.
    message =
      issue.path.length === 1 && issue.path[0] === 'licenses'
        ? `unknown component ${keys.map((k) => `"${shownKey(k)}"`).join(', ')}${more}; use one of the 17 MOF names, e.g. "Model card"`
        : `unknown key ${keys.map((k) => `'${shownKey(k)}'`).join(', ')}${more}`
  }
  return `${source}: ${key ? `'${key}': ` : ''}${message.split('\n')[0]}`
}

/** Parses and validates policy text. Throws PolicyError with a one-line message. */
export function parsePolicy(text: string, source = DEFAULT_POLICY_PATH): Policy {
  // Duplicate keys are an error: a second `fail-under:` silently loosening the first is a trap.
  const doc = parseDocument(text, { logLevel: 'silent', prettyErrors: false })
  const yamlError = doc.errors[0]
  if (yamlError) {
    const offset = yamlError.pos[0]
    const line = text.slice(0, offset).split('\n').length
    if (yamlError.code === 'DUPLICATE_KEY') {
      const key = /^\s*([^:\n]{1,60})/.exec(text.slice(offset, offset + 200))?.[1]?.trim()
      throw new PolicyError(`${source}: ${key ? `'${key}': ` : ''}duplicate key (line ${line})`)
    }
    throw new PolicyError(
      `${source}: invalid YAML at line ${line}: ${yamlError.message.split('\n')[0]}`
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new PolicyError(
      `${source}: ${error instanceof Error ? error.message.split('\n')[0] : 'unreadable YAML'}`
    )
  }
  if (data === null || data === undefined) return EMPTY_POLICY
  const parsed = policySchema.safeParse(data)
  if (!parsed.success) throw new PolicyError(formatZodError(parsed.error, source))
  return parsed.data
}

/**
 * Reads the policy file: an explicit path must exist; the default path is optional. The file is
 * part of the scanned (untrusted) checkout, so it is read like any other: no links, capped.
 */
export async function loadPolicyFile(repoDir: string, explicitPath?: string): Promise<Policy> {
  const path = explicitPath ?? join(repoDir, DEFAULT_POLICY_PATH)
  const shown = explicitPath
    ? relative(process.cwd(), explicitPath) || explicitPath
    : DEFAULT_POLICY_PATH
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!explicitPath && (code === 'ENOENT' || code === 'ENOTDIR')) return EMPTY_POLICY
    throw new PolicyError(`${shown}: cannot read the policy file (${code ?? 'error'})`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new PolicyError(`${shown}: not a regular file`)
    if (info.size > POLICY_CAP)
      throw new PolicyError(`${shown}: larger than ${POLICY_CAP / 1024} KiB`)
    const buf = Buffer.alloc(info.size)
    let filled = 0
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return parsePolicy(buf.subarray(0, filled).toString('utf8'), shown)
  } finally {
    await handle.close()
  }
}
