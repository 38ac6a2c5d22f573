import type { ScannedFile, Snapshot } from '../scan/types.js'
import {
  isPlaceholderText,
  markdownSections,
  splitFrontMatter,
  substantiveWords,
  type Section
} from './card-text.js'
import type { ComponentFinding, Evidence } from './types.js'
import { baseName, extension, isVendored } from './util.js'

const MODEL_CARD_NAMES = /^(readme|model[_-]?card|modelcard)\.(md|markdown|mdx)$/i
/** Front-matter keys that only a Hugging Face model card carries. */
const CARD_KEYS = [
  'license',
  'license_name',
  'license_link',
  'datasets',
  'model-index',
  'base_model',
  'pipeline_tag',
  'library_name',
  'tags',
  'language',
  'metrics',
  'model_name'
]
/** Sections of the Hugging Face model card template (and their common variants). */
const CARD_SECTIONS =
  /^(model (details|description|summary|overview|architecture)|uses?|intended uses?|direct use|downstream use|out-of-scope use|bias|risks|limitations|bias, risks,? and limitations|recommendations|how to (get started|use)|usage|quick ?start|training( details| data| procedure| hyperparameters)?|evaluation( results)?|results|benchmarks?|environmental impact|technical specifications|model architecture and objective|compute infrastructure|hardware|software|citation|ethical considerations|license|licensing)\b/i

/** Sections that say what a model is, how it was made and how it behaves (not install notes). */
const CORE_CARD_SECTIONS =
  /^(model (details|description|summary|overview|architecture)|uses?|intended uses?|direct use|downstream use|out-of-scope use|bias|risks|limitations|bias, risks,? and limitations|recommendations|training( details| data| procedure| hyperparameters)?|evaluation( results)?|results|benchmarks?|performance|technical specifications|model architecture and objective|ethical considerations)\b/i

export interface ModelCardLicense {
  path: string
  raw: string
  name?: string
  link?: string
  line?: number
}

export interface ModelCard {
  path: string
  frontMatter: Record<string, unknown> | null
  sections: Section[]
  /** Titles of sections with real content. */
  filledSections: string[]
  placeholderSections: string[]
  license: ModelCardLicense | null
  datasets: string[]
  baseModels: string[]
  hasModelIndex: boolean
  /** Why the card does not count, when it does not. */
  rejected: string | null
  problems: string[]
}

function strings(value: unknown, cap = 50): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return list
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .slice(0, cap)
    .map((v) => v.trim().slice(0, 200))
}

function candidateCards(snapshot: Snapshot): ScannedFile[] {
  const cards = snapshot.files.filter(
    (f) => f.text !== undefined && MODEL_CARD_NAMES.test(baseName(f.path)) && !isVendored(f.path)
  )
  const depth = (p: string): number => p.split('/').length
  // Root first, then dedicated card files, then shallow folders.
  return cards
    .sort(
      (a, b) =>
        depth(a.path) - depth(b.path) ||
        Number(/^readme/i.test(baseName(a.path))) - Number(/^readme/i.test(baseName(b.path))) ||
        (a.path < b.path ? -1 : 1)
    )
    .slice(0, 20)
}

