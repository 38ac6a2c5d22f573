/** Bad usage or unreadable input: one line on stderr and exit status 2, never a stack trace. */
export class UsageError extends Error {}

/** Documented exit statuses (README, docs/cli.md). */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2, internal: 3 } as const

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  /** Called with the command's name before its code loads (the process entry sets V8 flags). */
  beforeCommand?(command: string): Promise<void> | void
}

/** The options every command shares, as node:util's parseArgs returns them. */
export type CliValues = Record<string, string | boolean | undefined>
