/**
 * Licence statements in the repository's own words: "the code and the model weights are released
 * under Apache 2.0", "use of the weights is subject to the Model License", a table that maps each
 * model to its licence, "- **License:** …" in a model card, a NOTICE that names a licence. Each is
 * evidence like a licence file, scoped to the components its words name.
 */
import { fileIndex } from '../scan/facts.js'
import { normalizeLicenseId } from '../license/normalize.js'
import { licenseFromUrl } from '../license/urls.js'
import type { LicenseScope, LicenseStatement, StatedLicense } from '../model/licenses.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { baseName, isVendored, joinRepositoryPath, segmentCount } from '../util/paths.js'
import {
  headingPath,
  isMarkdownPath,
  markdownTables,
  plainInline,
  readMarkdown,
  sentencesOf,
  type Sentence
} from './markdown.js'

export { licenseFromUrl } from '../license/urls.js'

const MAX_FILES = 200
const MAX_STATEMENTS = 200
const MAX_QUOTE = 200

/** Documents whose prose can state licences: READMEs, cards, docs, NOTICE files. */
function isStatementSource(file: ScannedFile): boolean {
  if (file.text === undefined || isVendored(file.path)) return false
  const name = baseName(file.path)
  // A README deep in a package speaks of that package (a task's dataset, a vendored tool), not of
  // the release: only the root, one folder down (docs/, model_cards/) and model folders count.
  const depth = segmentCount(file.path) - 1
  if (depth > 1 && !/(^|\/)(models|checkpoints|weights)\/[^/]+\/[^/]+$/i.test(file.path))
    return false
  if (/^(notice)(\.(md|txt))?$/i.test(name)) return true
  if (/^(contributing|code_of_conduct|security|changelog|history)\b/i.test(name)) return false
  return isMarkdownPath(file.path) || /^readme(\.(txt|rst))?$/i.test(name)
}

/** A verb phrase that gives a licence to something. */
const GRANT =
  /\b(?:(?:is|are|be|been|being)\s+)?(?:licen[cs]ed|released|available|distributed|made\s+available|provided|published|open[- ]sourced|shared|governed|covered|offered)\b[^.;:]{0,60}?\b(?:under|by|with)\b|\bsubject\s+to\b|\bfalls?\s+under\b|\buse\s+of\b[^.;]{0,80}?\b(?:is\s+)?(?:subject\s+to|governed\s+by)\b|\b(?:following|this|the\s+same)\s+licen[cs]e\s+appl(?:y|ies)\s+to\b|\bunder\s+the\s+terms\s+of\b|\brequires?\s+(?:adherence|compliance|conformity)\s+(?:to|with)\b|\bmust\s+(?:comply|adhere)\s+(?:with|to)\b|\b(?:agree|accept)\w*\b[^.]{0,80}?\bterms\s+of\b/i

/** A "License: X" label line (model cards, metadata lists). */
const LABEL =
  /^[\s>*+-]*(?:(?:\*\*|__)\s*licen[cs]e\s*:?\s*(?:\*\*|__)\s*:?|licen[cs]e\s*:)\s*(?:\*\*|__)?\s*(.{2,160})$/i

/** Words that name what a statement is about. */
const SCOPE_WORDS: [LicenseScope, RegExp][] = [
  [
    'weights',
    /\b(weights?|checkpoints?|parameters|models?|model\s+files|pre-?trained\s+models?|ckpts?)\b/i
  ],
  ['data', /\b(data|datasets?|corpus|corpora|training\s+data|annotations)\b/i],
  ['code', /\b(code|source\s+code|software|implementation|scripts?|codebase|library)\b/i],
  ['documents', /\b(paper|report|documentation|docs|model\s+card|text\s+content)\b/i]
]
const WHOLE =
  /\b(this\s+(repository|repo|project|work)|everything|all\s+(content|material)s?|the\s+repository)\b/i

const ACCEPTABLE_USE_POLICY = 'LicenseRef-acceptable-use-policy'

const LINK = /\[((?:[^[\]\n]|\\\[|\\\]|\[[^[\]\n]*\]){1,200})\]\(\s*<?([^()\s<>]{1,500})>?\s*\)/g

/** Licence files the statement may link to, by repository path. */
export type LicenseFileLookup = (path: string) => StatedLicense | null

interface Candidate {
  license: StatedLicense
  /** Offset in the sentence where the licence is named. */
  at: number
}

