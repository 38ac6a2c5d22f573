import type { Snapshot } from '../scan/types.js'
import { isPlaceholderText, substantiveWords } from './card-text.js'
import type { ModelCard } from './cards.js'
import type { ComponentFinding, Evidence } from './types.js'
import { baseName, extension, isVendored } from './util.js'

const RESULTS_SECTION =
  /^(evaluation|evaluation results|results|benchmarks?|performance|scores|metrics)\b/i
const RESULTS_FILE =
  /^(eval|evaluation)?[_-]?(results?|scores|metrics|benchmarks?)([_-][\w-]+)?\.(json|jsonl|csv|tsv|ya?ml|md)$|^all_results\.json$/i
const METRIC_KEY =
  /"(accuracy|acc|acc_norm|f1|exact_match|em|bleu|rouge\w*|perplexity|ppl|pass@\d+|score|mmlu|hellaswag|arc\w*|gsm8k|wer|cer|auc|map|loss|eval_loss)"\s*:\s*-?\d/i
const SAMPLES_FOLDER =
  /(^|\/)(samples?|sample[_-]outputs?|model[_-]outputs?|generations?|examples[_-]outputs?|showcase|gallery)\//i
const SAMPLES_FILE =
  /^[\w-]*(samples?|sample[_-]outputs?|generated[_-][\w-]+|generations|completions|model[_-]outputs?)[\w-]*\.(md|txt|jsonl|json|png|jpe?g|webp|wav|mp3|html)$/i
const SAMPLES_SECTION =
  /^(sample|example) (model )?(outputs?|generations?|completions?)|^(samples|generations|example outputs)\b/i

/** A Markdown table with at least one row of numbers. */
function hasNumericTable(text: string): boolean {
  const rows = text.split('\n').filter((l) => /^\s*\|.*\|\s*$/.test(l))
  return rows.length >= 3 && rows.some((r) => /\|\s*[-+]?\d+(\.\d+)?\s*%?\s*\|/.test(r))
}

/** Evaluation results and Sample model outputs. */
export function detectEvaluation(snapshot: Snapshot, card: ModelCard | null): ComponentFinding[] {
  const results: Evidence[] = []
  const resultLocations: string[] = []
  if (card && !card.rejected) {
    if (card.hasModelIndex)
      results.push({
        path: card.path,
        line: 1,
        kind: 'metadata',
        detail: 'structured results in `model-index`'
      })
    const section = card.sections.find(
      (s) =>
        RESULTS_SECTION.test(s.title) && !isPlaceholderText(s.content) && hasNumericTable(s.content)
    )
    if (section)
      results.push({
        path: card.path,
        line: section.line,
        kind: 'section',
        detail: `results table under "${section.title}"`
      })
    if (results.length > 0) resultLocations.push(card.path)
  }
  for (const file of snapshot.files) {
    if (isVendored(file.path) || file.text === undefined || !RESULTS_FILE.test(baseName(file.path)))
      continue
    const ext = extension(file.path)
    const ok =
      ext === 'json' || ext === 'jsonl'
        ? METRIC_KEY.test(file.text)
        : ext === 'md'
          ? hasNumericTable(file.text)
          : /\d/.test(file.text) && file.text.trim().split('\n').length >= 2
    if (!ok) continue
    resultLocations.push(file.path)
    if (results.length < 5)
      results.push({ path: file.path, kind: 'file', detail: 'evaluation results file' })
  }
  const findings: ComponentFinding[] = []
  if (results.length > 0)
    findings.push({
      name: 'Evaluation results',
      presence: 'in-repository',
      evidence: results,
      locations: resultLocations
    })

  const samples: Evidence[] = []
  const sampleLocations: string[] = []
  for (const file of snapshot.files) {
    if (isVendored(file.path)) continue
    const inFolder = SAMPLES_FOLDER.test(file.path)
    if (!inFolder && !SAMPLES_FILE.test(baseName(file.path))) continue
    if (/(^|[_-])config\.json$|^(requirements|package)/i.test(baseName(file.path))) continue
    if (
      file.text !== undefined &&
      (file.text.trim() === '' ||
        (extension(file.path) === 'md' && substantiveWords(file.text).length < 10))
    )
      continue
    if (/\.(py|sh|js|ts)$/i.test(file.path)) continue
    sampleLocations.push(file.path)
    if (samples.length < 3)
      samples.push({ path: file.path, kind: 'file', detail: 'sample outputs' })
  }
  if (card && !card.rejected) {
    const section = card.sections.find(
      (s) =>
        SAMPLES_SECTION.test(s.title) &&
        !isPlaceholderText(s.content) &&
        substantiveWords(s.content).length >= 15
    )
    if (section) {
      samples.push({
        path: card.path,
        line: section.line,
        kind: 'section',
        detail: `sample outputs under "${section.title}"`
      })
      if (sampleLocations.length === 0) sampleLocations.push(card.path)
    }
  }
  if (samples.length > 0)
    findings.push({
      name: 'Sample model outputs',
      presence: 'in-repository',
      evidence: samples,
      locations: sampleLocations
    })
  return findings
}
