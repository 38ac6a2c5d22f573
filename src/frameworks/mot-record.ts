/**
 * Model Openness Tool records (`models/*.yml` in lfai/model_openness_tool): parse one leniently,
 * resolve each component's licence as MOT does, classify it, and write a detected release back
 * out as a record that MOT's schema (`schema/mof_schema.json`) accepts.
 */
import { parseDocument, stringify } from 'yaml'
import { z } from 'zod'
import type { ComponentReport } from '../model/licenses.js'
import { evaluateMof, MOT_COMPONENT_WEIGHT, MOT_UNLICENSED } from './mof.js'
import type { MofClassification, MofComponentInput, MofInput } from './mof.js'
import {
  COMPONENT_NAMES,
  componentDefinition,
  isComponentName,
  type ComponentName,
  type ContentType
} from '../model/components.js'

/** MOT's largest record is about 5 KB; the cap keeps the worst-case parse under a second. */
export const MAX_MOT_RECORD_BYTES = 256 * 1024
/** Far above the 17 MOF components; bounds the work a hostile record can cause. */
export const MAX_MOT_RECORD_COMPONENTS = 1000
const MAX_ALIAS_COUNT = 100
/**
 * The YAML parser needs time and memory that grow faster than linearly with nesting depth (a few
 * kilobytes of `- - - - …` exhaust the heap), so deep nesting is refused before parsing. MOT
 * records nest five levels deep.
 */
const MAX_YAML_INDENT = 200
const MAX_YAML_FLOW_DEPTH = 64
const MAX_YAML_COMPACT_INDICATORS = 32
const MAX_QUOTED_VALUE = 80

// ---------------------------------------------------------------------------------------------
// Schema facts (mirror of MOT's schema/mof_schema.json, plus the 17-name rule MOT's importer needs)
// ---------------------------------------------------------------------------------------------

export const MOT_FRAMEWORK = {
  name: 'Model Openness Framework',
  version: '1.0',
  date: '2024-12-15'
} as const

export const MOT_RELEASE_TYPES = [
  '',
  'language',
  'vision',
  'image',
  'audio',
  'video',
  '3d',
  'code',
  'multimodal',
  'other'
] as const
export type MotReleaseType = (typeof MOT_RELEASE_TYPES)[number]

export const MOT_ARCHITECTURES = [
  '',
  'transformer',
  'transformer decoder',
  'transformer encoder-decoder',
  'decoder',
  'encoder',
  'diffusion',
  'RNN',
  'CNN',
  'LSTM',
  'NeRF',
  'hybrid',
  'undisclosed',
  'other'
] as const
export type MotArchitecture = (typeof MOT_ARCHITECTURES)[number]

export const MOT_TREATMENTS = ['pre-trained', 'instruct fine-tuned', 'chat fine-tuned'] as const
export type MotTreatment = (typeof MOT_TREATMENTS)[number]

export const MOT_LICENSE_SCOPES = ['distribution', 'code', 'data', 'document'] as const
export type MotLicenseScope = (typeof MOT_LICENSE_SCOPES)[number]

export const MOT_SCHEMA_FACTS = {
  frameworkNames: [MOT_FRAMEWORK.name],
  requiredTopLevel: ['framework', 'release'],
  requiredFramework: ['name', 'version', 'date'],
  frameworkStringKeys: ['name', 'version', 'date'],
  requiredRelease: ['name', 'license', 'producer', 'components'],
  releaseStringKeys: [
    'name',
    'version',
    'date',
    'type',
    'architecture',
    'treatment',
    'origin',
    'producer',
    'contact'
  ],
  /** Keys with JSON Schema `format: date` (RFC 3339 full-date, YYYY-MM-DD). */
  dateKeys: ['framework.date', 'release.date'],
  releaseNameMinLength: 1,
  releaseTypes: MOT_RELEASE_TYPES,
  architectures: MOT_ARCHITECTURES,
  treatments: MOT_TREATMENTS,
  /** `release.license` is a mapping (other keys allowed); these scopes hold `{name, path}`. */
  licenseScopes: MOT_LICENSE_SCOPES,
  /** `name` and `path` of a licence scope: string or null. */
  licenseScopeKeys: ['name', 'path'],
  minComponents: 0,
  maxComponents: 17,
  componentStringKeys: ['name', 'description', 'license', 'license_path', 'component_path'],
  /** Not in the JSON Schema itself: MOT's importer looks components up by these exact names. */
  componentNames: COMPONENT_NAMES
} as const

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value)
  const short = text.length > MAX_QUOTED_VALUE ? `${text.slice(0, MAX_QUOTED_VALUE)}…` : text
  return JSON.stringify(short)
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFullDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function unknownComponentMessage(value: string): string {
  const lower = value.trim().toLowerCase()
  const near = COMPONENT_NAMES.find((name) => name.toLowerCase() === lower)
  return near !== undefined
    ? `unknown MOF component ${quote(value)}; did you mean "${near}"? (names are exact)`
    : `unknown MOF component ${quote(value)}; expected one of: ${COMPONENT_NAMES.join(', ')}`
}

