import {
  COMPONENT_NAMES,
  componentDefinition,
  type ComponentName,
  type ContentType
} from '../model/components.js'
import type { ComponentFinding } from '../model/findings.js'
import { baseName, dirName, isVendored } from '../util/paths.js'
import { isLicenseLikeName } from '../scan/classify.js'
import type { Snapshot } from '../scan/types.js'
import { isOpenLicense, isTypeAppropriate } from './classify.js'
import { packageMetadataLicense, spdxHeaderDeclarations } from './declarations.js'
import { identifyLicenseText } from './identify.js'
import { normalizeLicenseId } from './normalize.js'
import type {
  ComponentReport,
  LicenseIdentification,
  LicenseSource,
  ResolvedLicense
} from '../model/licenses.js'

/** Which components a licence file names itself for (LICENSE-MODEL, DATA_LICENSE, …). */
export type LicenseScope = 'weights' | 'data' | 'code' | 'documents' | 'all'

export interface LicenseFile {
  path: string
  scope: LicenseScope
  identification: LicenseIdentification
  /** Acceptable-use policies and similar: they restrict, they do not license. */
  usePolicy: boolean
}

export interface DeclaredLicense {
  raw: string
  path: string
  line?: number
  source: LicenseSource
  /** Display name given beside the id (model card `license_name`). */
  name?: string
}

/** Licence facts of a repository, gathered once and used for every component. */
export interface LicenseContext {
  files: LicenseFile[]
  /** The model card's `license:` (with `license_name` / `license_link`), which governs the weights. */
  modelCard: DeclaredLicense | null
  /** Licences stated in package metadata (pyproject, package.json, setup.cfg …). */
  packages: DeclaredLicense[]
  /** Folders of the repository, to tell a folder location from a file location. */
  directories: ReadonlySet<string>
  /** SPDX-License-Identifier headers of code files. */
  headerDeclarations: { path: string; spdx: string }[]
  /** Per-component overrides from the policy file (e.g. weights hosted elsewhere). */
  overrides: Partial<Record<ComponentName, { license: string; path?: string }>>
}

const SCOPE_PATTERNS: [RegExp, LicenseScope][] = [
  [/(^|[-_.])(model|weights?|params|parameters|checkpoints?)([-_.]|$)/i, 'weights'],
  [/(^|[-_.])(data|datasets?)([-_.]|$)/i, 'data'],
  [/(^|[-_.])(code|software|source)([-_.]|$)/i, 'code'],
  [/(^|[-_.])(docs?|documentation|content|text)([-_.]|$)/i, 'documents']
]
const USE_POLICY = /(use[_-]?policy|acceptable[_-]use|responsible[_-]ai|responsible[_-]use|aup)/i
const NOT_A_LICENSE = /^(notice|patents|copyright|authors)([._-]|$)/i

function scopeOf(path: string): LicenseScope {
  const name = baseName(path).replace(/\.(md|txt|rst)$/i, '')
  const rest = name.replace(/licen[cs]e|copying/gi, '')
  for (const [pattern, scope] of SCOPE_PATTERNS) if (pattern.test(rest)) return scope
  return 'all'
}

function scopeOfComponent(name: ComponentName): LicenseScope {
  if (name === 'Model parameters (Final)' || name === 'Model parameters (Intermediate)')
    return 'weights'
  const type: ContentType = componentDefinition(name).contentType
  return type === 'code' ? 'code' : type === 'data' ? 'data' : 'documents'
}

export interface LicenseInputs {
  modelCardLicense?: {
    path: string
    raw: string
    name?: string
    link?: string
    line?: number
  } | null
  overrides?: LicenseContext['overrides']
}

