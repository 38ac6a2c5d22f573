/**
 * Declared licence strings → SPDX: model-card `license:` values (Hugging Face ids), package
 * metadata, GGUF `general.license`, PyPI classifiers. Exact ids, the Hub's table, a small alias
 * grammar ("Apache License, Version 2.0", "GPLv3+", "CC BY-NC 4.0") and simple expressions. An
 * unrecognised string stays unrecognised: no fuzzy correction, because a wrong id would rate a
 * licence as open that is not.
 */
import { findMlLicenses, mlLicenseById } from './ml-licenses.js'
import { MOT_OPEN_LICENSE_IDS } from './mot-licenses.js'
import { corpusLicenseName } from './license-index.js'
import { SPDX_LICENSE_IDS, spdxIdIgnoringCase } from './spdx-ids.js'

export interface NormalizedLicenseId {
  /** SPDX id or expression (`LicenseRef-…` for model licences), or null when none can be named. */
  spdx: string | null
  name: string
  /**
   * The string names a licence we recognise: an SPDX id, a Hub id, an alias, a licence family
   * without a version ("BSD", "GPL"), or proprietary terms. False for placeholders (`other`,
   * `unknown`), unknown `LicenseRef-…` ids and anything unrecognised.
   */
  known: boolean
}

const MAX_INPUT = 500
const MAX_NAME = 200
const MAX_TOKENS = 100
const MAX_DEPTH = 20

/**
 * Hugging Face Hub `license:` ids (the `License` type of huggingface.js packages/hub
 * src/types/public.ts, 75 ids). Their SPDX ids, model licences (by ml-licenses), licence families
 * without a version, and the two placeholders are handled below.
 */
export const HF_LICENSE_IDS: readonly string[] = [
  'apache-2.0', 'mit', 'openrail', 'bigscience-openrail-m', 'creativeml-openrail-m',
  'bigscience-bloom-rail-1.0', 'bigcode-openrail-m', 'afl-3.0', 'artistic-2.0', 'bsl-1.0', 'bsd',
  'bsd-2-clause', 'bsd-3-clause', 'bsd-3-clause-clear', 'c-uda', 'cc', 'cc0-1.0', 'cc-by-2.0',
  'cc-by-2.5', 'cc-by-3.0', 'cc-by-4.0', 'cc-by-sa-3.0', 'cc-by-sa-4.0', 'cc-by-nc-2.0',
  'cc-by-nc-3.0', 'cc-by-nc-4.0', 'cc-by-nd-4.0', 'cc-by-nc-nd-3.0', 'cc-by-nc-nd-4.0',
  'cc-by-nc-sa-2.0', 'cc-by-nc-sa-3.0', 'cc-by-nc-sa-4.0', 'cdla-sharing-1.0',
  'cdla-permissive-1.0', 'cdla-permissive-2.0', 'wtfpl', 'ecl-2.0', 'epl-1.0', 'epl-2.0',
  'etalab-2.0', 'eupl-1.1', 'agpl-3.0', 'gfdl', 'gpl', 'gpl-2.0', 'gpl-3.0', 'lgpl', 'lgpl-2.1',
  'lgpl-3.0', 'isc', 'lppl-1.3c', 'ms-pl', 'mpl-2.0', 'odc-by', 'odbl', 'openrail++', 'osl-3.0',
  'postgresql', 'ofl-1.1', 'ncsa', 'unlicense', 'zlib', 'pddl', 'lgpl-lr', 'deepfloyd-if-license',
  'llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'gemma', 'apple-ascl', 'apple-amlr',
  'unknown', 'other'
] // prettier-ignore

/**
 * Hub ids whose SPDX id is not the same string in another case. The GNU ids are SPDX's deprecated
 * spellings, which SPDX defines as the `-only` licences; the Hub's data-licence ids drop the version.
 */