/**
 * Checks an object against MOT's record schema. Returns one message per violation, each starting
 * with the key it concerns (`release.components[2].name: …`); an empty list means it conforms.
 */
export function validateAgainstMotSchema(obj: unknown): string[] {
  const facts = MOT_SCHEMA_FACTS
  const problems: string[] = []
  const expectString = (path: string, value: unknown): value is string => {
    if (typeof value === 'string') return true
    problems.push(`${path}: expected text, got ${kindOf(value)}`)
    return false
  }
  const expectEnum = (path: string, value: unknown, allowed: readonly string[]): void => {
    if (expectString(path, value) && !allowed.includes(value)) {
      problems.push(
        `${path}: ${quote(value)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`
      )
    }
  }
  const expectDate = (path: string, value: unknown): void => {
    if (expectString(path, value) && !isFullDate(value)) {
      problems.push(`${path}: ${quote(value)} is not a date (YYYY-MM-DD)`)
    }
  }
  const requireKeys = (path: string, value: Record<string, unknown>, keys: readonly string[]) => {
    for (const key of keys) {
      if (!(key in value)) problems.push(`${path}.${key}: required key is missing`)
    }
  }

  if (!isPlainMapping(obj)) return [`record: expected a mapping, got ${kindOf(obj)}`]
  for (const key of facts.requiredTopLevel) {
    if (!(key in obj)) problems.push(`${key}: required key is missing`)
  }

  const framework = obj.framework
  if ('framework' in obj) {
    if (!isPlainMapping(framework)) {
      problems.push(`framework: expected a mapping, got ${kindOf(framework)}`)
    } else {
      requireKeys('framework', framework, facts.requiredFramework)
      if ('name' in framework) expectEnum('framework.name', framework.name, facts.frameworkNames)
      if ('version' in framework) expectString('framework.version', framework.version)
      if ('date' in framework) expectDate('framework.date', framework.date)
    }
  }

  const release = obj.release
  if (!('release' in obj)) return problems
  if (!isPlainMapping(release)) {
    problems.push(`release: expected a mapping, got ${kindOf(release)}`)
    return problems
  }
  requireKeys('release', release, facts.requiredRelease)
  for (const key of facts.releaseStringKeys) {
    if (!(key in release)) continue
    const path = `release.${key}`
    const value = release[key]
    if (key === 'type') expectEnum(path, value, facts.releaseTypes)
    else if (key === 'architecture') expectEnum(path, value, facts.architectures)
    else if (key === 'treatment') expectEnum(path, value, facts.treatments)
    else if (key === 'date') expectDate(path, value)
    else if (expectString(path, value) && key === 'name' && value.length < 1) {
      problems.push(`${path}: must not be empty`)
    }
  }

  if ('license' in release) {
    const license = release.license
    if (!isPlainMapping(license)) {
      problems.push(`release.license: expected a mapping, got ${kindOf(license)}`)
    } else {
      for (const scope of facts.licenseScopes) {
        if (!(scope in license)) continue
        const entry = license[scope]
        const path = `release.license.${scope}`
        if (!isPlainMapping(entry)) {
          problems.push(`${path}: expected a mapping with name and path, got ${kindOf(entry)}`)
          continue
        }
        for (const key of facts.licenseScopeKeys) {
          const value = entry[key]
          if (key in entry && value !== null && typeof value !== 'string') {
            problems.push(`${path}.${key}: expected text or null, got ${kindOf(value)}`)
          }
        }
      }
    }
  }

  if ('components' in release) {
    const components = release.components
    if (!Array.isArray(components)) {
      problems.push(`release.components: expected a list, got ${kindOf(components)}`)
    } else {
      if (components.length > facts.maxComponents) {
        problems.push(
          `release.components: ${components.length} items, at most ${facts.maxComponents} allowed`
        )
      }
      components.slice(0, MAX_MOT_RECORD_COMPONENTS).forEach((component, index) => {
        const path = `release.components[${index}]`
        if (!isPlainMapping(component)) {
          problems.push(`${path}: expected a mapping, got ${kindOf(component)}`)
          return
        }
        for (const key of facts.componentStringKeys) {
          if (key in component) expectString(`${path}.${key}`, component[key])
        }
        const name = component.name
        if (typeof name === 'string' && !isComponentName(name)) {
          problems.push(`${path}.name: ${unknownComponentMessage(name)}`)
        }
      })
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Lenient parsing
// ---------------------------------------------------------------------------------------------

/** Scalars MOT would read as text: YAML numbers and booleans become strings (`version: 7`). */
const looseText = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value))
)
const optionalText = z.lazy(() => looseText.nullish())

