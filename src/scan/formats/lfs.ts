import { decodeUtf8Strict } from './bytes.js'
import type { LfsPointer } from './types.js'

/** git-lfs only treats blobs smaller than this as possible pointers (blobSizeCutoff). */
export const LFS_POINTER_MAX_SIZE = 1024

/** The current spec URL first, then the pre-release URLs git-lfs still reads. */
export const LFS_SPEC_VERSIONS: readonly string[] = [
  'https://git-lfs.github.com/spec/v1',
  'https://hawser.github.com/spec/v1',
  'http://git-media.io/v/2'
]

const KEY_RE = /^[a-z0-9.-]+$/
const OID_RE = /^sha256:([0-9a-f]{64})$/
const SIZE_RE = /^[0-9]+$/

const VERSION_PREFIX = new TextEncoder().encode('version ')

/**
 * False when the bytes cannot trim to text starting `version `: the first byte after ASCII
 * whitespace (what String.prototype.trim drops) is ASCII and does not begin that word. Saves
 * decoding and splitting the many small text files that are not pointers; a non-ASCII byte (it
 * may be Unicode whitespace) leaves the answer to the parser.
 */
function mayStartWithVersion(bytes: Uint8Array): boolean {
  let i = 0
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++
  if (i < bytes.length && bytes[i]! >= 0x80) return true
  if (bytes.length - i < VERSION_PREFIX.length) return false
  for (let k = 0; k < VERSION_PREFIX.length; k++)
    if (bytes[i + k] !== VERSION_PREFIX[k]) return false
  return true
}

/**
 * Parses a Git LFS pointer (git-lfs docs/spec.md): under 1024 bytes of UTF-8, `version` first,
 * then `key value` lines with keys in ascending order, with `oid sha256:<64 hex>` and a decimal
 * `size`. Unknown keys are tolerated when ordered. Like git-lfs, surrounding whitespace and CRLF
 * line ends are accepted. Returns null for anything else; `oid` is the bare hex digest.
 */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | null {
  if (bytes.length === 0 || bytes.length >= LFS_POINTER_MAX_SIZE) return null
  if (!mayStartWithVersion(bytes)) return null
  const text = decodeUtf8Strict(bytes)
  if (text === null) return null
  const lines = text
    .trim()
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  const [first, ...rest] = lines
  if (first === undefined) return null
  const versionMatch = /^version (\S+)$/.exec(first)
  if (!versionMatch || !LFS_SPEC_VERSIONS.includes(versionMatch[1]!)) return null

  const values = new Map<string, string>()
  let previousKey = ''
  for (const line of rest) {
    const space = line.indexOf(' ')
    if (space <= 0) return null
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (!KEY_RE.test(key) || key === 'version') return null
    if (key <= previousKey) return null
    if (value.length === 0 || value.includes('\r')) return null
    previousKey = key
    values.set(key, value)
  }

  const oid = OID_RE.exec(values.get('oid') ?? '')
  const sizeText = values.get('size') ?? ''
  if (!oid || !SIZE_RE.test(sizeText)) return null
  const size = Number(sizeText)
  if (!Number.isSafeInteger(size)) return null
  return { oid: oid[1]!, size, version: versionMatch[1]! }
}

/** One attribute line of a .gitattributes file, reduced to what the LFS check needs. */
interface FilterRule {
  pattern: string
  matcher: (path: string) => boolean
  /** The value the line gives `filter`: a string, or null when the line unsets it. */
  filter: string | null
}

/** Parses a quoted gitattributes pattern ("…" with C-style escapes); null when malformed. */
function unquote(line: string): { pattern: string; rest: string } | null {
  let out = ''
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!
    if (c === '"') return { pattern: out, rest: line.slice(i + 1) }
    if (c !== '\\') {
      out += c
      continue
    }
    const next = line[++i]
    if (next === undefined) return null
    const simple: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07' }
    if (simple[next] !== undefined) out += simple[next]
    else if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(line.slice(i))![0]
      out += String.fromCharCode(parseInt(oct, 8) & 0xff)
      i += oct.length - 1
    } else out += next
  }
  return null
}

