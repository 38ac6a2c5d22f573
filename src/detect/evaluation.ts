import type { DetectionContext } from './context.js'
import type { ScannedFile } from '../scan/types.js'
import { isVendoredFile, type IndexedFile } from '../scan/facts.js'
import {
  blankFencedCode,
  isMarkdownPath,
  isPlaceholderText,
  markdownTables,
  readMarkdown,
  substantiveWords,
  type Section
} from './markdown.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import {
  baseName,
  extension,
  isInTestFolder,
  matchLines,
  joinRepositoryPath,
  segmentCount
} from '../util/paths.js'

const RESULTS_TITLE =
  /\b(evaluations?|eval|results?|benchmarks?|benchmarking|performance|leaderboard|scores?|metrics|comparisons?)\b/
const NUMERIC_CELL =
  /^[<>~≈]?\s?[-+]?\d{1,9}(?:[.,]\d{1,9})?\s?%?(?:\s?(?:±|\+\/-|\+-)\s?\d{1,9}(?:\.\d{1,9})?)?\s?[↑↓*†‡]{0,3}$/
/** `- Accuracy: 0.95`, `**MMLU** = 45.2 %`. */
const METRIC_LINE =
  /^[ \t]*[-*+]?[ \t]*(?:\*\*|__)?[A-Za-z][\w@ ()./-]{0,40}?(?:\*\*|__)?[ \t]?[:=][ \t]?(?:\*\*|__)?[-+]?\d{1,9}(?:\.\d{1,9})?[ \t]?%?/gm
/** A result stated in a sentence: "accuracy >96%", "top-1 accuracy of 76.2%", "93% accuracy". */
const PROSE_METRIC =
  /\b(?:accuracy|top-?[15]|precision|recall|F1|BLEU|ROUGE(?:-\w+)?|AUC|mAP|mIoU|WER|CER|error rate|pass@\d+|win rate)\b[^.\n\d]{0,25}[<>~≈]?\s?\d{1,3}(?:\.\d{1,3})?\s?%|(?<![\w.])\d{1,3}(?:\.\d{1,3})?\s?%\s(?:top-?[15]\s)?(?:accuracy|precision|recall|win rate)\b/g
const FAIRNESS_TITLE = /\b(bias|biases|fairness|disaggregated)\b/
const RESULTS_FOLDER =
  /(^|\/)(evals?|evaluations?|results?|benchmarks?|leaderboards?|scores)(\/|$)/i
const RESULTS_FILE_NAME =
  /^((eval|evaluation|test|benchmark|all|final|val|validation)[_-]?)?(results?|scores?|metrics|benchmarks?|leaderboard|evaluation)([_-][\w.-]*)?\.(json|jsonl|csv|tsv|ya?ml)$/i
