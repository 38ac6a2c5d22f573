import { Lexer, type Token } from 'marked'
import { isMap, isScalar, parseDocument } from 'yaml'
import type { ScannedFile } from '../scan/types.js'

/**
 * Front matter is metadata: anything larger is refused. The `yaml` parser is far from linear on
 * some hostile shapes, so the cap is well below the scanner's 1 MiB text cap.
 */
export const FRONT_MATTER_MAX_CHARS = 256 * 1024
/** Only the start of a document is searched for the closing `---`. */
const FRONT_MATTER_SEARCH_CHARS = 1024 * 1024
const MAX_SECTIONS = 2000
const MAX_TITLE = 200
const MAX_REPORTED_ERRORS = 5

// ---------------------------------------------------------------------------------------------
// Lines

/** Offsets where each line starts; a line break is `\r\n`, `\r` or `\n` (as Markdown counts them). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** 1-based line of an offset, given `lineStarts` of the same text. */
export function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

// ---------------------------------------------------------------------------------------------
// Front matter

export interface FrontMatter {
  /** The YAML mapping; null when there is no front matter or it could not be read. */
  data: Record<string, unknown> | null
  /** Why the front matter could not be read (empty when it was fine or absent). */
  errors: string[]
  /** YAML warnings (unknown tags and the like); the data is still usable. */
  warnings: string[]
  /** True when a front-matter block was found, even if it could not be read. */
  present: boolean
  /** The text after the front matter (the whole text when there is none), line breaks as given. */
  body: string
  /** 1-based line of the body's first line in the original text. */
  bodyStartLine: number
  /** 1-based line of each top-level key that the YAML declares. */
  keyLines: Map<string, number>
}

interface Block {
  yamlStart: number
  yamlEnd: number
  bodyStart: number
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13
}

/** Length of the line break that ends a closing `---` (0 at the end of the text, -1 if none). */
function closingBreak(text: string, at: number): number {
  if (at === text.length) return 0
  if (text.charCodeAt(at) === 10) return 1
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return 2
  return -1
}

/**
 * The Hub's rule, `^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))`, as a linear scan: that
 * regex backtracks quadratically over long runs of line breaks.
 */
function findFrontMatterBlock(text: string): Block | null | 'unclosed' {
  const open = /^\s*/.exec(text)?.[0].length ?? 0
  if (!text.startsWith('---', open)) return null
  const afterDashes = open + 3
  let k = afterDashes
  while (k < text.length && isBreak(text.charCodeAt(k))) k++
  if (k === afterDashes) return null
  const limit = Math.min(text.length, FRONT_MATTER_SEARCH_CHARS)
  // Greedy opening breaks first: the YAML starts after all of them, ends before the first run of
  // breaks that is followed by `---` and a line break (or the end).
  let q = k
  while (q < limit) {
    while (q < limit && !isBreak(text.charCodeAt(q))) q++
    if (q >= limit) break
    let r = q
    while (r < text.length && isBreak(text.charCodeAt(r))) r++
    if (text.startsWith('---', r)) {
      const tail = closingBreak(text, r + 3)
      if (tail >= 0) return { yamlStart: k, yamlEnd: q, bodyStart: r + 3 + tail }
    }
    q = r
  }
  // Backtracking the opening breaks: an empty block (`---\n\n---`).
  if (k - afterDashes >= 2 && text.startsWith('---', k)) {
    const tail = closingBreak(text, k + 3)
    if (tail >= 0) return { yamlStart: k - 1, yamlEnd: k - 1, bodyStart: k + 3 + tail }
  }
  return limit < text.length ? 'unclosed' : null
}

/**
 * `yaml` takes super-linear time on deep nesting (flow collections, explicit keys, deep
 * indentation) and on floods of unbalanced brackets; front matter never needs any of these.
 */
