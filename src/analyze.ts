import { assessSnapshot } from './assess.js'
import { EMPTY_POLICY, type Policy } from './policy.js'
import type { OpennessReport } from './report/types.js'
import { scanRepository } from './scan/scan.js'
import type { Snapshot } from './scan/types.js'

export interface AnalyzeOptions {
  maxSeconds?: number
  policy?: Policy
  /** Display name in the report. */
  repository: string
}

/** Scan (the I/O edge) then assess (pure). Shared by the CLI and the action. */
export async function analyzeRepository(
  dir: string,
  options: AnalyzeOptions
): Promise<{ report: OpennessReport; snapshot: Snapshot }> {
  const policy = options.policy ?? EMPTY_POLICY
  const snapshot = await scanRepository(dir, {
    maxSeconds: options.maxSeconds ?? 120,
    ignore: policy.ignore ?? []
  })
  return { report: assessSnapshot(snapshot, { repository: options.repository, policy }), snapshot }
}
