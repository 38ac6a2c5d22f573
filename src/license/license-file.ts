/**
 * One licence file as the scan and the `license` command both see it: what its text is, which
 * components its name scopes it to, whether it is a use policy, and whether it only points to a
 * licence elsewhere. Light on purpose: the `license` command loads this, not the scanner.
 */
import type { LicenseIdentification, LicenseScope } from '../model/licenses.js'
import { baseName } from '../util/paths.js'
import { identifyLicenseText, matchLicenseText, type LicenseMatch } from './identify.js'
import { noticesStart, readNotices, type ThirdPartyNotice } from './notices.js'

export interface LicenseFile {
  path: string
  scope: LicenseScope
  identification: LicenseIdentification
  /** Acceptable-use policies and similar: they restrict, they do not license. */
  usePolicy: boolean
  /** A file whose whole content is a link ("see https://…"): a pointer, not a governing licence. */
  pointer?: string
  /** A header template with its placeholders ("Copyright [yyyy] …"): no licence by itself. */
  template?: true
  /**
   * For a third-party notice inside a licence file: the path it names, which it governs instead
   * of the file's folder (the file's own licence governs the rest).
   */
  governs?: string
}

const SCOPE_PATTERNS: [RegExp, LicenseScope][] = [
  [/(^|[-_.])(model|weights?|params|parameters|checkpoints?)([-_.]|$)/i, 'weights'],
  [/(^|[-_.])(data|datasets?)([-_.]|$)/i, 'data'],
  [/(^|[-_.])(code|software|source)([-_.]|$)/i, 'code'],
  [/(^|[-_.])(docs?|documentation|content|text)([-_.]|$)/i, 'documents']
]
const USE_POLICY = /(use[_-]?policy|acceptable[_-]use|responsible[_-]ai|responsible[_-]use|aup)/i

export function scopeOf(path: string): LicenseScope {
  const name = baseName(path).replace(/\.(md|txt|rst)$/i, '')
  const rest = name.replace(/licen[cs]e|copying/gi, '')
  for (const [pattern, scope] of SCOPE_PATTERNS) if (pattern.test(rest)) return scope
  // `model_licenses/LICENSE-X`, `weights/LICENSE`: the folder says what the file is for.
  // `model_licenses/LICENSE-X` and `models/<name>/LICENSE` govern models, wherever they are hosted.
  if (/(^|\/)(model|weights?)[_-]?licen[cs]es\/[^/]+$/i.test(path)) return 'weights'
  if (/(^|\/)(models|weights|checkpoints)\/[^/]+\/[^/]+$/i.test(path)) return 'weights'
  return 'all'
}

/** The link a pointer-only licence file holds ("See https://…/LICENSE"), or null. */
export function pointerTarget(text: string, identification: LicenseIdentification): string | null {
  if (identification.kind !== 'unknown') return null
  const plain = text.trim()
  if (plain.length > 400) return null
  const url = /(https?:\/\/[^\s<>"')\]]+)/.exec(plain)
  if (!url) return null
  const rest = plain
    .replace(url[0], '')
    .replace(/[^a-z]+/gi, ' ')
    .trim()
  return rest.split(' ').filter(Boolean).length <= 25 ? url[1] : null
}

export interface DescribedLicenseFile {
  /** The file as its main licence (the text before any third-party notices). */
  file: LicenseFile
  match: LicenseMatch
  /** Third-party notices after the main licence, each with the paths it names. */
  notices: ThirdPartyNotice[]
}

/**
 * A licence-like file's text, identified and classified, with how it was identified (the
 * `license` command prints it). A licence followed by third-party notices is its main licence;
 * the notices are read apart. Pure; never throws.
 */
export function describeLicenseFile(path: string, text: string): DescribedLicenseFile {
  const start = noticesStart(text)
  let match = matchLicenseText(start > 0 ? text.slice(0, start) : text)
  let notices: ThirdPartyNotice[] = []
  if (start > 0 && match.identification.kind !== 'unknown')
    notices = readNotices(text, start, identifyLicenseText)
  // Without a licence before them, the "notices" are the file: read it whole, as before.
  else if (start > 0) match = matchLicenseText(text)
  const identification = match.identification
  const usePolicy =
    USE_POLICY.test(baseName(path)) ||
    (identification.restrictsUse === true && /polic/i.test(identification.name))
  const pointer = pointerTarget(text, identification)
  return {
    file: {
      path,
      scope: scopeOf(path),
      identification,
      usePolicy,
      ...(pointer ? { pointer } : {}),
      ...(match.template ? { template: true as const } : {})
    },
    match,
    notices
  }
}

/** The entries a licence file contributes: its main licence, then one per path a notice names. */
export function licenseFileEntries(path: string, text: string): LicenseFile[] {
  const { file, notices } = describeLicenseFile(path, text)
  const entries = [file]
  for (const notice of notices)
    for (const governs of notice.paths)
      entries.push({
        path,
        scope: 'all',
        identification: notice.identification,
        usePolicy: false,
        governs
      })
  return entries
}
