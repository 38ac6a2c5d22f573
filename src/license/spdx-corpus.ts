/**
 * A curated set of SPDX licence texts (spdx-license-list, CC0-1.0, SPDX License List 3.28) and the
 * text normalisation the matcher uses. Only the per-id JSON files are imported, so the bundle carries
 * about 0.65 MB of licence text instead of the package's 5 MB full list; rollup inlines them with
 * @rollup/plugin-json and ts-jest/tsc read them through the same import attributes.
 */
import SPDX_ID_LIST from 'spdx-license-list/spdx-simple.json' with { type: 'json' }
import MIT from 'spdx-license-list/licenses/MIT.json' with { type: 'json' }
import MIT_0 from 'spdx-license-list/licenses/MIT-0.json' with { type: 'json' }
import ISC from 'spdx-license-list/licenses/ISC.json' with { type: 'json' }
import ZERO_BSD from 'spdx-license-list/licenses/0BSD.json' with { type: 'json' }
import X11 from 'spdx-license-list/licenses/X11.json' with { type: 'json' }
import JSON from 'spdx-license-list/licenses/JSON.json' with { type: 'json' }
import APACHE_2_0 from 'spdx-license-list/licenses/Apache-2.0.json' with { type: 'json' }
import APACHE_1_1 from 'spdx-license-list/licenses/Apache-1.1.json' with { type: 'json' }
import BSD_2_CLAUSE from 'spdx-license-list/licenses/BSD-2-Clause.json' with { type: 'json' }
import BSD_3_CLAUSE from 'spdx-license-list/licenses/BSD-3-Clause.json' with { type: 'json' }
import BSD_3_CLAUSE_CLEAR from 'spdx-license-list/licenses/BSD-3-Clause-Clear.json' with { type: 'json' }
import BSD_4_CLAUSE from 'spdx-license-list/licenses/BSD-4-Clause.json' with { type: 'json' }
import GPL_2_0_ONLY from 'spdx-license-list/licenses/GPL-2.0-only.json' with { type: 'json' }
import GPL_3_0_ONLY from 'spdx-license-list/licenses/GPL-3.0-only.json' with { type: 'json' }
import LGPL_2_1_ONLY from 'spdx-license-list/licenses/LGPL-2.1-only.json' with { type: 'json' }
import LGPL_3_0_ONLY from 'spdx-license-list/licenses/LGPL-3.0-only.json' with { type: 'json' }
import AGPL_3_0_ONLY from 'spdx-license-list/licenses/AGPL-3.0-only.json' with { type: 'json' }
import MPL_2_0 from 'spdx-license-list/licenses/MPL-2.0.json' with { type: 'json' }
import MPL_1_1 from 'spdx-license-list/licenses/MPL-1.1.json' with { type: 'json' }
import EPL_1_0 from 'spdx-license-list/licenses/EPL-1.0.json' with { type: 'json' }
import EPL_2_0 from 'spdx-license-list/licenses/EPL-2.0.json' with { type: 'json' }
import CDDL_1_0 from 'spdx-license-list/licenses/CDDL-1.0.json' with { type: 'json' }
import UNLICENSE from 'spdx-license-list/licenses/Unlicense.json' with { type: 'json' }
import CC0_1_0 from 'spdx-license-list/licenses/CC0-1.0.json' with { type: 'json' }
import CC_BY_4_0 from 'spdx-license-list/licenses/CC-BY-4.0.json' with { type: 'json' }
import CC_BY_SA_4_0 from 'spdx-license-list/licenses/CC-BY-SA-4.0.json' with { type: 'json' }
import CC_BY_NC_4_0 from 'spdx-license-list/licenses/CC-BY-NC-4.0.json' with { type: 'json' }
import CC_BY_NC_SA_4_0 from 'spdx-license-list/licenses/CC-BY-NC-SA-4.0.json' with { type: 'json' }
import CC_BY_ND_4_0 from 'spdx-license-list/licenses/CC-BY-ND-4.0.json' with { type: 'json' }
import CC_BY_NC_ND_4_0 from 'spdx-license-list/licenses/CC-BY-NC-ND-4.0.json' with { type: 'json' }
import CC_BY_3_0 from 'spdx-license-list/licenses/CC-BY-3.0.json' with { type: 'json' }
import CC_BY_SA_3_0 from 'spdx-license-list/licenses/CC-BY-SA-3.0.json' with { type: 'json' }
import ODBL_1_0 from 'spdx-license-list/licenses/ODbL-1.0.json' with { type: 'json' }
import ODC_BY_1_0 from 'spdx-license-list/licenses/ODC-By-1.0.json' with { type: 'json' }
import PDDL_1_0 from 'spdx-license-list/licenses/PDDL-1.0.json' with { type: 'json' }
import CDLA_PERMISSIVE_1_0 from 'spdx-license-list/licenses/CDLA-Permissive-1.0.json' with { type: 'json' }
import CDLA_PERMISSIVE_2_0 from 'spdx-license-list/licenses/CDLA-Permissive-2.0.json' with { type: 'json' }
import CDLA_SHARING_1_0 from 'spdx-license-list/licenses/CDLA-Sharing-1.0.json' with { type: 'json' }
import C_UDA_1_0 from 'spdx-license-list/licenses/C-UDA-1.0.json' with { type: 'json' }
import O_UDA_1_0 from 'spdx-license-list/licenses/O-UDA-1.0.json' with { type: 'json' }
import OPENMDW_1_0 from 'spdx-license-list/licenses/OpenMDW-1.0.json' with { type: 'json' }
import BSL_1_0 from 'spdx-license-list/licenses/BSL-1.0.json' with { type: 'json' }
import ZLIB from 'spdx-license-list/licenses/Zlib.json' with { type: 'json' }
import WTFPL from 'spdx-license-list/licenses/WTFPL.json' with { type: 'json' }
import ARTISTIC_2_0 from 'spdx-license-list/licenses/Artistic-2.0.json' with { type: 'json' }
import AFL_3_0 from 'spdx-license-list/licenses/AFL-3.0.json' with { type: 'json' }
import OSL_3_0 from 'spdx-license-list/licenses/OSL-3.0.json' with { type: 'json' }
import ECL_2_0 from 'spdx-license-list/licenses/ECL-2.0.json' with { type: 'json' }
import EUPL_1_1 from 'spdx-license-list/licenses/EUPL-1.1.json' with { type: 'json' }
import EUPL_1_2 from 'spdx-license-list/licenses/EUPL-1.2.json' with { type: 'json' }
import OFL_1_1 from 'spdx-license-list/licenses/OFL-1.1.json' with { type: 'json' }
import LPPL_1_3C from 'spdx-license-list/licenses/LPPL-1.3c.json' with { type: 'json' }
import POSTGRESQL from 'spdx-license-list/licenses/PostgreSQL.json' with { type: 'json' }
import NCSA from 'spdx-license-list/licenses/NCSA.json' with { type: 'json' }
import MS_PL from 'spdx-license-list/licenses/MS-PL.json' with { type: 'json' }
import PYTHON_2_0 from 'spdx-license-list/licenses/Python-2.0.json' with { type: 'json' }
import PSF_2_0 from 'spdx-license-list/licenses/PSF-2.0.json' with { type: 'json' }
import BLUEOAK_1_0_0 from 'spdx-license-list/licenses/BlueOak-1.0.0.json' with { type: 'json' }
import UPL_1_0 from 'spdx-license-list/licenses/UPL-1.0.json' with { type: 'json' }
import MULANPSL_2_0 from 'spdx-license-list/licenses/MulanPSL-2.0.json' with { type: 'json' }
import GFDL_1_3_ONLY from 'spdx-license-list/licenses/GFDL-1.3-only.json' with { type: 'json' }

