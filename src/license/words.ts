/**
 * Licence text as comparable words (SPDX Matching Guidelines, simplified to what a bigram matcher
 * needs). Shared by the index generator (corpus texts) and the matcher (the text to identify), so
 * both sides are normalised by the same code.
 */

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
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/

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
  // Most licence files are ASCII: lower-cased, their letters and digits are a-z and 0-9, and that
  // pattern compiles in a fraction of the time of the Unicode property classes.
  const separators = NON_ASCII.test(flat) ? /[^\p{L}\p{N}]+/u : /[^a-z0-9]+/
  for (const token of flat.split(separators)) {
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

/** Apache and GNU texts: what follows is an appendix ("How to apply…") that copies often omit. */
export const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'] as const