function parseFilterRules(text: string): FilterRule[] {
  const rules: FilterRule[] = []
  // A .gitattributes bigger than this is not a real one; the rest is ignored.
  const lines = text.slice(0, 1024 * 1024).split(/\r?\n/)
  for (const raw of lines.slice(0, 100_000)) {
    const line = raw.replace(/^[ \t]+/, '')
    if (line === '' || line.startsWith('#') || line.startsWith('[attr]')) continue
    let pattern: string
    let rest: string
    if (line.startsWith('"')) {
      const q = unquote(line)
      if (!q) continue
      ;({ pattern, rest } = q)
    } else {
      const m = /^(\S+)(.*)$/.exec(line)
      if (!m) continue
      pattern = m[1]!
      rest = m[2]!
    }
    // git ignores negative patterns in attributes files.
    if (pattern.startsWith('!')) continue
    let filter: string | null | undefined
    for (const token of rest.trim().split(/[ \t]+/)) {
      if (token === 'filter' || token === '-filter' || token === '!filter') filter = null
      else if (token.startsWith('filter=')) filter = token.slice('filter='.length)
    }
    if (filter === undefined) continue
    const matcher = compileAttributePattern(pattern)
    if (!matcher) continue
    rules.push({ pattern, matcher, filter })
  }
  return rules
}

/** The patterns of a .gitattributes file that set `filter=lfs`, in file order. */
export function parseGitattributesLfs(text: string): string[] {
  return parseFilterRules(text)
    .filter((r) => r.filter === 'lfs')
    .map((r) => r.pattern)
}

/**
 * Compiles a .gitattributes file into a predicate: is this POSIX path (relative to the file's
 * directory) stored through the LFS filter? The last line that matches and mentions `filter` wins.
 */
export function compileLfsMatcher(text: string): (path: string) => boolean {
  const rules = parseFilterRules(text)
  return (path: string) => {
    const clean = path.replace(/^(\.\/)+/, '')
    if (clean === '' || clean.startsWith('/')) return false
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i]!
      if (rule.matcher(clean)) return rule.filter === 'lfs'
    }
    return false
  }
}

/** True when the .gitattributes `text` routes `path` through the LFS filter. */
export function isLfsTracked(path: string, text: string): boolean {
  return compileLfsMatcher(text)(path)
}

/**
 * Compiles one gitattributes pattern (git wildmatch with WM_PATHNAME). Unlike .gitignore, a pattern
 * that matches a directory does not match the files inside it, and a trailing-slash pattern matches
 * no file. A pattern without a slash matches the basename at any depth; otherwise it is anchored.
 * Matching simulates the pattern as an automaton, O(path × pattern), so no pattern can backtrack
 * exponentially.
 */
export function compileAttributePattern(pattern: string): ((path: string) => boolean) | null {
  if (pattern === '' || pattern.endsWith('/') || pattern.length > 4096) return null
  const anchored = pattern.includes('/')
  const body = pattern.startsWith('/') ? pattern.slice(1) : pattern
  const tokens = tokenize(body)
  if (!tokens) return null
  if (anchored) return (path) => matchTokens(tokens, path)
  return (path) => matchTokens(tokens, path.slice(path.lastIndexOf('/') + 1))
}

type Token =
  | { kind: 'lit'; ch: string }
  | { kind: 'one'; test: (ch: string) => boolean }
  | { kind: 'star' }
  | { kind: 'dirs' }
  | { kind: 'all' }

const CHAR_CLASSES: Record<string, (ch: string) => boolean> = {
  alnum: (c) => /^[A-Za-z0-9]$/.test(c),
  alpha: (c) => /^[A-Za-z]$/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  cntrl: (c) => c.charCodeAt(0) < 0x20 || c === '\x7f',
  digit: (c) => /^[0-9]$/.test(c),
  graph: (c) => /^[\x21-\x7e]$/.test(c),
  lower: (c) => /^[a-z]$/.test(c),
  print: (c) => /^[\x20-\x7e]$/.test(c),
  punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
  space: (c) => /^[ \t\n\r\f\v]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c)
}

