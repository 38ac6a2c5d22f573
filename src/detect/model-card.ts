import type { DetectionContext } from './context.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import {
  isMarkdownPath,
  isPlaceholderText,
  readMarkdown,
  substantiveWords,
  type Section
} from './markdown.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { baseName, dirName, segmentCount } from '../util/paths.js'
import { fileIndex, isTestFile, isVendoredFile } from '../scan/facts.js'

/** File names a model card goes by. */
const CARD_NAME =
  /^(readme([_-][a-z]{2}([_-][a-z]{2,4})?)?|[\w.-]*model[_-]?card[\w.-]*|modelcard)\.(md|markdown|mdx)$/i
const DEDICATED_CARD_NAME = /model[_-]?card|^modelcard\./i
/** A folder of model cards, one per released model (`model_cards/<model>.md`). */
const CARD_FOLDER = /(^|\/)model[_-]?cards?\/[^/]+\.(md|markdown|mdx)$/i
/** Folders that hold a model (a card in them describes that model). */
const MODEL_FOLDER =
  /(^|\/)(models?|checkpoints?|ckpts?|weights|hf|huggingface|hf[_-]model|release|final|pretrained)(\/|$)/i
const MODEL_FILE_EXT = new Set([
  'safetensors',
  'gguf',
  'bin',
  'pt',
  'pth',
  'ckpt',
  'onnx',
  'h5',
  'keras',
  'tflite',
  'mlmodel',
  'nemo',
  'msgpack'
])
const MODEL_FILE_NAME =
  /^(config\.json|adapter_config\.json|model_index\.json|params\.json|tokenizer\.json|tokenizer_config\.json|generation_config\.json)$/i

/** Front-matter keys of a Hugging Face model card (a dataset card has others). */
const MODEL_CARD_KEYS = [
  'license',
  'license_name',
  'license_link',
  'datasets',
  'model-index',
  'base_model',
  'pipeline_tag',
  'library_name',
  'language',
  'tags',
  'metrics',
  'model_name',
  'widget',
  'inference',
  'co2_eq_emissions'
]

/** Topics of the model card template, recognised in section titles. */
const TOPICS: [string, RegExp][] = [
  [
    'details',
    /\bmodel (details|description|summary|overview|information|architecture)\b|^(overview|introduction|about|description|summary|model information)$/
  ],
  [
    'uses',
    /\b(uses?|intended use|usage|how to use|get(ting)? started|quick ?start|inference|direct use|downstream use|out-of-scope)\b/
  ],
  [
    'limitations',
    /\b(bias|biases|risks?|limitations?|ethical|ethics|safety|recommendations|responsible)\b/
  ],
  ['training', /\b(training|fine-?tuning|pre-?training|train)\b/],
  ['evaluation', /\b(evaluation|results|benchmarks?|performance|metrics)\b/],
  ['environment', /\b(environmental impact|carbon|emissions|energy)\b/],
  ['technical', /\b(technical specifications?|architecture|compute infrastructure)\b/]
]

/** The same topics said in prose, for cards without headings. */
const PROSE_TOPICS: RegExp[] = [
  /\bintended (use|for)\b|\buse cases?\b|\bcan be used\b/i,
  /\blimitations?\b|\bbias(es)?\b|\brisks?\b/i,
  /\b(pre-?|fine-?)?trained on\b|\btraining data\b/i,
  /\bevaluat(ed|ion)\b|\bbenchmarks?\b|\baccuracy\b/i
]

export interface ModelCardLicense {
  path: string
  /** The declared id(s) as written; a list is joined with ", ". */
  raw: string
  /** Each declared id, for a `license:` list. */
  ids: string[]
  /** `license_name` (required beside `license: other`). */
  name?: string
  /** `license_link`: a file in the repository or a URL. */
  link?: string
  /** 1-based line of the `license:` key. */
  line: number
}