function yamlRisk(src: string): string | null {
  let depth = 0
  let unbalanced = 0
  let indent = 0
  let atLineStart = true
  // Only `-`, `?`, `:` and blanks so far on this line: a `?` here opens a nested explicit key.
  let onlyIndicators = true
  let explicitKeys = 0
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i)
    if (c === 10 || c === 13) {
      atLineStart = true
      onlyIndicators = true
      indent = 0
      explicitKeys = 0
      continue
    }
    if (atLineStart) {
      if (c === 32 || c === 9) {
        if (++indent > 200) return 'front matter is indented too deeply'
        continue
      }
      atLineStart = false
    }
    if (c === 35 && (i === 0 || src.charCodeAt(i - 1) <= 32)) {
      // A comment runs to the end of the line.
      while (i + 1 < src.length && !isBreak(src.charCodeAt(i + 1))) i++
      continue
    }
    if (c === 63) {
      const next = src.charCodeAt(i + 1)
      if (onlyIndicators && (Number.isNaN(next) || next <= 32) && ++explicitKeys > 16)
        return 'front matter nests explicit keys too deeply'
      continue
    }
    if (c !== 32 && c !== 9 && c !== 45 && c !== 58) onlyIndicators = false
    if (c === 91 || c === 123) {
      if (++depth > 64) return 'front matter nests collections too deeply'
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--
      else if (++unbalanced > 64) return 'front matter has too many unbalanced brackets'
    }
  }
  return null
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0].slice(0, 200)
}

export interface YamlResult {
  value: unknown
  errors: string[]
  warnings: string[]
  /** Top-level keys of a mapping, with their offsets in the source. */
  keyOffsets: [string, number][]
}

/** Parses YAML the safe way (capped, guarded, alias bombs refused); never throws. */
export function parseYamlSafe(src: string, label = 'YAML'): YamlResult {
  const result: YamlResult = { value: null, errors: [], warnings: [], keyOffsets: [] }
  if (src.length > FRONT_MATTER_MAX_CHARS) {
    result.errors.push(`${label} larger than ${FRONT_MATTER_MAX_CHARS / 1024} KiB; not read`)
    return result
  }
  const risk = yamlRisk(src)
  if (risk) {
    result.errors.push(`${risk}; not read`)
    return result
  }
  const starts = lineStarts(src)
  try {
    const doc = parseDocument(src, { uniqueKeys: false, logLevel: 'silent', prettyErrors: false })
    for (const e of doc.errors.slice(0, MAX_REPORTED_ERRORS))
      result.errors.push(
        `${label} line ${lineOfOffset(starts, e.pos[0])}: ${e.message.split('\n')[0].slice(0, 160)}`
      )
    for (const w of doc.warnings.slice(0, MAX_REPORTED_ERRORS))
      result.warnings.push(
        `${label} line ${lineOfOffset(starts, w.pos[0])}: ${w.message.split('\n')[0].slice(0, 160)}`
      )
    if (doc.errors.length > 0) return result
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items.slice(0, 1000)) {
        const key = pair.key
        if (
          isScalar(key) &&
          key.range &&
          (typeof key.value === 'string' || typeof key.value === 'number')
        )
          result.keyOffsets.push([String(key.value), key.range[0]])
      }
    }
    result.value = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    result.value = null
    result.errors.push(
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `${label} uses too many aliases (possible resource-exhaustion attack); not read`
        : `${label} not read: ${errorMessage(error)}`
    )
  }
  return result
}