const RESULTS_EXT = new Set(['json', 'jsonl', 'csv', 'tsv', 'yaml', 'yml'])
/** Keys that hold a metric value in results files. */
const METRIC_KEY =
  /["']?\b(acc|accuracy|acc_norm|acc_stderr|f1|f1_score|exact_match|em|bleu|sacrebleu|chrf|rouge[\w-]*|meteor|bertscore|pass@\d+|perplexity|ppl|wer|cer|auc|roc_auc|map|mrr|ndcg(@\d+)?|precision|recall|top[_-]?[15]|mean_reward|win_rate|elo|score|eval_[a-z_]+|test_[a-z_]+|mmlu|hellaswag|arc_\w+|gsm8k|humaneval|truthfulqa\w*|winogrande)\b["']?\s*[:=]\s*\[?\s*-?\d/i
const METRIC_HEADER =
  /\b(acc|accuracy|f1|exact[_ ]match|em|bleu|rouge[\w-]*|pass@\d+|perplexity|ppl|wer|cer|auc|map|mrr|ndcg|precision|recall|score|mmlu|hellaswag|gsm8k|humaneval|loss)\b/i
const NOT_RESULTS_FILE =
  /^(trainer_state|training_args|config|tokenizer|generation_config|package|tsconfig)/i

const SAMPLE_FOLDER =
  /^(samples?|sample[_-]?outputs?|model[_-]?outputs?|generations?|generated[_-]?(samples|images|outputs|texts?)|examples?[_-]?outputs?|showcase|gallery|demo[_-]?outputs?)$/i
/** Folders that often hold other things (example code, training runs): only media or output-named files count. */
const GENERIC_FOLDER = /^(examples?|outputs?|generated|assets|images|media)$/i
const MEDIA_EXT = new Set([
  'png',
  'jpg',
  'jpeg',
  'webp',
  'gif',
  'wav',
  'mp3',
  'flac',
  'ogg',
  'mp4',
  'webm',
  'svg'
])
const TEXT_OUTPUT_EXT = new Set(['txt', 'md', 'json', 'jsonl', 'html', 'csv'])
const OUTPUT_NAME = /(sample|generat|output|completion|response)/i
const NOT_OUTPUT_NAME =
  /^(config|trainer_state|training_args|all_results|train_results|eval_results|events|log|logs|args|hparams)\b/i
const SAMPLE_FILE =
  /(sample[_-]?outputs?|model[_-]?outputs?|generations?|generated[_-]?(samples?|texts?|images?)|completions|samples?)[\w.-]*\.(jsonl|json|txt|md|png|jpe?g|webp|gif|wav|mp3|mp4|html)$/i
const DATA_FOLDER = /(^|\/)(data|datasets?|corpus|corpora|tests?|fixtures)\//i
const SAMPLE_TITLE =
  /\b(sample|example|model) (model )?(outputs?|generations?|completions?|responses?|images?|results?)\b|^(samples?|generations?|generated (samples|images|text)|showcase|gallery|examples?|demo|outputs?)$/
const GENERIC_SAMPLE_TITLE = /^(examples?|demo|showcase)$/
const OUTPUT_WORDS =
  /\b(output|outputs|response|responses|generated|generation|completion|assistant|answer)\b|!\[|^>>> /im
/** "Output:" / "**Response:**" lines that introduce an actual output. */
const OUTPUT_LABEL =
  /^[ \t>]*(?:#+[ \t]*)?(?:\*\*|__)?(?:example |sample |model |expected )?(?:output|response|generated text|completion|generation)s?(?:\*\*|__)?[ \t]*:/gim

const MAX_DOCS = 100

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]/g, '')
    .replace(/^[\d.\s)]+/, '')
    .replace(/[^\p{L}\p{N}@\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The text outside fenced code blocks (line by line: a regex would backtrack on unclosed fences). */
function withoutFencedCode(text: string): string {
  const kept: string[] = []
  let fence: string | null = null
  for (const line of text.split('\n')) {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length) fence = null
    } else if (mark) fence = mark[1]
    else kept.push(line)
  }
  return kept.join('\n')
}

