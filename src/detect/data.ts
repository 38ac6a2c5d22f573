import type { DetectionContext } from './context.js'
import type { ScannedFile } from '../scan/types.js'
import { isVendoredFile, type IndexedFile } from '../scan/facts.js'
import { headingPath, isMarkdownPath, plainInline, readMarkdown } from './markdown.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { isFineTuningRecipe, matchLines } from '../util/paths.js'

const DATA_EXT = new Set([
  'parquet',
  'arrow',
  'jsonl',
  'ndjson',
  'csv',
  'tsv',
  'tfrecord',
  'tfrecords',
  'feather',
  'avro',
  'json',
  'txt',
  'zst',
  'gz',
  'bz2',
  'xz'
])
/** Compressed files count only when the inner format is a data format (`train.jsonl.zst`). */
const COMPRESSION_EXT: ReadonlySet<string> = new Set(['zst', 'gz', 'bz2', 'xz'])
const COMPRESSED_DATA = /\.(jsonl|json|csv|tsv|txt|parquet|arrow|ndjson)\.(zst|gz|bz2|xz)$/i
const NOT_DATA_NAME =
  /^(readme|licen[cs]e|copying|notice|requirements|vocab|merges|config|dataset_info|dataset_dict|state|package|tsconfig|tokenizer|special_tokens_map|generation_config|preprocessor_config)([._-]|$)/i
const DATA_SEGMENT = /^(data|datasets?|corpus|corpora|training[_-]?data|train[_-]?data)$/i
const EVAL_SEGMENT =
  /^(evals?|evaluations?|benchmarks?|eval[_-]?data|evaluation[_-]?data|test[_-]?sets?|held[_-]?out|heldout|dev[_-]?sets?)$/i
const SPLIT_SEGMENT = /^(test|testset|test[_-]set|validation|valid|val|dev)$/i
const SPLIT_NAME = /^(test|validation|valid|val|dev|eval|heldout)([_.-]|$)/i
/** Unit-test fixtures (`test_data/`, `testdata/` included) are neither training nor evaluation data. */
const FIXTURE_SEGMENT =
  /^(tests|__tests__|fixtures?|__fixtures__|testing|spec|specs|test[_-]?data|testdata)$/i
const RESULTS_NAME = /(results?|scores?|metrics|leaderboard)/i

