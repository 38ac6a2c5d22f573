/**
 * The package's import API (`import { analyzeRepository } from 'model-openness'`). Importing it has
 * no side effects: the action's entry is src/index.ts, the command's src/cli.ts.
 */
export { analyzeRepository, type AnalyzeOptions } from './analyze.js';
export { combineGates, evaluateGates, type GateFailure, type GateName, type Gates, type RequestedGates } from './policy/gates.js';
export { DEFAULT_POLICY_PATH, loadPolicyFile, parsePolicy, PolicyError, type Policy } from './policy/schema.js';
export { reportToBadge, type ShieldsEndpoint } from './report/badge.js';
export { reportToCycloneDx, type CycloneDxBom } from './report/cyclonedx.js';
export { OUTPUT_FORMATS, OUTPUT_FORMAT_NAMES, type OutputFormat } from './report/formats.js';
export { renderHeadline, renderMarkdown, type HeadlineQualifiers, type MarkdownOptions } from './report/markdown.js';
export { reportToMotYaml } from './report/mot.js';
export { reportToSarif, type SarifLog, type SarifOptions } from './report/sarif.js';
export type { DeclaredComparison, InventorySummary, LicenseFileSummary, MofSummary, OpennessReport } from './report/types.js';
export { SCHEMA_VERSION } from './report/types.js';
export type { ComponentReport, ComponentStatus, ResolvedLicense } from './model/licenses.js';
export type { Evidence } from './model/findings.js';
export { ScanInputError } from './scan/scan.js';
export { checkFilesFound, checkScanRoot } from './scan-root.js';
export { VERSION } from './version.js';