const licenseEntrySchema = z.lazy(() =>
  z.looseObject({ name: optionalText, path: optionalText }).nullish()
)

const componentSchema = z.lazy(() =>
  z.looseObject({
    name: z.string().superRefine((value, ctx) => {
      if (!isComponentName(value)) {
        ctx.addIssue({ code: 'custom', message: unknownComponentMessage(value) })
      }
    }),
    description: optionalText,
    license: optionalText,
    license_path: optionalText,
    component_path: optionalText
  })
)

const releaseSchema = z.lazy(() =>
  z.looseObject({
    name: optionalText,
    version: optionalText,
    date: optionalText,
    type: optionalText,
    architecture: optionalText,
    treatment: optionalText,
    origin: optionalText,
    producer: optionalText,
    contact: optionalText,
    repository: optionalText,
    huggingface: optionalText,
    license: z
      .looseObject({
        distribution: licenseEntrySchema,
        code: licenseEntrySchema,
        data: licenseEntrySchema,
        document: licenseEntrySchema
      })
      .nullish(),
    components: z.array(componentSchema).max(MAX_MOT_RECORD_COMPONENTS).nullish()
  })
)

/** A MOT record as read: tolerant of nulls, numbers for text and extra keys. */
export const MotRecordSchema = z.lazy(() =>
  z.looseObject({
    framework: z
      .looseObject({ name: optionalText, version: optionalText, date: optionalText })
      .nullish(),
    release: releaseSchema
  })
)

export type MotRecord = z.output<typeof MotRecordSchema>
export type MotComponentRecord = z.output<typeof componentSchema>

export type ParseMotRecordResult = { ok: true; record: MotRecord } | { ok: false; error: string }

function pathToString(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? 'record' : out
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = pathToString(issue.path)
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return `${path}: required key is missing`
      const expected =
        issue.expected === 'object'
          ? 'a mapping'
          : issue.expected === 'array'
            ? 'a list'
            : issue.expected === 'string'
              ? 'text'
              : issue.expected
      return `${path}: expected ${expected}, got ${kindOf(input)}`
    }
    case 'invalid_union':
      return `${path}: expected text, got ${kindOf(input)}`
    case 'too_big':
      return `${path}: too many items (at most ${String(issue.maximum)})`
    default:
      return `${path}: ${issue.message}`
  }
}

