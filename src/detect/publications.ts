import type { Snapshot } from '../scan/types.js'
import { documentationFiles, type ModelCard } from './cards.js'
import type { ComponentFinding, Evidence } from './types.js'
import { baseName, extension, isVendored, matchLines } from './util.js'

const ARXIV = /(?:arxiv\.org\/(?:abs|pdf)\/|\barxiv:\s*)(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})(v\d+)?/gi
const DOI = /(?:doi\.org\/|\bdoi\s*[:=]\s*\{?\s*)(10\.\d{4,9}\/[^\s"'<>{}),]+)/gi
const BIBTEX_ENTRY =
  /@(article|inproceedings|proceedings|techreport|misc|phdthesis|unpublished|book|incollection)\s*\{/gi
const TECH_REPORT_WORDS =
  /technical[\s_-]+report|tech[\s_-]+report|@techreport|\bsystem card\b|\bwhite ?paper\b/i
const PEER_REVIEWED =
  /@(inproceedings|article|incollection)\b|booktitle\s*=|journal\s*=|\bproceedings\b|\b(neurips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|eccv|aaai|jmlr|tmlr|colm)\b/i
const PAPER_PDF =
  /(paper|report|preprint|manuscript|article|publication|tech[_-]?report|technical[_-]report|whitepaper|arxiv)/i

interface Found {
  evidence: Evidence
  report: boolean
}

function bibtexBlock(text: string, start: number): string {
  let depth = 0
  for (let i = text.indexOf('{', start); i !== -1 && i < text.length && i - start < 4000; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return text.slice(start, start + 2000)
}

/** Technical report and Research paper: PDFs in the repository, arXiv/DOI links, BibTeX entries. */
export function detectPapers(snapshot: Snapshot, card: ModelCard | null): ComponentFinding[] {
  const found: Found[] = []
  const locationsByKind: Record<'report' | 'paper', string[]> = { report: [], paper: [] }
  const seen = new Set<string>()
  for (const file of snapshot.files) {
    if (isVendored(file.path) || extension(file.path) !== 'pdf' || !PAPER_PDF.test(file.path))
      continue
    if (file.size === 0) continue
    const report =
      TECH_REPORT_WORDS.test(file.path.replace(/[_-]/g, ' ')) || /tech[_-]?report/i.test(file.path)
    found.push({
      evidence: {
        path: file.path,
        kind: 'file',
        detail: report ? 'technical report (PDF)' : 'paper (PDF)'
      },
      report
    })
    locationsByKind[report ? 'report' : 'paper'].push(file.path)
  }
  const docs = documentationFiles(snapshot).concat(
    snapshot.files.filter((f) => f.text !== undefined && /^citation\.cff$/i.test(baseName(f.path)))
  )
  for (const file of docs) {
    const text = file.text as string
    for (const entry of matchLines(text, BIBTEX_ENTRY, 10)) {
      const block = bibtexBlock(text, entry.match.index)
      const eprint = /eprint\s*=\s*[{"]\s*([\w./-]+)/i.exec(block)?.[1]
      const doi = /doi\s*=\s*[{"]\s*([^}"]+)/i.exec(block)?.[1]
      const title = /title\s*=\s*[{"]+([^}"]+)/i.exec(block)?.[1]?.trim()
      const report =
        entry.match[1].toLowerCase() === 'techreport' || TECH_REPORT_WORDS.test(title ?? '')
      const key = `${eprint ?? doi ?? title ?? entry.line}`
      if (seen.has(key)) continue
      seen.add(key)
      const peer = PEER_REVIEWED.test(block) ? ', peer-reviewed venue' : ''
      const url =
        eprint && /^\d{4}\.\d{4,5}$/.test(eprint)
          ? `https://arxiv.org/abs/${eprint}`
          : doi
            ? `https://doi.org/${doi}`
            : undefined
      found.push({
        evidence: {
          path: file.path,
          line: entry.line,
          kind: 'citation',
          detail: `BibTeX @${entry.match[1]}${title ? ` "${title.slice(0, 80)}"` : ''}${eprint ? `, eprint ${eprint}` : ''}${doi ? `, doi ${doi}` : ''}${peer}`,
          ...(url ? { url } : {})
        },
        report
      })
    }
    for (const [pattern, label] of [
      [ARXIV, 'arXiv'],
      [DOI, 'DOI']
    ] as const) {
      for (const hit of matchLines(text, pattern, 10)) {
        const id = hit.match[1]
        if (seen.has(id)) continue
        seen.add(id)
        const report = TECH_REPORT_WORDS.test(hit.text)
        const url = label === 'arXiv' ? `https://arxiv.org/abs/${id}` : `https://doi.org/${id}`
        found.push({
          evidence: {
            path: file.path,
            line: hit.line,
            kind: 'link',
            detail: `${label} ${id}${report ? ' (technical report)' : ''}`,
            url
          },
          report
        })
      }
    }
  }
  // Hugging Face cards link papers with `arxiv:` tags.
  if (card?.frontMatter && Array.isArray(card.frontMatter.tags)) {
    for (const tag of card.frontMatter.tags.slice(0, 50)) {
      const id = typeof tag === 'string' ? /^arxiv:(\d{4}\.\d{4,5})$/i.exec(tag)?.[1] : undefined
      if (!id || seen.has(id)) continue
      seen.add(id)
      found.push({
        evidence: {
          path: card.path,
          line: 1,
          kind: 'metadata',
          detail: `card tag arxiv:${id}`,
          url: `https://arxiv.org/abs/${id}`
        },
        report: false
      })
    }
  }
  const findings: ComponentFinding[] = []
  for (const [name, isReport] of [
    ['Technical report', true],
    ['Research paper', false]
  ] as const) {
    const mine = found.filter((f) => f.report === isReport)
    if (mine.length === 0) continue
    const locations = locationsByKind[isReport ? 'report' : 'paper']
    findings.push({
      name,
      presence: locations.length > 0 ? 'in-repository' : 'by-reference',
      evidence: [
        ...mine.filter((f) => f.evidence.kind === 'file'),
        ...mine.filter((f) => f.evidence.kind !== 'file')
      ]
        .slice(0, 5)
        .map((f) => f.evidence),
      locations,
      ...(locations.length === 0
        ? { notes: ['published outside the repository: its licence is not checked here'] }
        : {})
    })
  }
  return findings
}