interface LicenseJson {
  readonly name: string
  readonly osiApproved: boolean
  readonly licenseText: string
}

/** The texts the matcher compares against: common software, data, content and model licences. */
const CORPUS: readonly (readonly [string, LicenseJson])[] = [
  ['MIT', MIT],
  ['MIT-0', MIT_0],
  ['ISC', ISC],
  ['0BSD', ZERO_BSD],
  ['X11', X11],
  ['JSON', JSON],
  ['Apache-2.0', APACHE_2_0],
  ['Apache-1.1', APACHE_1_1],
  ['BSD-2-Clause', BSD_2_CLAUSE],
  ['BSD-3-Clause', BSD_3_CLAUSE],
  ['BSD-3-Clause-Clear', BSD_3_CLAUSE_CLEAR],
  ['BSD-4-Clause', BSD_4_CLAUSE],
  ['GPL-2.0-only', GPL_2_0_ONLY],
  ['GPL-3.0-only', GPL_3_0_ONLY],
  ['LGPL-2.1-only', LGPL_2_1_ONLY],
  ['LGPL-3.0-only', LGPL_3_0_ONLY],
  ['AGPL-3.0-only', AGPL_3_0_ONLY],
  ['MPL-2.0', MPL_2_0],
  ['MPL-1.1', MPL_1_1],
  ['EPL-1.0', EPL_1_0],
  ['EPL-2.0', EPL_2_0],
  ['CDDL-1.0', CDDL_1_0],
  ['Unlicense', UNLICENSE],
  ['CC0-1.0', CC0_1_0],
  ['CC-BY-4.0', CC_BY_4_0],
  ['CC-BY-SA-4.0', CC_BY_SA_4_0],
  ['CC-BY-NC-4.0', CC_BY_NC_4_0],
  ['CC-BY-NC-SA-4.0', CC_BY_NC_SA_4_0],
  ['CC-BY-ND-4.0', CC_BY_ND_4_0],
  ['CC-BY-NC-ND-4.0', CC_BY_NC_ND_4_0],
  ['CC-BY-3.0', CC_BY_3_0],
  ['CC-BY-SA-3.0', CC_BY_SA_3_0],
  ['ODbL-1.0', ODBL_1_0],
  ['ODC-By-1.0', ODC_BY_1_0],
  ['PDDL-1.0', PDDL_1_0],
  ['CDLA-Permissive-1.0', CDLA_PERMISSIVE_1_0],
  ['CDLA-Permissive-2.0', CDLA_PERMISSIVE_2_0],
  ['CDLA-Sharing-1.0', CDLA_SHARING_1_0],
  ['C-UDA-1.0', C_UDA_1_0],
  ['O-UDA-1.0', O_UDA_1_0],
  ['OpenMDW-1.0', OPENMDW_1_0],
  ['BSL-1.0', BSL_1_0],
  ['Zlib', ZLIB],
  ['WTFPL', WTFPL],
  ['Artistic-2.0', ARTISTIC_2_0],
  ['AFL-3.0', AFL_3_0],
  ['OSL-3.0', OSL_3_0],
  ['ECL-2.0', ECL_2_0],
  ['EUPL-1.1', EUPL_1_1],
  ['EUPL-1.2', EUPL_1_2],
  ['OFL-1.1', OFL_1_1],
  ['LPPL-1.3c', LPPL_1_3C],
  ['PostgreSQL', POSTGRESQL],
  ['NCSA', NCSA],
  ['MS-PL', MS_PL],
  ['Python-2.0', PYTHON_2_0],
  ['PSF-2.0', PSF_2_0],
  ['BlueOak-1.0.0', BLUEOAK_1_0_0],
  ['UPL-1.0', UPL_1_0],
  ['MulanPSL-2.0', MULANPSL_2_0],
  ['GFDL-1.3-only', GFDL_1_3_ONLY]
]

