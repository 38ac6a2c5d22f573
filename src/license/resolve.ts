import {
  COMPONENT_NAMES,
  componentDefinition,
  type ComponentName,
  type ContentType
} from '../model/components.js'
import { findLicenseStatements, licenseFromUrl } from '../detect/statements.js'
import type { RemoteLicenseCandidate } from '../resolve/apply.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { baseName, dirName, isVendored, segmentCount } from '../util/paths.js'
import { isLicenseLikeName } from '../scan/classify.js'
import { fileIndex, isVendoredFile } from '../scan/facts.js'
import type { Snapshot } from '../scan/types.js'
import { isOpenLicense, isTypeAppropriate } from './classify.js'
import {
  headerLicenseStatement,
  packageMetadataLicense,
  spdxHeaderDeclarations
} from './declarations.js'
import { licenseFileEntries, type LicenseFile } from './license-file.js'
import { normalizeLicenseId } from './normalize.js'
import type {
  LicenseScope,
  LicenseStatement,
  ComponentReport,
  LicenseSource,
  ResolvedLicense
} from '../model/licenses.js'

export type { LicenseFile } from './license-file.js'

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
  /** Licence statements in the repository's own words, scoped to components. */
  statements: LicenseStatement[]
  /** Licences the hosts state for components kept there (online or from the lock file). */
  remote: ReadonlyMap<ComponentName, RemoteLicenseCandidate[]>
  /** Why a component's references could not be checked online. */
  unverified: ReadonlyMap<ComponentName, string[]>
}

const NOT_A_LICENSE = /^(notice|patents|copyright|authors)([._-]|$)/i

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
  remote?: LicenseContext['remote']
  unverified?: LicenseContext['unverified']
}

