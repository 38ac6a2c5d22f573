import type { DetectionContext } from './context.js'
import type { ScannedFile } from '../scan/types.js'
import { isVendoredFile } from '../scan/facts.js'
import {
  isMarkdownPath,
  isPlaceholderText,
  plainInline,
  readMarkdown,
  substantiveWords,
  type Section
} from './markdown.js'
import type { ComponentFinding, Evidence, Presence } from '../model/findings.js'
import { dirName, isInTestFolder, matchLines } from '../util/paths.js'

const DATA_CARD_NAME = /^(data[_-]?card|dataset[_-]?card|datasheet)[\w.-]*$/i
const TRAINING_SUMMARY_NAME = /training[\w.-]*content[\w.-]*summary/i
const DOCUMENT_EXT = new Set([
  'md',
  'markdown',
  'mdx',
  'txt',
  'rst',
  'pdf',
  'html',
  'htm',
  'docx',
  'odt'
])
/** Keys only a Hugging Face dataset card has in its front matter. */
const DATASET_CARD_KEYS = [
  'task_categories',
  'task_ids',
  'size_categories',
  'annotations_creators',
  'language_creators',
  'source_datasets',
  'pretty_name',
  'dataset_info',
  'configs',
  'paperswithcode_id',
  'train-eval-index',
  'multilinguality'
]
const DATA_FOLDER = /(^|\/)(data|datasets?|corpus|corpora)\//i

/** The seven question groups of Datasheets for Datasets (Gebru et al.). */
const DATASHEET_GROUPS = [
  /^motivation\b/,
  /^composition\b/,
  /^collection( process)?\b/,
  /^(preprocessing|cleaning|labell?ing)\b/,
  /^uses\b/,
  /^distribution\b/,
  /^maintenance\b/
]
/** The three sections of the EU AI Office template for the public training-content summary. */
const AI_ACT_SECTIONS = [
  /\bgeneral information\b/,
  /\blist of (the )?data sources\b/,
  /\bdata[- ]processing aspects\b/
]

/** Model-card sections that describe training data. */
const TRAINING_DATA_TITLE =
  /^((pre-?)?training (data|dataset|datasets|corpus|corpora|data sources?)|training and evaluation data|datasets?|data|data sources?|corpus|training mixture|data mixture)$/
const SOURCE_WORDS =
  /https?:\/\/|\b[\w.-]+\/[\w.-]+\b|\b(corpus|corpora|dataset|datasets|collected|crawl(ed)?|scraped|wikipedia|common ?crawl|github|books|arxiv|stack ?exchange|c4|the pile|refinedweb|redpajama|dolma|fineweb|web (pages|text|data)|sources?)\b/i
const PROCESSING_WORDS =
  /\b(filter(ed|ing)?|dedup(licat(ed|ion))?|near-duplicate|clean(ed|ing)?|pre-?process(ed|ing)?|tokeni[sz](ed|ation|er)|normali[sz](ed|ation)|remov(ed|ing|al)|sampl(ed|ing)|mix(ture|ed)?|curat(ed|ion)|decontaminat(ed|ion)|language identification|quality (classifier|filter)|pii|anonymi[sz](ed|ation)|upsampl\w*|weighted)\b/i
const MIN_SECTION_WORDS = 60
const MIN_CARD_WORDS = 30
const MAX_MARKDOWN_FILES = 300

export interface DataCardAssessment {
  evidence: Evidence[]
  locations: string[]
  presence: Presence
  /** Files or sections that look like data cards but do not count, and why. */
  rejected: { path: string; reason: string }[]
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]/g, '')
    .replace(/^[\d.\s)]+/, '')
    .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Words of notes on where data is stored and how jobs reach it, not on what the data is. */
const INFRASTRUCTURE_WORDS =
  /\b(cluster|slurm|sbatch|srun|nodes?|mount(ed)?|bucket|scratch|nfs|lustre|quota|partition|credentials|rsync|nvme|disks?|volumes?|job arrays?)\b/gi

/** Infrastructure notes: several storage and cluster terms, and nothing on how the data was made. */
function isInfrastructureNote(text: string): boolean {
  const terms = new Set((text.match(INFRASTRUCTURE_WORDS) ?? []).map((w) => w.toLowerCase()))
  return terms.size >= 3 && !PROCESSING_WORDS.test(text)
}

