import type { DetectionContext } from './context.js'
import type { OpennessClaim } from '../model/findings.js'
import type { ScannedFile } from '../scan/types.js'
import { isVendoredFile } from '../scan/facts.js'
import { isMarkdownPath, readMarkdown } from './markdown.js'
import { baseName, extension, isVendored, segmentCount } from '../util/paths.js'

export type { OpennessClaim }

/** "open source" and its spellings, "open science", and "open" under an intensifier. */
const PHRASE =
  /\b(?:(?:fully|truly|completely|totally|genuinely|100 ?%)[ \t-]{1,3}open(?:[ \t-]{0,3}sourc(?:e[sd]?|ing))?|open[ \t-]{0,3}sourc(?:e[sd]?|ing)|open[ \t-]{1,3}science|openly[ \t]+releas(?:e[sd]?|ing)|(?:principles?|spirit|values?|ideals?)[ \t]+of[ \t]+openness|open[ \t-]+(?!(?:the|a|an|this|that|your|our|its|their|up|to|and|or|in|on|for|with|by|weights?|source|data)\b)(?:[a-z][\w-]*[ \t]+){0,2}?(?:models?|llms?|language[ \t]+models?|foundation[ \t]+models?))\b|开源/gi
const STRONG = /^(fully|truly|completely|totally|genuinely|100)/i
const SCIENCE = /science$/i

/** Names of the licensing institutions and definitions: boilerplate, never a claim. */
const BOILERPLATE =
  /open[ \t-]?source (initiative|definition|ai definition)|\bosi\b|opensource\.org|osi[- ]approved|\bosaid\b/i