/** Why the text nests too deeply to parse safely, or null. Linear in the input. */
function yamlNestingProblem(text: string): string | null {
  let flowDepth = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    let indent = 0
    while (lineStart + indent < lineEnd && text[lineStart + indent] === ' ') indent++
    if (indent > MAX_YAML_INDENT) {
      return `indented more than ${MAX_YAML_INDENT} columns`
    }
    // `- - - x` and `? : x` open one collection per indicator without any indentation.
    let i = lineStart + indent
    let indicators = 0
    while (i < lineEnd && '-?:'.includes(text[i] as string)) {
      const next = text[i + 1]
      if (i + 1 < lineEnd && next !== ' ' && next !== '\t') break
      if (++indicators > MAX_YAML_COMPACT_INDICATORS) {
        return `more than ${MAX_YAML_COMPACT_INDICATORS} nested collections on one line`
      }
      i++
      while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++
    }
    for (i = lineStart + indent; i < lineEnd; i++) {
      const char = text[i]
      if (char === '[' || char === '{') {
        if (++flowDepth > MAX_YAML_FLOW_DEPTH) {
          return `flow collections nested more than ${MAX_YAML_FLOW_DEPTH} deep`
        }
      } else if ((char === ']' || char === '}') && flowDepth > 0) {
        flowDepth--
      }
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  return null
}

function firstLine(message: string): string {
  const line = (message.split('\n', 1)[0] ?? message).trim().replace(/:$/, '')
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/**
 * Parses a MOT YAML record. Never throws: oversized input, YAML errors, alias bombs, a document
 * that is not a mapping or a malformed key give `{ok: false, error}` with a one-line message.
 */
export function parseMotRecord(yamlText: string): ParseMotRecordResult {
  if (typeof yamlText !== 'string') return { ok: false, error: 'MOT record: expected YAML text' }
  // UTF-16 length never exceeds the UTF-8 byte count, so a long string is rejected without encoding.
  if (
    yamlText.length > MAX_MOT_RECORD_BYTES ||
    Buffer.byteLength(yamlText) > MAX_MOT_RECORD_BYTES
  ) {
    return {
      ok: false,
      error: `MOT record: larger than ${MAX_MOT_RECORD_BYTES} bytes, not parsed`
    }
  }
  const nesting = yamlNestingProblem(yamlText)
  if (nesting !== null) {
    return { ok: false, error: `MOT record: YAML nests too deeply (${nesting}), not parsed` }
  }
  let data: unknown
  try {
    const doc = parseDocument(yamlText, { uniqueKeys: false, logLevel: 'silent' })
    const yamlError = doc.errors[0]
    if (yamlError !== undefined) {
      return { ok: false, error: `MOT record: invalid YAML: ${firstLine(yamlError.message)}` }
    }
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/alias/i.test(message)) {
      return {
        ok: false,
        error: `MOT record: too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}), refusing a possible alias bomb`
      }
    }
    return { ok: false, error: `MOT record: unreadable YAML: ${firstLine(message)}` }
  }
  if (!isPlainMapping(data)) {
    return {
      ok: false,
      error: `MOT record: expected a mapping with framework and release keys, got ${kindOf(data)}`
    }
  }
  const parsed = MotRecordSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    const issues = parsed.error.issues
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
    return {
      ok: false,
      error: `MOT record: ${describeIssue(issues[0] as z.core.$ZodIssue)}${more}`
    }
  }
  return { ok: true, record: parsed.data }
}

// ---------------------------------------------------------------------------------------------
// Licence resolution and evaluation
// ---------------------------------------------------------------------------------------------

/** Where a component's licence came from. */
export type MotLicenseSource = 'component' | ContentType | 'distribution' | 'none'

export interface MotResolvedComponent extends MofComponentInput {
  source: MotLicenseSource
}

/** PHP's `empty()` on the strings MOT compares: '', '0' and a missing value are empty. */
function phpEmpty(value: string | null | undefined): boolean {
  return value === undefined || value === null || value === '' || value === '0'
}

/**
 * Resolves one component's licence as MOT's `resolveLicense` does: a component licence that is
 * set wins (`unlicensed` or empty means none, without falling back); a null or absent one
 * inherits `release.license.<content type>.name`, then `release.license.distribution.name`.
 */
export function resolveMotLicense(
  record: MotRecord,
  component: MotComponentRecord
): MotResolvedComponent {
  const name = component.name as ComponentName
  const own = component.license
  if (own !== undefined && own !== null) {
    return phpEmpty(own)
      ? { name, license: null, source: 'component' }
      : { name, license: own === MOT_UNLICENSED ? null : own, source: 'component' }
  }
  const global = record.release.license
  const contentType = componentDefinition(name).contentType
  const typed = global?.[contentType]?.name
  if (!phpEmpty(typed)) return { name, license: typed as string, source: contentType }
  const distribution = global?.distribution?.name
  if (!phpEmpty(distribution)) {
    return { name, license: distribution as string, source: 'distribution' }
  }
  return { name, license: null, source: 'none' }
}

/** The evaluator's input, with where each licence came from. */
export interface MotMofInput extends MofInput {
  components: MotResolvedComponent[]
}

/** The evaluator's input for a record: every listed component with its resolved licence. */
export function motRecordToMofInput(record: MotRecord): MotMofInput {
  const components = (record.release.components ?? []).map((component) =>
    resolveMotLicense(record, component)
  )
  return { components }
}

export type EvaluateMotRecordResult =
  | { ok: true; record: MotRecord; input: MotMofInput; classification: MofClassification }
  | { ok: false; error: string }

/** Parses and classifies a MOT YAML record. Never throws. */
export function evaluateMotRecord(yamlText: string): EvaluateMotRecordResult {
  const parsed = parseMotRecord(yamlText)
  if (!parsed.ok) return parsed
  const input = motRecordToMofInput(parsed.record)
  return { ok: true, record: parsed.record, input, classification: evaluateMof(input) }
}

// ---------------------------------------------------------------------------------------------
// Writing records
// ---------------------------------------------------------------------------------------------