const HF_TO_SPDX: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'agpl-3.0': 'AGPL-3.0-only',
    'gpl-2.0': 'GPL-2.0-only',
    'gpl-3.0': 'GPL-3.0-only',
    'lgpl-2.1': 'LGPL-2.1-only',
    'lgpl-3.0': 'LGPL-3.0-only',
    'c-uda': 'C-UDA-1.0',
    'odc-by': 'ODC-By-1.0',
    odbl: 'ODbL-1.0',
    pddl: 'PDDL-1.0',
    // "Lesser General Public License For Linguistic Resources" has an SPDX id.
    'lgpl-lr': 'LGPLLR'
  })
)

/** Names that say which licence family but not which version or variant. */
const FAMILIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bsd: 'BSD licence (variant not stated)',
    cc: 'Creative Commons licence (variant not stated)',
    'cc by': 'Creative Commons Attribution (version not stated)',
    'cc by sa': 'Creative Commons Attribution-ShareAlike (version not stated)',
    'cc by nc': 'Creative Commons Attribution-NonCommercial (version not stated)',
    'cc by nd': 'Creative Commons Attribution-NoDerivatives (version not stated)',
    'cc by nc sa': 'Creative Commons Attribution-NonCommercial-ShareAlike (version not stated)',
    'cc by nc nd': 'Creative Commons Attribution-NonCommercial-NoDerivatives (version not stated)',
    gfdl: 'GNU Free Documentation License (version not stated)',
    'gnu free documentation': 'GNU Free Documentation License (version not stated)',
    gpl: 'GNU General Public License (version not stated)',
    'gnu gpl': 'GNU General Public License (version not stated)',
    'gnu general public': 'GNU General Public License (version not stated)',
    lgpl: 'GNU Lesser General Public License (version not stated)',
    'gnu lgpl': 'GNU Lesser General Public License (version not stated)',
    'gnu lesser general public': 'GNU Lesser General Public License (version not stated)',
    'gnu library or lesser general public':
      'GNU Lesser General Public License (version not stated)',
    agpl: 'GNU Affero General Public License (version not stated)',
    'gnu affero general public': 'GNU Affero General Public License (version not stated)',
    apache: 'Apache License (version not stated)',
    'apache software': 'Apache License (version not stated)',
    mpl: 'Mozilla Public License (version not stated)',
    'mozilla public': 'Mozilla Public License (version not stated)',
    epl: 'Eclipse Public License (version not stated)',
    'eclipse public': 'Eclipse Public License (version not stated)',
    eupl: 'European Union Public Licence (version not stated)',
    artistic: 'Artistic License (version not stated)',
    'academic free': 'Academic Free License (version not stated)',
    afl: 'Academic Free License (version not stated)',
    'public domain': 'Public domain (no licence id)'
  })
)

const PROPRIETARY = new Set([
  'proprietary',
  'unlicensed', // npm's "no permission granted"; not the Unlicense
  'commercial',
  'all rights reserved',
  'other proprietary',
  'closed source',
  'private'
])

const PLACEHOLDERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    other: 'Other licence (not named)',
    unknown: 'Unknown licence'
  })
)

