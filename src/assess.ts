import { detectComponents, type Detection } from './detect/index.js'
import type { Resolution } from './model/references.js'
import { applyRemoteFacts } from './resolve/apply.js'
import { missingDisclosures } from './frameworks/disclosures.js'
import { compareDeclaration, findDeclaration } from './frameworks/declared.js'
import { evaluateMof } from './frameworks/mof.js'
import { evaluateOsaiIndex } from './frameworks/osai-index.js'
import { evaluateOsaid } from './frameworks/osaid.js'
import { detectOpenWashing } from './frameworks/open-washing.js'
import { computeScore } from './frameworks/score.js'
import { fileIndex } from './scan/facts.js'
import { collectLicenseContext, resolveComponents } from './license/resolve.js'
import type { ComponentReport } from './model/licenses.js'
import type { Policy } from './policy.js'
import { SCHEMA_VERSION, type OpennessReport } from './report/types.js'
import type { Snapshot } from './scan/types.js'
import { VERSION } from './version.js'

export interface AssessOptions {
  repository: string
  policy: Policy
}

/** What MOT sees for a component: its licence string (exact SPDX id or other text), or none. */
function motLicense(c: ComponentReport): string | null {
  if (!c.license) return null
  return c.license.spdx ?? c.license.name
}

export type { Resolution }

export const OFFLINE: Resolution = { mode: 'offline', facts: [], drift: [] }

/** The pure core without a resolve stage: a snapshot in, the full offline report out. */
export function assessSnapshot(snapshot: Snapshot, options: AssessOptions): OpennessReport {
  const detection = detectComponents(snapshot, { repository: options.repository })
  return assessDetection(snapshot, detection, OFFLINE, options)
}

/**
 * The pure core after detection and resolution: findings and the hosts' facts in, the full report
 * out. Deterministic for a given snapshot and set of facts.
 */
export function assessDetection(
  snapshot: Snapshot,
  detection: Detection,
  resolution: Resolution,
  options: AssessOptions
): OpennessReport {
  const applied = applyRemoteFacts(detection.findings, detection.references, resolution.facts)
  const overrides = Object.fromEntries(
    Object.entries(options.policy.licenses ?? {}).map(([name, o]) => [
      name,
      { license: o.license, ...(o.path ? { path: o.path } : {}) }
    ])
  )
  const licenseContext = collectLicenseContext(snapshot, {
    modelCardLicense: detection.modelCardLicense,
    overrides,
    remote: applied.licenses,
    unverified: applied.unverified
  })
  const components = resolveComponents(applied.findings, licenseContext)

  const mof = evaluateMof({
    components: components
      .filter((c) => c.status !== 'missing')
      .map((c) => ({
        name: c.name,
        license: motLicense(c),
        // One rule for "open": the status the component table shows decides the class too.
        open: c.status === 'open',
        typeAppropriate: c.license?.typeAppropriate ?? false
      }))
  })
  const osaid = evaluateOsaid(components)
  const osaiIndex = evaluateOsaiIndex(components, detection.documentation)
  const score = computeScore(components)
  const disclosures = missingDisclosures(components, mof.class, osaid)
  const claims = detection.claims
  const openWashing = detectOpenWashing(claims, components, osaid, mof.class, [
    ...detection.subject.names,
    ...detection.subject.ids,
    ...detection.subject.ids.map((id) => id.split('/')[1] ?? id),
    options.repository.split('/').pop() ?? options.repository
  ])
  const declaration = findDeclaration(snapshot)
  const declared = declaration?.record ? compareDeclaration(declaration.record, components) : []

  const files = fileIndex(snapshot)
  const weightFiles = files.weightOrPointer.filter((f) => f.weight !== undefined)
  const parameterCount = weightFiles.reduce((sum, f) => sum + (f.weight?.parameterCount ?? 0), 0)
  const warnings = [...detection.warnings]
  if (declaration?.error) warnings.push(`${declaration.path}: ${declaration.error}`)

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'model-openness', version: VERSION },
    repository: options.repository,
    subject: detection.subject,
    score: score.score,
    scoreLines: score.lines,
    mof: { class: mof.class, label: mof.label, progress: mof.progress, warnings: mof.warnings },
    osaid,
    osaiIndex,
    components,
    missingDisclosures: disclosures,
    openWashing,
    references: detection.references,
    resolution,
    declared,
    declarationPath: declaration?.path ?? null,
    licenses: licenseContext.files.map((f) => ({
      path: f.path,
      spdx: f.identification.spdx,
      name: f.identification.name,
      kind: f.usePolicy ? 'use-policy' : f.identification.kind,
      scope: f.scope
    })),
    inventory: {
      files: snapshot.stats.filesSeen,
      directories: snapshot.stats.directoriesSeen,
      weightFiles: weightFiles.length,
      lfsPointers: files.weightOrPointer.filter((f) => f.lfs !== undefined).length,
      parameterCount: parameterCount > 0 ? parameterCount : null,
      bytesRead: snapshot.stats.bytesRead,
      maxBytesReadPerWeight: snapshot.stats.maxBytesReadPerWeight,
      ignoredFiles: snapshot.stats.ignoredFiles,
      textFilesNotRead: snapshot.stats.textFilesNotRead,
      skipped: snapshot.skipped,
      partial: snapshot.partial ?? null
    },
    warnings
  }
}
