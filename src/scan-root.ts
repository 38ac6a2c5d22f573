import { opendir, stat } from 'node:fs/promises'
import { ScanInputError } from './scan/scan.js'
import type { OpennessReport } from './report/types.js'

/**
 * Checks the folder to scan before anything else reads from it, so a missing or unreadable folder
 * is named as such (and not, say, as an unreadable policy file inside it). `shown` is the folder
 * as the user wrote it.
 */
export async function checkScanRoot(dir: string, shown: string): Promise<void> {
  let info
  try {
    info = await stat(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ScanInputError(`${shown}: no such folder`)
    throw new ScanInputError(`${shown}: cannot read the folder (${code ?? 'error'})`)
  }
  if (!info.isDirectory()) throw new ScanInputError(`${shown}: not a folder`)
  try {
    const handle = await opendir(dir)
    await handle.close()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ScanInputError(`${shown}: cannot read the folder (${code ?? 'error'})`)
  }
}

/**
 * An empty folder is almost always a wrong path; a report of "everything missing" would hide that.
 * A scan that stopped early, or that skipped what it found (links, special files), is not empty.
 */
export function checkFilesFound(report: Pick<OpennessReport, 'inventory'>, shown: string): void {
  const { files, ignoredFiles, partial, skipped } = report.inventory
  if (files === 0 && partial === null && skipped.length === 0)
    throw new ScanInputError(
      `${shown}: no files found${ignoredFiles > 0 ? ` (${ignoredFiles} ignored by the policy file)` : ''}`
    )
}