/** Alias keys (after `aliasKey`) → SPDX id. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'apache 2': 'Apache-2.0',
    'apache software 2': 'Apache-2.0',
    'asl 2': 'Apache-2.0',
    'apache 1.1': 'Apache-1.1',
    'apache software 1.1': 'Apache-1.1',
    'apache 1': 'Apache-1.0',
    mit: 'MIT',
    expat: 'MIT',
    'mit no attribution': 'MIT-0',
    isc: 'ISC',
    iscl: 'ISC',
    'bsd 3': 'BSD-3-Clause',
    'bsd 3 clause': 'BSD-3-Clause',
    '3 clause bsd': 'BSD-3-Clause',
    'new bsd': 'BSD-3-Clause',
    'revised bsd': 'BSD-3-Clause',
    'modified bsd': 'BSD-3-Clause',
    'bsd 3 clause new or revised': 'BSD-3-Clause',
    'bsd 2': 'BSD-2-Clause',
    'bsd 2 clause': 'BSD-2-Clause',
    '2 clause bsd': 'BSD-2-Clause',
    'simplified bsd': 'BSD-2-Clause',
    'bsd 2 clause simplified': 'BSD-2-Clause',
    freebsd: 'BSD-2-Clause',
    'bsd 3 clause clear': 'BSD-3-Clause-Clear',
    'clear bsd': 'BSD-3-Clause-Clear',
    'bsd 4': 'BSD-4-Clause',
    'bsd 4 clause': 'BSD-4-Clause',
    'original bsd': 'BSD-4-Clause',
    'zero clause bsd': '0BSD',
    'bsd zero clause': '0BSD',
    'mpl 2': 'MPL-2.0',
    'mozilla public 2': 'MPL-2.0',
    'mpl 1.1': 'MPL-1.1',
    'mozilla public 1.1': 'MPL-1.1',
    'epl 1': 'EPL-1.0',
    'eclipse public 1': 'EPL-1.0',
    'epl 2': 'EPL-2.0',
    'eclipse public 2': 'EPL-2.0',
    'eupl 1.1': 'EUPL-1.1',
    'eupl 1.2': 'EUPL-1.2',
    'european union public 1.1': 'EUPL-1.1',
    'european union public 1.2': 'EUPL-1.2',
    'bsl 1': 'BSL-1.0',
    boost: 'BSL-1.0',
    'boost software': 'BSL-1.0',
    'boost software 1': 'BSL-1.0',
    zlib: 'Zlib',
    'zlib libpng': 'Zlib',
    unlicense: 'Unlicense',
    wtfpl: 'WTFPL',
    psf: 'PSF-2.0',
    'psf 2': 'PSF-2.0',
    psfl: 'PSF-2.0',
    'python software foundation': 'PSF-2.0',
    'python software foundation 2': 'PSF-2.0',
    'python 2': 'Python-2.0',
    openmdw: 'OpenMDW-1.0',
    'openmdw 1': 'OpenMDW-1.0',
    'cdla permissive 1': 'CDLA-Permissive-1.0',
    'cdla permissive 2': 'CDLA-Permissive-2.0',
    'cdla sharing 1': 'CDLA-Sharing-1.0',
    'community data permissive 1': 'CDLA-Permissive-1.0',
    'community data permissive 2': 'CDLA-Permissive-2.0',
    'community data sharing 1': 'CDLA-Sharing-1.0',
    'odc by': 'ODC-By-1.0',
    'odc by 1': 'ODC-By-1.0',
    'open data commons by': 'ODC-By-1.0',
    'open data commons by 1': 'ODC-By-1.0',
    odbl: 'ODbL-1.0',
    'odbl 1': 'ODbL-1.0',
    'open database': 'ODbL-1.0',
    'open database 1': 'ODbL-1.0',
    'open data commons open database': 'ODbL-1.0',
    'open data commons open database 1': 'ODbL-1.0',
    pddl: 'PDDL-1.0',
    'pddl 1': 'PDDL-1.0',
    'odc pddl': 'PDDL-1.0',
    'odc pddl 1': 'PDDL-1.0',
    'open data commons public domain dedication and': 'PDDL-1.0',
    'c uda': 'C-UDA-1.0',
    'c uda 1': 'C-UDA-1.0',
    'computational use of data': 'C-UDA-1.0',
    'o uda 1': 'O-UDA-1.0',
    'open use of data': 'O-UDA-1.0',
    'cc 0': 'CC0-1.0',
    'cc 0 1': 'CC0-1.0',
    'cc zero': 'CC0-1.0',
    'cc 0 public domain dedication': 'CC0-1.0',
    'cc 0 1 public domain dedication': 'CC0-1.0',
    'artistic 2': 'Artistic-2.0',
    'afl 3': 'AFL-3.0',
    'academic free 3': 'AFL-3.0',
    'osl 3': 'OSL-3.0',
    'open software 3': 'OSL-3.0',
    'ecl 2': 'ECL-2.0',
    'educational community 2': 'ECL-2.0',
    'ofl 1.1': 'OFL-1.1',
    'sil open font 1.1': 'OFL-1.1',
    'upl 1': 'UPL-1.0',
    'universal permissive': 'UPL-1.0',
    'universal permissive 1': 'UPL-1.0',
    upl: 'UPL-1.0',
    postgresql: 'PostgreSQL',
    ncsa: 'NCSA',
    'university of illinois ncsa open source': 'NCSA',
    'ms pl': 'MS-PL',
    'microsoft public': 'MS-PL',
    'lppl 1.3c': 'LPPL-1.3c',
    'mulan psl 2': 'MulanPSL-2.0',
    'mulanpsl 2': 'MulanPSL-2.0',
    'blue oak model 1': 'BlueOak-1.0.0',
    'blueoak 1': 'BlueOak-1.0.0'
  })
)

/** SPDX's deprecated GNU ids, written as the ids that replaced them (same licence, one spelling). */
function currentGnuId(id: string): string {
  const m = /^(A?GPL|LGPL|GFDL)-(\d\.\d)(\+?)$/.exec(id)
  if (!m) return id
  const current = `${m[1]}-${m[2]}-${m[3] ? 'or-later' : 'only'}`
  return SPDX_LICENSE_IDS.has(current) ? current : id
}