/** A negation just before the phrase: "not open source", "non-open-source", "no longer open". */
const NEGATION =
  /(\b(not|never|no|neither|nor|without|hardly|cannot|instead of|rather than|as opposed to|unlike)\b|n't\b|\bnon-?)(\W+\w+){0,3}\W*$/i
/** "our model", "this release": the sentence is about the release after all. */
const FIRST_PERSON_RELEASE = /\b(our|this|these) (model|weights|release|checkpoints?|llm)\b/i
/** Promises are not claims about what is released. */
const FUTURE =
  /\b(will|shall|plan(s|ned|ning)? to|intend(s|ed)? to|going to|aim(s|ing)? to|hope to|would like to|soon|later|upcoming|in the future|once)\b/i
/** What follows the phrase when it describes something other than this release. */
const OTHER_NOUN =
  /^[\s-]*(?:[\w.+-]+[\s-]+){0,2}?(librar(?:y|ies)|tools?|toolkits?|software|projects|communit(?:y|ies)|ecosystems?|frameworks|packages|dependenc(?:y|ies)|contributors?|alternatives?|counterparts?|competitors?|baselines?|movement|world|initiatives?|repositories|repos|maintainers|developers|enthusiasts|efforts|codebases|solutions|programs|components|contributions|datasets|licen[cs]es)\b/i
/**
 * What a release of a model never is: "X is an open-source platform" describes some other service,
 * even when it is the sentence's subject (unlike "… is open-source software", said of a project).
 */
const SERVICE_NOUN =
  /^[\s-]*(?:[\w.+-]+[\s-]+){0,2}?(platforms?|services?|hubs?|marketplaces?|websites?|web[ \t]+apps?)\b/i
/** The same in Chinese: platform, community, tool, framework, ecosystem (开源的…平台). */
const SERVICE_NOUN_ZH = /^的?[^。，,、；;]{0,10}(平台|社区|工具|框架|生态)/
/** Words just before the phrase that point at others' work. */
const OTHER_BEFORE =
  /\b(built (with|on|using|upon)|powered by|thanks to|(?<!\bthe )uses?|using|used|relies on|rely on|leverag\w*|based on|compared (to|with)|comparing|comparison (to|with)|benchmark\w*|evaluat\w*|outperform\w*|surpass\w*|beats?|than|other|existing|many|several|various|numerous|popular|prior|previous|similar|vs\.?|versus|like|such as|third[- ]party|contribut\w* to|thank\w*|broader|wider|love)\b/i
/** A preposition right before the phrase: "for open-source LLMs", "of open source models". */
const PREPOSITION_BEFORE = /\b(for|of|with|on|to|from|in|into|by|about|across|within)\W*$/i
/** The subject of "… are open source" is something else. */
const OTHER_SUBJECT =
  /\b(dependenc(y|ies)|librar(y|ies)|tools|packages|frameworks|baselines|competitors|alternatives|others|third[- ]party)\b/i
const SCIENCE_OTHER =
  /^[\s-]*(communit(y|ies)|movement|initiatives?|foundation|center|centre|framework|principles|practices)\b/i
const FIRST_PERSON =
  /\b(we|we're|we've|our|us|this (model|release|repo|repository|project|work|checkpoint|family|suite|llm))\b/i
/** Copula or release verb right before the phrase (up to two adjectives). */
const PREDICATE =
  /(\b(is|are|remains?|being|been|be|released (as|under)|available (as|under)|published (as|under)|distributed (as|under))|\b(it|that|this|what|there|here)'s)\W+(a\W+|an\W+|the\W+|its\W+|our\W+)?([\w.+-]+\W+){0,2}$/i
/** Verb use: "we open-source the weights", "are open-sourced", "open-sourcing our model". */
const VERB_SUBJECT =
  /\b(we|we're|we've|we have|we are|is|are|was|were|been|being|has been|have been|to)\W*$/i
const VERB_OBJECT =
  /^\W*(the|our|this|these|all|its|it|them|everything|both|weights|code|model|models|data|dataset)\b/i
/** What this release is called after the phrase. */
const RELEASE_NOUN =
  /^[\s-]*(?:[\w.+-]+[\s-]+){0,3}?(models?|llms?|language models?|foundation models?|vlms?|release|releases|weights|checkpoints?|ai|system|assistant|chatbot|family|suite|series|version|network|transformer|embeddings?|encoder|decoder|code)\b/i

const MAX_FILES = 100
const MAX_CLAIMS = 100
const MAX_PER_FILE = 20

/** Markdown reduced to the words a reader sees; code spans, URLs and images dropped. */
function plainLine(line: string): string {
  return line
    .replace(/!\[[^[\]\n]{0,300}\]\([^()\s]{0,1000}\)/g, ' ')
    .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/`[^`\n]{0,300}`/g, ' ')
    .replace(/<[^<>\n]{0,500}>/g, ' ')
    .replace(/https?:\/\/\S{1,1000}/g, ' ')
    .replace(/[*_~]+/g, '')
    .replace(/^[\s#>*+-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Looked at on each side of a phrase: a sentence is rarely longer, and hostile lines are. */
const WINDOW = 300

/** The sentence around a match: from the previous sentence end to the next (within a window). */
function sentenceAround(
  text: string,
  start: number,
  end: number
): { before: string; after: string } {
  const from = Math.max(0, start - WINDOW)
  let head = from
  for (const m of text.slice(from, start).matchAll(/[.!?;:](?=\s)|\s[-–—]\s/g))
    head = from + m.index + m[0].length
  const rest = text.slice(end, end + WINDOW)
  const stop = /[.!?;](?=\s|$)|\s[-–—]\s/.exec(rest)
  return { before: text.slice(head, start), after: stop ? rest.slice(0, stop.index) : rest }
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/)
  return words.slice(Math.max(0, words.length - n)).join(' ')
}

/**
 * Whether a phrase in a sentence claims openness for this release. `implicitSubject` is set for
 * package descriptions, which by definition describe the package.
 */
export function isReleaseClaim(
  text: string,
  index: number,
  phrase: string,
  implicitSubject = false
): boolean {
  const { before, after } = sentenceAround(text, index, index + phrase.length)
  const sentence = `${before}${phrase}${after}`
  if (BOILERPLATE.test(sentence)) return false
  if (NEGATION.test(lastWords(before, 5)) || /^\W*(not|nor)\b/i.test(after)) return false
  if (FUTURE.test(before) || /^\W*(soon|later|in the future)\b/i.test(after)) return false
  // A norm about open source in general ("open source AI should be accessible") is not a claim.
  if (
    /\b(should|must|ought to|needs? to|deserves?)\b/i.test(sentence) &&
    !FIRST_PERSON_RELEASE.test(sentence)
  )
    return false
  const science = SCIENCE.test(phrase)
  const predicate = PREDICATE.test(before) && !OTHER_SUBJECT.test(before)
  if (OTHER_BEFORE.test(lastWords(before, 6))) return false
  // "Google's Open Source Guidelines": a possessive names someone else's thing.
  if (/\b[A-Z][\w-]*'s\s*$/.test(before)) return false
  // "open for academic research": a grant scoped to some uses, which discloses its own limits.
  if (
    /^\W*(?:[\w-]+\W+){0,3}?(?:for|to)\s+(?:academic|research|non-?commercial|personal|educational)\b/i.test(
      after
    )
  )
    return false
  // "The principles of openness" are claimed for the release only by a sentence about it.
  if (/openness$/i.test(phrase)) return FIRST_PERSON_RELEASE.test(sentence)
  // "X is the new generation of open-source LLMs": membership, a claim about X. So is a tagline
  // that opens with it ("Building the next generation of open-source LLMs"), and a ranking
  // "among open models" (rankings among others' models, "among existing …", are left out above).
  const membership =
    /\b(is|are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:generation|family|series|suite|class)\s+of\s*$/i.test(
      before
    ) ||
    (/^\W*(?:(?:[\w-]+ing|towards?)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:generation|family|series)\s+of\s*$/i.test(
      before
    ) &&
      RELEASE_NOUN.test(after)) ||
    (/\bamong\s*$/i.test(before) && (/(models?|llms?)$/i.test(phrase) || RELEASE_NOUN.test(after)))
  if (!science && !membership && PREPOSITION_BEFORE.test(before)) return false
  if (membership) return true
  // "… of Baichuan 2 open-source models": the model's own name right before the phrase.
  if (/\b[A-Z][\w.-]*[\s-]?\d[\w.-]*\s*$/.test(before) && RELEASE_NOUN.test(after)) return true
  if (science && SCIENCE_OTHER.test(after)) return false
  if (implicitSubject) return true
  // 开源 ("open source"): "X 是一个开源的…模型" (X is an open-source … model), "我们开源…" (we
  // open-source); not "在测试开源模型时" (when testing open-source models) or others' models.
  if (phrase === '开源') {
    if (/(测试|评测|评估|比较|对比|其他|其它|众多|许多|多数|基于|由于)[^。，,]{0,6}$/.test(before))
      return false
    // "X 是开源的…平台" (X is an open-source … platform) describes another service.
    if (/(是|为)(一个|一款|一种|新一代|最新一代|新的)?[^。，,、]{0,10}$/.test(before))
      return !SERVICE_NOUN_ZH.test(after)
    return (
      /我们(已经|正式|全面)?$/.test(before.trim()) || /[A-Za-z][\w.-]*\d[\w.-]*\s*$/.test(before)
    )
  }
  // "Open Foundation Models", "Open LLM Leaderboard": a title in capitals names a work, not a claim.
  if (/^Open\s+[A-Z]/.test(phrase) && /(models?|llms?)$/i.test(phrase)) return false
  // "X is open-source software" describes X; "open-source libraries" elsewhere are someone else's.
  if (!science && !predicate && OTHER_NOUN.test(after)) return false
  if (!science && SERVICE_NOUN.test(after)) return false

  const firstPerson = FIRST_PERSON.test(sentence)
  const participle = /sourc(ed|ing)$/i.test(phrase)
  if (
    /sourc/i.test(phrase) &&
    VERB_SUBJECT.test(before) &&
    (participle || VERB_OBJECT.test(after) || firstPerson)
  )
    return true
  if (predicate) return true
  const sentenceStart = before.trim().split(/\s+/).filter(Boolean).length <= 3
  if (RELEASE_NOUN.test(after) && (firstPerson || sentenceStart)) return true
  if ((STRONG.test(phrase) || science) && firstPerson) return true
  // The phrase names the release itself ("open language models", "openly releasing"):
  // "we release two new open models", "openly releasing the weights".
  if (/(models?|llms?|weights?)$|^openly/i.test(phrase) && (firstPerson || sentenceStart))
    return true
  return false
}

function claimsInText(
  text: string,
  path: string,
  line: number,
  implicitSubject: boolean,
  out: OpennessClaim[]
): void {
  const plain = plainLine(text)
  if (plain === '') return
  let examined = 0
  for (const m of plain.matchAll(PHRASE)) {
    if (++examined > 200) break
    if (isReleaseClaim(plain, m.index, m[0], implicitSubject))
      out.push({ path, line, phrase: m[0].replace(/\s+/g, ' '), text: plain.slice(0, 300) })
  }
}

/** A line without its HTML comments; `open` when a comment runs on past the line. */
function withoutComments(line: string): { text: string; open: boolean } {
  let text = ''
  let from = 0
  for (;;) {
    const start = line.indexOf('<!--', from)
    if (start === -1) return { text: text + line.slice(from), open: false }
    text += line.slice(from, start) + ' '
    const close = line.indexOf('-->', start + 4)
    if (close === -1) return { text, open: true }
    from = close + 3
  }
}

function markdownClaims(file: ScannedFile, out: OpennessClaim[]): void {
  const doc = isMarkdownPath(file.path) ? readMarkdown(file) : null
  const text = file.text ?? ''
  const start = doc?.frontMatter.present ? doc.frontMatter.bodyStartLine : 1
  const lines = text.split(/\r\n?|\n/, 100000)
  let fence: string | null = null
  let comment = false
  const found: OpennessClaim[] = []
  for (let i = start - 1; i < lines.length && found.length < MAX_PER_FILE; i++) {
    let visible = lines[i]
    if (comment) {
      const close = visible.indexOf('-->')
      if (close === -1) continue
      visible = visible.slice(close + 3)
    }
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(visible)
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length)
        fence = null
      comment = false
      continue
    }
    if (fenceMark) {
      fence = fenceMark[1]
      comment = false
      continue
    }
    const stripped = withoutComments(visible)
    visible = stripped.text
    comment = stripped.open
    // Table rows compare releases with each other; they are not the release's own words.
    if (/^\s*\|/.test(visible)) continue
    if (!/open|sourc|开源/i.test(visible)) continue
    claimsInText(visible, file.path, i + 1, false, found)
  }
  // One claim per line and phrase: a line that repeats itself says it once.
  const seen = new Set<string>()
  for (const claim of found) {
    const key = `${claim.line}\n${claim.phrase.toLowerCase()}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(claim)
    }
  }
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at === -1) return 1
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++
  return line
}