/**
 * Splits YAML front matter off a Markdown card by huggingface_hub's `repocard` rule, reads it
 * with `yaml` (duplicate keys allowed, last wins, as in PyYAML) and never throws.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = {
    data: null,
    errors: [],
    warnings: [],
    present: false,
    body: text,
    bodyStartLine: 1,
    keyLines: new Map()
  }
  const block = findFrontMatterBlock(text)
  if (block === null) return none
  if (block === 'unclosed') {
    none.errors.push('front matter is not closed within the first 1 MiB; not read')
    return none
  }
  const prefix = text.slice(0, block.bodyStart)
  const starts = lineStarts(prefix)
  const yamlStartLine = lineOfOffset(starts, block.yamlStart)
  const result: FrontMatter = {
    data: null,
    errors: [],
    warnings: [],
    present: true,
    body: text.slice(block.bodyStart),
    bodyStartLine: lineOfOffset(starts, block.bodyStart),
    keyLines: new Map()
  }
  // A closing `---` at the very end leaves no line break: the body starts on the next line.
  if (block.bodyStart === text.length && !isBreak(text.charCodeAt(block.bodyStart - 1)))
    result.bodyStartLine++
  const src = text.slice(block.yamlStart, block.yamlEnd)
  const parsed = parseYamlSafe(src, 'front matter')
  result.errors.push(...parsed.errors)
  result.warnings.push(...parsed.warnings)
  if (parsed.errors.length > 0) return result
  const srcStarts = lineStarts(src)
  for (const [key, offset] of parsed.keyOffsets)
    result.keyLines.set(key, yamlStartLine + lineOfOffset(srcStarts, offset) - 1)
  const value = parsed.value
  if (value === null || value === undefined) result.data = {}
  else if (typeof value === 'object' && !Array.isArray(value))
    result.data = value as Record<string, unknown>
  else result.errors.push('front matter is not a mapping')
  return result
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface Section {
  depth: number
  /** Heading text without Markdown markup. */
  title: string
  /** 1-based line of the heading in the original file. */
  line: number
  /** 1-based line where `content` starts. */
  contentLine: number
  /** 1-based line where `content` ends. */
  endLine: number
  /** Markdown under the heading, including its subsections, up to the next heading of the same or a higher level. */
  content: string
}

/** Heading text as a reader sees it: links, images, HTML, emphasis and Hub anchors removed. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/\[\[[^[\]\n]{0,200}\]\]/g, '')
    .replace(/<[^<>\n]{0,500}>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE)
}

/**
 * marked recurses once per level of blockquote/list nesting (stack overflow past a few thousand
 * levels, quadratic time well before); such input gets the line scanner instead.
 */
function tooNestedForLexer(text: string): boolean {
  const container = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const m = container.exec(text.slice(start, Math.min(end, start + 200)))
    if (m && m[0].length >= 120) return true
    start = end + 1
  }
  return false
}

interface RawHeading {
  depth: number
  title: string
  line: number
  /** Offsets in the normalised body. */
  start: number
  contentStart: number
  contentLine: number
}

function headingsFromLexer(body: string, firstLine: number): RawHeading[] | null {
  let tokens: Token[]
  try {
    tokens = new Lexer().blockTokens(body, [])
  } catch {
    return null
  }
  const out: RawHeading[] = []
  let offset = 0
  let line = firstLine
  for (const token of tokens) {
    const raw = token.raw
    if (token.type === 'heading' && out.length < MAX_SECTIONS) {
      const leading = /^\n*/.exec(raw)?.[0].length ?? 0
      out.push({
        depth: token.depth as number,
        title: plainInline(String(token.text ?? '')),
        line: line + leading,
        start: offset + leading,
        contentStart: offset + raw.length,
        contentLine: line + countNewlines(raw)
      })
    }
    offset += raw.length
    line += countNewlines(raw)
  }
  // The lexer's raw strings must tile the body; if they do not, its offsets cannot be trusted.
  return offset === body.length ? out : null
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/

/** ATX heading text without the optional closing `#` run (done by hand: a regex would backtrack). */
function atxTitle(line: string, openLength: number): string {
  let rest = line.slice(openLength).trim()
  let j = rest.length
  while (j > 0 && rest.charCodeAt(j - 1) === 35) j--
  if (j < rest.length && (j === 0 || rest[j - 1] === ' ' || rest[j - 1] === '\t'))
    rest = rest.slice(0, j).trimEnd()
  return rest
}
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/
export const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Line-based heading scanner (ATX, setext, fenced code) for input the lexer should not see. */
function headingsFromLines(body: string, firstLine: number): RawHeading[] {
  const out: RawHeading[] = []
  let fence: string | null = null
  let offset = 0
  let previous: { text: string; start: number } | null = null
  let index = 0
  while (offset <= body.length && out.length < MAX_SECTIONS) {
    let end = body.indexOf('\n', offset)
    if (end === -1) end = body.length
    const lineText = body.slice(offset, Math.min(end, offset + 4096))
    const next = end + 1
    const fenceMatch = FENCE.exec(lineText)
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
        fence = null
      previous = null
    } else if (fenceMatch) {
      fence = fenceMatch[1]
      previous = null
    } else {
      const atx = ATX_OPEN.exec(lineText)
      const setext = SETEXT.exec(lineText)
      if (atx) {
        out.push({
          depth: atx[1].length,
          title: plainInline(atxTitle(lineText, atx[0].length)),
          line: firstLine + index,
          start: offset,
          contentStart: Math.min(next, body.length),
          contentLine: firstLine + index + 1
        })
        previous = null
      } else if (setext && previous && previous.text.trim() !== '') {
        out.push({
          depth: setext[1][0] === '=' ? 1 : 2,
          title: plainInline(previous.text),
          line: firstLine + index - 1,
          start: previous.start,
          contentStart: Math.min(next, body.length),
          contentLine: firstLine + index + 1
        })
        previous = null
      } else {
        previous = lineText.trim() === '' ? null : { text: lineText, start: offset }
      }
    }
    offset = next
    index++
  }
  return out
}

