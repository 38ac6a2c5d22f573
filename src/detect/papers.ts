import type { DetectionContext } from './context.js'
import type { ScannedFile } from '../scan/types.js'
import { isVendoredFile } from '../scan/facts.js'
import {
  headingPath,
  isMarkdownPath,
  lineOfOffset,
  lineStarts,
  parseYamlSafe,
  plainInline,
  readMarkdown,
  type Section
} from './markdown.js'
import { stringList } from './model-card.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import {
  baseName,
  dirName,
  extension,
  isVendored,
  matchLines,
  joinRepositoryPath,
  segmentCount
} from '../util/paths.js'

type PaperKind = 'report' | 'paper'

export interface PaperReference {
  kind: PaperKind
  /** Identity for de-duplication: arXiv id, DOI or URL. */
  key: string
  inRepository: boolean
  evidence: Evidence
}

/** Papers every template links to; they are never the release's own paper. */
const BOILERPLATE_ARXIV = new Set([
  '1910.09700', // Lacoste et al., ML CO2 impact (model card template)
  '1803.09010', // Datasheets for Datasets
  '1810.03993' // Model Cards for Model Reporting
])
/** DOI prefixes of software and data archives (Zenodo, Hugging Face, figshare, Dryad). */
const ARCHIVE_DOI = /^10\.(5281|57967|6084|5061)\//

const ARXIV_REF =
  /(?:arxiv\.org\/(?:abs|pdf|html)\/|huggingface\.co\/papers\/|\barxiv:\s?)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?/gi