function readCard(file: ScannedFile): ModelCard {
  const text = file.text ?? ''
  const fm = splitFrontMatter(text)
  const sections = markdownSections(fm.body, fm.bodyStartLine)
  const filled: string[] = []
  const placeholders: string[] = []
  const empty = sections.map((s) => isPlaceholderText(s.content))
  sections.forEach((s, i) => {
    // A heading whose own text is empty but whose subsections have content is a container.
    let j = i + 1
    while (j < sections.length && sections[j].depth > s.depth) j++
    const hasChildren = j > i + 1
    const anyChildFilled = empty.slice(i + 1, j).some((e) => !e)
    if (!empty[i] || anyChildFilled) filled.push(s.title)
    else if (CARD_SECTIONS.test(s.title) && !hasChildren) placeholders.push(s.title)
    else if (CARD_SECTIONS.test(s.title) && hasChildren && !anyChildFilled)
      placeholders.push(s.title)
  })
  const data = fm.data
  const hasCardKeys = data !== null && CARD_KEYS.some((k) => k in data)
  const cardSections = filled.filter((t) => CORE_CARD_SECTIONS.test(t))
  const words = substantiveWords(fm.body).length
  let rejected: string | null = null
  if (text.trim() === '') rejected = `${file.path} is empty`
  else if (!hasCardKeys && cardSections.length < 2)
    rejected = `${file.path} has no model-card content (no card metadata, ${cardSections.length} of the card's sections on details, uses, limitations, training or evaluation)`
  else if (!hasCardKeys && cardSections.length === 0 && placeholders.length > 0)
    rejected = `${file.path} is an unfilled model-card template`
  else if (cardSections.length === 0 && placeholders.length >= 3 && words < 80)
    rejected = `${file.path} is an unfilled model-card template`

  let license: ModelCardLicense | null = null
  if (data) {
    const raw = strings(data.license)
    if (raw.length > 0) {
      const name = strings(data.license_name)[0]
      const link = strings(data.license_link)[0]
      license = {
        path: file.path,
        raw: raw.join(' AND '),
        ...(name ? { name } : {}),
        ...(link ? { link } : {}),
        ...(fm.keyLines.license ? { line: fm.keyLines.license } : {})
      }
    }
  }
  return {
    path: file.path,
    frontMatter: data,
    sections,
    filledSections: filled,
    placeholderSections: placeholders,
    license,
    datasets: data ? strings(data.datasets) : [],
    baseModels: data ? strings(data.base_model) : [],
    hasModelIndex:
      data !== null && Array.isArray(data['model-index']) && data['model-index'].length > 0,
    rejected,
    problems: fm.errors.map((e) => `${file.path}: ${e}`)
  }
}

/** The release's model card: the first candidate whose content counts, else the first rejected one. */
export function readModelCard(snapshot: Snapshot): ModelCard | null {
  let first: ModelCard | null = null
  for (const file of candidateCards(snapshot)) {
    const card = readCard(file)
    if (card.rejected === null) return card
    first ??= card
  }
  return first
}

export function detectModelCard(card: ModelCard | null): ComponentFinding[] {
  if (!card || card.rejected) return []
  const evidence: Evidence[] = []
  if (card.frontMatter) {
    const keys = CARD_KEYS.filter((k) => card.frontMatter && k in card.frontMatter)
    if (keys.length > 0)
      evidence.push({
        path: card.path,
        line: 1,
        kind: 'metadata',
        detail: `card metadata: ${keys.slice(0, 6).join(', ')}`
      })
  }
  const filled = card.sections.filter(
    (s) => CARD_SECTIONS.test(s.title) && card.filledSections.includes(s.title)
  )
  if (filled.length > 0)
    evidence.push({
      path: card.path,
      line: filled[0].line,
      kind: 'section',
      detail: `${filled.length} filled card section(s): ${filled
        .slice(0, 5)
        .map((s) => s.title)
        .join(', ')}`
    })
  if (evidence.length === 0)
    evidence.push({ path: card.path, kind: 'file', detail: 'model documentation' })
  const notes =
    card.placeholderSections.length > 0
      ? [`unfilled sections: ${card.placeholderSections.slice(0, 5).join(', ')}`]
      : undefined
  return [
    {
      name: 'Model card',
      presence: 'in-repository',
      evidence,
      locations: [card.path],
      ...(notes ? { notes } : {})
    }
  ]
}

const DATA_CARD_NAME =
  /^(data[_-]?card|dataset[_-]?card|datasheet|data[_-]?sheet|datasheet[_-]for[_-]datasets?|data[_-]?statement|training[_-]?(data|content)[_-]?(summary|card)?|[\w-]*training[_-]content[_-]summary[\w-]*)\.(md|markdown|txt|rst|pdf)$/i
const DATA_SECTION =
  /^(training data|train(ing)? dataset|datasets?|data|pre-?training data|data sources|training corpus|data collection|dataset creation|source data)\b/i