/**
 * Headings of a Markdown body with line numbers (via marked's block lexer, which never takes
 * fenced code for a heading) and the text under each. Never throws.
 */
export function sections(body: string, bodyStartLine = 1): Section[] {
  const text = normalizeNewlines(body)
  const headings = (!tooNestedForLexer(text) && headingsFromLexer(text, bodyStartLine)) || null
  const found = headings ?? headingsFromLines(text, bodyStartLine)
  return found.map((h, i) => {
    let end = text.length
    for (let j = i + 1; j < found.length; j++) {
      if (found[j].depth <= h.depth) {
        end = found[j].start
        break
      }
    }
    const content = text.slice(h.contentStart, Math.max(h.contentStart, end))
    return {
      depth: h.depth,
      title: h.title,
      line: h.line,
      contentLine: h.contentLine,
      endLine: h.contentLine + countNewlines(content),
      content
    }
  })
}

export interface MarkdownTable {
  /** 1-based line of the header row. */
  line: number
  header: string[]
  rows: string[][]
}

/** Top-level GFM tables of a Markdown text (capped), with the line of each header row. */
export function markdownTables(text: string, firstLine = 1, limit = 20): MarkdownTable[] {
  const src = normalizeNewlines(text)
  if (tooNestedForLexer(src)) return []
  let tokens: Token[]
  try {
    tokens = new Lexer().blockTokens(src, [])
  } catch {
    return []
  }
  const out: MarkdownTable[] = []
  let line = firstLine
  for (const token of tokens) {
    if (token.type === 'table' && out.length < limit) {
      const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0
      const header = (token.header as { text: string }[])
        .slice(0, 50)
        .map((c) => plainInline(c.text))
      const rows = (token.rows as { text: string }[][])
        .slice(0, 200)
        .map((r) => r.slice(0, 50).map((c) => plainInline(c.text)))
      out.push({ line: line + leading, header, rows })
    }
    line += countNewlines(token.raw)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Placeholders and words

/** Sentences the Hugging Face card templates put in every card; they say nothing about the model. */
const TEMPLATE_SENTENCES = [
  'use the code below to get started with the model.',
  'users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. more information needed for further recommendations.',
  'users should be made aware of the risks, biases and limitations of the dataset. more information needed for further recommendations.',
  'carbon emissions can be estimated using the machine learning impact calculator presented in lacoste et al. (2019).',
  'this is the model card of a 🤗 transformers model that has been pushed on the hub. this model card has been automatically generated.',
  'this modelcard aims to be a base template for new models. it has been generated using this raw template.',
  'this dataset card aims to be a base template for new datasets. it has been generated using this raw template.',
  'click to expand'
]

const LOREM = new Set(
  'lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(
    ' '
  )
)

/** Applied after whitespace is collapsed to single spaces (no `\s*`: it would backtrack on long runs). */
const PLACEHOLDER_PHRASES =
  /\[? ?(?:more information needed|needs more information|more info needed|information needed) ?\]?|\[optional\]|\b(?:todo|tbd|tba|fixme|coming soon|to be (?:added|announced|determined|updated|provided))\b|\bn\/a\b/gi
/** A line that only announces missing content. */
const PLACEHOLDER_LINE =
  /^[ \t>*+-]*(?:\d{1,9}[.)][ \t]*)?(?:\*\*|__)?(?:todo|tbd|tba|fixme|coming soon|wip)\b.*$/gim