function isNumericCell(cell: string): boolean {
  return NUMERIC_CELL.test(cell.replace(/[*_`]/g, '').trim())
}

function countNewlinesBefore(text: string, offset: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Markdown documents that may report results: the card, root and docs pages, results pages. */
function resultDocuments(ctx: DetectionContext): ScannedFile[] {
  const card = ctx.card
  // A repository of several models reports each model's results in that model's card.
  const cards = new Set(ctx.cards.filter((c) => c.qualifies).map((c) => c.path))
  const docs = ctx.files.withText.filter((f) => {
    if (
      f.text === undefined ||
      isVendoredFile(f) ||
      isInTestFolder(f.path) ||
      !isMarkdownPath(f.path)
    )
      return false
    const depth = segmentCount(f.path)
    return (
      f.path === card?.path ||
      cards.has(f.path) ||
      depth === 1 ||
      /^(docs?|documentation)\//i.test(f.path) ||
      RESULTS_FOLDER.test(f.dir) ||
      /^(results?|evaluation|evals?|benchmarks?)\./i.test(f.name)
    )
  })
  docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path))
  return docs.slice(0, MAX_DOCS)
}

const HTML_CELL = /<t[dh]\b[^>]{0,300}>([\s\S]{0,300}?)<\/t[dh]>/gi

/** The first HTML `<table>` with at least two numeric cells: where it starts and its row count. */
function htmlResultsTable(content: string): { offset: number; rows: number } | null {
  for (let from = 0, tables = 0; tables < 10; tables++) {
    const start = content.indexOf('<table', from)
    if (start === -1) return null
    const endAt = content.indexOf('</table>', start)
    const end = endAt === -1 ? Math.min(content.length, start + 20000) : endAt
    const body = content.slice(start, Math.min(end, start + 20000))
    let numeric = 0
    for (const m of body.matchAll(HTML_CELL))
      if (isNumericCell(m[1].replace(/<[^>]{0,200}>/g, '').replace(/&nbsp;/g, ' '))) numeric++
    if (numeric >= 2) return { offset: start, rows: (body.match(/<tr\b/gi) ?? []).length }
    from = end + 1
  }
  return null
}

function sectionResults(file: ScannedFile, s: Section): Evidence | null {
  const title = normalizeTitle(s.title)
  const resultsTitle = RESULTS_TITLE.test(title)
  // Bias and fairness sections report accuracy per group in sentences: results too.
  if (!resultsTitle && !FAIRNESS_TITLE.test(title)) return null
  if (isPlaceholderText(s.content)) return null
  if (!resultsTitle) return statedResults(file, s, blankFencedCode(s.content))
  for (const table of markdownTables(s.content, s.contentLine)) {
    const numeric = table.rows.flat().filter(isNumericCell).length
    if (numeric >= 2)
      return {
        path: file.path,
        line: table.line,
        kind: 'section',
        detail: `results table under "${s.title}" (${table.rows.length} rows, columns: ${table.header.slice(0, 6).join(', ')})`
      }
  }
  const html = htmlResultsTable(s.content)
  if (html)
    return {
      path: file.path,
      line: s.contentLine + countNewlinesBefore(s.content, html.offset),
      kind: 'section',
      detail: `results table (HTML) under "${s.title}" (${html.rows} rows)`
    }
  // Assignments in a code block (`batch_size = 8`) are settings, not results.
  const prose = blankFencedCode(s.content)
  const metricLines = matchLines(prose, METRIC_LINE, 10)
  if (metricLines.length < 2) return statedResults(file, s, prose)
  return {
    path: file.path,
    line: s.contentLine + countNewlinesBefore(prose, metricLines[0].match.index),
    kind: 'section',
    detail: `results under "${s.title}": ${metricLines
      .slice(0, 3)
      .map((m) => m.text)
      .join('; ')}`
  }
}

/** Two or more results stated in sentences of a section. */
function statedResults(file: ScannedFile, s: Section, prose: string): Evidence | null {
  const stated = [...prose.matchAll(PROSE_METRIC)].slice(0, 10)
  if (stated.length < 2) return null
  return {
    path: file.path,
    line: s.contentLine + countNewlinesBefore(prose, stated[0].index ?? 0),
    kind: 'section',
    detail: `results stated under "${s.title}": ${stated
      .slice(0, 3)
      .map((m) => m[0].replace(/\s+/g, ' '))
      .join('; ')}`
  }
}

function modelIndexEvidence(ctx: DetectionContext): Evidence | null {
  const card = ctx.card
  const index = card?.frontMatter?.['model-index']
  if (!card || !Array.isArray(index)) return null
  const metrics = new Set<string>()
  const datasets = new Set<string>()
  let results = 0
  for (const model of index.slice(0, 50)) {
    const list =
      model && typeof model === 'object' ? (model as Record<string, unknown>).results : null
    if (!Array.isArray(list)) continue
    for (const r of list.slice(0, 500)) {
      if (!r || typeof r !== 'object') continue
      const result = r as Record<string, unknown>
      const ms = Array.isArray(result.metrics) ? result.metrics : []
      const withValue = ms.filter((m): m is Record<string, unknown> => {
        if (!m || typeof m !== 'object') return false
        const v = (m as Record<string, unknown>).value
        return typeof v === 'number' || (typeof v === 'string' && /\d/.test(v))
      })
      if (withValue.length === 0) continue
      results++
      for (const m of withValue) {
        const name = m.type ?? m.name
        if (typeof name === 'string' && metrics.size < 6) metrics.add(name.slice(0, 40))
      }
      const ds = result.dataset
      if (ds && typeof ds === 'object') {
        const name = (ds as Record<string, unknown>).name ?? (ds as Record<string, unknown>).type
        if (typeof name === 'string' && datasets.size < 6) datasets.add(name.slice(0, 60))
      }
    }
  }
  if (results === 0) return null
  return {
    path: card.path,
    line: card.keyLines.get('model-index') ?? 1,
    kind: 'metadata',
    detail: `model-index: ${results} result${results === 1 ? '' : 's'}${metrics.size ? ` (${[...metrics].join(', ')})` : ''}${datasets.size ? ` on ${[...datasets].join(', ')}` : ''}`
  }
}

function resultsFileEvidence(file: IndexedFile): Evidence | null {
  const name = file.name
  const ext = file.ext
  if (!RESULTS_EXT.has(ext) || NOT_RESULTS_FILE.test(name)) return null
  const named = RESULTS_FILE_NAME.test(name)
  if (!named && !RESULTS_FOLDER.test(file.dir)) return null
  if (file.text === undefined) {
    return named && file.size !== 0
      ? {
          path: file.path,
          kind: file.lfs ? 'lfs-pointer' : 'file',
          detail: 'results file (not read)'
        }
      : null
  }
  if (ext === 'csv' || ext === 'tsv') {
    const [header, ...rows] = file.text.slice(0, 65536).split('\n', 50)
    const numericRow = rows.some((r) => /(^|[,\t])\s*-?\d+(\.\d+)?\s*%?\s*([,\t]|$)/.test(r))
    if (header && METRIC_HEADER.test(header) && numericRow)
      return {
        path: file.path,
        line: 1,
        kind: 'file',
        detail: `results table (${header.slice(0, 100)})`
      }
    return null
  }
  const m = matchLines(file.text, METRIC_KEY, 1)[0]
  if (!m) return null
  return {
    path: file.path,
    line: m.line,
    kind: 'file',
    detail: `results file with metrics (\`${m.match[1]}\`)`
  }
}

/** 'Evaluation results': model-index metadata, results tables under results headings, results files. */
export function detectEvaluationResults(ctx: DetectionContext): ComponentFinding[] {
  const evidence: Evidence[] = []
  const locations = new Set<string>()
  const index = modelIndexEvidence(ctx)
  if (index) {
    evidence.push(index)
    locations.add(index.path)
  }
  for (const file of resultDocuments(ctx)) {
    const doc = readMarkdown(file)
    let perFile = 0
    for (const s of doc.sections) {
      // Only the outermost results heading reports, so a table is not counted once per level.
      const found = sectionResults(file, s)
      if (!found || evidence.some((e) => e.path === found.path && e.line === found.line)) continue
      evidence.push(found)
      locations.add(file.path)
      if (++perFile >= 3) break
    }
  }
  const all = ctx.files.all
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    if (evidence.length >= 20) break
    // resultsFileEvidence needs a results extension: the other files skip the folder test.
    if (!RESULTS_EXT.has(file.ext)) continue
    if (isVendoredFile(file) || isInTestFolder(file.path)) continue
    const found = resultsFileEvidence(file)
    if (found) {
      evidence.push(found)
      locations.add(file.path)
    }
  }
  if (evidence.length === 0) return []
  return [
    { name: 'Evaluation results', presence: 'in-repository', evidence, locations: [...locations] }
  ]
}

// ---------------------------------------------------------------------------------------------
// Sample model outputs

function isOutputFile(file: IndexedFile, folderIsSamples: boolean): boolean {
  const ext = file.ext
  if (MEDIA_EXT.has(ext))
    return (
      folderIsSamples ||
      OUTPUT_NAME.test(file.name) ||
      /^(outputs?|generated)$/i.test(baseName(file.dir))
    )
  if (!TEXT_OUTPUT_EXT.has(ext) || /^(readme|license|\.gitkeep)/i.test(file.name)) return false
  return folderIsSamples || OUTPUT_NAME.test(file.name)
}

interface SampleFolder {
  segments: string[]
  /** Per segment: a samples folder, a generic one (examples/, outputs/, …), outputs/ itself. */
  sample: boolean[]
  generic: boolean[]
  outputs: boolean[]
  /** The folder's path up to segment `i`, joined once. */
  prefix(i: number): string
}

function sampleFolder(dir: string): SampleFolder | null {
  const segments = dir.split('/')
  const sample = segments.map((seg) => SAMPLE_FOLDER.test(seg))
  const generic = segments.map((seg) => GENERIC_FOLDER.test(seg))
  if (!sample.includes(true) && !generic.includes(true)) return null
  const prefixes: string[] = []
  return {
    segments,
    sample,
    generic,
    outputs: segments.map((seg) => /^(outputs?|generated)$/i.test(seg)),
    prefix: (i) => (prefixes[i] ??= segments.slice(0, i + 1).join('/'))
  }
}

function sampleFolders(ctx: DetectionContext): Evidence[] {
  const snapshot = ctx.snapshot
  const byDir = new Map<string, IndexedFile[]>()
  // What each folder's segments are, worked out once per folder rather than once per file; null
  // for a folder with no samples or generic segment (the loop below skips its files).
  const folders = new Map<string, SampleFolder | null>()
  const all = ctx.files.all
  for (let n = 0; n < all.length; n++) {
    const file = all[n]
    if (isVendoredFile(file)) continue
    let folder = folders.get(file.dir)
    if (folder === undefined) {
      folder = sampleFolder(file.dir)
      folders.set(file.dir, folder)
    }
    if (folder === null) continue
    const last = folder.segments.length - 1
    // The nearest enclosing samples folder owns the file.
    for (let i = last; i >= 0; i--) {
      if (!folder.sample[i] && !folder.generic[i]) continue
      // Files right inside outputs/ or generated/ are outputs; deeper ones are training runs.
      const direct = folder.outputs[i] && i === last && !NOT_OUTPUT_NAME.test(file.name)
      const generic = folder.generic[i] && !direct
      if (!isOutputFile(file, !generic)) break
      const dir = folder.prefix(i)
      const list = byDir.get(dir) ?? []
      if (list.length < 1000) list.push(file)
      byDir.set(dir, list)
      break
    }
  }
  const dirs = new Set(snapshot.directories)
  const out: Evidence[] = []
  for (const [dir, files] of byDir) {
    const exts = [...new Set(files.map((f) => f.ext))].slice(0, 5)
    const path = dirs.has(dir) ? dir : files[0].path
    out.push({
      path,
      kind: dirs.has(dir) ? 'folder' : 'file',
      detail: `${dir}/: ${files.length} output file${files.length === 1 ? '' : 's'} (${exts.join(', ')})`
    })
    if (out.length >= 5) break
  }
  return out
}

function sampleFiles(ctx: DetectionContext, folders: Evidence[]): Evidence[] {
  const out: Evidence[] = []
  const all = ctx.files.all
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    if (out.length >= 5) break
    if (isVendoredFile(file) || !SAMPLE_FILE.test(file.name)) continue
    // "sample_text.txt", "sample_data.json": example inputs for the code, not model outputs.
    if (/^samples?[_-]?(texts?|data|inputs?|corpus|prompts?|dataset|queries)\b/i.test(file.name))
      continue
    // Generation settings (generation_config.json) are configuration, not outputs.
    if (NOT_RESULTS_FILE.test(file.name) || /(^|[_-])config\.json$/i.test(file.name)) continue
    if (DATA_FOLDER.test(file.path) && !OUTPUT_NAME.test(file.name.replace(/^samples?\b/i, '')))
      continue
    if (folders.some((f) => file.path.startsWith(f.path + '/') || f.path === file.path)) continue
    if (file.size === 0) continue
    out.push({ path: file.path, kind: 'file', detail: 'sample output file' })
  }
  return out
}

function sampleSections(ctx: DetectionContext): Evidence[] {
  const card = ctx.card
  if (!card) return []
  const out: Evidence[] = []
  for (const s of card.sections) {
    const title = normalizeTitle(s.title)
    if (!SAMPLE_TITLE.test(title) || isPlaceholderText(s.content)) continue
    // Usage code under "Examples" is inference code; its prose must speak of outputs.
    if (GENERIC_SAMPLE_TITLE.test(title) && !OUTPUT_WORDS.test(withoutFencedCode(s.content)))
      continue
    const hasBlock = /^ {0,3}(```|~~~)|^ {0,3}>|!\[|<img\b/m.test(s.content)
    const words = substantiveWords(s.content)
    if (!hasBlock && words < 20) continue
    out.push({
      path: card.path,
      line: s.line,
      kind: 'section',
      detail: `"${s.title}" section with ${hasBlock ? 'example output blocks' : `${words} words of examples`}`
    })
    if (out.length >= 3) break
  }
  if (out.length === 0) {
    const file = ctx.files.byPath(card.path)
    const label = file?.text ? matchLines(file.text, OUTPUT_LABEL, 1)[0] : undefined
    if (label && file?.text) {
      const next = file.text
        .split('\n', label.line + 6)
        .slice(label.line)
        .find((l) => l.trim() !== '')
      // The label must introduce content: text after the colon, or a code block or quote below it.
      const inline = /:[ \t]*(?:\*\*|__)?[ \t]*[^\s*_]/.test(label.text)
      if (inline || (next !== undefined && /^ {0,3}(```|~~~|>)/.test(next)))
        out.push({
          path: card.path,
          line: label.line,
          kind: 'content',
          detail: `example output: ${label.text.slice(0, 120)}`
        })
    }
  }
  return out
}