/** Identifies every licence-like file and collects declared licences. Pure: reads only the snapshot. */
export function collectLicenseContext(
  snapshot: Snapshot,
  inputs: LicenseInputs = {}
): LicenseContext {
  const files: LicenseFile[] = []
  const packages: DeclaredLicense[] = []
  // Only files with text count: the index's list of them, in the snapshot's order.
  const withText = fileIndex(snapshot).withText
  for (let i = 0; i < withText.length; i++) {
    const file = withText[i]
    if (file.text === undefined || isVendoredFile(file)) continue
    const name = baseName(file.path)
    if (isLicenseLikeName(file.path) && !NOT_A_LICENSE.test(name)) {
      files.push(...licenseFileEntries(file.path, file.text))
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
  const byPath = new Map(files.filter((f) => !f.governs).map((f) => [f.path, f]))
  const statements = findLicenseStatements(snapshot, (path) => {
    const file = byPath.get(path)
    if (!file) return null
    const { spdx, name, kind, restrictsUse } = file.identification
    return {
      spdx,
      name: kind === 'unknown' ? `licence in ${baseName(path)}` : name,
      known: spdx !== null,
      path,
      ...(restrictsUse ? { restrictsUse } : {})
    }
  })
  // A pointer file that links to a well-known licence states that licence for its scope.
  for (const file of files) {
    if (!file.pointer) continue
    const stated = licenseFromUrl(file.pointer)
    if (stated)
      statements.push({
        scopes: [file.scope],
        license: { ...stated, url: file.pointer },
        models: [],
        path: file.path,
        line: 1,
        quote: file.pointer.slice(0, 200),
        form: 'pointer'
      })
  }
  return {
    files,
    modelCard,
    packages,
    headerDeclarations: collectHeaderDeclarations(snapshot),
    directories: new Set(snapshot.directories),
    overrides: inputs.overrides ?? {},
    statements,
    remote: inputs.remote ?? new Map(),
    unverified: inputs.unverified ?? new Map()
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
    // A custom licence's name says what it is based on and what was added; keep it.
    name:
      spdx === null && file.identification.kind === 'unknown' && !name.startsWith('Custom licence')
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
  if (file.pointer || file.template) return true
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
      (f) =>
        (f.governs ?? dirName(f.path)) === dir &&
        !f.usePolicy &&
        accept(f) &&
        !isPointerOnly(f, ctx.files)
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

/** Which statement scopes speak of a component ("the code …", "the weights …", "the data …"). */
function statementScopesOf(
  name: ComponentName,
  presence: ComponentFinding['presence']
): LicenseScope[] {
  switch (name) {
    case 'Model parameters (Final)':
    case 'Model parameters (Intermediate)':
      return ['weights']
    case 'Datasets':
    case 'Evaluation data':
      return ['data']
    case 'Data card':
      // A dataset card kept with the data shares its licence; one in this repository is a document.
      return presence === 'by-reference' ? ['data', 'documents'] : ['documents']
    case 'Model metadata':
      return []
    default:
      return componentDefinition(name).contentType === 'code' ? ['code'] : ['documents']
  }
}

function fromRemote(candidate: RemoteLicenseCandidate, contentType: ContentType): ResolvedLicense {
  const { fact } = candidate
  const spdx = fact.license?.spdx ?? null
  return {
    spdx,
    name: fact.license?.name ?? 'unknown',
    path: null,
    source: 'remote',
    url: fact.url,
    ...(fact.pinned ? { pinned: fact.pinned } : {}),
    fetchedAt: fact.fetchedAt,
    open: isOpenLicense(spdx),
    typeAppropriate: isTypeAppropriate(spdx, contentType),
    contentType
  }
}

function fromStatement(statement: LicenseStatement, contentType: ContentType): ResolvedLicense {
  const { spdx, name, known, restrictsUse } = statement.license
  return {
    spdx,
    name,
    path: statement.path,
    line: statement.line,
    quote: statement.quote,
    source: 'statement',
    open: known && restrictsUse !== true && isOpenLicense(spdx),
    typeAppropriate: isTypeAppropriate(spdx, contentType),
    contentType
  }
}

/** Resolutions that disagree: the least open governs, and a note names every licence. */
function combine(
  candidates: ResolvedLicense[]
): { license: ResolvedLicense; note?: string } | null {
  const distinct = new Map<string, ResolvedLicense>()
  for (const c of candidates) {
    const key = c.spdx ?? c.name.toLowerCase()
    if (!distinct.has(key)) distinct.set(key, c)
  }
  const all = [...distinct.values()]
  if (all.length === 0) return null
  if (all.length === 1) return { license: all[0] }
  const governing = all.find((c) => !c.open) ?? all[0]
  const named = all.map((c) => `${c.name} (${c.path ?? 'policy'}${c.line ? `:${c.line}` : ''})`)
  return {
    license: governing,
    note: `licences differ within the release: ${named.join('; ')}; the least open governs this component`
  }
}

function statementLicense(
  ctx: LicenseContext,
  finding: ComponentFinding,
  contentType: ContentType,
  includeWhole: boolean
): { license: ResolvedLicense; note?: string } | null {
  const name = finding.name
  const scopes = statementScopesOf(name, finding.presence)
  // "The training data is …" does not speak of the evaluation data, nor the reverse.
  const aboutOtherData = (s: LicenseStatement): boolean =>
    (name === 'Evaluation data' && /\btrain/i.test(s.quote) && !/\beval/i.test(s.quote)) ||
    (name === 'Datasets' && /\beval/i.test(s.quote) && !/\btrain/i.test(s.quote))
  const scoped = ctx.statements.filter(
    (s) => s.scopes.some((scope) => scopes.includes(scope)) && !aboutOtherData(s)
  )
  const chosen =
    scoped.length > 0 || !includeWhole
      ? scoped
      : ctx.statements.filter((s) => s.scopes.includes('all'))
  // The statements nearest the root speak for the release; a sub-project's docs speak for it.
  const depth = (s: LicenseStatement): number => segmentCount(s.path)
  const nearest = Math.min(...chosen.map(depth))
  return combine(
    chosen.filter((s) => depth(s) === nearest).map((s) => fromStatement(s, contentType))
  )
}

interface Resolution {
  license: ResolvedLicense | null
  notes: string[]
}

/** The licence governing one detected component; null when none applies. */
export function resolveComponentLicense(
  finding: ComponentFinding,
  ctx: LicenseContext
): ResolvedLicense | null {
  return resolveWithNotes(finding, ctx).license
}

function resolveWithNotes(finding: ComponentFinding, ctx: LicenseContext): Resolution {
  const def = componentDefinition(finding.name)
  const contentType = def.contentType
  const override = ctx.overrides[finding.name]
  if (override) {
    return {
      license: fromDeclared(
        { raw: override.license, path: override.path ?? '', source: 'policy' },
        contentType
      ),
      notes: []
    }
  }
  const scope = scopeOfComponent(finding.name)
  const isWeights = scope === 'weights'
  const usePolicies = isWeights ? ctx.files.filter((f) => f.usePolicy) : []
  const weightsPolicy = (l: ResolvedLicense): ResolvedLicense =>
    isWeights ? withUsePolicy(l, usePolicies) : l
  const stated = (includeWhole: boolean): Resolution | null => {
    const s = statementLicense(ctx, finding, contentType, includeWhole)
    return s ? { license: weightsPolicy(s.license), notes: s.note ? [s.note] : [] } : null
  }

  if (finding.presence === 'by-reference') {
    const remote = combine(
      (ctx.remote.get(finding.name) ?? []).map((c) => fromRemote(c, contentType))
    )
    const local = resolveByReferenceLocally(finding, ctx, contentType, weightsPolicy, stated)
    if (remote) {
      // The host's own statement governs what the host distributes; say when the repository
      // tells a different story.
      const notes = remote.note ? [remote.note] : []
      const said = local.license
      if (said && (said.spdx ?? said.name) !== (remote.license.spdx ?? remote.license.name))
        notes.push(
          `the repository states ${said.name} (${said.path ?? 'policy'}${said.line ? `:${said.line}` : ''}); the host states ${remote.license.name}`
        )
      return { license: weightsPolicy(remote.license), notes: [...notes, ...local.notes] }
    }
    if (!local.license) {
      const why = ctx.unverified.get(finding.name) ?? []
      return {
        license: null,
        notes: why.slice(0, 2).map((w) => `licence not verifiable online: ${w}`)
      }
    }
    return local
  }
  return resolveInRepository(finding, ctx, contentType, scope, weightsPolicy, stated)
}

function resolveByReferenceLocally(
  finding: ComponentFinding,
  ctx: LicenseContext,
  contentType: ContentType,
  weightsPolicy: (l: ResolvedLicense) => ResolvedLicense,
  stated: (includeWhole: boolean) => Resolution | null
): Resolution {
  const isWeights = scopeOfComponent(finding.name) === 'weights'
  {
    // What lives elsewhere is governed by what the repository says of it: a licence file for
    // that kind of component (LICENSE-MODEL, a model folder's licence), the model card, or prose.
    // The repository-wide LICENSE covers the repository's own files, not hosted artifacts.
    if (isWeights) {
      const files = ctx.files.filter(
        (f) => f.scope === 'weights' && !f.usePolicy && !f.pointer && !isVendored(f.path)
      )
      const fromFiles = combine(files.map((f) => fromFile(f, contentType)))
      if (fromFiles)
        return {
          license: weightsPolicy(fromFiles.license),
          notes: fromFiles.note ? [fromFiles.note] : []
        }
      if (ctx.modelCard)
        return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] }
    }
    return stated(false) ?? { license: null, notes: [] }
  }
}

function resolveInRepository(
  finding: ComponentFinding,
  ctx: LicenseContext,
  contentType: ContentType,
  scope: LicenseScope,
  weightsPolicy: (l: ResolvedLicense) => ResolvedLicense,
  stated: (includeWhole: boolean) => Resolution | null
): Resolution {
  const isWeights = scope === 'weights'
  const folder = commonFolder(finding.locations, ctx.directories)
  const specific = nearestFile(ctx, folder, (f) => f.scope === scope)
  if (specific) return { license: weightsPolicy(fromFile(specific, contentType)), notes: [] }

  if (isWeights) {
    const local = nearestFile(ctx, folder, (f) => f.scope === 'all', true)
    if (local) return { license: weightsPolicy(fromFile(local, contentType)), notes: [] }
    if (ctx.modelCard)
      return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] }
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
      return {
        license: fromDeclared(
          { raw: [...headers][0], path: headerPath, source: 'spdx-header' },
          contentType
        ),
        notes: []
      }
    }
  }

  // A statement that names this kind of component ranks above the repository-wide licence,
  // unless it names the same licence: then the licence file is the stronger evidence.
  const scopedStatement = stated(false)
  const general = nearestFile(ctx, folder, (f) => f.scope === 'all')
  const fromGeneral = general ? weightsPolicy(fromFile(general, contentType)) : null
  if (scopedStatement && !(fromGeneral?.spdx && fromGeneral.spdx === scopedStatement.license?.spdx))
    return scopedStatement

  if (fromGeneral) return { license: fromGeneral, notes: [] }
  const whole = stated(true)
  if (whole) return whole
  if (scope === 'code' && ctx.packages.length > 0)
    return { license: fromDeclared(ctx.packages[0], contentType), notes: [] }
  if (ctx.modelCard)
    return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] }
  if (ctx.packages.length > 0)
    return { license: fromDeclared(ctx.packages[0], contentType), notes: [] }
  return { license: null, notes: [] }
}