/** Template field labels: `**Developed by:**`, `**License:**`. */
const FIELD_LABEL =
  /(?:\*\*|__)[^*_\n]{1,80}?:[ \t]*(?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,80}?(?:\*\*|__)[ \t]*:/g
/** Bracketed template prompts: `[Your name]`, `[Insert paper link]`. */
const BRACKET_PROMPT =
  /\[(?:your|insert|add|describe|enter|link to|placeholder)\b[^[\]\n]{0,100}\]/gi

function stripHtmlComments(text: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = text.indexOf('<!--', from)
    if (open === -1) return out + text.slice(from)
    out += text.slice(from, open) + ' '
    const close = text.indexOf('-->', open + 4)
    if (close === -1) return out
    from = close + 3
  }
}

/** Removes ATX headings and setext headings (title line and underline). */
function stripHeadings(text: string): string {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines[i])) lines[i] = ''
    else if (i > 0 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[i]) && lines[i - 1].trim() !== '') {
      lines[i] = ''
      lines[i - 1] = ''
    }
  }
  return lines.join('\n')
}

/** A word with nothing to strip: wordOf's Unicode expressions would leave it as it is. */
const PLAIN_WORD = /^[a-z0-9]+$/

/** A token's word without the marks around it, or null when it has no letter or digit. */
export function wordOf(token: string): string | null {
  // Most tokens of lower-cased prose are plain ASCII: they skip both Unicode expressions.
  if (PLAIN_WORD.test(token)) return token
  const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  return /[\p{L}\p{N}]/u.test(word) ? word : null
}

/** The words of real prose in `text`, in order; at most `max` of them. */
function cleanWords(text: string, max = Number.POSITIVE_INFINITY): string[] {
  let t = stripHtmlComments(normalizeNewlines(text))
  t = stripHeadings(t)
  t = t
    .replace(/\{\{[^{}\n]{0,300}\}\}/g, ' ')
    .replace(/\{%[^{}\n]{0,300}%\}/g, ' ')
    .replace(PLACEHOLDER_LINE, ' ')
    .replace(FIELD_LABEL, ' ')
    .replace(BRACKET_PROMPT, ' ')
    .replace(/!\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, ' $1 ')
    // Links to anchors are a table of contents; other links keep their text.
    .replace(/\[[^[\]\n]{0,300}\]\(#[^()\s]{0,300}\)/g, ' ')
    .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/<[^<>\n]{0,500}>/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
  // Template sentences first: some contain a placeholder phrase themselves.
  for (const sentence of TEMPLATE_SENTENCES) t = t.split(sentence).join(' ')
  t = t.replace(PLACEHOLDER_PHRASES, ' ')
  const hasLorem = t.includes('lorem ipsum')
  const words: string[] = []
  for (const raw of t.split(' ')) {
    const word = wordOf(raw)
    if (word === null) continue
    if (hasLorem && LOREM.has(word)) continue
    words.push(word)
    if (words.length >= max) break
  }
  return words
}

/** Number of words of real prose: markup, headings, placeholders and template boilerplate do not count. */
export function substantiveWords(text: string): number {
  return cleanWords(text).length
}

/**
 * True when a text holds nothing but headings, whitespace, HTML comments, template boilerplate
 * and placeholders (`[More Information Needed]`, TODO, TBD, Coming soon, lorem ipsum, `{{ … }}`).
 */
export function isPlaceholderText(text: string): boolean {
  return cleanWords(text, 1).length === 0
}

// ---------------------------------------------------------------------------------------------
// Cached reading of Markdown files

export interface MarkdownDoc {
  frontMatter: FrontMatter
  sections: Section[]
  /** The body with line breaks normalised to `\n`. */
  body: string
}

const DOC_CACHE = new WeakMap<ScannedFile, MarkdownDoc>()

/** Front matter and sections of a scanned Markdown file, computed once per file object. */
export function readMarkdown(file: ScannedFile): MarkdownDoc {
  const cached = DOC_CACHE.get(file)
  if (cached) return cached
  const frontMatter = splitFrontMatter(file.text ?? '')
  const doc: MarkdownDoc = {
    frontMatter,
    sections: sections(frontMatter.body, frontMatter.bodyStartLine),
    body: normalizeNewlines(frontMatter.body)
  }
  DOC_CACHE.set(file, doc)
  return doc
}

/** Markdown-like documents by extension. */
export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdx|mdown)$/i.test(path)
}