export interface CorpusLicense {
  readonly id: string
  readonly name: string
  readonly osiApproved: boolean
  readonly text: string
}

/** Every SPDX licence id of the list (deprecated ids included), exact case. */
export const SPDX_LICENSE_IDS: ReadonlySet<string> = new Set(SPDX_ID_LIST as readonly string[])

let lowerCaseIds: Map<string, string> | undefined

/** The SPDX id spelled like `raw` ignoring case, or undefined. */
export function spdxIdIgnoringCase(raw: string): string | undefined {
  if (!lowerCaseIds) {
    lowerCaseIds = new Map()
    for (const id of SPDX_LICENSE_IDS) lowerCaseIds.set(id.toLowerCase(), id)
  }
  return lowerCaseIds.get(raw.toLowerCase())
}

export const CORPUS_LICENSE_IDS: readonly string[] = CORPUS.map(([id]) => id)

const CORPUS_BY_ID = new Map(CORPUS)

export function corpusLicense(id: string): CorpusLicense | undefined {
  const entry = CORPUS_BY_ID.get(id)
  if (!entry) return undefined
  return { id, name: entry.name, osiApproved: entry.osiApproved, text: entry.licenseText }
}

// ---------------------------------------------------------------------------------------------
// Normalisation (SPDX Matching Guidelines, simplified to what a bigram matcher needs)