/** A readable name for an SPDX id or `LicenseRef-…`. */
export function licenseName(id: string): string {
  const corpus = corpusLicenseName(id)
  if (corpus) return corpus
  if (id.endsWith('-or-later')) {
    const only = corpusLicenseName(id.replace(/-or-later$/, '-only'))
    if (only) return only.replace(/ only$/, '') + ' or later'
  }
  return mlLicenseById(id)?.name ?? id
}

/** Lower case, no punctuation, spelled-out words shortened: the form the alias table is keyed by. */
function aliasKey(raw: string): string {
  let k = raw.toLowerCase()
  k = k.replace(/\([^)]{0,60}\)/g, ' ')
  k = k.replace(/\blicen[cs]e[ds]?\b/g, ' ').replace(/\b(?:agreement|the|version|ver)\b/g, ' ')
  k = k.replace(/\bcreative\s+commons\b/g, 'cc')
  k = k.replace(/\bnon[\s-]?commercial\b/g, 'nc').replace(/\bshare[\s-]?alike\b/g, 'sa')
  k = k.replace(/\bno[\s-]?deriv(?:ative)?s?\b/g, 'nd').replace(/\battribution\b/g, 'by')
  k = k.replace(/\b(?:international|unported|generic|universal)\b/g, ' ')
  k = k.replace(/([a-z])v?(\d)/g, '$1 $2')
  k = k.replace(/(\d)\.0\b/g, '$1').replace(/(\d)\.0\b/g, '$1')
  k = k.replace(/[^a-z0-9.+]+/g, ' ').replace(/\bv\b/g, ' ')
  const words = k.trim().split(/\s+/)
  return words.filter((w, i) => w !== '' && w !== words[i - 1]).join(' ')
}

const GNU_ALIAS =
  /^(?:gnu )?(?:(a|l)?gpl|general public|(lesser|library|library or lesser|affero) general public) (\d(?:\.\d)?) ?(\+|or later|or any later|or newer|only)?$/
const GFDL_ALIAS =
  /^(?:gnu )?(?:gfdl|fdl|free documentation) (1\.[123]) ?(\+|or later|or any later|or newer|only)?$/
const CC_ALIAS = /^cc by((?: nc)?(?: nd| sa)?) (\d(?:\.\d)?)(?: public)?$/