function tokenize(pattern: string): Token[] | null {
  const p = Array.from(pattern)
  const tokens: Token[] = []
  let i = 0
  while (i < p.length) {
    const c = p[i]!
    if (c === '*') {
      let j = i
      while (p[j] === '*') j++
      const starts = i === 0 || p[i - 1] === '/'
      const ends = j === p.length || p[j] === '/'
      if (j - i >= 2 && starts && ends) {
        if (j === p.length) {
          tokens.push({ kind: 'all' })
          i = j
        } else {
          // "**/" matches zero or more whole directories.
          tokens.push({ kind: 'dirs' })
          i = j + 1
        }
      } else {
        tokens.push({ kind: 'star' })
        i = j
      }
      continue
    }
    if (c === '?') {
      tokens.push({ kind: 'one', test: () => true })
      i++
      continue
    }
    if (c === '\\') {
      const next = p[i + 1]
      if (next === undefined) return null
      tokens.push({ kind: 'lit', ch: next })
      i += 2
      continue
    }
    if (c === '[') {
      const parsed = bracket(p, i)
      if (parsed) {
        tokens.push({ kind: 'one', test: parsed.test })
        i = parsed.end
        continue
      }
    }
    tokens.push({ kind: 'lit', ch: c })
    i++
  }
  return tokens
}

/** Parses a bracket expression starting at p[start]; null when it is not one. */
function bracket(
  p: string[],
  start: number
): { test: (ch: string) => boolean; end: number } | null {
  let i = start + 1
  let negate = false
  if (p[i] === '!' || p[i] === '^') {
    negate = true
    i++
  }
  const tests: ((ch: string) => boolean)[] = []
  let first = true
  while (i < p.length) {
    let c = p[i]!
    if (c === ']' && !first) {
      const test = (ch: string): boolean => tests.some((t) => t(ch)) !== negate
      return { test, end: i + 1 }
    }
    first = false
    if (c === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':', i + 2)
      if (close < 0 || p[close + 1] !== ']') return null
      const named = CHAR_CLASSES[p.slice(i + 2, close).join('')]
      if (named === undefined) return null
      tests.push(named)
      i = close + 2
      continue
    }
    if (c === '\\') {
      const next = p[i + 1]
      if (next === undefined) return null
      c = next
      i++
    }
    if (p[i + 1] === '-' && p[i + 2] !== undefined && p[i + 2] !== ']') {
      let hi = p[i + 2]!
      let skip = 3
      if (hi === '\\' && p[i + 3] !== undefined) {
        hi = p[i + 3]!
        skip = 4
      }
      const lo = c
      tests.push((ch) => ch >= lo && ch <= hi)
      i += skip
      continue
    }
    const lit = c
    tests.push((ch) => ch === lit)
    i++
  }
  return null
}

/**
 * Runs the token automaton over `path`. Bit 1 of a state marks "at token k"; for a `dirs` token,
 * bit 2 marks "inside a directory name", from which the token cannot be left until a '/'.
 */
function matchTokens(tokens: Token[], path: string): boolean {
  const m = tokens.length
  const closure = (set: Uint8Array): void => {
    for (let k = 0; k < m; k++) {
      const kind = tokens[k]!.kind
      if (set[k]! & 1 && (kind === 'star' || kind === 'dirs' || kind === 'all')) set[k + 1]! |= 1
    }
  }
  let cur = new Uint8Array(m + 1)
  cur[0] = 1
  closure(cur)
  for (const ch of path) {
    const next = new Uint8Array(m + 1)
    let alive = false
    for (let k = 0; k < m; k++) {
      const state = cur[k]!
      if (state === 0) continue
      const tok = tokens[k]!
      const atToken = (state & 1) !== 0
      switch (tok.kind) {
        case 'lit':
          if (atToken && ch === tok.ch) next[k + 1]! |= 1
          break
        case 'one':
          if (atToken && ch !== '/' && tok.test(ch)) next[k + 1]! |= 1
          break
        case 'star':
          if (atToken && ch !== '/') next[k]! |= 1
          break
        case 'all':
          next[k]! |= 1
          break
        case 'dirs':
          next[k]! |= ch === '/' ? 1 : 2
          break
      }
    }
    closure(next)
    for (let k = 0; k <= m; k++) if (next[k]) alive = true
    if (!alive) return false
    cur = next
  }
  return (cur[m]! & 1) !== 0
}