/** The innermost section that contains a 1-based line (null before the first heading). */
export function sectionAt(all: readonly Section[], line: number): Section | null {
  let best: Section | null = null
  for (const s of all) {
    if (s.line <= line && line <= s.endLine && (!best || s.depth >= best.depth)) best = s
  }
  return best
}

/** Titles of the section at a line and of every section that encloses it, innermost first. */
export function headingPath(all: Section[], line: number): string[] {
  const out: { depth: number; title: string }[] = []
  for (const s of all) {
    if (s.line <= line && line <= s.endLine) out.push({ depth: s.depth, title: s.title })
  }
  return out.sort((a, b) => b.depth - a.depth).map((s) => s.title)
}

/**
 * The text with the lines inside fenced code blocks (fences included) emptied, so offsets move
 * but line numbers stay: code in a README is an example to run, not a statement of fact.
 */
export function blankFencedCode(text: string): string {
  let fence: string | null = null
  return text
    .split('\n')
    .map((line) => {
      const mark = FENCE.exec(line)
      if (fence) {
        if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length) fence = null
        return ''
      }
      if (mark) {
        fence = mark[1]
        return ''
      }
      return line
    })
    .join('\n')
}

/** A table-of-contents row: a list item that only links to a heading of the same document. */
const TOC_ROW =
  /^\s*(?:[-*+]|\d{1,3}[.)])?\s*(?:\[[^\]\n]{1,200}\]\(#[^)\s]{0,200}\)|<a\s+href="#[^"\s]{0,200}"\s*>[^<\n]{1,200}<\/a>)\s*$/i

export function isTableOfContentsRow(line: string): boolean {
  return TOC_ROW.test(line)
}

export interface Sentence {
  text: string
  /** 1-based lines the sentence starts and ends on. */
  line: number
  endLine: number
}

/** Sentences of a Markdown body, outside code fences, with the lines each spans. */
export function sentencesOf(body: string, firstLine: number): Sentence[] {
  const out: Sentence[] = []
  // Code blocks are blanked (line numbers kept): their lines end a paragraph as blank lines do.
  const lines = blankFencedCode(body).split('\n')
  let paragraph: { text: string; line: number }[] = []
  const flush = (): void => {
    if (paragraph.length === 0) return
    let text = ''
    const lineAt: number[] = []
    for (const p of paragraph) {
      for (let i = 0; i <= p.text.length; i++) lineAt.push(p.line)
      text += p.text + ' '
    }
    let start = 0
    const re = /[.!?。](?=\s+[A-Z[(*`]|\s*$)/g
    for (let m = re.exec(text); ; m = re.exec(text)) {
      const end = m ? m.index + 1 : text.length
      const segment = text.slice(start, end)
      const s = segment.trim()
      if (s.length > 0) {
        // lineAt has an entry per character of text: the first and last non-blank ones.
        const first = start + segment.length - segment.trimStart().length
        const last = start + segment.trimEnd().length - 1
        out.push({ text: s, line: lineAt[first], endLine: lineAt[last] })
      }
      if (!m) break
      start = end
    }
    paragraph = []
  }
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim()
    // Headings, list items and table rows stand alone.
    if (trimmed === '' || /^#{1,6}\s/.test(trimmed) || trimmed.startsWith('|')) {
      flush()
      continue
    }
    if (/^([-*+]|\d+[.)])\s/.test(trimmed)) flush()
    paragraph.push({ text: trimmed, line: firstLine + i })
  }
  flush()
  return out
}