/** Inputs beyond this are not read: licence texts are far shorter, and it bounds the work. */
export const MAX_TEXT_CHARS = 256 * 1024
const MAX_WORDS = 60_000
const MAX_LINES = 40_000

/** Comment leaders and bullets at the start of a line (licences pasted into source headers). */
const LINE_LEADER = /^[\s#*/;!>|%+\-\u2010-\u2015\u2022\u00b7\u25aa\u25cf]+/
/**
 * A copyright notice line. Only lines that START with the word are notices; a reflowed sentence
 * may also start with "copyright notice…" or "copyright holders…", so common continuations are
 * excluded (dropping those would delete licence clauses, e.g. MIT's "above copyright notice"),
 * and so is the word alone on a line.
 */
const COPYRIGHT_LINE =
  /^(?:copyright\b(?![\s-]+(?:notices?|and|laws?|holders?|owners?|licen[cs]es?|statements?|protection|infringement|or|of|in|to|is|are|interests?|rights?|status|claims?|policy|act|treat(?:y|ies)|terms?|ownership|permissions?|like|related)\b)(?!\s*$)|\u00a9|\(c\)\s*\d{4})/i
const ALL_RIGHTS_RESERVED = /^all\s+rights\s+reserved\.?$/i
/** Section numbering at the start of a line: "1.", "2.1", "1.2.3.", "(a)", "iv)". */
const LINE_NUMBERING =
  /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]|[ivxl]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+)(?=\s|$)/i
/** List markers inside reflowed text: " 3. ", " (b) ", " ii) ". */
const INLINE_MARKER = /(^|\s)\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)](?=\s|$)/g
const URL_PREFIX = /\bhttps?:\/\/(?:www\.)?|\bwww\./g

/** Spelling variants the SPDX guidelines treat as the same word (variant → canonical). */
const EQUIVALENT_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    acknowledgement: 'acknowledgment',
    acknowledgements: 'acknowledgments',
    analogue: 'analog',
    analyse: 'analyze',
    artefact: 'artifact',
    artefacts: 'artifacts',
    authorisation: 'authorization',
    authorised: 'authorized',
    behaviour: 'behavior',
    calibre: 'caliber',
    cancelled: 'canceled',
    capitalisations: 'capitalizations',
    catalogue: 'catalog',
    categorise: 'categorize',
    centre: 'center',
    colour: 'color',
    defence: 'defense',
    emphasised: 'emphasized',
    favour: 'favor',
    favourite: 'favorite',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    honour: 'honor',
    initialise: 'initialize',
    judgement: 'judgment',
    labelling: 'labeling',
    labour: 'labor',
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licencee: 'licensee',
    licencees: 'licensees',
    licencor: 'licensor',
    sublicence: 'sublicense',
    sublicences: 'sublicenses',
    maximise: 'maximize',
    modelled: 'modeled',
    modelling: 'modeling',
    neighbouring: 'neighboring',
    offence: 'offense',
    optimise: 'optimize',
    organisation: 'organization',
    organisations: 'organizations',
    organise: 'organize',
    practise: 'practice',
    programme: 'program',
    programmes: 'programs',
    realise: 'realize',
    recognise: 'recognize',
    signalling: 'signaling',
    utilisation: 'utilization',
    whilst: 'while',
    wilful: 'willful',
    wilfull: 'willful'
  })
)

/** Two-word spellings of one word ("sub-license", "non-commercial", "per cent", "copyright owner"). */
function joinCompounds(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const next = words[i + 1]
    if (next !== undefined) {
      if (word === 'sub' && next.startsWith('licens')) {
        out.push('sub' + next)
        i++
        continue
      }
      if (word === 'non' && (next === 'commercial' || next === 'commercially')) {
        out.push('non' + next)
        i++
        continue
      }
      if (word === 'per' && next === 'cent') {
        out.push('percent')
        i++
        continue
      }
      if (word === 'copyright' && (next === 'owner' || next === 'owners')) {
        out.push(word, next === 'owner' ? 'holder' : 'holders')
        i++
        continue
      }
    }
    out.push(word)
  }
  return out
}