const IMAGE_IN_MARKDOWN =
  /!\[([^\]\n]{0,200})\]\(\s*<?([^()\s<>]{1,500})>?[^)\n]{0,200}\)|<img\b([^>]{0,800})>/gi
/** Words in an image's alt text or file name that say it shows what the model produced. */
const OUTPUT_IMAGE_WORD =
  /^(samples?|grids?|generat\w*|outputs?|masks?|tiles?|showcase|gallery|predictions?|completions?|generations?)$/i
/** Words that say an image shows something else: the project, the method, or scores. */
const NOT_OUTPUT_IMAGE_WORD =
  /^(logos?|diagrams?|architecture|overview|badges?|banners?|icons?|benchmarks?|performance|charts?|wechat|qr|pipeline|framework|teaser|method|comparison)$/i
const GITHUB_FILE_URL =
  /^https?:\/\/(?:github\.com\/[\w.-]+\/[\w.-]+\/(?:blob|raw)\/[\w.-]+|raw\.githubusercontent\.com\/[\w.-]+\/[\w.-]+\/[\w.-]+)\/(.+)$/i

function imageTarget(cardPath: string, target: string): string | null {
  const clean = target.split('#')[0].split('?')[0]
  const url = GITHUB_FILE_URL.exec(clean)
  if (url) return url[1]
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean)) return null
  return joinRepositoryPath(cardPath, clean)
}