function statusOf(license: ResolvedLicense | null): ComponentReport['status'] {
  if (license === null) return 'unlicensed'
  return license.open ? 'open' : 'restricted'
}

/** The statement that licenses a component, as a line of its evidence. */
function statementEvidence(license: ResolvedLicense): Evidence | null {
  if (license.source !== 'statement' || !license.path) return null
  return {
    path: license.path,
    ...(license.line ? { line: license.line } : {}),
    kind: 'statement',
    detail: `licence statement: "${license.quote ?? license.name}"`
  }
}

/** The host's answer that licenses a component, as the first line of its evidence. */
function hostEvidence(
  license: ResolvedLicense,
  candidates: RemoteLicenseCandidate[]
): Evidence | null {
  if (license.source !== 'remote') return null
  const candidate = candidates.find((c) => c.fact.url === license.url)
  const site = candidate?.reference.evidence[0]
  if (!candidate || !site) return null
  const pinned = license.pinned ? ` at \`${license.pinned.slice(0, 12)}\`` : ''
  const when = license.fetchedAt ? `, fetched ${license.fetchedAt.slice(0, 10)}` : ''
  return {
    path: site.path,
    ...(site.line ? { line: site.line } : {}),
    kind: 'remote',
    detail: `licence at the host: ${license.name} (\`${candidate.fact.reference.id}\`${pinned}${when})`,
    ...(license.url ? { url: license.url } : {})
  }
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
      return {
        name,
        status: 'missing',
        presence: 'missing',
        license: null,
        evidence: [],
        notes: []
      }
    const { license, notes: licenseNotes } = resolveWithNotes(finding, ctx)
    const notes = [...(finding.notes ?? []), ...licenseNotes]
    if (license && license.open && !license.typeAppropriate) {
      notes.push(
        `${license.spdx} is open but not the type-appropriate licence for ${license.contentType} (MOF recommends one)`
      )
    }
    if (!license && finding.presence === 'by-reference')
      notes.push('licence not stated in the repository; it lives with the referenced artifact')
    const evidence = [...finding.evidence]
    const fromStatement = license ? statementEvidence(license) : null
    if (fromStatement) evidence.splice(Math.min(1, evidence.length), 0, fromStatement)
    const fromHost = license ? hostEvidence(license, ctx.remote.get(name) ?? []) : null
    if (fromHost) evidence.unshift(fromHost)
    return {
      name,
      status: statusOf(license),
      presence: finding.presence,
      license,
      evidence,
      notes
    }
  })
}

/** SPDX-License-Identifier lines in code files, for code components. */
export function collectHeaderDeclarations(snapshot: Snapshot): { path: string; spdx: string }[] {
  const out: { path: string; spdx: string }[] = []
  const withText = fileIndex(snapshot).withText
  for (let i = 0; i < withText.length; i++) {
    const file = withText[i]
    if (file.text === undefined || isVendoredFile(file)) continue
    const first = spdxHeaderDeclarations(file.text.slice(0, 4096))[0]
    if (first) {
      out.push({ path: file.path, spdx: first.spdx })
      continue
    }
    // A header that names a licence we know in words counts like an SPDX tag.
    const named = headerLicenseStatement(file.text)
    if (named && normalizeLicenseId(named).known) out.push({ path: file.path, spdx: named })
  }
  return out
}
