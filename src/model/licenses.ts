import type { ContentType } from './components.js'

/** What a licence text or declaration turned out to be. */
export interface LicenseIdentification {
  /**
   * SPDX id or expression ("MIT", "MIT AND CC-BY-4.0"), or a `LicenseRef-…` id for licences that
   * SPDX does not list (Llama, Gemma, RAIL, …). Null when the text is not recognised.
   */
  spdx: string | null
  /** Human-readable name ("Apache License 2.0", "Llama 3.1 Community License Agreement"). */
  name: string
  /** 0–1; below the matcher's threshold the answer is `unknown`, never a guess. */
  confidence: number
  kind: 'spdx' | 'ml' | 'multiple' | 'unknown'
  /** True for texts that restrict use (acceptable-use policies, non-commercial or research-only terms). */
  restrictsUse?: boolean
}

export type LicenseSource =
  | 'license-file'
  | 'model-card'
  | 'spdx-header'
  | 'package-metadata'
  | 'weights-metadata'
  | 'policy'
  | 'declaration'

/** The licence that governs one component, with where it was found and how it rates. */
export interface ResolvedLicense {
  spdx: string | null
  name: string
  /** File the licence was read from (repository-relative), or null for a policy override. */
  path: string | null
  source: LicenseSource
  /** Open by the Model Openness Tool's rule (exact SPDX ids: OSI/FSF, open-data list, OpenMDW). */
  open: boolean
  /** Whether the licence suits the component's content type (MOT only warns on a mismatch). */
  typeAppropriate: boolean
  contentType: ContentType
}

/** How a component stands: present under an open licence, under a non-open one, without one, or absent. */
export type ComponentStatus = 'open' | 'restricted' | 'unlicensed' | 'missing'

/** One line of the component table: a detected (or missing) component with its governing licence. */
export interface ComponentReport {
  name: import('./components.js').ComponentName
  status: ComponentStatus
  presence: import('./findings.js').Presence | null
  license: ResolvedLicense | null
  evidence: import('./findings.js').Evidence[]
  notes: string[]
}