function wordsOf(text: string): string[] {
  return text.split(/[^a-z]+/i).filter((w) => w.length > 1)
}

/** Images the model card shows whose alt text or name says they are the model's outputs. */
function sampleImages(ctx: DetectionContext): Evidence[] {
  const files = { get: (path: string) => ctx.files.byPath(path) }
  const out: Evidence[] = []
  const seen = new Set<string>()
  for (const card of ctx.cards) {
    const text = files.get(card.path)?.text
    if (!text) continue
    for (const m of text.matchAll(IMAGE_IN_MARKDOWN)) {
      const attributes = m[3] ?? ''
      const alt = m[1] ?? /\balt\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1] ?? ''
      const src = m[2] ?? /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1]
      if (!src) continue
      const path = imageTarget(card.path, src)
      const file = path ? files.get(path) : undefined
      if (!file || !MEDIA_EXT.has(extension(file.path)) || seen.has(file.path)) continue
      const words = [...wordsOf(alt), ...wordsOf(baseName(file.path).replace(/\.[^.]+$/, ''))]
      if (words.some((w) => NOT_OUTPUT_IMAGE_WORD.test(w))) continue
      if (!words.some((w) => OUTPUT_IMAGE_WORD.test(w))) continue
      seen.add(file.path)
      const line = text.slice(0, m.index).split('\n').length
      out.push({
        path: file.path,
        kind: 'file',
        detail: `output image shown in ${card.path}:${line}${alt ? ` ("${alt.slice(0, 60)}")` : ''}`
      })
      if (out.length >= 5) return out
    }
  }
  return out
}