function fromName(raw: string): StatedLicense | null {
  const text = raw
    .replace(/[`*_]/g, '')
    .replace(/\\([[\]])/g, '$1')
    .trim()
  if (text.length < 2 || text.length > 160) return null
  const normal = normalizeLicenseId(text)
  if (normal.known && normal.spdx) return { spdx: normal.spdx, name: normal.name, known: true }
  // Shorter and shorter prefixes: "Apache 2.0 license, see LICENSE for details". A lone word
  // only counts when it is a licence's usual short name ("MIT"), not a word that happens to be
  // an SPDX id ("FAIR" in "FAIR Non-Commercial Research License" is not the Fair licence).
  const words = text.split(/\s+/)
  for (let n = Math.min(words.length - 1, 10); n >= 1; n--) {
    const prefix = words
      .slice(0, n)
      .join(' ')
      .replace(/[,.;:]+$/, '')
    if (
      n === 1 &&
      !/^(mit|isc|apache[- ]?2(\.0)?|bsd-\d-clause|[a-z]+-\d(\.\d)?[\w.-]*)$/i.test(prefix)
    )
      continue
    const next = words[n]?.toLowerCase() ?? ''
    // "FAIR Non-Commercial …": the words after the prefix still name the licence.
    if (/^(non-?commercial|research|community|model|custom|proprietary)/.test(next)) continue
    const p = normalizeLicenseId(prefix)
    if (p.known && p.spdx) return { spdx: p.spdx, name: p.name, known: true }
  }
  // "a custom commercial license": named as custom terms, so not an open licence.
  const custom = /\b(custom|proprietary|bespoke)\b[^.,;]{0,40}?\blicen[cs]e\b/i.exec(text)
  if (custom) return { spdx: null, name: custom[0].slice(0, 80), known: false }
  // A named licence we do not know ("the Yi Series Models Community License Agreement").
  const named =
    /\b((?:[A-Z0-9][\w.+\-[\]]*\s+){0,8}(?:Community\s+|Research\s+|Non-?Commercial\s+|Model\s+|Open\s+|Public\s+)*(?:Licen[cs]e|Agreement)(?:\s+Agreement)?(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2}(?:\s+Models?)?)?)(?![\w-])/.exec(
      text
    )
  if (named && !/^(the\s+)?(licen[cs]e|agreement)$/i.test(named[1].trim())) {
    return { spdx: null, name: named[1].trim().slice(0, 120), known: false }
  }
  return null
}

function resolveRelative(fromFile: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null
  return joinRepositoryPath(fromFile, target.split('#')[0].split('?')[0])
}

/** Licences named in a sentence: links to licence files or URLs first, then names in the words. */
function candidates(sentence: string, path: string, lookup: LicenseFileLookup): Candidate[] {
  const out: Candidate[] = []
  for (const m of sentence.matchAll(LINK)) {
    const [, text, target] = m
    const local = resolveRelative(path, target)
    const linked = local !== null ? lookup(local) : null
    if (linked) {
      out.push({
        license: { ...linked, name: linked.known ? linked.name : plainInline(text) },
        at: m.index
      })
      continue
    }
    const byUrl = local === null ? licenseFromUrl(target) : null
    const byName = fromName(plainInline(text))
    const license = byUrl ?? byName
    if (license)
      out.push({ license: { ...license, ...(local === null ? { url: target } : {}) }, at: m.index })
  }
  if (out.length > 0) return out
  const plain = plainInline(sentence)
  const after =
    /\b(?:under|subject\s+to|governed\s+by|terms\s+of|by)\s+(?:the\s+)?(.{2,160})/i.exec(plain)
  if (after) {
    const license = fromName(after[1].replace(/\s*[(.;:].*$/, ''))
    if (license) out.push({ license, at: after.index })
  }
  return out
}

function scopesOf(words: string, context: string): LicenseScope[] {
  const found = SCOPE_WORDS.filter(([, re]) => re.test(words)).map(([scope]) => scope)
  if (found.length > 0) return found
  if (WHOLE.test(words)) return ['all']
  const fromContext = SCOPE_WORDS.filter(([, re]) => re.test(context)).map(([scope]) => scope)
  return fromContext.length > 0 && fromContext.length < 3 ? fromContext : ['all']
}

function quote(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  return plain.length > MAX_QUOTE ? plain.slice(0, MAX_QUOTE - 1) + '…' : plain
}

/** Model names and Hub ids a table row or sentence names ("FLUX.1 [dev]", "org/model"). */
function modelNames(cells: string[]): string[] {
  const out = new Set<string>()
  for (const cell of cells) {
    for (const m of cell.matchAll(/huggingface\.co\/([\w.-]+\/[\w.-]+)/g)) out.add(m[1])
  }
  const first = cells[0]?.replace(/[`*]/g, '').trim()
  if (first) out.add(first)
  return [...out]
}

