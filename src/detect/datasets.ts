import type { ScannedFile, Snapshot } from '../scan/types.js'
import { isPlaceholderText } from './card-text.js'
import { documentationFiles, type ModelCard } from './cards.js'
import type { ComponentFinding, Evidence } from './types.js'
import { baseName, extension, isVendored, matchLines } from './util.js'

const DATA_EXT = new Set([
  'parquet',
  'arrow',
  'jsonl',
  'json',
  'csv',
  'tsv',
  'tfrecord',
  'tfrecords',
  'txt',
  'npy',
  'npz',
  'feather',
  'avro',
  'zst',
  'gz'
])
const TRAIN_DATA_FOLDER = /(^|\/)(data|datasets?|corpus|corpora|train(ing)?[_-]?data)\//i
const EVAL_DATA_FOLDER =
  /(^|\/)(eval(uation)?|benchmarks?|test(s|ing)?[_-]?data|val(idation)?[_-]?data)(\/[\w.-]+)*\/(data|datasets?)?\/?/i
const EVAL_NAME =
  /(^|[_-])(test|validation|valid|val|dev|eval|heldout|held[_-]out|benchmark)([_-]|\.|$)/i
const HF_DATASET_URL = /https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+|[\w.-]+)/g
const LOAD_DATASET = /load_dataset\(\s*["']([\w.-]+(?:\/[\w.-]+)?)["']/g
const EVAL_SECTION = /^(evaluation|testing data|test data|benchmarks?|eval(uation)? data)\b/i

function isDataFile(file: ScannedFile): boolean {
  const ext = extension(file.path)
  if (!DATA_EXT.has(ext)) return false
  if (ext === 'json' && !/\.(jsonl?|json)$/i.test(file.path)) return false
  // Small metadata JSON (configs, results) is not data; data files are shipped in bulk or via LFS.
  if (ext === 'json' && !file.lfs && (file.size ?? 0) < 64 * 1024) return false
  if (
    ext === 'txt' &&
    /^(requirements|licen[cs]e|readme|notice|vocab|merges)/i.test(baseName(file.path))
  )
    return false
  return true
}

function describe(file: ScannedFile): string {
  return file.lfs ? 'data file (Git LFS pointer)' : 'data file shipped in the repository'
}

/** Datasets and Evaluation data: shipped data files, dataset ids and links. */
export function detectData(snapshot: Snapshot, card: ModelCard | null): ComponentFinding[] {
  const train: Evidence[] = []
  const trainLocations: string[] = []
  const evalEvidence: Evidence[] = []
  const evalLocations: string[] = []
  for (const file of snapshot.files) {
    if (isVendored(file.path) || !isDataFile(file)) continue
    const isEval = EVAL_DATA_FOLDER.test(file.path) || EVAL_NAME.test(baseName(file.path))
    if (isEval) {
      evalLocations.push(file.path)
      if (evalEvidence.length < 3)
        evalEvidence.push({ path: file.path, kind: 'file', detail: describe(file) })
    } else if (TRAIN_DATA_FOLDER.test(file.path)) {
      trainLocations.push(file.path)
      if (train.length < 3) train.push({ path: file.path, kind: 'file', detail: describe(file) })
    }
  }
  const byReference: Evidence[] = []
  if (card && !card.rejected && card.datasets.length > 0) {
    byReference.push({
      path: card.path,
      line: 1,
      kind: 'metadata',
      detail: `card \`datasets:\` ${card.datasets.slice(0, 4).join(', ')}`,
      url: `https://huggingface.co/datasets/${card.datasets[0]}`
    })
  }
  const evalReferences: Evidence[] = []
  if (card?.frontMatter && card.hasModelIndex) {
    const names = new Set<string>()
    for (const entry of (card.frontMatter['model-index'] as unknown[]).slice(0, 20)) {
      const results = (entry as { results?: unknown })?.results
      if (!Array.isArray(results)) continue
      for (const r of results.slice(0, 50)) {
        const ds = (r as { dataset?: { name?: unknown; type?: unknown } })?.dataset
        const n =
          typeof ds?.type === 'string' ? ds.type : typeof ds?.name === 'string' ? ds.name : null
        if (n) names.add(n.slice(0, 100))
      }
    }
    if (names.size > 0)
      evalReferences.push({
        path: card.path,
        line: 1,
        kind: 'metadata',
        detail: `evaluation datasets in \`model-index\`: ${[...names].slice(0, 4).join(', ')}`
      })
  }
  for (const file of documentationFiles(snapshot)) {
    const text = file.text as string
    for (const pattern of [HF_DATASET_URL, LOAD_DATASET]) {
      for (const hit of matchLines(text, pattern, 5)) {
        const id = hit.match[1]
        const inEvalSection =
          card?.path === file.path &&
          card.sections.some(
            (s) =>
              EVAL_SECTION.test(s.title) &&
              s.line <= hit.line &&
              hit.line - s.line < s.content.split('\n').length + 1
          )
        const target = inEvalSection ? evalReferences : byReference
        if (target.length < 5)
          target.push({
            path: file.path,
            line: hit.line,
            kind: 'link',
            detail: `dataset \`${id}\``,
            url: `https://huggingface.co/datasets/${id}`
          })
      }
    }
  }
  const findings: ComponentFinding[] = []
  if (trainLocations.length > 0)
    findings.push({
      name: 'Datasets',
      presence: 'in-repository',
      evidence: [...train, ...byReference].slice(0, 5),
      locations: trainLocations
    })
  else if (byReference.length > 0)
    findings.push({
      name: 'Datasets',
      presence: 'by-reference',
      evidence: byReference,
      locations: [],
      notes: ['datasets are published outside the repository: their licences are not checked here']
    })
  if (evalLocations.length > 0)
    findings.push({
      name: 'Evaluation data',
      presence: 'in-repository',
      evidence: [...evalEvidence, ...evalReferences].slice(0, 5),
      locations: evalLocations
    })
  else if (evalReferences.length > 0 && !evalReferences.every((e) => isPlaceholderText(e.detail))) {
    findings.push({
      name: 'Evaluation data',
      presence: 'by-reference',
      evidence: evalReferences,
      locations: [],
      notes: ['evaluation datasets are published elsewhere: their licences are not checked here']
    })
  }
  return findings
}
