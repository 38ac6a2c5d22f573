import { Lexer } from 'marked'
import { parseDocument } from 'yaml'

/** Front matter is metadata, not a novel: anything larger is refused. */
const FRONT_MATTER_CAP = 256 * 1024

export interface FrontMatter {
  data: Record<string, unknown> | null
  errors: string[]
  body: string
  /** 1-based line of the body's first line in the original text. */
  bodyStartLine: number
  /** 1-based line of each top-level front-matter key. */
  keyLines: Record<string, number>
}

/**
 * YAML nesting makes the parser's memory grow faster than the input; front matter never needs
 * deep structure, so deep or very wide documents are refused before parsing.
 */
function tooDeep(yamlText: string): string | null {
  let depth = 0
  let maxDepth = 0
  for (const line of yamlText.split('\n')) {
    const indent = line.length - line.trimStart().length
    if (indent > 200) return 'front matter nested too deeply'
    if (/^(\s*-\s+){33,}/.test(line)) return 'front matter nested too deeply'
  }
  for (const ch of yamlText) {
    if (ch === '[' || ch === '{') maxDepth = Math.max(maxDepth, ++depth)
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1)
    if (maxDepth > 64) return 'front matter nested too deeply'
  }
  return null
}

/** Splits YAML front matter off a card by huggingface_hub's rule; never throws. */
export function splitFrontMatter(source: string): FrontMatter {
  const text = source.replace(/\r\n?/g, '\n')
  const match = /^\s*---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)
  if (!match) return { data: null, errors: [], body: text, bodyStartLine: 1, keyLines: {} }
  const before = text.slice(0, match.index + match[0].indexOf('---'))
  const openLine = before.split('\n').length
  const body = text.slice(match.index + match[0].length)
  const bodyStartLine = openLine + match[1].split('\n').length + 2
  const result: FrontMatter = { data: null, errors: [], body, bodyStartLine, keyLines: {} }
  const yamlText = match[1]
  if (yamlText.length > FRONT_MATTER_CAP) {
    result.errors.push('front matter larger than 256 KiB; not read')
    return result
  }
  const deep = tooDeep(yamlText)
  if (deep) {
    result.errors.push(deep)
    return result
  }
  yamlText.split('\n').forEach((line, i) => {
    const key = /^([A-Za-z_][\w.-]*)\s*:/.exec(line)
    if (key && !(key[1] in result.keyLines)) result.keyLines[key[1]] = openLine + 1 + i
  })
  try {
    const doc = parseDocument(yamlText, {
      uniqueKeys: false,
      logLevel: 'silent',
      prettyErrors: false
    })
    if (doc.errors.length > 0) {
      result.errors.push(`invalid front matter YAML: ${doc.errors[0].message.split('\n')[0]}`)
      return result
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 })
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
      result.data = data as Record<string, unknown>
    else if (data !== null && data !== undefined)
      result.errors.push('front matter is not a mapping')
  } catch (error) {
    result.errors.push(
      `front matter not read: ${error instanceof Error ? error.message.split('\n')[0] : 'invalid YAML'}`
    )
  }
  return result
}

export interface Section {
  depth: number
  title: string
  /** 1-based line of the heading in the original file. */
  line: number
  /** Text under the heading up to the next heading of any level. */
  content: string
}

/** Headings and the text under each, with line numbers; fenced code is never taken for a heading. */
export function markdownSections(body: string, bodyStartLine = 1): Section[] {
  let tokens
  try {
    tokens = Lexer.lex(body.replace(/\r\n?/g, '\n'))
  } catch {
    return []
  }
  const sections: Section[] = []
  let line = bodyStartLine
  let current: Section | null = null
  for (const token of tokens) {
    if (token.type === 'heading') {
      current = { depth: token.depth, title: token.text.trim().slice(0, 200), line, content: '' }
      sections.push(current)
    } else if (current) {
      current.content += token.raw
    }
    line += (token.raw.match(/\n/g) ?? []).length
    if (sections.length >= 2000) break
  }
  return sections
}

const PLACEHOLDER_TOKENS =
  /\[more information needed\]|\[needs more information\]|\{\{[^}]*\}\}|\b(todo|tbd|tba|coming soon|to be (added|announced|determined)|lorem ipsum[\w\s,.]*|n\/a)\b/gi

/** Words of prose, without markup, HTML comments, placeholders and template boilerplate. */
export function substantiveWords(text: string): string[] {
  const cleaned = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(PLACEHOLDER_TOKENS, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*#+.*$/gm, ' ')
    .replace(/[*_`>|#-]+/g, ' ')
  return cleaned.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w))
}

/** True when a text holds nothing but placeholders, headings and template scaffolding. */
export function isPlaceholderText(text: string): boolean {
  const words = substantiveWords(text)
  // Template field labels ("Developed by:", "License:") with nothing after them are scaffolding too.
  const labelsOnly = text.split('\n').every((l) => {
    const t = l
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(PLACEHOLDER_TOKENS, '')
      .trim()
    return t === '' || /^[-*]?\s*\**[\w ()/'&,-]{1,40}(:\**|\**:)\s*$/.test(t) || /^#/.test(t)
  })
  return words.length === 0 || (labelsOnly && words.length < 40)
}