export interface ModelCardInfo {
  path: string
  frontMatter: Record<string, unknown> | null
  /** 1-based line of each top-level front-matter key. */
  keyLines: Map<string, number>
  sections: Section[]
  license?: ModelCardLicense
  datasets: string[]
  baseModels: string[]
  hasModelIndex: boolean
  /** Titles of sections whose content is only placeholders. */
  placeholderSections: string[]
  /** Titles of sections with real content. */
  filledSections: string[]
  /** Template topics (uses, limitations, training, evaluation, …) that filled sections cover. */
  topics: string[]
  /** Front-matter errors and reading problems, each prefixed with the path. */
  problems: string[]
  /** Whether the file is a model card by content. */
  qualifies: boolean
  /** Why it is not, when it is not (e.g. "README.md is a template placeholder …"). */
  rejected: string | null
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]/g, '')
    .replace(/^[\d.\s)]+/, '')
    .replace(/[^\p{L}\p{N}&,'\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Template topics a section title belongs to (a title may name several). */
export function sectionTopics(title: string): string[] {
  const t = normalizeTitle(title)
  return TOPICS.filter(([, re]) => re.test(t)).map(([topic]) => topic)
}

/** Strings of a front-matter value that may be one string or a list (capped, trimmed). */
export function stringList(value: unknown, cap = 100): string[] {
  const list = Array.isArray(value) ? value : [value]
  const out: string[] = []
  for (const v of list.slice(0, 1000)) {
    if (typeof v === 'string' || typeof v === 'number') {
      const s = String(v).trim().slice(0, 200)
      if (s !== '' && !out.includes(s)) out.push(s)
    }
    if (out.length >= cap) break
  }
  return out
}

/** Folders that directly hold weights or model configuration files. */
function modelFolders(snapshot: Snapshot): Set<string> {
  const dirs = new Set<string>()
  const all = fileIndex(snapshot).all
  for (let i = 0; i < all.length; i++) {
    const f = all[i]
    // Every MODEL_FILE_NAME ends in `.json`: other names skip the pattern.
    if (
      f.weight !== undefined ||
      MODEL_FILE_EXT.has(f.ext) ||
      (f.ext === 'json' && MODEL_FILE_NAME.test(f.name))
    )
      dirs.add(f.dir)
  }
  return dirs
}

function hasModelCardKeys(data: Record<string, unknown> | null): boolean {
  return data !== null && MODEL_CARD_KEYS.some((k) => Object.hasOwn(data, k))
}

function candidateFiles(snapshot: Snapshot): ScannedFile[] {
  const out: ScannedFile[] = []
  const modelDirs = modelFolders(snapshot)
  for (const f of fileIndex(snapshot).withText) {
    if (f.text === undefined || isVendoredFile(f) || isTestFile(f)) continue
    if (!CARD_NAME.test(f.name) && !CARD_FOLDER.test(f.path)) continue
    const depth = segmentCount(f.path)
    if (depth === 1) out.push(f)
    else if (depth <= 4) {
      const dir = f.dir
      if (
        DEDICATED_CARD_NAME.test(f.name) ||
        CARD_FOLDER.test(f.path) ||
        MODEL_FOLDER.test(dir) ||
        modelDirs.has(dir) ||
        (/^\s*---/.test(f.text.slice(0, 1024)) &&
          hasModelCardKeys(readMarkdown(f).frontMatter.data))
      )
        out.push(f)
    }
    if (out.length >= 30) break
  }
  return out
}

/** A lone top-level heading is the document's title: its words are not a section topic. */
function lonelyTitle(all: Section[]): Section | null {
  const titles = all.filter((s) => s.depth === 1)
  return titles.length === 1 ? titles[0] : null
}

function assessCard(file: ScannedFile): ModelCardInfo {
  const doc = readMarkdown(file)
  const fm = doc.frontMatter
  const data = fm.data
  const problems = [...fm.errors, ...fm.warnings].map((e) => `${file.path}: ${e}`)
  if (file.truncated) problems.push(`${file.path}: only the first part of the file was read`)

  const filled: Section[] = []
  const placeholders: string[] = []
  for (const s of doc.sections) {
    if (isPlaceholderText(s.content)) placeholders.push(s.title)
    else filled.push(s)
  }
  const documentTitle = lonelyTitle(doc.sections)
  const topics = new Set(
    filled.filter((s) => s !== documentTitle).flatMap((s) => sectionTopics(s.title))
  )
  const bodyWords = substantiveWords(doc.body)
  const metadata = hasModelCardKeys(data)
  const proseTopics = PROSE_TOPICS.filter((re) => re.test(doc.body)).length

  let rejected: string | null = null
  const qualifies =
    topics.size >= 2 ||
    (metadata && (topics.size >= 1 || bodyWords >= 40)) ||
    (bodyWords >= 150 && proseTopics >= 3)
  if (!qualifies) {
    const templateSections = placeholders.filter((t) => sectionTopics(t).length > 0).length
    if ((file.text ?? '').trim() === '') rejected = `${file.path} is empty`
    else if (templateSections >= 2)
      rejected = `${file.path} is a template placeholder: ${placeholders.length} of ${doc.sections.length} sections are empty or say [More Information Needed]`
    else if (bodyWords < 40)
      rejected = `${file.path} is too short to be a model card (${bodyWords} words)`
    else
      rejected = `${file.path} does not describe the model: no filled sections on uses, limitations, training or evaluation, and no model metadata`
  }

  let license: ModelCardLicense | undefined
  if (data) {
    const ids = stringList(data.license, 20)
    if (ids.length > 0) {
      const name = stringList(data.license_name, 1)[0]
      const link = stringList(data.license_link, 1)[0]
      license = {
        path: file.path,
        raw: ids.join(', '),
        ids,
        ...(name ? { name } : {}),
        ...(link ? { link } : {}),
        line: fm.keyLines.get('license') ?? 1
      }
    } else if (data.license !== undefined && data.license !== null)
      problems.push(`${file.path}: front matter \`license\` is not a string or a list of strings`)
  }
  const modelIndex = data?.['model-index']
  return {
    path: file.path,
    frontMatter: data,
    keyLines: fm.keyLines,
    sections: doc.sections,
    ...(license ? { license } : {}),
    datasets: data ? stringList(data.datasets) : [],
    baseModels: data ? stringList(data.base_model) : [],
    hasModelIndex: Array.isArray(modelIndex) && modelIndex.length > 0,
    placeholderSections: placeholders,
    filledSections: filled.map((s) => s.title),
    topics: [...topics],
    problems,
    qualifies,
    rejected
  }
}

function rank(card: ModelCardInfo): number {
  const root = !card.path.includes('/')
  return (
    (card.qualifies ? 1000 : 0) +
    (root ? 100 : 0) +
    (hasModelCardKeys(card.frontMatter) ? 50 : 0) +
    (DEDICATED_CARD_NAME.test(baseName(card.path)) ? 20 : 0) +
    Math.min(card.filledSections.length, 19)
  )
}

/**
 * The release's model card: README.md / MODEL_CARD.md / model_card.md / modelcard.md at the root,
 * else in a model folder, chosen by content. Returned even when it does not count as a model card
 * (`qualifies: false`, with `rejected` saying why), because its front matter still declares the
 * licence. Null when there is no candidate file at all. Called once per scan (detect/context.ts);
 * every detector gets the result.
 */
export function selectModelCard(snapshot: Snapshot): ModelCardInfo | null {
  return selectModelCards(snapshot)[0] ?? null
}

/** Every candidate card, the release's own card first (a repository of several models has several). */
export function selectModelCards(snapshot: Snapshot): ModelCardInfo[] {
  return candidateFiles(snapshot)
    .filter((f) => isMarkdownPath(f.path))
    .map(assessCard)
    .sort((a, b) => rank(b) - rank(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

const FRONT_MATTER_SUMMARY_KEYS = [
  'license',
  'license_name',
  'license_link',
  'datasets',
  'base_model',
  'pipeline_tag',
  'library_name',
  'language',
  'model-index'
]

/**
 * A card of its own model: a dedicated card file, one in a model folder or `model_cards/`, or a
 * translated README at the top (`README_en.md`); a README elsewhere in the docs is not.
 */
function isSeparateModelCard(path: string): boolean {
  const name = baseName(path)
  return (
    DEDICATED_CARD_NAME.test(name) ||
    CARD_FOLDER.test(path) ||
    MODEL_FOLDER.test(dirName(path)) ||
    (!path.includes('/') && /^readme[_-]/i.test(name))
  )
}

/** 'Model card': a README or card file that describes the model by content, not by name. */
export function detectModelCard({ card, cards }: DetectionContext): ComponentFinding[] {
  if (!card || !card.qualifies) return []
  const others = cards.filter((c) => c !== card && c.qualifies && isSeparateModelCard(c.path))
  const evidence: Evidence[] = []
  const metaKeys = FRONT_MATTER_SUMMARY_KEYS.filter(
    (k) => card.frontMatter !== null && Object.hasOwn(card.frontMatter, k)
  )
  evidence.push({
    path: card.path,
    kind: 'file',
    detail: [
      'model card',
      metaKeys.length > 0 ? 'Hugging Face metadata' : null,
      `${card.filledSections.length} filled section${card.filledSections.length === 1 ? '' : 's'}`,
      card.topics.length > 0 ? `covering ${card.topics.join(', ')}` : null
    ]
      .filter(Boolean)
      .join('; ')
  })
  if (metaKeys.length > 0) {
    const firstLine = Math.min(...metaKeys.map((k) => card.keyLines.get(k) ?? 1))
    evidence.push({
      path: card.path,
      line: firstLine,
      kind: 'metadata',
      detail: `front matter: ${metaKeys.join(', ')}`
    })
  }
  let shown = 0
  const title = lonelyTitle(card.sections)
  for (const s of card.sections) {
    if (shown >= 8) break
    if (!card.filledSections.includes(s.title) || sectionTopics(s.title).length === 0) continue
    if (s.depth > 3 || s === title) continue
    evidence.push({
      path: card.path,
      line: s.line,
      kind: 'section',
      detail: `"${s.title}" (${substantiveWords(s.content)} words)`
    })
    shown++
  }
  for (const other of others.slice(0, 5))
    evidence.push({
      path: other.path,
      kind: 'file',
      detail: `model card; ${other.filledSections.length} filled sections${other.topics.length > 0 ? `; covering ${other.topics.join(', ')}` : ''}`
    })
  const notes: string[] = []
  if (others.length > 5) notes.push(`${others.length + 1} model cards in all`)
  if (card.placeholderSections.length > 0)
    notes.push(
      `${card.placeholderSections.length} section(s) are still placeholders: ${card.placeholderSections.slice(0, 6).join(', ')}${card.placeholderSections.length > 6 ? ', …' : ''}`
    )
  notes.push(...card.problems)
  return [
    {
      name: 'Model card',
      presence: 'in-repository',
      evidence,
      locations: [card.path, ...others.map((c) => c.path)],
      ...(notes.length > 0 ? { notes } : {})
    }
  ]
}
