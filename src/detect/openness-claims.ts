import type { OpennessClaim } from '../frameworks/open-washing.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { splitFrontMatter } from './card-text.js'
import { baseName, extension, isVendored, matchLines } from './util.js'

/** Phrases that call something open. */
const CLAIM =
  /\b(fully[\s-]+open[\s-]*source|fully[\s-]+open|truly[\s-]+open|completely[\s-]+open|100\s*%\s*open|open[\s-]*source[sd]?|open[\s-]science)\b/gi

/** What the phrase is about must be this release: a model, weights, LLM, AI, release. */
const ABOUT_RELEASE =
  /\b(model|llm|language model|weights|checkpoints?|release|ai|network|transformer|foundation model|system|we (are )?(releas|open)|(is|are) (a |an )?(fully |truly |completely )?(open)|this (repo|repository|project))/i

/** Mentions of other things that are open source, and negations. */
const NOT_A_CLAIM = [
  /open[\s-]*source (librar(y|ies)|tools?|software|projects?|community|communities|frameworks?|packages?|dependencies|ecosystem|contributors?|initiative|definition|licen[cs]es?|alternatives?|implementations? of|code of|components)/i,
  /\b(built|made|powered|developed) (with|on|using) [^.]{0,40}open[\s-]*source/i,
  /\bopen source initiative\b|\bopensource\.org\b|\bosi[- ]approved\b|\bosaid\b/i,
  /\b(not|isn't|is not|aren't|never|no longer|neither|nor|rather than|instead of)\b[^.]{0,30}\bopen[\s-]*(source|science)\b/i,
  /\bopen[\s-]*source(d)? (it|them) (later|soon)\b|\bplan(s|ning)? to open[\s-]*source\b|\bwill (be )?open[\s-]*source/i,
  /\bcontribut\w* to open[\s-]*source\b|\bthanks? (to )?(the )?open[\s-]*source\b/i,
  /\b(believe|believes|should|must|could|support|supports|advocate|advocates|love|committed to|mission)\b[^.]{0,40}\bopen[\s-]*(source|science)\b/i
]

const CLAIM_FILES = /^(readme|model[_-]?card|modelcard|about|overview|index)(\.[\w]+)?$/i

function isClaimFile(file: ScannedFile): boolean {
  if (isVendored(file.path) || file.text === undefined) return false
  const name = baseName(file.path)
  if (CLAIM_FILES.test(name)) return file.path.split('/').length <= 2
  return /^docs\/[^/]+\.(md|mdx|rst)$/i.test(file.path)
}

function sentenceAround(line: string, index: number): string {
  const start = Math.max(line.lastIndexOf('. ', index) + 1, 0)
  const endDot = line.indexOf('. ', index)
  return line.slice(start, endDot === -1 ? line.length : endDot + 1).trim()
}

function claimsInText(path: string, text: string, out: OpennessClaim[]): void {
  let inFence = false
  const fenceLines = new Set<number>()
  text.split('\n').forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) inFence = !inFence
    else if (inFence) fenceLines.add(i + 1)
  })
  for (const hit of matchLines(text, CLAIM, 40)) {
    if (fenceLines.has(hit.line)) continue
    const sentence = sentenceAround(
      hit.text,
      Math.max(0, hit.text.toLowerCase().indexOf(hit.match[0].toLowerCase()))
    )
    if (NOT_A_CLAIM.some((p) => p.test(sentence))) continue
    if (/^\s*(\[|!\[|<img|license|licen[cs]e:)/i.test(hit.text)) continue
    const strong = /fully|truly|completely|100|science/i.test(hit.match[0])
    if (!strong && !ABOUT_RELEASE.test(sentence)) continue
    const plain = sentence
      .replace(/[*_`]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
    out.push({
      path,
      line: hit.line,
      phrase: hit.match[0].replace(/\s+/g, ' '),
      text: plain.slice(0, 300)
    })
    if (out.length >= 20) return
  }
}

/** Package metadata that describes the release: package.json and pyproject descriptions. */
function metadataClaims(file: ScannedFile, out: OpennessClaim[]): void {
  const name = baseName(file.path)
  if (file.path.includes('/') || file.text === undefined) return
  if (name === 'package.json' || name === 'pyproject.toml' || name === 'setup.cfg') {
    for (const hit of matchLines(
      file.text,
      /^\s*"?(description|summary|keywords)"?\s*[:=].*$/gim,
      5
    )) {
      const local: OpennessClaim[] = []
      claimsInText(file.path, hit.text, local)
      for (const c of local) out.push({ ...c, line: hit.line })
    }
  }
}

/** Sentences in the release's own documentation and metadata that call it open. */
export function findOpennessClaims(snapshot: Snapshot): OpennessClaim[] {
  const out: OpennessClaim[] = []
  for (const file of snapshot.files) {
    if (out.length >= 20) break
    if (isClaimFile(file)) {
      const fm = splitFrontMatter(file.text as string)
      const offset = fm.bodyStartLine - 1
      const local: OpennessClaim[] = []
      claimsInText(
        file.path,
        extension(file.path) === 'md' || /readme/i.test(file.path)
          ? fm.body
          : (file.text as string),
        local
      )
      for (const c of local)
        out.push({
          ...c,
          line: c.line + (extension(file.path) === 'md' || /readme/i.test(file.path) ? offset : 0)
        })
    } else metadataClaims(file, out)
  }
  return out.slice(0, 20)
}
