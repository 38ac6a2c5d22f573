import type { OpennessReport } from './report/types.js'
import type { SkipReason } from './scan/types.js'

const SKIP_WORDS: Record<SkipReason, string> = {
  symlink: 'symbolic link(s) not followed',
  'special-file': 'special file(s) not read',
  unreadable: 'unreadable',
  'too-large': 'read only in part (first part of a large file)',
  'binary-document': 'binary content under a text name',
  'invalid-name': 'invalid name(s)',
  'depth-limit': 'below the depth limit',
  'file-limit': 'past the file-count limit',
  'time-budget': 'not reached within the time budget',
  malformed: 'malformed'
}

/** One stderr line for everything not fully read, grouped by why, instead of a line per file. */
export function skippedSummary(report: Pick<OpennessReport, 'inventory'>): string | null {
  const skipped = report.inventory.skipped
  if (skipped.length === 0) return null
  const counts = new Map<SkipReason, number>()
  for (const item of skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1)
  const parts = [...counts].map(([reason, n]) => `${n} ${SKIP_WORDS[reason] ?? reason}`)
  return `note: ${skipped.length} item(s) not fully scanned: ${parts.join(', ')}; each is listed in the report`
}