const DATA_WORDS =
  /\b(source|sourced|collected|crawl|scraped|corpus|filter|filtered|dedup|deduplicat|cleaned|tokeni[sz]|licen[cs]e|provenance|sampled|selected|curated|mixture)/i
const DATASHEET_SECTIONS =
  /^(motivation|composition|collection process|preprocessing|uses|distribution|maintenance|dataset (description|structure|creation)|curation rationale|source data|annotations|personal and sensitive information)/i

function isCroissant(text: string): boolean {
  if (!/mlcommons\.org\/croissant/i.test(text.slice(0, 20000))) return false
  try {
    const data = JSON.parse(text) as Record<string, unknown>
    const type = String(data['@type'] ?? '')
    return /dataset/i.test(type) && data['@context'] !== undefined
  } catch {
    return false
  }
}

function isDatasetCard(file: ScannedFile): boolean {
  if (!/^readme\.(md|markdown)$/i.test(baseName(file.path))) return false
  const fm = splitFrontMatter(file.text ?? '')
  if (
    fm.data &&
    ('task_categories' in fm.data ||
      'size_categories' in fm.data ||
      'dataset_info' in fm.data ||
      'source_datasets' in fm.data ||
      'annotations_creators' in fm.data)
  )
    return true
  return (
    /(^|\/)(data|datasets?)\/[^/]+$/i.test(file.path) &&
    !isPlaceholderText(fm.body) &&
    substantiveWords(fm.body).length >= 60
  )
}

/** Data card: datasheets, dataset cards, Croissant metadata, AI Act training-content summaries, or a substantive training-data section. */
export function detectDataCard(snapshot: Snapshot, card: ModelCard | null): ComponentFinding[] {
  const evidence: Evidence[] = []
  const locations: string[] = []
  for (const file of snapshot.files) {
    if (isVendored(file.path)) continue
    const name = baseName(file.path)
    if (DATA_CARD_NAME.test(name)) {
      if (
        extension(file.path) === 'pdf' ||
        (file.text !== undefined &&
          !isPlaceholderText(file.text) &&
          substantiveWords(file.text).length >= 40)
      ) {
        const sheet = file.text
          ? markdownSections(file.text).filter((s) => DATASHEET_SECTIONS.test(s.title)).length
          : 0
        evidence.push({
          path: file.path,
          kind: 'file',
          detail: sheet >= 3 ? `datasheet with ${sheet} datasheet sections` : 'data card'
        })
        locations.push(file.path)
      }
      continue
    }
    if (file.text !== undefined && /\.(json|jsonld)$/i.test(name) && isCroissant(file.text)) {
      evidence.push({
        path: file.path,
        kind: 'metadata',
        detail: 'Croissant dataset metadata (JSON-LD)'
      })
      locations.push(file.path)
      continue
    }
    if (file.text !== undefined && isDatasetCard(file)) {
      evidence.push({ path: file.path, kind: 'file', detail: 'dataset card' })
      locations.push(file.path)
    }
  }
  if (card && !card.rejected) {
    const section = card.sections.find(
      (s) =>
        DATA_SECTION.test(s.title) &&
        !isPlaceholderText(s.content) &&
        substantiveWords(s.content).length >= 40 &&
        DATA_WORDS.test(s.content)
    )
    if (section) {
      evidence.push({
        path: card.path,
        line: section.line,
        kind: 'section',
        detail: `training-data section "${section.title}" in the model card (${substantiveWords(section.content).length} words)`
      })
      if (locations.length === 0) locations.push(card.path)
    }
  }
  if (evidence.length === 0) return []
  return [
    { name: 'Data card', presence: 'in-repository', evidence: evidence.slice(0, 5), locations }
  ]
}

/** Paths of documentation a detector may cite: the card and Markdown files, not vendored ones. */
export function documentationFiles(snapshot: Snapshot): ScannedFile[] {
  return snapshot.files.filter(
    (f) =>
      f.text !== undefined &&
      !isVendored(f.path) &&
      (['md', 'markdown', 'rst', 'txt', 'cff', 'bib'].includes(extension(f.path)) ||
        /^readme$/i.test(baseName(f.path)))
  )
}