const KEYWORD = /^(open[\s-]?source|opensource|open[\s-]science|fully[\s-]open(?:[\s-]source)?)$/i

function packageJsonClaims(file: ScannedFile, out: OpennessClaim[]): void {
  const text = file.text ?? ''
  let pkg: unknown
  try {
    pkg = JSON.parse(text)
  } catch {
    return
  }
  if (!pkg || typeof pkg !== 'object' || Array.isArray(pkg)) return
  const p = pkg as Record<string, unknown>
  if (typeof p.description === 'string') {
    const description = p.description.slice(0, 2000)
    claimsInText(description, file.path, lineOf(text, '"description"'), true, out)
  }
  if (Array.isArray(p.keywords)) {
    for (const k of p.keywords.slice(0, 100)) {
      if (typeof k === 'string' && KEYWORD.test(k.trim()))
        out.push({
          path: file.path,
          line: lineOf(text, JSON.stringify(k)),
          phrase: k.trim(),
          text: `keywords: ${k.trim()}`
        })
    }
  }
}

/** Strings of a TOML array or a quoted value, enough for descriptions, keywords and classifiers. */
function tomlStrings(src: string): string[] {
  return [...src.matchAll(/"((?:[^"\\\n]|\\.){0,2000})"|'([^'\n]{0,2000})'/g)].map(
    (m) => m[1] ?? m[2]
  )
}