function judgeText(file: ScannedFile, label: string, out: DataCardAssessment): void {
  const text = file.text ?? ''
  const words = substantiveWords(text)
  // No substantive word is what isPlaceholderText means: counted once, not twice.
  if (words === 0)
    out.rejected.push({ path: file.path, reason: `${file.path} is a template placeholder` })
  else if (isInfrastructureNote(text))
    out.rejected.push({
      path: file.path,
      reason: `${file.path} is about storage and cluster jobs, not about the data`
    })
  else if (words < MIN_CARD_WORDS)
    out.rejected.push({
      path: file.path,
      reason: `${file.path} is too short to document the data (${words} words)`
    })
  else {
    out.evidence.push({ path: file.path, kind: 'file', detail: `${label} (${words} words)` })
    out.locations.push(file.path)
  }
}

function contextOf(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter(
    (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
  )
}

const CROISSANT_NS = /^https?:\/\/mlcommons\.org\/croissant\/?$/i
const CROISSANT_CONFORMS = /^https?:\/\/mlcommons\.org\/croissant\/\d+(\.\d+)*\/?$/i

function isDatasetType(value: unknown): boolean {
  const types = Array.isArray(value) ? value : [value]
  return types.some(
    (t) => typeof t === 'string' && /^(sc:|schema:|https?:\/\/schema\.org\/)?Dataset$/.test(t)
  )
}

/** Croissant JSON-LD: `@context` maps `cr` to the MLCommons namespace and `@type` is Dataset. */
export function croissantInfo(text: string): { conformsTo: string | null } | null {
  if (!/mlcommons\.org\/croissant/i.test(text)) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null
  const doc = json as Record<string, unknown>
  const hasCr = contextOf(doc['@context']).some(
    (c) => typeof c.cr === 'string' && CROISSANT_NS.test(c.cr)
  )
  if (!hasCr || !isDatasetType(doc['@type'])) return null
  const conforms = [doc.conformsTo, doc['dct:conformsTo']]
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .find((v): v is string => typeof v === 'string' && CROISSANT_CONFORMS.test(v))
  return { conformsTo: conforms ?? null }
}

function headingSet(all: Section[]): string[] {
  return all.slice(0, 500).map((s) => normalizeTitle(s.title))
}

function trainingDataSections(ctx: DetectionContext, out: DataCardAssessment): void {
  const card = ctx.card
  if (!card) return
  for (const s of card.sections) {
    if (!TRAINING_DATA_TITLE.test(normalizeTitle(s.title))) continue
    const words = substantiveWords(s.content)
    if (isPlaceholderText(s.content)) {
      out.rejected.push({
        path: card.path,
        reason: `${card.path} section "${s.title}" is a placeholder`
      })
      continue
    }
    const names = SOURCE_WORDS.test(s.content)
    const processing = PROCESSING_WORDS.test(s.content)
    if (words >= MIN_SECTION_WORDS && names && processing) {
      out.evidence.push({
        path: card.path,
        line: s.line,
        kind: 'section',
        detail: `training-data section "${s.title}" (${words} words; names sources and processing)`
      })
      if (!out.locations.includes(card.path)) out.locations.push(card.path)
    } else {
      const missing = [
        words < MIN_SECTION_WORDS ? `${words} words` : null,
        names ? null : 'no sources named',
        processing ? null : 'no processing described'
      ].filter(Boolean)
      out.rejected.push({
        path: card.path,
        reason: `${card.path} section "${s.title}" is too thin for a data card (${missing.join(', ')})`
      })
    }
  }
}

/** Links whose text calls the target a data card or datasheet. */
const DATA_CARD_LINK =
  /\[([^[\]\n]{0,200}\b(?:data ?card|dataset card|datasheet|data sheet|training content summary)\b[^[\]\n]{0,200})\]\((https?:\/\/[^()\s]{1,500})\)/gi

function dataCardLinks(ctx: DetectionContext, out: DataCardAssessment): void {
  const card = ctx.card
  if (!card) return
  const file = ctx.files.byPath(card.path)
  if (!file?.text) return
  for (const m of matchLines(file.text, DATA_CARD_LINK, 5)) {
    out.evidence.push({
      path: card.path,
      line: m.line,
      kind: 'link',
      detail: `link to a data card: "${plainInline(m.match[1])}"`,
      url: m.match[2]
    })
  }
}

/** Everything that documents the data, with what looked like a data card but did not count. */
export function assessDataCards(ctx: DetectionContext): DataCardAssessment {
  const out: DataCardAssessment = {
    evidence: [],
    locations: [],
    presence: 'in-repository',
    rejected: []
  }
  let markdownSeen = 0
  const all = ctx.files.all
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    // Every branch below needs the file's text or a document extension: the rest of the files
    // (most of them) are passed over before the folder test.
    if (file.text === undefined && !DOCUMENT_EXT.has(file.ext)) continue
    if (isVendoredFile(file) || isInTestFolder(file.path)) continue
    const name = file.name
    const ext = file.ext
    const named = DATA_CARD_NAME.test(name) || TRAINING_SUMMARY_NAME.test(name)
    const label = TRAINING_SUMMARY_NAME.test(name)
      ? 'training-content summary'
      : /datasheet/i.test(name)
        ? 'datasheet'
        : 'data card'

    if (named && DOCUMENT_EXT.has(ext)) {
      if (file.text !== undefined) judgeText(file, label, out)
      else if (file.size !== 0) {
        out.evidence.push({
          path: file.path,
          kind: 'file',
          detail: `${label} (${ext.toUpperCase()}, not read)`
        })
        out.locations.push(file.path)
      }
      continue
    }

    if ((ext === 'json' || ext === 'jsonld') && file.text !== undefined) {
      const info = croissantInfo(file.text)
      if (info) {
        const line = matchLines(file.text, /"@context"/, 1)[0]?.line
        out.evidence.push({
          path: file.path,
          ...(line ? { line } : {}),
          kind: 'content',
          detail: `Croissant dataset description${info.conformsTo ? ` (conforms to ${info.conformsTo})` : ''}`
        })
        out.locations.push(file.path)
      } else if (file.truncated && /mlcommons\.org\/croissant/i.test(file.text))
        out.rejected.push({
          path: file.path,
          reason: `${file.path} mentions Croissant but is too large to read in full`
        })
      continue
    }

    if (file.text === undefined || !isMarkdownPath(file.path)) continue
    if (++markdownSeen > MAX_MARKDOWN_FILES) continue
    const doc = readMarkdown(file)
    const data = doc.frontMatter.data
    const isReadme = /^readme\./i.test(name)
    if (isReadme && data && DATASET_CARD_KEYS.some((k) => Object.hasOwn(data, k))) {
      judgeText(file, 'dataset card (Hugging Face dataset metadata)', out)
      continue
    }
    if (isReadme && DATA_FOLDER.test(`${dirName(file.path)}/`)) {
      judgeText(file, `dataset README in ${dirName(file.path)}/`, out)
      continue
    }
    const titles = headingSet(doc.sections)
    const aiAct = AI_ACT_SECTIONS.filter((re) => titles.some((t) => re.test(t))).length
    const datasheet = DATASHEET_GROUPS.filter((re) => titles.some((t) => re.test(t))).length
    if (aiAct >= 2 || datasheet >= 4) {
      const firstLine = doc.sections[0]?.line
      const words = substantiveWords(doc.body)
      if (words < MIN_CARD_WORDS) {
        out.rejected.push({ path: file.path, reason: `${file.path} is a template placeholder` })
        continue
      }
      out.evidence.push({
        path: file.path,
        ...(firstLine ? { line: firstLine } : {}),
        kind: 'section',
        detail:
          aiAct >= 2
            ? `training-content summary (AI Act template headings, ${words} words)`
            : `datasheet (${datasheet} of 7 Datasheets-for-Datasets question groups, ${words} words)`
      })
      out.locations.push(file.path)
    }
  }
  trainingDataSections(ctx, out)
  if (out.evidence.length === 0) {
    dataCardLinks(ctx, out)
    if (out.evidence.length > 0) out.presence = 'by-reference'
  }
  out.evidence = out.evidence.slice(0, 20)
  return out
}

/** 'Data card': data cards, datasheets, dataset cards, Croissant files, AI Act training-content summaries. */
export function detectDataCard(ctx: DetectionContext): ComponentFinding[] {
  const result = assessDataCards(ctx)
  if (result.evidence.length === 0) return []
  const locations = result.locations.length > 0 ? result.locations : [result.evidence[0].path]
  return [{ name: 'Data card', presence: result.presence, evidence: result.evidence, locations }]
}