/** Notebooks whose saved cells show the model's outputs as images (not plots of an analysis). */
function sampleNotebooks(ctx: DetectionContext): Evidence[] {
  const out: Evidence[] = []
  for (const file of ctx.files.withText) {
    if (file.ext !== 'ipynb' || !file.text || isVendoredFile(file)) continue
    if (/(^|[_-])(plot|plots|analysis|stats|curves?|loss|benchmark)/i.test(file.name)) continue
    const images = file.text.match(/"image\/(png|jpeg|gif)"\s*:/g)?.length ?? 0
    if (images === 0) continue
    out.push({
      path: file.path,
      kind: 'file',
      detail: `notebook with ${images}${file.truncated ? '+' : ''} image output${images === 1 ? '' : 's'} saved`
    })
    if (out.length >= 3) break
  }
  return out
}

/** A usage example in the card printed with what it returned: `print(x)  # prints: …`, a comment
 * line of generated text after `print(…)`, or "the output will look like" before a block. */
function sampleTranscripts(ctx: DetectionContext): Evidence[] {
  const files = { get: (path: string) => ctx.files.byPath(path) }
  const out: Evidence[] = []
  for (const card of ctx.cards) {
    const text = files.get(card.path)?.text
    if (!text) continue
    const lines = text.split('\n')
    let fence: string | null = null
    for (let i = 0; i < lines.length && out.length < 3; i++) {
      const line = lines[i]
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (f) {
        fence = fence === null ? f[1] : null
        continue
      }
      let found: string | null = null
      if (fence !== null) {
        const printed = /^\s*print\(/.test(line)
        if (printed && /#\s*(prints?|outputs?|returns?|=>|->)\s*:?\s*\S/i.test(line)) found = line
        else if (printed && /^\s*#\s*(?:[^\s#]+\s+){5,}/.test(lines[i + 1] ?? ''))
          found = lines[i + 1]
      } else if (
        /\b(the\s+)?output\s+(will|should|would)\s+(look|be)\b|\b(prints?|outputs?)\s+(something\s+)?like\b/i.test(
          line
        ) &&
        lines.slice(i + 1, i + 4).some((l) => /^ {0,3}(`{3,}|~{3,})/.test(l)) &&
        // The block before must run the model, not a training or tokenising script.
        lines
          .slice(Math.max(0, i - 15), i)
          .some((l) => /\bmodel\b[\w.]*\(|\.generate\(|\bpipeline\(|\bpredict\w*\(/.test(l))
      )
        found = line
      if (found !== null)
        out.push({
          path: card.path,
          line: found === line ? i + 1 : i + 2,
          kind: 'content',
          detail: `example output: ${found.trim().slice(0, 120)}`
        })
    }
  }
  return out
}

/** 'Sample model outputs': samples folders, sample output files, example-output sections of the
 * card, output images and transcripts the card shows, notebooks with saved image outputs. */
export function detectSampleOutputs(ctx: DetectionContext): ComponentFinding[] {
  const folders = sampleFolders(ctx)
  const files = sampleFiles(ctx, folders)
  const sections = sampleSections(ctx)
  const images = sampleImages(ctx).filter(
    (e) =>
      !folders.some((f) => e.path.startsWith(f.path + '/')) && !files.some((f) => f.path === e.path)
  )
  const evidence = [...folders, ...files, ...sections, ...images]
  if (evidence.length === 0) evidence.push(...sampleTranscripts(ctx), ...sampleNotebooks(ctx))
  if (evidence.length === 0) return []
  return [
    {
      name: 'Sample model outputs',
      presence: 'in-repository',
      evidence,
      locations: [...new Set(evidence.map((e) => e.path))]
    }
  ]
}

/** 'Evaluation results' and 'Sample model outputs'. */
export function detectEvaluation(ctx: DetectionContext): ComponentFinding[] {
  return [...detectEvaluationResults(ctx), ...detectSampleOutputs(ctx)]
}