function gnuAlias(key: string): string | undefined {
  const gfdl = GFDL_ALIAS.exec(key)
  if (gfdl) {
    const id = `GFDL-${gfdl[1]}-${gfdl[2] && gfdl[2] !== 'only' ? 'or-later' : 'only'}`
    return SPDX_LICENSE_IDS.has(id) ? id : undefined
  }
  const m = GNU_ALIAS.exec(key)
  if (!m) return undefined
  const letter = m[1] ?? ''
  const family = m[2] ?? ''
  const base =
    letter === 'a' || family === 'affero'
      ? 'AGPL'
      : letter === 'l' || family !== ''
        ? 'LGPL'
        : 'GPL'
  const version = m[3].includes('.') ? m[3] : `${m[3]}.0`
  const id = `${base}-${version}-${m[4] && m[4] !== 'only' ? 'or-later' : 'only'}`
  return SPDX_LICENSE_IDS.has(id) ? id : undefined
}

function ccAlias(key: string): string | undefined {
  const m = CC_ALIAS.exec(key)
  if (!m) return undefined
  const version = m[2].includes('.') ? m[2] : `${m[2]}.0`
  const id = `CC-BY${m[1].toUpperCase().replace(/ /g, '-')}-${version}`
  return SPDX_LICENSE_IDS.has(id) ? id : undefined
}

function balancedParentheses(text: string): boolean {
  let depth = 0
  for (const ch of text) {
    if (ch === '(') depth++
    else if (ch === ')' && --depth < 0) return false
  }
  return depth === 0
}

function known(spdx: string): NormalizedLicenseId {
  return { spdx, name: licenseName(spdx), known: true }
}

/** One licence name or id (no operators). */
function normalizeSingle(raw: string): NormalizedLicenseId | null {
  const lower = raw.toLowerCase()
  const hf = HF_TO_SPDX.get(lower)
  if (hf) return known(hf)
  const ml = mlLicenseById(raw)
  if (ml) return { spdx: ml.spdx, name: ml.name, known: true }
  const exact = spdxIdIgnoringCase(raw)
  if (exact) return known(currentGnuId(exact))
  // MOT's open-data list spells PDDL "ODC-PDDL-1.0" (not an SPDX id); a string that uses MOT's
  // own spelling keeps it, so it rates as MOT rates it.
  if (lower === 'odc-pddl-1.0' && MOT_OPEN_LICENSE_IDS.has('ODC-PDDL-1.0'))
    return known('ODC-PDDL-1.0')
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(raw)) {
    // A reference to terms only the declaring document knows: exact, but not a licence we know.
    return { spdx: raw, name: raw, known: false }
  }
  const placeholder = PLACEHOLDERS.get(lower)
  if (placeholder) return { spdx: null, name: placeholder, known: false }
  if (!balancedParentheses(raw)) return null
  const key = aliasKey(raw)
  const alias = ALIASES.get(key) ?? gnuAlias(key) ?? ccAlias(key)
  if (alias) return known(alias)
  const family = FAMILIES.get(key)
  if (family) return { spdx: null, name: family, known: true }
  if (PROPRIETARY.has(key)) return { spdx: null, name: 'Proprietary', known: true }
  if (raw.length <= 120) {
    const titles = findMlLicenses(raw, raw.length)
    if (titles.length === 1)
      return { spdx: titles[0].license.spdx, name: titles[0].license.name, known: true }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// SPDX expressions: `A OR B`, `A AND (B OR C)`, `A WITH exception`

export type LicenseExpression =
  | { readonly type: 'license'; readonly id: string; readonly exception?: string }
  | {
      readonly type: 'and' | 'or'
      readonly left: LicenseExpression
      readonly right: LicenseExpression
    }

const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9.+:-]*$/

/**
 * Parses an SPDX expression without validating ids (a leaf is any id-shaped token). Operators in
 * any case; `WITH` binds tighter than `AND`, which binds tighter than `OR`. Null when malformed.
 */
