import { buildMotRecord, motRecordToYaml } from '../frameworks/mot-record.js'
import type { OpennessReport } from './types.js'

/** `--format mot`: the detected release as a Model Openness Tool record, ready to submit. */
export function reportToMotYaml(report: OpennessReport): string {
  const record = buildMotRecord({ name: report.repository }, report.components)
  return motRecordToYaml(record)
}