function fromTables(
  file: ScannedFile,
  body: string,
  firstLine: number,
  lookup: LicenseFileLookup,
  out: LicenseStatement[]
): void {
  const raw = body.split('\n')
  for (const table of markdownTables(body, firstLine)) {
    const column = table.header.findIndex((h) => /licen[cs]e/i.test(h))
    if (column === -1) continue
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r]
      const line = table.line + 2 + r
      // The rendered cell loses the link target: read it from the raw row.
      const rawRow = raw[line - firstLine] ?? ''
      const rawCells = rawRow.split('|').slice(1, -1)
      const cell = rawCells[column] ?? row[column] ?? ''
      const found = candidates(cell, file.path, lookup)
      const license = found[0]?.license ?? fromName(row[column] ?? '')
      if (!license) continue
      out.push({
        scopes: ['weights'],
        license,
        models: modelNames(rawCells.length > 0 ? rawCells : row),
        path: file.path,
        line,
        quote: quote(row.join(' | ')),
        form: 'table'
      })
    }
  }
}

/** Every licence statement in the repository's documents. Pure. */
export function findLicenseStatements(
  snapshot: Snapshot,
  lookup: LicenseFileLookup
): LicenseStatement[] {
  const out: LicenseStatement[] = []
  const files = fileIndex(snapshot).withText.filter(isStatementSource).slice(0, MAX_FILES)
  for (const file of files) {
    const isNotice = /^notice/i.test(baseName(file.path))
    const doc = readMarkdown(file)
    const firstLine = doc.frontMatter.bodyStartLine
    fromTables(file, doc.body, firstLine, lookup, out)
    const isCard =
      /model[_-]?card|^readme/i.test(baseName(file.path)) || /model_cards?\//i.test(file.path)
    let recent: Sentence[] = []
    for (const sentence of sentencesOf(doc.body, firstLine)) {
      if (out.length >= MAX_STATEMENTS) return out
      const before = recent.filter((r) => sentence.line - r.line <= 3)
      recent = [...before.slice(-3), sentence]
      const headings = headingPath(doc.sections, sentence.line)
      const label = LABEL.exec(sentence.text)
      const grant = GRANT.exec(sentence.text)
      const licenseHeading = headings.some((h) => /licen[cs]/i.test(h))
      // "See the [LICENSE](…) file" under a Licence heading points to the licence that applies.
      const pointer =
        !label && !grant && licenseHeading && /\b(see|refer\s+to|read)\b/i.test(sentence.text)
      if (!label && !grant && !pointer && !(isNotice && /licen[cs]e/i.test(sentence.text))) continue
      // Contributor agreements and "you agree that your contributions …" are not grants.
      if (/\bcontribut(ions?|ors?|ing)\b|\bCLA\b/i.test(sentence.text)) continue
      const named = label
        ? candidates(label[1], file.path, lookup).concat(
            (() => {
              const l = fromName(plainInline(label[1]))
              return l ? [{ license: l, at: 0 }] : []
            })()
          )
        : candidates(sentence.text, file.path, lookup).filter((c) => !pointer || c.license.known)
      // An acceptable-use policy named beside the licence adds rules to it; it is not a second licence.
      const found =
        named.length > 1 ? named.filter((c) => c.license.spdx !== ACCEPTABLE_USE_POLICY) : named
      if (found.length === 0) continue
      const subjectWords = label
        ? ''
        : sentence.text.slice(0, Math.max(grant?.index ?? 0, found[0].at) + 1)
      const context = [...headings, baseName(file.path)].join(' ')
      let scopes: LicenseScope[]
      if (label) {
        // A "License:" line in a model card is the model's licence.
        scopes = isCard && /model/i.test(context + file.path) ? ['weights'] : scopesOf('', context)
      } else if (pointer) {
        // "Our weights are licensed for research and commercial use. See the LICENSE file."
        const section = headings.join('\n')
        const lead = before
          .filter((r) => headingPath(doc.sections, r.line).join('\n') === section)
          .map((r) => r.text)
          .join(' ')
        scopes = scopesOf(subjectWords, lead)
      } else {
        scopes = scopesOf(subjectWords, licenseHeading ? context : '')
      }
      // One sentence may give several scopes different licences: "code under MIT, weights under X".
      if (found.length > 1 && !label) {
        for (let i = 0; i < found.length; i++) {
          const from = i === 0 ? 0 : found[i - 1].at
          const words = sentence.text.slice(from, found[i].at + 1)
          const own = SCOPE_WORDS.filter(([, re]) => re.test(words)).map(([s]) => s)
          out.push({
            scopes: own.length > 0 ? own : scopes,
            license: found[i].license,
            models: [],
            path: file.path,
            line: sentence.line,
            quote: quote(sentence.text),
            form: 'sentence'
          })
        }
        continue
      }
      out.push({
        scopes,
        license: found[0].license,
        models: [],
        path: file.path,
        line: sentence.line,
        quote: quote(sentence.text),
        form: label ? 'label' : isNotice ? 'notice' : 'sentence'
      })
    }
  }
  return dedupe(out)
}

function dedupe(statements: LicenseStatement[]): LicenseStatement[] {
  const seen = new Set<string>()
  return statements.filter((s) => {
    const key = `${s.path}:${s.line}:${s.scopes.join(',')}:${s.license.spdx ?? s.license.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