export function parseLicenseExpression(text: string): LicenseExpression | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT) return null
  const tokens = text.match(/[()]|[^\s()]+/g) ?? []
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return null
  let pos = 0
  const peekOperator = (): string | undefined => tokens[pos]?.toUpperCase()
  const parseOr = (depth: number): LicenseExpression | null => {
    let left = parseAnd(depth)
    while (left && peekOperator() === 'OR') {
      pos++
      const right = parseAnd(depth)
      left = right ? { type: 'or', left, right } : null
    }
    return left
  }
  const parseAnd = (depth: number): LicenseExpression | null => {
    let left = parseAtom(depth)
    while (left && peekOperator() === 'AND') {
      pos++
      const right = parseAtom(depth)
      left = right ? { type: 'and', left, right } : null
    }
    return left
  }
  const parseAtom = (depth: number): LicenseExpression | null => {
    if (depth > MAX_DEPTH) return null
    const token = tokens[pos]
    if (token === undefined) return null
    if (token === '(') {
      pos++
      const inner = parseOr(depth + 1)
      if (!inner || tokens[pos] !== ')') return null
      pos++
      return inner
    }
    const upper = token.toUpperCase()
    if (upper === 'AND' || upper === 'OR' || upper === 'WITH' || !ID_TOKEN.test(token)) return null
    pos++
    if (peekOperator() === 'WITH') {
      pos++
      const exception = tokens[pos]
      if (exception === undefined || !ID_TOKEN.test(exception)) return null
      pos++
      return { type: 'license', id: token, exception }
    }
    return { type: 'license', id: token }
  }
  const expression = parseOr(0)
  return expression && pos === tokens.length ? expression : null
}

/** Writes an expression with parentheses only where precedence needs them. */
export function formatLicenseExpression(
  e: LicenseExpression,
  leaf: (id: string) => string = (id) => id,
  parent?: 'and' | 'or'
): string {
  if (e.type === 'license') return e.exception ? `${leaf(e.id)} WITH ${e.exception}` : leaf(e.id)
  const left = formatLicenseExpression(e.left, leaf, e.type)
  const right = formatLicenseExpression(e.right, leaf, e.type)
  const text = `${left} ${e.type.toUpperCase()} ${right}`
  return parent === 'and' && e.type === 'or' ? `(${text})` : text
}

function mapExpression(e: LicenseExpression, names: Map<string, string>): LicenseExpression | null {
  if (e.type === 'license') {
    const leaf = normalizeSingle(e.id)
    if (!leaf?.spdx || !leaf.known) return null
    names.set(leaf.spdx, leaf.name)
    return { ...e, id: leaf.spdx }
  }
  const left = mapExpression(e.left, names)
  const right = left && mapExpression(e.right, names)
  return left && right ? { type: e.type, left, right } : null
}

function normalizeExpression(raw: string): NormalizedLicenseId | null {
  // Cargo's old "MIT/Apache-2.0" means either.
  const text = /^[^\s()/]+(?:\/[^\s()/]+)+$/.test(raw) ? raw.split('/').join(' OR ') : raw
  if (!/\s(?:and|or|with)\s|[()]/i.test(text)) return null
  const parsed = parseLicenseExpression(text)
  if (!parsed) return null
  const names = new Map<string, string>()
  const mapped = mapExpression(parsed, names)
  if (!mapped) return null
  const name = formatLicenseExpression(mapped, (id) => names.get(id) ?? id)
  return { spdx: formatLicenseExpression(mapped), name: name.slice(0, MAX_NAME), known: true }
}

/**
 * A declared licence string → SPDX id or expression, with a readable name. Unrecognised strings
 * give `{spdx: null, known: false, name: <the string, trimmed>}`. Never throws.
 */
export function normalizeLicenseId(raw: string): NormalizedLicenseId {
  if (typeof raw !== 'string') return { spdx: null, name: '', known: false }
  const trimmed = raw
    .trim()
    .replace(/^(["'`])(.*)\1$/s, '$2')
    .trim()
  const name = trimmed.slice(0, MAX_NAME)
  if (trimmed === '' || trimmed.length > MAX_INPUT) return { spdx: null, name, known: false }
  return (
    normalizeSingle(trimmed) ?? normalizeExpression(trimmed) ?? { spdx: null, name, known: false }
  )
}