const DOI_REF =
  /(?:doi\.org\/|\bdoi:\s?|\bdoi\s?=\s?[{"]?\s?)(10\.\d{4,9}\/[^\s"'<>{}[\]()]{1,200})/gi
const MARKDOWN_LINK = /\[([^[\]\n]{1,300})\]\((https?:\/\/[^()\s]{1,1000})\)/g
/** `<a href="…">label</a>`, as READMEs with centred badge rows write their links. */
const HTML_LINK =
  /<a\s[^>]{0,300}?href="(https?:\/\/[^"\s]{1,1000})"[^>]{0,300}>([^<]{1,300})<\/a>/gi
const URL = /https?:\/\/[^\s)<>"'\]]{1,1000}/g

const TECH_REPORT =
  /\btech(nical)?[\s_-]?reports?\b|\btechreport\b|\bsystem card\b|\bwhite ?paper\b/i
/** Words near a reference that make it the release's own publication. */
const OWN_PAPER_CONTEXT =
  /\b(paper|papers|report|preprint|publication|published|arxiv|cite|citing|citation|our work|we (present|introduce|describe|propose))\b/i
const OWN_PAPER_HEADING =
  /\b(citation|cite|citing|paper|papers|publications?|preprint|technical report|model sources|resources|links|bibtex)\b/i
/** Wording that points at someone else's work. */
const OTHERS_WORK =
  /\b(based on|following|inspired by|adapted from|proposed (in|by)|introduced (in|by)|see also|built on|extends?|we use|uses|using|borrowed from|taken from|as in)\b/i
const LABEL_LINE =
  /^[\s>*+-]*(?:\*\*|__)?\s?(paper|papers|research paper|technical report|tech report|report|preprint|publication)\s?(\[optional\])?\s?(?:\*\*|__)?\s?:/i
const PAPER_LINK_TEXT =
  /^\W*(our |the |read (the |our )?|full |research |arxiv )?(paper|technical report|tech report|report|preprint|white ?paper|publication)\b/i

const PDF_PAPER_NAME =
  /(paper|report|preprint|manuscript|publication|white[_-]?paper|arxiv|\d{4}\.\d{4,5})/i
const PAPER_FOLDER = /(^|\/)(papers?|publications?|reports?|preprints?|tech[_-]?reports?)\//i
const DOCS_FOLDER = /(^|\/)(docs?|documentation)\//i
const PDF_REPORT_NAME = /tech(nical)?[_\s-]?report|techreport|white[_-]?paper|system[_-]?card/i

const MAX_DOC_FILES = 200
const MAX_REFERENCES = 30

function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`
}

function withoutUrls(line: string): string {
  return line.replace(URL, ' ').replace(/\[([^[\]\n]{0,300})\]\(\s*\)/g, '$1')
}

interface Context {
  line: string
  headings: string[]
}

function isOwnReference(ctx: Context): boolean {
  // Other identifiers on the line say nothing about whose paper it is.
  const rest = withoutUrls(ctx.line.replace(ARXIV_REF, ' ').replace(DOI_REF, ' '))
  const heading = ctx.headings.some((h) => OWN_PAPER_HEADING.test(h))
  if (OTHERS_WORK.test(rest) && !/\b(our|we)\b/i.test(rest)) return false
  return heading || OWN_PAPER_CONTEXT.test(rest) || LABEL_LINE.test(ctx.line)
}

function kindOf(ctx: Context, extra = ''): PaperKind {
  const headingReport = ctx.headings.length > 0 && TECH_REPORT.test(ctx.headings[0])
  // A link labelled just "Report" is the release's report, not a paper.
  const labelReport = /^\W*(tech(nical)?\s+)?report\W*$/i.test(extra)
  return TECH_REPORT.test(withoutUrls(ctx.line)) ||
    TECH_REPORT.test(extra) ||
    labelReport ||
    headingReport
    ? 'report'
    : 'paper'
}

/** The same identity for a URL as for the id it carries, so a paper is listed once. */
function referenceKey(url: string): string {
  const arxiv = new RegExp(ARXIV_REF.source, 'i').exec(url)
  if (arxiv) return arxiv[1].toLowerCase()
  const doi = new RegExp(DOI_REF.source, 'i').exec(url)
  if (doi) {
    const normal = normalizeDoi(doi[1])
    return arxivFromDoi(normal) ?? normal
  }
  return url.toLowerCase()
}

function normalizeDoi(raw: string): string {
  return raw.replace(/[.,;:]+$/, '').toLowerCase()
}

/** arXiv's own DOIs (10.48550/arXiv.NNNN) are preprints: keep them as arXiv ids. */
function arxivFromDoi(doi: string): string | null {
  const m = /^10\.48550\/arxiv\.(\d{4}\.\d{4,5})/i.exec(doi)
  return m ? m[1] : null
}

// ---------------------------------------------------------------------------------------------
// BibTeX

interface BibEntry {
  type: string
  fields: Map<string, string>
  /** Number of line breaks the entry spans. */
  lines: number
}

/** The entry starting at `@type{`, read with brace matching (capped). */
function readBibEntry(text: string, at: number): BibEntry | null {
  const head = /^@(\w{2,20})\s{0,10}\{/.exec(text.slice(at, at + 40))
  if (!head) return null
  const type = head[1].toLowerCase()
  const fields = new Map<string, string>()
  let i = at + head[0].length
  const end = Math.min(text.length, at + 8000)
  // Skip the citation key.
  while (i < end && text[i] !== ',' && text[i] !== '}') i++
  while (i < end && text[i] === ',') {
    i++
    const name = /^\s*([A-Za-z][\w-]{0,30})\s*=\s*/.exec(text.slice(i, i + 60))
    if (!name) break
    i += name[0].length
    let value: string
    if (text[i] === '{') {
      let depth = 0
      const start = i
      for (; i < end; i++) {
        if (text[i] === '{') depth++
        else if (text[i] === '}' && --depth === 0) break
      }
      value = text.slice(start + 1, i)
      i++
    } else if (text[i] === '"') {
      const close = text.indexOf('"', i + 1)
      if (close === -1 || close > end) break
      value = text.slice(i + 1, close)
      i = close + 1
    } else {
      const bare = /^[\w.:/-]{1,200}/.exec(text.slice(i, i + 200))
      value = bare ? bare[0] : ''
      i += value.length
    }
    fields.set(
      name[1].toLowerCase(),
      value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim().slice(0, 300)
    )
    while (i < end && /\s/.test(text[i])) i++
  }
  const span = text.slice(at, Math.min(end, i + 1))
  return { type, fields, lines: span.split('\n').length - 1 }
}

function bibReference(entry: BibEntry, path: string, line: number): PaperReference | null {
  const f = entry.fields
  const title = f.get('title') ?? ''
  const venue = f.get('booktitle') ?? f.get('journal') ?? ''
  const preprintVenue = /arxiv|corr|preprint|biorxiv|medrxiv|ssrn/i.test(venue)
  const eprint = f.get('eprint') ?? ''
  const arxivId =
    (/^\d{4}\.\d{4,5}/.exec(eprint)?.[0] ?? null) ||
    (/arxiv(?:\.org\/abs\/|:)\s?(\d{4}\.\d{4,5})/i.exec(
      `${f.get('url') ?? ''} ${venue} ${f.get('note') ?? ''}`
    )?.[1] ??
      null)
  const doiRaw = f.get('doi')
  const doi = doiRaw ? normalizeDoi(doiRaw.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')) : null
  const doiArxiv = doi ? arxivFromDoi(doi) : null
  const id = arxivId ?? doiArxiv
  if (id && BOILERPLATE_ARXIV.has(id)) return null
  const paperDoi = doi && !doiArxiv && !ARCHIVE_DOI.test(doi) ? doi : null
  const url = id ? arxivUrl(id) : paperDoi ? `https://doi.org/${paperDoi}` : f.get('url')

  let kind: PaperKind | null = null
  let detail = ''
  if (entry.type === 'techreport' || entry.type === 'report' || TECH_REPORT.test(title)) {
    kind = 'report'
    detail = `BibTeX @${entry.type}${title ? `: "${title.slice(0, 120)}"` : ''}`
  } else if (
    ['inproceedings', 'conference', 'incollection', 'article'].includes(entry.type) &&
    venue &&
    !preprintVenue
  ) {
    kind = 'paper'
    detail = `BibTeX @${entry.type} (${f.has('booktitle') ? 'booktitle' : 'journal'}: ${venue.slice(0, 100)})${title ? `: "${title.slice(0, 120)}"` : ''}`
  } else if (id) {
    kind = 'paper'
    detail = `BibTeX @${entry.type}, arXiv preprint ${id}${title ? `: "${title.slice(0, 120)}"` : ''}`
  } else if (paperDoi) {
    kind = 'paper'
    detail = `BibTeX @${entry.type} with DOI ${paperDoi}${title ? `: "${title.slice(0, 120)}"` : ''}`
  } else if (['phdthesis', 'mastersthesis', 'book'].includes(entry.type) && title) {
    kind = 'paper'
    detail = `BibTeX @${entry.type}: "${title.slice(0, 120)}"`
  }
  if (!kind) return null
  return {
    kind,
    key: id ?? paperDoi ?? (title.toLowerCase() || `${path}:${line}`),
    inRepository: false,
    evidence: { path, line, kind: 'citation', detail, ...(url ? { url } : {}) }
  }
}

const BIB_START =
  /@(article|inproceedings|conference|incollection|techreport|report|misc|unpublished|phdthesis|mastersthesis|book|online|software)\s{0,10}\{/i

/** Reads the BibTeX entries of a text; returns the line ranges they cover. */
function bibtexReferences(
  text: string,
  path: string,
  firstLine: number,
  out: PaperReference[],
  isOwn: (line: number) => boolean = () => true
): [number, number][] {
  const covered: [number, number][] = []
  for (const m of matchLines(text, BIB_START, 20)) {
    if (m.line < firstLine) continue
    const entry = readBibEntry(text, m.match.index)
    if (!entry) continue
    covered.push([m.line, m.line + entry.lines])
    const ref = isOwn(m.line) ? bibReference(entry, path, m.line) : null
    if (ref) out.push(ref)
  }
  return covered
}

// ---------------------------------------------------------------------------------------------
// Markdown and text documents

/** `[label](relative/path.pdf)` and `<a href="relative/path.pdf">label</a>`: a document shipped here. */
const LOCAL_PDF_LINK =
  /\[([^[\]\n]{1,300})\]\((?![a-z][\w+.-]*:|#)([^()\s]{1,500}?\.pdf)(?:[#?][^()\s]*)?\)/gi
const LOCAL_PDF_HTML =
  /<a\s[^>]{0,300}?href="(?![a-z][\w+.-]*:|#)([^"\s]{1,500}?\.pdf)(?:[#?][^"\s]*)?"[^>]{0,300}>([^<]{1,300})<\/a>/gi

/** `%20` and the like decoded; a malformed escape is kept as written. */
function decodedTarget(target: string): string {
  try {
    return decodeURIComponent(target)
  } catch {
    return target
  }
}

/** A link target relative to the document's folder, as a repository path (null when it leaves it). */
function resolveLocalPath(from: string, target: string): string | null {
  return joinRepositoryPath(from, target) || null
}

/**
 * PDFs in the repository that a document links to as its paper or technical report: the PDF is
 * the release's publication whatever its file name, and the link's words say which kind.
 */
function localPdfReferences(
  file: ScannedFile,
  text: string,
  firstLine: number,
  context: (line: number, lineText: string) => Context,
  present: Pick<ReadonlySet<string>, 'has'>,
  out: PaperReference[]
): void {
  const links = [
    ...matchLines(text, LOCAL_PDF_LINK, 20).map((m) => ({
      m,
      label: m.match[1],
      target: m.match[2]
    })),
    ...matchLines(text, LOCAL_PDF_HTML, 20).map((m) => ({
      m,
      label: m.match[2],
      target: m.match[1]
    }))
  ]
  for (const { m, label: rawLabel, target } of links) {
    if (m.line < firstLine) continue
    const label = plainInline(rawLabel).trim()
    if (!PAPER_LINK_TEXT.test(label) && !TECH_REPORT.test(label) && !LABEL_LINE.test(m.text))
      continue
    const path = resolveLocalPath(file.path, decodedTarget(target))
    if (!path || !present.has(path) || isVendored(path)) continue
    const kind = kindOf(context(m.line, m.text), label)
    out.push({
      kind,
      key: path,
      inRepository: true,
      evidence: {
        path,
        kind: 'file',
        detail: `${kind === 'report' ? 'technical report' : 'paper'} PDF in the repository, linked as "${label.slice(0, 80)}" from ${file.path}:${m.line}`
      }
    })
  }
}

function textReferences(
  file: ScannedFile,
  out: PaperReference[],
  present: Pick<ReadonlySet<string>, 'has'> = new Set()
): void {
  const text = file.text ?? ''
  let sections: Section[] = []
  let firstLine = 1
  if (isMarkdownPath(file.path)) {
    const doc = readMarkdown(file)
    sections = doc.sections
    firstLine = doc.frontMatter.present ? doc.frontMatter.bodyStartLine : 1
  }
  const context = (line: number, lineText: string): Context => ({
    line: lineText,
    headings: sections.length > 0 ? headingPath(sections, line) : []
  })
  // In prose documents a BibTeX entry is the release's own only under a citation-like heading
  // or right after words asking to cite.
  const lines = text.split('\n', 100000)
  const ownEntry = (line: number): boolean =>
    context(line, '').headings.some((h) => OWN_PAPER_HEADING.test(h)) ||
    /\b(cite|citation|citing|bibtex|paper)\b/i.test(
      lines.slice(Math.max(0, line - 4), line - 1).join(' ')
    )
  const covered = bibtexReferences(text, file.path, firstLine, out, ownEntry)
  const inBibtex = (line: number): boolean => covered.some(([a, b]) => a <= line && line <= b)
  localPdfReferences(file, text, firstLine, context, present, out)

  for (const m of matchLines(text, ARXIV_REF, 40)) {
    if (m.line < firstLine || inBibtex(m.line)) continue
    const id = m.match[1]
    if (BOILERPLATE_ARXIV.has(id)) continue
    const ctx = context(m.line, m.text)
    if (!isOwnReference(ctx)) continue
    out.push({
      kind: kindOf(ctx),
      key: id.toLowerCase(),
      inRepository: false,
      evidence: {
        path: file.path,
        line: m.line,
        kind: 'link',
        detail: `arXiv ${id}: ${m.text.slice(0, 160)}`,
        url: arxivUrl(id)
      }
    })
  }
  for (const m of matchLines(text, DOI_REF, 40)) {
    if (m.line < firstLine || inBibtex(m.line)) continue
    const doi = normalizeDoi(m.match[1])
    const fromArxiv = arxivFromDoi(doi)
    if (ARCHIVE_DOI.test(doi) || (fromArxiv && BOILERPLATE_ARXIV.has(fromArxiv))) continue
    const ctx = context(m.line, m.text)
    if (!isOwnReference(ctx)) continue
    out.push({
      kind: kindOf(ctx),
      key: fromArxiv ?? doi,
      inRepository: false,
      evidence: fromArxiv
        ? {
            path: file.path,
            line: m.line,
            kind: 'link',
            detail: `arXiv ${fromArxiv} (arXiv DOI): ${m.text.slice(0, 160)}`,
            url: arxivUrl(fromArxiv)
          }
        : {
            path: file.path,
            line: m.line,
            kind: 'link',
            detail: `DOI ${doi}: ${m.text.slice(0, 160)}`,
            url: `https://doi.org/${doi}`
          }
    })
  }
  // Links labelled as the paper or report, wherever they point.
  const links = [
    ...matchLines(text, MARKDOWN_LINK, 40).map((m) => ({ m, label: m.match[1], url: m.match[2] })),
    ...matchLines(text, HTML_LINK, 40).map((m) => ({ m, label: m.match[2], url: m.match[1] }))
  ]
  for (const { m, label: rawLabel, url } of links) {
    if (m.line < firstLine || inBibtex(m.line)) continue
    const label = plainInline(rawLabel).trim()
    if (/\.(png|jpe?g|svg|gif)(\?|$)|img\.shields\.io|github\.com\/[^/]+\/[^/]+\/?$/i.test(url))
      continue
    if (!PAPER_LINK_TEXT.test(label) && !LABEL_LINE.test(m.text)) continue
    // A long paragraph is one line: judge the link by the words around it, not the line's start.
    const near = text.slice(
      Math.max(text.lastIndexOf('\n', m.match.index) + 1, m.match.index - 160),
      m.match.index + m.match[0].length
    )
    const ctx = context(m.line, near)
    if (OTHERS_WORK.test(withoutUrls(near)) && !/\b(our|we)\b/i.test(near)) continue
    out.push({
      kind: kindOf(ctx, label),
      key: referenceKey(url),
      inRepository: false,
      evidence: { path: file.path, line: m.line, kind: 'link', detail: `link "${label}"`, url }
    })
  }
}

function citationCffReferences(file: ScannedFile, out: PaperReference[]): void {
  const text = file.text ?? ''
  const parsed = parseYamlSafe(text, 'CITATION.cff')
  const value = parsed.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    // Unreadable: fall back to the plain-text scan.
    textReferences(file, out)
    return
  }
  const cff = value as Record<string, unknown>
  const preferred = cff['preferred-citation']
  if (preferred === null || typeof preferred !== 'object' || Array.isArray(preferred)) return
  const p = preferred as Record<string, unknown>
  const offset = parsed.keyOffsets.find(([k]) => k === 'preferred-citation')?.[1] ?? 0
  const line = lineOfOffset(lineStarts(text), offset)
  const type = typeof p.type === 'string' ? p.type.toLowerCase() : ''
  const title = typeof p.title === 'string' ? p.title.slice(0, 120) : ''
  const identifiers = Array.isArray(p.identifiers) ? p.identifiers : []
  const values = [
    p.doi,
    p.url,
    ...identifiers.map((x) =>
      x && typeof x === 'object' ? (x as Record<string, unknown>).value : null
    )
  ].filter((v): v is string => typeof v === 'string')
  const joined = values.join(' ')
  const arxivId = /(?:arxiv\.org\/abs\/|arxiv:|10\.48550\/arxiv\.)(\d{4}\.\d{4,5})/i.exec(
    joined
  )?.[1]
  const doi = values
    .map((v) => /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(v)?.[1])
    .find((v): v is string => !!v && !ARCHIVE_DOI.test(v) && !arxivFromDoi(v))
  const venue = [p.journal, (p.conference as Record<string, unknown> | undefined)?.name].find(
    (v): v is string => typeof v === 'string'
  )
  const isReport = type === 'report' || TECH_REPORT.test(title)
  const isPaperType =
    /^(article|conference-paper|conference|proceedings|thesis|book|generic|unpublished|manuscript)$/.test(
      type
    )
  if (!isReport && !isPaperType && !arxivId && !doi) return
  if (arxivId && BOILERPLATE_ARXIV.has(arxivId)) return
  const url = arxivId
    ? arxivUrl(arxivId)
    : doi
      ? `https://doi.org/${doi.toLowerCase()}`
      : values.find((v) => /^https?:/.test(v))
  const detail = [
    `CITATION.cff preferred citation (${type || 'untyped'})`,
    venue ? `${p.journal ? 'journal' : 'proceedings'}: ${venue.slice(0, 100)}` : null,
    arxivId ? `arXiv ${arxivId}` : doi ? `DOI ${doi}` : null,
    title ? `"${title}"` : null
  ]
    .filter(Boolean)
    .join(', ')
  out.push({
    kind: isReport ? 'report' : 'paper',
    key: arxivId ?? doi?.toLowerCase() ?? (title.toLowerCase() || file.path),
    inRepository: false,
    evidence: { path: file.path, line, kind: 'citation', detail, ...(url ? { url } : {}) }
  })
}

function frontMatterReferences(ctx: DetectionContext, out: PaperReference[]): void {
  const card = ctx.card
  if (!card?.frontMatter) return
  const line = card.keyLines.get('tags') ?? 1
  for (const tag of stringList(card.frontMatter.tags, 200)) {
    const m = /^arxiv:(\d{4}\.\d{4,5})$/i.exec(tag)
    if (!m || BOILERPLATE_ARXIV.has(m[1])) continue
    out.push({
      kind: 'paper',
      key: m[1],
      inRepository: false,
      evidence: {
        path: card.path,
        line,
        kind: 'metadata',
        detail: `front matter tag arxiv:${m[1]}`,
        url: arxivUrl(m[1])
      }
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Papers in the repository

function repositoryPapers(ctx: DetectionContext, out: PaperReference[]): void {
  const texFolders = new Set<string>()
  // Only PDFs and TeX sources count (a PDF is binary data, TeX a document).
  const candidates = ctx.files.where('papers:pdf-or-tex', (f) => f.ext === 'pdf' || f.ext === 'tex')
  for (const file of candidates) {
    if (isVendoredFile(file)) continue
    const name = file.name
    const ext = file.ext
    if (ext === 'pdf' && file.size !== 0) {
      const inPaperFolder = PAPER_FOLDER.test(file.path)
      const namedLikePaper = PDF_PAPER_NAME.test(name)
      if (!inPaperFolder && !namedLikePaper) continue
      const report = PDF_REPORT_NAME.test(name)
      out.push({
        kind: report ? 'report' : 'paper',
        key: file.path,
        inRepository: true,
        evidence: {
          path: file.path,
          kind: 'file',
          detail: `${report ? 'technical report' : 'paper'} PDF in the repository`
        }
      })
    } else if (ext === 'tex' && file.text !== undefined && PAPER_FOLDER.test(file.path)) {
      if (!/\\documentclass/.test(file.text) || !/\\begin\{document\}/.test(file.text)) continue
      const dir = dirName(file.path)
      if (texFolders.has(dir)) continue
      texFolders.add(dir)
      const title = /\\title\s{0,5}(?:\[[^\]]{0,200}\])?\{([^\n]{1,300})/.exec(file.text)?.[1] ?? ''
      const report = TECH_REPORT.test(title) || PDF_REPORT_NAME.test(file.path)
      const line = matchLines(file.text, /\\title\b/, 1)[0]?.line
      out.push({
        kind: report ? 'report' : 'paper',
        key: dir,
        inRepository: true,
        evidence: {
          path: file.path,
          ...(line ? { line } : {}),
          kind: 'file',
          detail: `LaTeX source of the ${report ? 'technical report' : 'paper'} in the repository${title ? `: "${plainInline(title).slice(0, 120)}"` : ''}`
        }
      })
    }
  }
}

function isDocumentToScan(file: ScannedFile): boolean {
  if (file.text === undefined || isVendored(file.path)) return false
  const path = file.path
  const name = baseName(path)
  const depth = segmentCount(path)
  if (/^citation\.cff$/i.test(name)) return depth <= 2
  if (extension(path) === 'bib') return true
  if (!/\.(md|markdown|mdx|rst|txt)$/i.test(name)) return false
  if (/^(requirements|licen[cs]e|copying|notice)/i.test(name)) return false
  return (
    depth === 1 ||
    /^readme\./i.test(name) ||
    DOCS_FOLDER.test(path) ||
    PAPER_FOLDER.test(path) ||
    /(^|\/)model[_-]?cards?\//i.test(path)
  )
}

/** Every reference to the release's own technical report or paper, and papers kept in the repository. */
export function findPaperReferences(ctx: DetectionContext): PaperReference[] {
  const refs: PaperReference[] = []
  frontMatterReferences(ctx, refs)
  repositoryPapers(ctx, refs)
  const card = ctx.card
  const docs = ctx.files.withText.filter(isDocumentToScan)
  // Files that are there and not empty, looked up in the index rather than a set of every path.
  const present: Pick<ReadonlySet<string>, 'has'> = {
    has: (path) => {
      const file = ctx.files.byPath(path)
      return file !== undefined && file.size !== 0
    }
  }
  // The model card first, so its lines are the evidence when others repeat a reference.
  docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path))
  for (const file of docs.slice(0, MAX_DOC_FILES)) {
    if (/^citation\.cff$/i.test(baseName(file.path))) citationCffReferences(file, refs)
    else if (extension(file.path) === 'bib') bibtexReferences(file.text ?? '', file.path, 1, refs)
    else textReferences(file, refs, present)
  }
  // A document the release calls its technical report anywhere is its technical report
  // everywhere, even where a citation block lists it as an article.
  const reports = new Set(refs.filter((r) => r.kind === 'report').map((r) => r.key))
  const seen = new Set<string>()
  return refs
    .map((r) => (reports.has(r.key) ? { ...r, kind: 'report' as const } : r))
    .filter((r) => {
      if (seen.has(r.key)) return false
      seen.add(r.key)
      return true
    })
}

function finding(
  name: 'Technical report' | 'Research paper',
  refs: PaperReference[]
): ComponentFinding[] {
  if (refs.length === 0) return []
  const inRepo = refs.filter((r) => r.inRepository)
  return [
    {
      name,
      presence: inRepo.length > 0 ? 'in-repository' : 'by-reference',
      evidence: refs.slice(0, MAX_REFERENCES).map((r) => r.evidence),
      locations: [...new Set(inRepo.map((r) => r.evidence.path))]
    }
  ]
}

/** 'Technical report' and 'Research paper': PDFs and LaTeX in the repository, arXiv ids, DOIs, BibTeX, CITATION.cff. */
export function detectPapers(
  ctx: DetectionContext,
  refs: PaperReference[] = findPaperReferences(ctx)
): ComponentFinding[] {
  return [
    ...finding(
      'Technical report',
      refs.filter((r) => r.kind === 'report')
    ),
    ...finding(
      'Research paper',
      refs.filter((r) => r.kind === 'paper')
    )
  ]
}