export interface MotReleaseInfo {
  name: string
  version?: string
  date?: string
  type?: string
  architecture?: string
  treatment?: string
  origin?: string
  producer?: string
  contact?: string
  repository?: string
  huggingface?: string
}

export interface MotComponentEntry {
  name: ComponentName
  description: string
  license: string
  license_path?: string
  component_path?: string
}

/** A record as written: conforms to MOT's schema. */
export interface MotRecordDocument {
  framework: { name: string; version: string; date: string }
  release: {
    name: string
    version: string
    date?: string
    type: MotReleaseType
    architecture: MotArchitecture
    treatment?: MotTreatment
    origin: string
    producer: string
    contact: string
    repository?: string
    huggingface?: string
    license: Partial<Record<MotLicenseScope, { name: string; path: string }>>
    components: MotComponentEntry[]
  }
}

const UNNAMED_RELEASE = 'Unnamed model'

function pickEnum<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const text = (value ?? '').trim()
  if ((allowed as readonly string[]).includes(text)) return text as T
  const lower = text.toLowerCase()
  const loose = allowed.find((a) => a.toLowerCase() === lower)
  if (loose !== undefined) return loose
  return (text === '' ? '' : 'other') as T
}

function fullDateOf(value: string | undefined): string | undefined {
  const head = (value ?? '').trim().slice(0, 10)
  return isFullDate(head) ? head : undefined
}

function componentPathOf(report: ComponentReport): string | undefined {
  const byReference = report.presence === 'by-reference'
  const withUrl = byReference ? report.evidence.find((e) => e.url !== undefined) : undefined
  const target = withUrl?.url ?? report.evidence[0]?.path
  return target !== undefined && target !== '' ? target : undefined
}

function licenseOf(report: ComponentReport): { license: string; license_path?: string } {
  const resolved = report.license
  if (resolved === null) return { license: MOT_UNLICENSED }
  const license =
    resolved.spdx !== null && resolved.spdx !== ''
      ? resolved.spdx
      : resolved.name.trim() !== ''
        ? resolved.name.trim()
        : MOT_UNLICENSED
  return resolved.path !== null && resolved.path !== ''
    ? { license, license_path: resolved.path }
    : { license }
}

/**
 * Writes a detected release as a MOT record: only the components that are present, each with an
 * explicit licence (SPDX id when known, the licence name otherwise, `unlicensed` when none) so no
 * global licence is needed. Components come in MOT's display order.
 */
export function buildMotRecord(
  release: MotReleaseInfo,
  components: readonly ComponentReport[]
): MotRecordDocument {
  const seen = new Set<ComponentName>()
  const present = components
    .filter((report) => report.status !== 'missing' && isComponentName(report.name))
    .filter((report) => (seen.has(report.name) ? false : (seen.add(report.name), true)))
    .sort((a, b) => MOT_COMPONENT_WEIGHT[a.name] - MOT_COMPONENT_WEIGHT[b.name])

  const entries: MotComponentEntry[] = present.map((report) => {
    const componentPath = componentPathOf(report)
    return {
      name: report.name,
      description: componentDefinition(report.name).description,
      ...licenseOf(report),
      ...(componentPath !== undefined ? { component_path: componentPath } : {})
    }
  })

  const name = release.name.trim() === '' ? UNNAMED_RELEASE : release.name.trim()
  const date = fullDateOf(release.date)
  const treatment = (MOT_TREATMENTS as readonly string[]).includes(release.treatment ?? '')
    ? (release.treatment as MotTreatment)
    : undefined
  return {
    framework: { ...MOT_FRAMEWORK },
    release: {
      name,
      version: release.version ?? '',
      ...(date !== undefined ? { date } : {}),
      type: pickEnum(release.type, MOT_RELEASE_TYPES),
      architecture: pickEnum(release.architecture, MOT_ARCHITECTURES),
      ...(treatment !== undefined ? { treatment } : {}),
      origin: release.origin ?? '',
      producer: release.producer ?? '',
      contact: release.contact ?? '',
      ...(release.repository ? { repository: release.repository } : {}),
      ...(release.huggingface ? { huggingface: release.huggingface } : {}),
      license: {},
      components: entries
    }
  }
}

/**
 * Serialises a record as YAML. Strings are single-quoted so that MOT's YAML reader keeps dates
 * and versions such as '1.0' as text.
 */
export function motRecordToYaml(record: MotRecordDocument | MotRecord): string {
  return stringify(record, {
    defaultStringType: 'QUOTE_SINGLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0
  })
}