const HF_DATASET_URL = /huggingface\.co\/datasets\/([\w.-]+(?:\/[\w.-]+)?)/g
const KAGGLE_DATASET_URL = /kaggle\.com\/datasets\/([\w.-]+\/[\w.-]+)/g
const LOAD_DATASET = /\bload_dataset\(\s{0,5}["']([\w.-]+(?:\/[\w.-]+)?)["']/g
const MARKDOWN_LINK = /\[([^[\]\n]{1,300})\]\((https?:\/\/[^()\s]{1,1000})\)/g
const NAMED_DATA =
  /\b(data|datasets?|corpus|corpora|benchmarks?|bench)\b|data|dataset|corpus|bench/i
const IMAGE_URL = /\.(png|jpe?g|gif|svg|webp|mp4)(\?|#|$)/i
/** The link after a Hub dataset id, up to where a URL ends in prose or Markdown. */
const URL_TAIL = /^[^\s"'<>)\]*`]*/
/** One picture, sound or video: an input to try the model on, or an illustration. */
const MEDIA_FILE = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|mp3|wav|flac|ogg|mp4|webm|mov|avi)$/i

/**
 * Whether the link after a dataset id (`/resolve/main/park.png?download=true`) is one picture,
 * sound or video in the repository: something to prompt the model with, not data it learnt from.
 */
export function isMediaFileLink(afterId: string): boolean {
  // A sentence's comma or full stop after a URL is not part of it.
  const tail = (URL_TAIL.exec(afterId)?.[0] ?? '').replace(/[?#].*$|[.,;:!]+$/, '')
  return /^\/(resolve|blob)\//.test(tail) && MEDIA_FILE.test(tail)
}

/** Hub dataset repos that only host images for READMEs. */
const NOT_A_DATASET =
  /^(huggingface\/documentation-images|huggingface\/brand-assets|mishig\/sample_images|choosealicense\/licenses)$/i
/** What a dataset link is to the release, read from its sentence and the headings above it:
 * news about other releases and data offered for users' own fine-tuning are not the release's. */
export function datasetLinkPlace(
  text: string,
  headings: readonly string[]
): 'not-the-release' | 'evaluation' | null {
  if (headings.some((h) => NEWS_TITLE.test(h.replace(/^[^\p{L}]+/u, '')))) return 'not-the-release'
  // "By default we use a small sample of X to fine-tune the base model", "you can find fine-tuning
  // data on …": offered to users. "The chat model was fine-tuned on X" is the release's own data.
  if (
    (FINE_TUNING_WORDS.test(text) || headings.some((h) => FINE_TUNING_WORDS.test(h))) &&
    USER_FACING_WORDS.test(text) &&
    !/\b(was|were|has been|have been|is|are)\s+(further\s+|then\s+)?(fine-?tuned|finetuned)\b/i.test(
      text
    )
  )
    return 'not-the-release'
  return BENCHMARK_WORDS.test(text) ? 'evaluation' : null
}

/** Hub dataset repositories that hold something else (README images, licence texts). */
export function isNotADataset(id: string): boolean {
  return NOT_A_DATASET.test(id)
}

/** Sections of news about the organisation's other releases, not this release's parts. */
const NEWS_TITLE =
  /^(news|updates?|changelog|change log|release notes|what'?s new|latest news|动态|更新|新闻)(?![a-z])/i
/** A sentence that offers data for users' own fine-tuning, not the data the model was trained on. */
const FINE_TUNING_WORDS = /\bfine-?tun\w*|\bfinetun\w*|微调|\bSFT\b/i
const USER_FACING_WORDS =
  /\b(you|your|users?|examples?|samples?|demo|customi[sz]ed|by default|for instance|such as)\b|默认|示例|样例|例如|你|您/i
const BENCHMARK_WORDS = /\bbenchmarks?\b|\bevaluat\w*|评测|\btest sets?\b/i

const TRAINING_TITLE =
  /\b((pre-?)?training (data|dataset|datasets|corpus|corpora|mixture)|datasets?|data sources?|data mixture|training and evaluation data)\b|^data$/
const EVAL_TITLE =
  /\b(evaluation|evaluations|testing data|test data|test sets?|benchmarks?|eval data|validation data|results)\b/

const MAX_DOCS = 50
const MAX_EVIDENCE = 20

const HUB_ID = /^[\w.-]{1,100}(\/[\w.-]{1,100})?$/

function hubDatasetUrl(id: string): string | undefined {
  return HUB_ID.test(id) ? `https://huggingface.co/datasets/${id}` : undefined
}

function cleanId(id: string): string {
  return id.replace(/[.,;:]+$/, '').replace(/\/(tree|blob|resolve|viewer)$/, '')
}

function isDataFileName(file: IndexedFile): boolean {
  const name = file.name
  const ext = file.ext
  if (!DATA_EXT.has(ext) || NOT_DATA_NAME.test(name)) return false
  if (COMPRESSION_EXT.has(ext) && !COMPRESSED_DATA.test(name)) return false
  return file.size !== 0 || file.lfs !== undefined
}

type DataRole = 'training' | 'evaluation' | null

/** What a folder's segments say about the data files in it, worked out once per folder. */
interface DataFolder {
  segs: string[]
  /** A fine-tuning recipe's folder (its example data is not what the release was trained on). */
  recipe: boolean
  fixture: boolean
  evaluation: boolean
  /** Index of the first data segment, or -1. */
  dataAt: number
  /** A split segment (test/, validation/, …) below the data segment. */
  split: boolean
  /** groupFolder's answer per role, once asked. */
  group?: Partial<Record<Exclude<DataRole, null>, string>>
}

/** Folder facts keyed by the records' shared folder string. */
type FolderFacts = Map<string, DataFolder>

function dataFolder(cache: FolderFacts, file: IndexedFile): DataFolder {
  const folder = file.dir
  let facts = cache.get(folder)
  if (facts === undefined) {
    const segs = folder.split('/').filter(Boolean)
    const dataAt = segs.findIndex((s) => DATA_SEGMENT.test(s))
    facts = {
      segs,
      // The recipe pattern needs a folder name followed by '/', so the folder decides it.
      recipe: isFineTuningRecipe(folder === '' ? '' : folder + '/'),
      fixture: segs.some((s) => FIXTURE_SEGMENT.test(s)),
      evaluation: segs.some((s) => EVAL_SEGMENT.test(s)),
      dataAt,
      split: dataAt !== -1 && segs.slice(dataAt + 1).some((s) => SPLIT_SEGMENT.test(s))
    }
    cache.set(folder, facts)
  }
  return facts
}

/** The role of a data file (isDataFileName, not vendored) in `folder`. */
function dataRole(folder: DataFolder, file: IndexedFile): DataRole {
  // Example data for users' own fine-tuning runs is not what the release was trained on.
  if (folder.recipe) return null
  if (folder.fixture) return null
  const name = file.name
  // Results files are evaluation results wherever they sit, not data to evaluate on.
  if (RESULTS_NAME.test(name)) return null
  if (folder.evaluation) return 'evaluation'
  if (folder.dataAt === -1) return null
  if (folder.split || SPLIT_NAME.test(name)) return 'evaluation'
  return 'training'
}

/** The folder that holds a group of data files: the data/eval folder nearest the root. */
function groupFolder(folder: DataFolder, role: Exclude<DataRole, null>): string {
  // The answer depends on the folder alone: worked out once per folder, not once per file.
  const known = folder.group?.[role]
  if (known !== undefined) return known
  const segs = folder.segs
  const match = role === 'evaluation' ? EVAL_SEGMENT : DATA_SEGMENT
  let at = segs.findIndex((s) => match.test(s))
  if (at === -1) at = segs.findIndex((s) => DATA_SEGMENT.test(s))
  const group = segs.slice(0, at + 1).join('/')
  folder.group = { ...folder.group, [role]: group }
  return group
}

/** The data files with their role and folder facts, found in one pass for both roles. */
interface RoledDataFiles {
  files: IndexedFile[]
  roles: Array<Exclude<DataRole, null>>
  folders: DataFolder[]
}

function roledDataFiles(ctx: DetectionContext): RoledDataFiles {
  return ctx.files.value('data:files-with-a-role', () => {
    const cache: FolderFacts = new Map()
    const out: RoledDataFiles = { files: [], roles: [], folders: [] }
    const all = ctx.files.all
    for (let i = 0; i < all.length; i++) {
      const file = all[i]
      if (isVendoredFile(file) || !isDataFileName(file)) continue
      const folder = dataFolder(cache, file)
      const role = dataRole(folder, file)
      if (role === null) continue
      out.files.push(file)
      out.roles.push(role)
      out.folders.push(folder)
    }
    return out
  })
}

function shippedData(
  ctx: DetectionContext,
  role: Exclude<DataRole, null>
): { evidence: Evidence[]; locations: string[]; lfsOnly: boolean } {
  const snapshot = ctx.snapshot
  const groups = new Map<string, IndexedFile[]>()
  const data = roledDataFiles(ctx)
  for (let i = 0; i < data.files.length; i++) {
    if (data.roles[i] !== role) continue
    const folder = groupFolder(data.folders[i], role)
    const list = groups.get(folder)
    if (list === undefined) groups.set(folder, [data.files[i]])
    else list.push(data.files[i])
  }
  const dirs = new Set(snapshot.directories)
  const evidence: Evidence[] = []
  const locations: string[] = []
  let all = 0
  let lfs = 0
  for (const [folder, files] of groups) {
    all += files.length
    const pointers = files.filter((f) => f.lfs).length
    lfs += pointers
    const exts = [...new Set(files.map((f) => f.ext))].slice(0, 5).join(', ')
    const path = dirs.has(folder) ? folder : files[0].path
    locations.push(path)
    if (evidence.length < 5)
      evidence.push({
        path,
        kind: dirs.has(folder) ? 'folder' : 'file',
        detail: `${folder}/: ${files.length} ${role === 'evaluation' ? 'evaluation ' : ''}data file${files.length === 1 ? '' : 's'} (${exts})${pointers > 0 ? `; ${pointers} as Git LFS pointer${pointers === 1 ? '' : 's'}` : ''}`
      })
  }
  return { evidence, locations, lfsOnly: all > 0 && lfs === all }
}

interface LinkRefs {
  training: Evidence[]
  evaluation: Evidence[]
}

function linkDocuments(ctx: DetectionContext): ScannedFile[] {
  const card = ctx.card
  const docs = ctx.files.withText.filter(
    (f) =>
      f.text !== undefined &&
      !isVendoredFile(f) &&
      isMarkdownPath(f.path) &&
      (f.path === card?.path || !f.path.includes('/') || /^(docs?|documentation)\//i.test(f.path))
  )
  docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path))
  return docs.slice(0, MAX_DOCS)
}

/** Dataset ids and links in the documentation, split by the heading they sit under. */
function documentedDatasets(ctx: DetectionContext): LinkRefs {
  const refs: LinkRefs = { training: [], evaluation: [] }
  const seen = new Set<string>()
  const add = (role: keyof LinkRefs, key: string, e: Evidence): void => {
    const k = `${role}:${key.toLowerCase()}`
    if (seen.has(k) || refs[role].length >= MAX_EVIDENCE) return
    seen.add(k)
    refs[role].push(e)
  }
  for (const file of linkDocuments(ctx)) {
    const doc = readMarkdown(file)
    const text = file.text ?? ''
    const first = doc.frontMatter.present ? doc.frontMatter.bodyStartLine : 1
    const where = (line: number): { training: boolean; evaluation: boolean } => {
      for (const h of headingPath(doc.sections, line)) {
        const t = h.toLowerCase()
        const evaluation = EVAL_TITLE.test(t)
        const training = TRAINING_TITLE.test(t) && !/^(evaluation|test)/.test(t)
        if (evaluation || training) return { training, evaluation }
      }
      return { training: false, evaluation: false }
    }
    const ids = [
      ...matchLines(text, HF_DATASET_URL, 40).map((m) => ({ m, host: 'hf' })),
      ...matchLines(text, KAGGLE_DATASET_URL, 20).map((m) => ({ m, host: 'kaggle' })),
      ...matchLines(text, LOAD_DATASET, 20).map((m) => ({ m, host: 'load' }))
    ]
    for (const { m, host } of ids) {
      if (m.line < first) continue
      const id = cleanId(m.match[1])
      if (
        NOT_A_DATASET.test(id) ||
        // From the file's text: the line text of a match is capped, and links sit at line ends.
        isMediaFileLink(text.slice(m.match.index + m.match[0].length, m.match.index + 1000))
      )
        continue
      const url = host === 'kaggle' ? `https://www.kaggle.com/datasets/${id}` : hubDatasetUrl(id)
      const place = where(m.line)
      const said = datasetLinkPlace(m.text, headingPath(doc.sections, m.line))
      if (said === 'not-the-release') continue
      // Without a heading to say what a link is, its sentence does.
      if (!place.training && said === 'evaluation') place.evaluation = true
      const e: Evidence = {
        path: file.path,
        line: m.line,
        kind: 'link',
        detail: `${host === 'load' ? '`load_dataset`' : 'dataset link'} ${id}`,
        ...(url ? { url } : {})
      }
      if (place.evaluation) add('evaluation', id, e)
      if (place.training || !place.evaluation) add('training', id, e)
    }
    // Other links count only where a training-data or evaluation heading says what they are.
    for (const m of matchLines(text, MARKDOWN_LINK, 40)) {
      if (m.line < first) continue
      const label = plainInline(m.match[1])
      const url = m.match[2]
      if (IMAGE_URL.test(url) || /huggingface\.co\/datasets\/|kaggle\.com\/datasets\//.test(url))
        continue
      if (!NAMED_DATA.test(label) && !NAMED_DATA.test(url)) continue
      const place = where(m.line)
      const e: Evidence = {
        path: file.path,
        line: m.line,
        kind: 'link',
        detail: `link "${label}"`,
        url
      }
      if (place.evaluation) add('evaluation', url, e)
      if (place.training) add('training', url, e)
    }
  }
  return refs
}

function frontMatterDatasets(ctx: DetectionContext): Evidence[] {
  const card = ctx.card
  if (!card) return []
  const line = card.keyLines.get('datasets') ?? 1
  return card.datasets.slice(0, MAX_EVIDENCE).map((id) => {
    const url = hubDatasetUrl(id)
    return {
      path: card.path,
      line,
      kind: 'metadata' as const,
      detail: `front matter datasets: ${id}`,
      ...(url ? { url } : {})
    }
  })
}

function modelIndexDatasets(ctx: DetectionContext): Evidence[] {
  const card = ctx.card
  const index = card?.frontMatter?.['model-index']
  if (!card || !Array.isArray(index)) return []
  const line = card.keyLines.get('model-index') ?? 1
  const out: Evidence[] = []
  const seen = new Set<string>()
  for (const model of index.slice(0, 50)) {
    const results =
      model && typeof model === 'object' ? (model as Record<string, unknown>).results : null
    if (!Array.isArray(results)) continue
    for (const r of results.slice(0, 500)) {
      const ds = r && typeof r === 'object' ? (r as Record<string, unknown>).dataset : null
      if (!ds || typeof ds !== 'object') continue
      const d = ds as Record<string, unknown>
      const type = typeof d.type === 'string' ? d.type.trim().slice(0, 200) : ''
      const name = typeof d.name === 'string' ? d.name.trim().slice(0, 200) : ''
      const key = (type || name).toLowerCase()
      if (!key || seen.has(key)) continue
      seen.add(key)
      const url = type ? hubDatasetUrl(type) : undefined
      const split = typeof d.split === 'string' ? `, split ${d.split.slice(0, 40)}` : ''
      out.push({
        path: card.path,
        line,
        kind: 'metadata',
        detail: `model-index dataset: ${name || type}${type && name ? ` (${type}${split})` : split}`,
        ...(url ? { url } : {})
      })
      if (out.length >= MAX_EVIDENCE) return out
    }
  }
  return out
}

function finding(
  name: 'Datasets' | 'Evaluation data',
  shipped: ReturnType<typeof shippedData>,
  references: Evidence[]
): ComponentFinding[] {
  const evidence = [...shipped.evidence, ...references].slice(0, MAX_EVIDENCE)
  if (evidence.length === 0) return []
  const inRepo = shipped.evidence.length > 0
  const notes: string[] = []
  if (shipped.lfsOnly)
    notes.push('the data files are Git LFS pointers; their content is not checked out here')
  return [
    {
      name,
      presence: inRepo ? 'in-repository' : 'by-reference',
      evidence,
      locations: inRepo ? shipped.locations : [],
      ...(notes.length > 0 ? { notes } : {})
    }
  ]
}

/** 'Datasets' and 'Evaluation data': shipped data files (LFS pointers included), dataset ids and links. */
export function detectData(ctx: DetectionContext): ComponentFinding[] {
  const links = documentedDatasets(ctx)
  const training = finding('Datasets', shippedData(ctx, 'training'), [
    ...frontMatterDatasets(ctx),
    ...links.training
  ])
  const evaluation = finding('Evaluation data', shippedData(ctx, 'evaluation'), [
    ...modelIndexDatasets(ctx),
    ...links.evaluation
  ])
  return [...training, ...evaluation]
}

/** "We will not be releasing the dataset", "the training data is not publicly available". */
const WITHHELD_DATA =
  /\b(?:will\s+not|won'?t|do\s+not|don'?t|does\s+not|did\s+not|cannot|can'?t|are\s+not|is\s+not|not)\s+(?:be\s+)?(?:publicly\s+)?(?:releas|publish|shar|open[- ]?sourc|mak)\w*\s+(?:\w+\s+){0,3}?(?:the\s+|our\s+|this\s+|its\s+)?(?:training\s+|pre-?training\s+)?(?:data(?:sets?)?|corpus|corpora)\b|\b(?:training|pre-?training)\s+(?:data|dataset|corpus)\s+(?:is|are|will)\s+not\s+(?:be\s+)?(?:publicly\s+)?(?:released|public|available|shared|published)\b/i

/** Where the model card says the training data is not released, if it does. */
export function withheldTrainingData(ctx: DetectionContext): Evidence | null {
  for (const card of ctx.cards) {
    const text = ctx.files.byPath(card.path)?.text
    if (!text) continue
    const hit = matchLines(text, WITHHELD_DATA, 1)[0]
    if (hit)
      return { path: card.path, line: hit.line, kind: 'content', detail: hit.text.slice(0, 160) }
  }
  return null
}