function pyprojectClaims(file: ScannedFile, out: OpennessClaim[]): void {
  const lines = (file.text ?? '').split(/\r\n?|\n/, 20000)
  let table = ''
  let array: { key: string; line: number } | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (array) {
      for (const s of tomlStrings(line)) {
        if (array.key === 'keywords' && KEYWORD.test(s.trim()))
          out.push({
            path: file.path,
            line: i + 1,
            phrase: s.trim(),
            text: `keywords: ${s.trim()}`
          })
        else if (array.key === 'classifiers') claimsInText(s, file.path, i + 1, true, out)
      }
      if (/\]/.test(line.replace(/"[^"\n]*"|'[^'\n]*'/g, ''))) array = null
      continue
    }
    const header = /^\s*\[\[?([^[\]\n]{1,100})\]\]?\s*$/.exec(line)
    if (header) {
      table = header[1].trim()
      continue
    }
    if (table !== 'project' && table !== 'tool.poetry') continue
    const kv = /^\s*(description|keywords|classifiers)\s*=\s*(.*)$/.exec(line)
    if (!kv) continue
    if (kv[1] === 'description') {
      const value = tomlStrings(kv[2])[0]
      if (value) claimsInText(value, file.path, i + 1, true, out)
    } else if (kv[2].trim().startsWith('[')) {
      array = { key: kv[1], line: i + 1 }
      const inline = kv[2]
      for (const s of tomlStrings(inline)) {
        if (kv[1] === 'keywords' && KEYWORD.test(s.trim()))
          out.push({
            path: file.path,
            line: i + 1,
            phrase: s.trim(),
            text: `keywords: ${s.trim()}`
          })
        else if (kv[1] === 'classifiers') claimsInText(s, file.path, i + 1, true, out)
      }
      if (/\]/.test(inline.replace(/"[^"\n]*"|'[^'\n]*'/g, ''))) array = null
    }
  }
}

/** Documentation whose words are the release's own: READMEs, the model card, docs pages. */
function isClaimDocument(file: ScannedFile, cardPath: string | undefined): boolean {
  if (file.text === undefined || isVendored(file.path)) return false
  const name = baseName(file.path)
  if (file.path === cardPath) return true
  if (!/\.(md|markdown|mdx|rst|txt)$/i.test(name)) return false
  if (
    /^(licen[cs]e|copying|notice|code[_-]of[_-]conduct|contributing|changelog|changes|history|security|authors|contributors|third[_-]party)/i.test(
      name
    )
  )
    return false
  const depth = segmentCount(file.path)
  if (/^readme\./i.test(name)) return depth <= 3
  if (depth === 1) return isMarkdownPath(file.path)
  return /^(docs?|documentation)\//i.test(file.path) && isMarkdownPath(file.path)
}

/**
 * Sentences in the release's own words that call this release open ("X is an open-source
 * model", "we open-source …", "a fully open release"); mentions of other open-source things,
 * negations, promises and licence boilerplate are left out.
 */
export function findOpennessClaims(ctx: DetectionContext): OpennessClaim[] {
  const out: OpennessClaim[] = []
  const cardPath = ctx.card?.path
  const docs = ctx.files.withText.filter((f) => isClaimDocument(f, cardPath))
  docs.sort(
    (a, b) =>
      Number(b.path === cardPath) - Number(a.path === cardPath) || (a.path < b.path ? -1 : 1)
  )
  for (const file of docs.slice(0, MAX_FILES)) {
    if (out.length >= MAX_CLAIMS) break
    markdownClaims(file, out)
  }
  for (const file of ctx.files.withText) {
    if (out.length >= MAX_CLAIMS) break
    if (file.text === undefined || isVendoredFile(file) || segmentCount(file.path) > 2) continue
    const name = baseName(file.path)
    if (name === 'package.json') packageJsonClaims(file, out)
    else if (name === 'pyproject.toml' && extension(file.path) === 'toml')
      pyprojectClaims(file, out)
  }
  return out.slice(0, MAX_CLAIMS)
}