/** Identifies every licence-like file and collects declared licences. Pure: reads only the snapshot. */
export function collectLicenseContext(
  snapshot: Snapshot,
  inputs: LicenseInputs = {}
): LicenseContext {
  const files: LicenseFile[] = []
  const packages: DeclaredLicense[] = []
  for (const file of snapshot.files) {
    if (file.text === undefined || isVendored(file.path)) continue
    const name = baseName(file.path)
    if (isLicenseLikeName(file.path) && !NOT_A_LICENSE.test(name)) {
      const identification = identifyLicenseText(file.text)
      const usePolicy =
        USE_POLICY.test(name) ||
        (identification.restrictsUse === true && /polic/i.test(identification.name))
      files.push({ path: file.path, scope: scopeOf(file.path), identification, usePolicy })
      continue
    }
    const pkg = packageMetadataLicense(file.path, file.text)
    if (pkg)
      packages.push({ raw: pkg.raw, path: file.path, line: pkg.line, source: 'package-metadata' })
  }
  let modelCard: DeclaredLicense | null = null
  const card = inputs.modelCardLicense
  if (card) {
    modelCard = {
      raw: card.raw,
      path: card.path,
      source: 'model-card',
      ...(card.line ? { line: card.line } : {}),
      ...(card.name ? { name: card.name } : {})
    }
    // `license: other` with `license_link: LICENSE.md` points at a file whose text decides.
    if (card.link && !/^https?:/i.test(card.link)) {
      const target = card.link.replace(/^\.?\//, '')
      const linked = files.find(
        (f) =>
          f.path === target ||
          f.path === `${dirName(card.path) ? dirName(card.path) + '/' : ''}${target}`
      )
      if (linked && normalizeLicenseId(card.raw).spdx === null) {
        modelCard = {
          raw: linked.identification.spdx ?? card.raw,
          path: linked.path,
          source: 'model-card',
          name: card.name ?? linked.identification.name
        }
      }
    }
  }
  return {
    files,
    modelCard,
    packages,
    headerDeclarations: collectHeaderDeclarations(snapshot),
    directories: new Set(snapshot.directories),
    overrides: inputs.overrides ?? {}
  }
}

function fromDeclared(declared: DeclaredLicense, contentType: ContentType): ResolvedLicense {
  const normal = normalizeLicenseId(declared.raw)
  const spdx = normal.spdx
  return {
    spdx,
    name: declared.name ?? normal.name,
    path: declared.path,
    source: declared.source,
    open: isOpenLicense(spdx),
    typeAppropriate: isTypeAppropriate(spdx, contentType),
    contentType
  }
}

function fromFile(file: LicenseFile, contentType: ContentType): ResolvedLicense {
  const { spdx, name } = file.identification
  const restricted = file.identification.restrictsUse === true
  return {
    spdx,
    name:
      spdx === null && file.identification.kind === 'unknown'
        ? `Unrecognised licence text (${baseName(file.path)})`
        : name,
    path: file.path,
    source: 'license-file',
    open: !restricted && isOpenLicense(spdx),
    typeAppropriate: isTypeAppropriate(spdx, contentType),
    contentType
  }
}

/** A root file that only points to other licence files ("see LICENSE-CODE and LICENSE-MODEL"). */
function isPointerOnly(file: LicenseFile, all: LicenseFile[]): boolean {
  return file.identification.kind === 'unknown' && all.some((o) => o !== file && o.scope !== 'all')
}

/** The nearest licence file of a scope, from a folder up to the root. */
function nearestFile(
  ctx: LicenseContext,
  folder: string,
  accept: (f: LicenseFile) => boolean,
  stopBeforeRoot = false
): LicenseFile | null {
  let dir = folder
  for (;;) {
    if (stopBeforeRoot && dir === '') return null
    const here = ctx.files.filter(
      (f) => dirName(f.path) === dir && !f.usePolicy && accept(f) && !isPointerOnly(f, ctx.files)
    )
    if (here.length > 0) return here.sort((a, b) => (a.path < b.path ? -1 : 1))[0]
    if (dir === '') return null
    dir = dirName(dir)
  }
}

function commonFolder(paths: string[], directories: ReadonlySet<string>): string {
  if (paths.length === 0) return ''
  const folderOf = (p: string): string => (directories.has(p) ? p : dirName(p))
  let common = folderOf(paths[0]).split('/')
  for (const p of paths.slice(1)) {
    const parts = folderOf(p).split('/')
    let i = 0
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++
    common = common.slice(0, i)
  }
  return common.join('/')
}

function withUsePolicy(license: ResolvedLicense, policies: LicenseFile[]): ResolvedLicense {
  if (policies.length === 0) return license
  const policy = policies[0]
  return {
    ...license,
    spdx: license.spdx ? `${license.spdx} AND LicenseRef-acceptable-use-policy` : null,
    name: `${license.name} + acceptable-use policy (${baseName(policy.path)})`,
    open: false
  }
}

/** The licence governing one detected component; null when none applies. */
export function resolveComponentLicense(
  finding: ComponentFinding,
  ctx: LicenseContext
): ResolvedLicense | null {
  const def = componentDefinition(finding.name)
  const contentType = def.contentType
  const override = ctx.overrides[finding.name]
  if (override) {
    return fromDeclared(
      { raw: override.license, path: override.path ?? '', source: 'policy' },
      contentType
    )
  }
  const scope = scopeOfComponent(finding.name)
  const isWeights = scope === 'weights'
  const usePolicies = isWeights ? ctx.files.filter((f) => f.usePolicy) : []

  if (finding.presence === 'by-reference') {
    // Only weights have a stand-in for their licence outside the repository: the model card.
    if (isWeights && ctx.modelCard)
      return withUsePolicy(fromDeclared(ctx.modelCard, contentType), usePolicies)
    return null
  }

  const folder = commonFolder(finding.locations, ctx.directories)
  const specific = nearestFile(ctx, folder, (f) => f.scope === scope)
  if (specific)
    return isWeights
      ? withUsePolicy(fromFile(specific, contentType), usePolicies)
      : fromFile(specific, contentType)

  if (isWeights) {
    const local = nearestFile(ctx, folder, (f) => f.scope === 'all', true)
    if (local) return withUsePolicy(fromFile(local, contentType), usePolicies)
    if (ctx.modelCard) return withUsePolicy(fromDeclared(ctx.modelCard, contentType), usePolicies)
  }

  if (scope === 'code') {
    // SPDX headers in the component's own files are the most specific statement for code.
    const headers = new Set<string>()
    let headerPath = ''
    for (const file of ctx.headerDeclarations) {
      if (finding.locations.includes(file.path)) {
        headers.add(file.spdx)
        headerPath ||= file.path
      }
    }
    if (headers.size === 1) {
      return fromDeclared(
        { raw: [...headers][0], path: headerPath, source: 'spdx-header' },
        contentType
      )
    }
  }

  const general = nearestFile(ctx, folder, (f) => f.scope === 'all')
  if (general) {
    const resolved = fromFile(general, contentType)
    return isWeights ? withUsePolicy(resolved, usePolicies) : resolved
  }
  if (scope === 'code' && ctx.packages.length > 0) return fromDeclared(ctx.packages[0], contentType)
  if (ctx.modelCard) {
    const resolved = fromDeclared(ctx.modelCard, contentType)
    return isWeights ? withUsePolicy(resolved, usePolicies) : resolved
  }
  if (ctx.packages.length > 0) return fromDeclared(ctx.packages[0], contentType)
  return null
}

function statusOf(license: ResolvedLicense | null): ComponentReport['status'] {
  if (license === null) return 'unlicensed'
  return license.open ? 'open' : 'restricted'
}

/** One report line per MOF component, in MOF order, with status and governing licence. */
export function resolveComponents(
  findings: ComponentFinding[],
  ctx: LicenseContext
): ComponentReport[] {
  const byName = new Map(findings.map((f) => [f.name, f]))
  return COMPONENT_NAMES.map((name): ComponentReport => {
    const finding = byName.get(name)
    if (!finding)
      return { name, status: 'missing', presence: null, license: null, evidence: [], notes: [] }
    const license = resolveComponentLicense(finding, ctx)
    const notes = [...(finding.notes ?? [])]
    if (license && license.open && !license.typeAppropriate) {
      notes.push(
        `${license.spdx} is open but not the type-appropriate licence for ${license.contentType} (MOF recommends one)`
      )
    }
    return {
      name,
      status: statusOf(license),
      presence: finding.presence,
      license,
      evidence: finding.evidence,
      notes
    }
  })
}

/** SPDX-License-Identifier lines in code files, for code components. */
export function collectHeaderDeclarations(snapshot: Snapshot): { path: string; spdx: string }[] {
  const out: { path: string; spdx: string }[] = []
  for (const file of snapshot.files) {
    if (file.text === undefined || isVendored(file.path)) continue
    const first = spdxHeaderDeclarations(file.text.slice(0, 4096))[0]
    if (first) out.push({ path: file.path, spdx: first.spdx })
  }
  return out
}
