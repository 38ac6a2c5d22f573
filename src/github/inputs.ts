import { isAbsolute, normalize } from 'node:path'
import { z } from 'zod'
import { combineGates, type Gates } from '../policy/gates.js'
import { mofClassGate, type Policy } from '../policy/schema.js'

/** An input value the action cannot use; the message is one line naming the input. */
export class InputError extends Error {}

const bool = (name: string) =>
  z
    .enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'], {
      error: (i) => `input '${name}' must be true or false, got ${JSON.stringify(i.input)}`
    })
    .transform((v) => v.toLowerCase() === 'true')

const inputSchema = z.lazy(() =>
  z.object({
    path: z.string().min(1, "input 'path' must not be empty"),
    'github-token': z.string(),
    comment: z.enum(['always', 'on-change', 'never'], {
      error: (i) =>
        `input 'comment' must be always, on-change or never, got ${JSON.stringify(i.input)}`
    }),
    config: z.string().min(1, "input 'config' must not be empty"),
    'fail-under': z
      .string()
      .regex(/^\d+(\.\d+)?$/, "input 'fail-under' must be a number from 0 to 100")
      .transform(Number)
      .refine((n) => n <= 100, "input 'fail-under' must be a number from 0 to 100"),
    'require-mof-class': z.string().transform((value, ctx) => {
      const gate = mofClassGate.safeParse(value)
      if (gate.success) return gate.data
      ctx.addIssue({
        code: 'custom',
        message: `input 'require-mof-class' must be 1, 2, 3 (or I, II, III) or none, got ${JSON.stringify(value)}`
      })
      return z.NEVER
    }),
    'require-osaid': bool('require-osaid'),
    'fail-on-regression': bool('fail-on-regression'),
    'report-path': z
      .string()
      .min(1, "input 'report-path' must not be empty")
      .refine(
        (p) => isAbsolute(p) || !/^\.\.(\/|$)/.test(normalize(p)),
        "input 'report-path' must stay inside the runner temp folder (no '..' out of it) or be an absolute path"
      ),
    /** Empty: no SARIF file is written. */
    'sarif-path': z.string(),
    'max-seconds': z
      .string()
      .regex(/^\d+(\.\d+)?$/, "input 'max-seconds' must be a positive number of seconds")
      .transform(Number)
      .refine(
        (n) => n > 0 && n <= 21_600,
        "input 'max-seconds' must be between 0 and 21600 seconds"
      ),
    'max-text-files': z
      .string()
      .regex(/^\d+$/, "input 'max-text-files' must be a whole number from 1 to 1000000")
      .transform(Number)
      .refine(
        (n) => n >= 1 && n <= 1_000_000,
        "input 'max-text-files' must be a whole number from 1 to 1000000"
      ),
    resolve: z.enum(['online', 'offline', 'lock'], {
      error: (i) =>
        `input 'resolve' must be online, offline or lock, got ${JSON.stringify(i.input)}`
    }),
    'policy-source': z.enum(['base', 'head'], {
      error: (i) => `input 'policy-source' must be base or head, got ${JSON.stringify(i.input)}`
    }),
    'api-timeout-seconds': z
      .string()
      .regex(
        /^\d+(\.\d+)?$/,
        "input 'api-timeout-seconds' must be a number of seconds from 1 to 600"
      )
      .transform(Number)
      .refine(
        (n) => n >= 1 && n <= 600,
        "input 'api-timeout-seconds' must be a number of seconds from 1 to 600"
      )
  })
)

export type ActionInputs = z.output<typeof inputSchema>

/** Defaults, equal to action.yml's (a test keeps them equal); used when an input is empty. */
export const INPUT_DEFAULTS: Readonly<Record<keyof ActionInputs, string>> = {
  path: '.',
  'github-token': '',
  comment: 'always',
  config: '.github/model-openness.yml',
  'fail-under': '0',
  'require-mof-class': 'none',
  'require-osaid': 'false',
  'fail-on-regression': 'false',
  'report-path': 'model-openness-report.json',
  'sarif-path': '',
  'max-seconds': '120',
  'max-text-files': '1000',
  resolve: 'online',
  'policy-source': 'base',
  'api-timeout-seconds': '60'
}

export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(
    Object.entries(INPUT_DEFAULTS).map(([name, fallback]) => {
      const value = getInput(name).trim()
      return [name, value === '' ? fallback : value]
    })
  )
  const parsed = inputSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const message = issue.message.startsWith('input ')
      ? issue.message
      : `input '${String(issue.path[0])}': ${issue.message}`
    throw new InputError(message)
  }
  return parsed.data
}

/** The gates in force: workflows can tighten an organisation's policy file, never loosen it. */
export type { Gates } from '../policy/gates.js'

export function mergeGates(inputs: ActionInputs, policy: Policy): Gates {
  return combineGates(
    {
      failUnder: inputs['fail-under'],
      requireMofClass: inputs['require-mof-class'],
      requireOsaid: inputs['require-osaid'],
      failOnRegression: inputs['fail-on-regression']
    },
    policy
  )
}
