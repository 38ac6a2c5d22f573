import * as core from '@actions/core'

/**
 * The runner reads every stdout line that starts with `::` (after trimming) as a workflow command,
 * and the legacy `##[` form anywhere in a line. Text from the scanned repository or from a remote
 * host (file names, card text, URLs, error messages) must never form one: a name holding
 * `\n::add-mask::…` or `\n::stop-commands::…` would otherwise mask the log or silence the action.
 */
export function escapeLogText(text: string): string {
  return (
    text
      // The toolkit's escaping for command data: one line, `%` kept unambiguous.
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A')
      .replace(/##\[/g, '##%5B')
      .replace(/^(\s*):/, '$1%3A')
  )
}

/** The one way plain lines reach the log; anything may be passed, it comes out as one inert line. */
export function logInfo(text: string): void {
  core.info(escapeLogText(text))
}
