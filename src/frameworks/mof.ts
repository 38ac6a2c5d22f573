/**
 * The Model Openness Tool's classifier (lfai/model_openness_tool, `ModelEvaluator.php`), reproduced
 * exactly, quirks included, so that a class computed here equals the class MOT would publish for
 * the same record. See docs: openness-frameworks.md §1.6.
 */
import { MOT_OPEN_LICENSE_IDS, MOT_TYPE_APPROPRIATE } from '../license/mot-licenses.js'
import {
  MOF_COMPONENTS,
  isComponentName,
  type ComponentName,
  type MofClassNumber,
  type MofComponentDefinition
} from '../model/components.js'

export interface MofComponentInput {
  name: ComponentName
  /**
   * The resolved licence string as MOT sees it: an exact SPDX id, any other string, or null for
   * none. `''` and `'unlicensed'` also mean none (MOT maps both to its `unlicensed` marker).
   */
  license: string | null
  /**
   * Whether the licence is open, when the caller has already decided it with the scan's one rule
   * (expressions such as `MIT OR Apache-2.0`, use restrictions). MOT records leave it unset and
   * get MOT's own exact-id rule.
   */
  open?: boolean
  /** Whether the licence suits the component's content type, decided with the same rule. */
  typeAppropriate?: boolean
}

export interface MofInput {
  /** The components the release lists; a name listed twice keeps its last licence, as in MOT. */
  components: readonly MofComponentInput[]
}

export type MofClass = 0 | MofClassNumber
export type MofClassKey = '1' | '2' | '3'

export interface MofBuckets {
  /** Required components under an open licence. */
  included: ComponentName[]
  /** Listed components (required or optional) without a licence. */
  unlicensed: ComponentName[]
  /** Listed components (required or optional) under a licence that is not open. */
  invalid: ComponentName[]
  /** Required components the release does not list. */
  missing: ComponentName[]
  /** Optional components under an open licence; they never count towards progress. */
  optional: ComponentName[]
}

export interface MofClassification {
  class: MofClass
  label: string
  /** Per class, the percentage exactly as MOT's API returns it (unrounded float, 0–100). */
  progress: Record<MofClassKey, number>
  /** Per class, cumulative over the more open classes (Class I's buckets cover all 17). */
  buckets: Record<MofClassKey, MofBuckets>
  /** Components under an open licence that does not suit their content type (MOT only warns). */
  warnings: string[]
}

export const MOF_CLASS_LABELS: Readonly<Record<MofClass, string>> = {
  0: 'Unclassified',
  1: 'Class I - Open Science Model',
  2: 'Class II - Open Tooling Model',
  3: 'Class III - Open Model'
}

/** MOT's marker for a component without a licence. */
export const MOT_UNLICENSED = 'unlicensed'

/**
 * MOT's display weights (mof.settings.yml): the order its API lists components in. Buckets use
 * this order; the outcome does not depend on it.
 */
export const MOT_COMPONENT_WEIGHT: Readonly<Record<ComponentName, number>> = {
  'Model architecture': -80,
  'Data preprocessing code': -60,
  'Training code': -40,
  'Inference code': -30,
  'Evaluation code': -10,
  'Supporting libraries and tools': 0,
  'Model parameters (Final)': 10,
  'Model parameters (Intermediate)': 20,
  Datasets: 30,
  'Evaluation data': 50,
  'Model metadata': 60,
  'Model card': 70,
  'Data card': 80,
  'Technical report': 90,
  'Research paper': 100,
  'Evaluation results': 101,
  'Sample model outputs': 110
}

const TECHNICAL_REPORT: ComponentName = 'Technical report'
const RESEARCH_PAPER: ComponentName = 'Research paper'
const CLASSES_MOST_OPEN_LAST: readonly MofClassNumber[] = [3, 2, 1]

const BY_WEIGHT: readonly MofComponentDefinition[] = [...MOF_COMPONENTS].sort(
  (a, b) =>
    MOT_COMPONENT_WEIGHT[a.name as ComponentName] - MOT_COMPONENT_WEIGHT[b.name as ComponentName]
)

function componentsOf(klass: MofClassNumber, required: boolean): ComponentName[] {
  return BY_WEIGHT.filter((c) => c.firstClass === klass && c.required === required).map(
    (c) => c.name as ComponentName
  )
}

const REQUIRED_BY_CLASS: Readonly<Record<MofClassNumber, readonly ComponentName[]>> = {
  3: componentsOf(3, true),
  2: componentsOf(2, true),
  1: componentsOf(1, true)
}
const OPTIONAL_BY_CLASS: Readonly<Record<MofClassNumber, readonly ComponentName[]>> = {
  3: componentsOf(3, false),
  2: componentsOf(2, false),
  1: componentsOf(1, false)
}
const DEFINITION = new Map<string, MofComponentDefinition>(MOF_COMPONENTS.map((c) => [c.name, c]))

/** Open by MOT's rule: exact, case-sensitive SPDX id that is OSI/FSF-flagged, open data or OpenMDW. */
export function isMotOpenLicense(license: string | null): boolean {
  return license !== null && MOT_OPEN_LICENSE_IDS.has(license)
}

/** Whether MOT calls the licence type-appropriate for the component's content type. */
export function isMotTypeAppropriate(license: string | null, name: ComponentName): boolean {
  const definition = DEFINITION.get(name)
  return license !== null && definition !== undefined
    ? MOT_TYPE_APPROPRIATE[definition.contentType].has(license)
    : false
}

