import { reportToBadge } from './badge.js'
import { reportToCycloneDx } from './cyclonedx.js'
import { renderMarkdown } from './markdown.js'
import { reportToMotYaml } from './mot.js'
import { reportToSarif } from './sarif.js'
import type { OpennessReport } from './types.js'

/**
 * Every output format, in one table: what it is for and how it is written. The CLI's `--format`
 * and docs/formats.md list exactly these.
 */
export const OUTPUT_FORMATS = {
  json: {
    description: 'the full report (schema version 1)',
    render: (report: OpennessReport) => JSON.stringify(report, null, 2) + '\n'
  },
  markdown: {
    description: 'the PR comment / job summary body',
    // A report of a Hub model links its evidence to the files at the commit that was read.
    render: (report: OpennessReport) =>
      renderMarkdown(report, report.source ? { linkBase: report.source.fileBase } : {})
  },
  mot: {
    description: 'a Model Openness Tool record (YAML)',
    render: (report: OpennessReport) => reportToMotYaml(report)
  },
  sarif: {
    description: 'SARIF 2.1.0 for GitHub code scanning',
    render: (report: OpennessReport) => JSON.stringify(reportToSarif(report), null, 2) + '\n'
  },
  cyclonedx: {
    description: 'a CycloneDX 1.6 ML-BOM (JSON)',
    render: (report: OpennessReport) => JSON.stringify(reportToCycloneDx(report), null, 2) + '\n'
  },
  badge: {
    description: 'a shields.io endpoint badge (JSON)',
    render: (report: OpennessReport) => JSON.stringify(reportToBadge(report)) + '\n'
  }
} as const

export type OutputFormat = keyof typeof OUTPUT_FORMATS

export const OUTPUT_FORMAT_NAMES = Object.keys(OUTPUT_FORMATS) as OutputFormat[]

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(OUTPUT_FORMATS, name)
}