/**
 * Licence text as comparable words: lower case, copyright lines, numbering, bullets, punctuation,
 * quotes and dashes gone, http = https, British and American spellings merged. Capped in size.
 */
export function licenseWords(text: string): string[] {
  const capped = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text
  const lines = capped.split(/\r\n|\r|\n|\u2028|\u2029/, MAX_LINES)
  const kept: string[] = []
  for (const raw of lines) {
    const line = raw.replace(LINE_LEADER, '')
    if (COPYRIGHT_LINE.test(line) || ALL_RIGHTS_RESERVED.test(line.trim())) continue
    kept.push(line.replace(LINE_NUMBERING, ' '))
  }
  const flat = kept.join('\n').toLowerCase().replace(INLINE_MARKER, '$1 ').replace(URL_PREFIX, ' ')
  const words: string[] = []
  for (const token of flat.split(/[^\p{L}\p{N}]+/u)) {
    if (token === '') continue
    words.push(EQUIVALENT_WORDS.get(token) ?? token)
    if (words.length >= MAX_WORDS) break
  }
  return joinCompounds(words)
}

export function wordBigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) out.add(words[i] + ' ' + words[i + 1])
  return out
}

/** Index of the first occurrence of a word sequence, or -1. */
export function findWords(words: readonly string[], phrase: readonly string[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer
    return i
  }
  return -1
}

// ---------------------------------------------------------------------------------------------
// The index: word-bigram sets of every corpus text, built once on first use

/** Apache and GNU texts: what follows is an appendix ("How to apply…") that copies often omit. */
export const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'] as const

export interface LicenseTemplate {
  readonly id: string
  readonly name: string
  readonly osiApproved: boolean
  /** Bigrams of the whole text. */
  readonly full: ReadonlySet<string>
  /** Bigrams up to "END OF TERMS AND CONDITIONS", when the text has that line. */
  readonly head: ReadonlySet<string> | null
}

export interface LicenseIndex {
  readonly templates: readonly LicenseTemplate[]
  /** Bigram → indices of the templates whose full text has it. */
  readonly fullPostings: ReadonlyMap<string, readonly number[]>
  /** Bigram → indices of the templates whose head has it (templates with a head only). */
  readonly headPostings: ReadonlyMap<string, readonly number[]>
}

/**
 * spdx-license-list's LGPL-3.0 text appends the whole GPL-3.0 (the LGPL is a set of additional
 * permissions on it). Real COPYING.LESSER files hold only the LGPL part, so that is the template;
 * a file with both is recognised as LGPL-3.0 plus GPL-3.0 and folded back by the matcher.
 */
function templateText(id: string, text: string): string {
  if (id === 'LGPL-3.0-only') {
    const gpl = text.search(/\n\s*GNU GENERAL PUBLIC LICENSE\s+Version 3/)
    if (gpl > 0) return text.slice(0, gpl)
  }
  return text
}

let cachedIndex: LicenseIndex | undefined

export function licenseIndex(): LicenseIndex {
  if (cachedIndex) return cachedIndex
  const templates: LicenseTemplate[] = []
  const fullPostings = new Map<string, number[]>()
  const headPostings = new Map<string, number[]>()
  const post = (map: Map<string, number[]>, set: ReadonlySet<string>, index: number): void => {
    for (const bigram of set) {
      const list = map.get(bigram)
      if (list) list.push(index)
      else map.set(bigram, [index])
    }
  }
  for (const [id, json] of CORPUS) {
    const words = licenseWords(templateText(id, json.licenseText))
    const end = findWords(words, END_OF_TERMS)
    const full = wordBigrams(words)
    const head = end > 0 ? wordBigrams(words.slice(0, end + END_OF_TERMS.length)) : null
    const index = templates.length
    templates.push({ id, name: json.name, osiApproved: json.osiApproved, full, head })
    post(fullPostings, full, index)
    if (head) post(headPostings, head, index)
  }
  cachedIndex = { templates, fullPostings, headPostings }
  return cachedIndex
}