function emptyBuckets(): MofBuckets {
  return { included: [], unlicensed: [], invalid: [], missing: [], optional: [] }
}

type Status = 'open' | 'unlicensed' | 'invalid'

function statusOf(license: string): Status {
  if (isMotOpenLicense(license)) return 'open'
  return license === MOT_UNLICENSED ? 'unlicensed' : 'invalid'
}

function removeFirst(list: ComponentName[], name: ComponentName): void {
  const index = list.indexOf(name)
  if (index !== -1) list.splice(index, 1)
}

function progressOf(klass: MofClassNumber, buckets: Record<MofClassKey, MofBuckets>): number {
  let total = 0
  let included = 0
  let level = 3
  for (; level >= klass; level--) {
    total += REQUIRED_BY_CLASS[level as MofClassNumber].length
    included = buckets[String(level) as MofClassKey].included.length
    if (included < total) break
  }
  // A class shows 0% unless every class it builds on (the higher-numbered ones) is complete.
  if (level > klass) return 0
  // A research paper may stand in for the technical report, so Class I needs one component fewer.
  const classOne = buckets['1'].included
  if (klass === 1 && !classOne.includes(TECHNICAL_REPORT) && classOne.includes(RESEARCH_PAPER)) {
    total--
  }
  return Math.min(100, (included / total) * 100)
}

/** Classifies a release exactly as MOT does. Pure; unknown component names are ignored. */
export function evaluateMof(input: MofInput): MofClassification {
  const licenses = new Map<ComponentName, string>()
  const decided = new Map<ComponentName, { open: boolean; typeAppropriate: boolean }>()
  for (const component of input.components) {
    if (!isComponentName(component.name)) continue
    const license = component.license
    licenses.set(component.name, license === null || license === '' ? MOT_UNLICENSED : license)
    if (component.open !== undefined)
      decided.set(component.name, {
        open: component.open,
        typeAppropriate: component.typeAppropriate ?? false
      })
    else decided.delete(component.name)
  }
  const statusOfComponent = (name: ComponentName, license: string): Status => {
    const given = decided.get(name)
    if (!given) return statusOf(license)
    if (license === MOT_UNLICENSED) return 'unlicensed'
    return given.open ? 'open' : 'invalid'
  }
  const typeAppropriate = (name: ComponentName, license: string): boolean =>
    decided.get(name)?.typeAppropriate ?? isMotTypeAppropriate(license, name)

  const buckets: Record<MofClassKey, MofBuckets> = {
    '1': emptyBuckets(),
    '2': emptyBuckets(),
    '3': emptyBuckets()
  }
  const notTypeAppropriate: ComponentName[] = []
  const required: ComponentName[] = []
  const optional: ComponentName[] = []

  for (const klass of CLASSES_MOST_OPEN_LAST) {
    const target = buckets[String(klass) as MofClassKey]
    required.push(...REQUIRED_BY_CLASS[klass])
    optional.push(...OPTIONAL_BY_CLASS[klass])
    for (const [names, openBucket] of [
      [required, target.included],
      [optional, target.optional]
    ] as const) {
      for (const name of names) {
        const license = licenses.get(name)
        if (license === undefined) {
          if (names === required) target.missing.push(name)
          continue
        }
        const status = statusOfComponent(name, license)
        if (status === 'open') {
          openBucket.push(name)
          if (!typeAppropriate(name, license) && !notTypeAppropriate.includes(name)) {
            notTypeAppropriate.push(name)
          }
        } else {
          target[status].push(name)
        }
      }
    }
  }

  // MOT lets a listed research paper stand in for a technical report that is not included.
  if (!buckets['3'].included.includes(TECHNICAL_REPORT)) {
    const classOne = buckets['1']
    const paperStatus: keyof MofBuckets | null = classOne.included.includes(RESEARCH_PAPER)
      ? 'included'
      : classOne.invalid.includes(RESEARCH_PAPER)
        ? 'invalid'
        : classOne.unlicensed.includes(RESEARCH_PAPER)
          ? 'unlicensed'
          : null
    if (paperStatus !== null) {
      for (const key of ['3', '2', '1'] as const)
        removeFirst(buckets[key].missing, TECHNICAL_REPORT)
      buckets['3'][paperStatus].push(RESEARCH_PAPER)
      buckets['2'][paperStatus].push(RESEARCH_PAPER)
    }
  }

  const progress: Record<MofClassKey, number> = {
    '1': progressOf(1, buckets),
    '2': progressOf(2, buckets),
    '3': progressOf(3, buckets)
  }
  let klass: MofClass = 0
  for (const candidate of CLASSES_MOST_OPEN_LAST) {
    if (progress[String(candidate) as MofClassKey] === 100) klass = candidate
  }

  const warnings = notTypeAppropriate.map((name) => {
    const definition = DEFINITION.get(name) as MofComponentDefinition
    return `${name} (${definition.contentType}) has an open licence (${licenses.get(name)}) that is not type-appropriate; MOF asks for a type-appropriate open licence`
  })

  return { class: klass, label: MOF_CLASS_LABELS[klass], progress, buckets, warnings }
}

/** MOT's progress rounded as its model pages and derived datasets show it (two decimals). */
export function roundMofProgress(value: number): number {
  return Math.round(value * 100) / 100
}
