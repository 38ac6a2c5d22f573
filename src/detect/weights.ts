import type { DetectionContext } from './context.js'
import { formatBytes, formatCount, formatInteger } from '../format.js'
import {
  isOptimizerStateFile,
  isShardName,
  isTrainingArgsFile,
  isWeightFileName,
  parseShardedIndex
} from '../scan/formats/index.js'
import { isLfsTracked } from '../scan/formats/lfs.js'
import type { WeightInfo } from '../scan/formats/types.js'
import type { ScannedFile } from '../scan/types.js'
import { isTestFile, isVendoredFile, type FileIndex } from '../scan/facts.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { baseName, matchLines, segmentCount } from '../util/paths.js'
import { blankFencedCode, isTableOfContentsRow } from './markdown.js'

/** A folder or file name that marks one step of a training run. */
const STEP_NAME =
  /(^|[/_-])(checkpoint|ckpt|step|global_step|iter|iteration|epoch)[-_]?(\d{2,})(?=$|[/._-])/i

const INDEX_FILE = /\.(safetensors|bin|h5|msgpack|pt)\.index\.json$/i

/** Hugging Face model URLs (not datasets or spaces) and `from_pretrained("org/name")` ids. */
const HF_MODEL_URL =
  /https?:\/\/(?:www\.)?huggingface\.co\/(?!datasets\/|spaces\/|docs\/|papers\/|blog\/|collections\/|models\?|join|login|settings)([\w.-]+\/[\w.-]+)/g
const FROM_PRETRAINED = /from_pretrained\(\s*["']([\w.-]+\/[\w.-]+)["']/g
const WEIGHTS_CONTEXT =
  /\b(weights?|checkpoints?|parameters|download|models? (are|is) (available|released|hosted|published)|released on|hosted on|available (on|at|from)|hugging ?face hub|model hub)\b/i
const DOWNLOAD_SCRIPT =
  /^(download|fetch|get)[_-]?(weights?|models?|checkpoints?|ckpts?)?\.(sh|py)$/i
const DOWNLOAD_CALL =
  /\b(hf_hub_download\(|snapshot_download\(|huggingface-cli\s+download|hf\s+download|load_state_dict_from_url\(|download_url_to_file\(|gsutil\s+(-m\s+)?(cp|rsync)\s+[^\n]{0,100}gs:\/\/|aws\s+s3\s+(cp|sync)\s+[^\n]{0,100}s3:\/\/|(wget|curl|urlretrieve\(|requests\.get\(|urlopen\()[^\n]{0,200}https?:\/\/\S{1,300}\.(safetensors|bin|gguf|pt|pth|ckpt|onnx|npz|h5|msgpack))/

/** Lines that credit a template or give an example: the ids on them are not this release's weights. */
const NOT_OWN_WEIGHTS =
  /\b(card (template|layout)|template (by|from|of)|(follows|uses) the (sections|layout|structure) of|inspired by|adapted from|borrowed from|credits?|thanks to|for example|for instance|such as)\b|\be\.g\./i
/** Ids that stand for the reader's own (`your-org/your-model`, `username/model`). */
const PLACEHOLDER_ID = /^(your|my|user(name)?|org(anization)?|name)([-_][\w-]*)?\/|\/your[-_]/i

/** Intermediate checkpoints named in documentation: `revision="step1000"`, branch lists, the phrase
 * itself ("training checkpoints"; a "pre-training checkpoint" is the final pretrained model). */
const CHECKPOINT_DOCS =
  /\bintermediate\s+checkpoints?\b|(?<![\w-])training\s+checkpoints\b|\brevision\s*=\s*["']step\d+|\bstep\d{3,}\b/i

function describeWeight(file: ScannedFile, info: WeightInfo): string {
  const parts: string[] = [info.format]
  if (info.tensorCount !== undefined) parts.push(`${formatInteger(info.tensorCount)} tensors`)
  if (info.parameterCount !== undefined)
    parts.push(`${formatCount(info.parameterCount)} parameters`)
  if (info.dtypes && Object.keys(info.dtypes).length > 0)
    parts.push(Object.keys(info.dtypes).slice(0, 4).join('/'))
  if (info.modelName) parts.push(`name \`${info.modelName}\``)
  if (info.license) parts.push(`licence \`${info.license}\` in header`)
  if (file.size !== undefined) parts.push(formatBytes(file.size))
  if (info.problem) parts.push(`header problem: ${info.problem}`)
  return parts.join(', ')
}

function isWeightLike(file: ScannedFile): boolean {
  if (isOptimizerStateFile(file.path) || isTrainingArgsFile(file.path)) return false
  return file.weight !== undefined || (file.lfs !== undefined && isWeightFileName(file.path))
}

function stepOf(path: string): number | null {
  const m = STEP_NAME.exec(path)
  return m ? Number(m[3]) : null
}

function weightEvidence(file: ScannedFile): Evidence {
  if (file.lfs) {
    return {
      path: file.path,
      kind: 'lfs-pointer',
      detail: `Git LFS pointer to ${formatBytes(file.lfs.size)} (oid ${file.lfs.oid.slice(0, 12)}…); the weights themselves are not checked out`
    }
  }
  return {
    path: file.path,
    kind: 'weights-header',
    detail: describeWeight(file, file.weight as WeightInfo)
  }
}

function indexEvidence(all: FileIndex): {
  evidence: Evidence[]
  notes: string[]
  files: string[]
  absent: Evidence[]
} {
  const evidence: Evidence[] = []
  const notes: string[] = []
  const files: string[] = []
  // Indexes none of whose shards are here: they say where weights would be, not that they are.
  const absent: Evidence[] = []
  for (const file of all.withText) {
    if (!INDEX_FILE.test(file.path) || file.text === undefined || isVendoredFile(file)) continue
    const index = parseShardedIndex(file.text)
    if (index.problem) {
      notes.push(`${file.path}: ${index.problem}`)
      continue
    }
    const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : ''
    const missing = index.shards.filter((s) => all.byPath(dir + s) === undefined)
    const total = index.totalSize !== undefined ? `, ${formatBytes(index.totalSize)} in total` : ''
    const entry: Evidence = {
      path: file.path,
      kind: 'index-file',
      detail: `sharded weights index: ${index.shards.length} shard(s)${total}`
    }
    if (index.shards.length > 0 && missing.length === index.shards.length) {
      absent.push(entry)
      notes.push(
        `${file.path}: none of its ${index.shards.length} shard(s) is in the repository; the index only names them`
      )
      continue
    }
    evidence.push(entry)
    files.push(file.path)
    if (missing.length > 0)
      notes.push(
        `${file.path} lists ${missing.length} shard(s) that are not in the repository (e.g. ${missing[0]})`
      )
  }
  return { evidence, notes, files, absent }
}

/** Links and ids that say where weights are hosted when they are not in the repository. */
function hostedWeights(ctx: DetectionContext, baseModels: Set<string>): Evidence[] {
  const out: Evidence[] = []
  for (const file of ctx.files.withText) {
    if (file.text === undefined || isVendoredFile(file)) continue
    const ext = file.ext
    const isDoc = ext === 'md' || /^readme/i.test(file.name)
    if (
      DOWNLOAD_SCRIPT.test(file.name) ||
      ((ext === 'py' || ext === 'sh') && out.length < 3 && segmentCount(file.path) <= 2)
    ) {
      const hit = matchLines(file.text, DOWNLOAD_CALL, 1)[0]
      if (hit)
        out.push({
          path: file.path,
          line: hit.line,
          kind: 'content',
          detail: `download step: \`${hit.text.slice(0, 100)}\``
        })
    }
    // Docs deep inside a package (an evaluation task's README) name other people's models.
    if (!isDoc || segmentCount(file.path) > 2) continue
    for (const pattern of [HF_MODEL_URL, FROM_PRETRAINED]) {
      for (const hit of matchLines(file.text, pattern, 20)) {
        const id = hit.match[1].replace(/[.]+$/, '').replace(/\.git$/, '')
        if (baseModels.has(id.toLowerCase())) continue
        if (PLACEHOLDER_ID.test(id) || NOT_OWN_WEIGHTS.test(hit.text)) continue
        if (
          pattern === HF_MODEL_URL &&
          !WEIGHTS_CONTEXT.test(hit.text) &&
          !/^\s*[-*|]/.test(hit.text)
        )
          continue
        out.push({
          path: file.path,
          line: hit.line,
          kind: pattern === HF_MODEL_URL ? 'link' : 'model-id',
          detail: `weights hosted as \`${id}\``,
          url: `https://huggingface.co/${id}`
        })
        if (out.length >= 5) return out
      }
    }
  }
  return out
}

/** Model parameters (Final) and Model parameters (Intermediate). */
export function detectWeights(ctx: DetectionContext): ComponentFinding[] {
  const files = ctx.files
  const weights = files.weightOrPointer.filter(
    (f) => isWeightLike(f) && !isVendoredFile(f) && !isTestFile(f)
  )
  const stepped = weights.filter((f) => stepOf(f.path) !== null)
  let final = weights.filter((f) => stepOf(f.path) === null)
  const findings: ComponentFinding[] = []
  const notes: string[] = []

  // Only step-named checkpoints: the last one is the released model.
  if (final.length === 0 && stepped.length > 0) {
    const last = Math.max(...stepped.map((f) => stepOf(f.path) as number))
    final = stepped.filter((f) => stepOf(f.path) === last)
    notes.push(`no unnamed final weights; the last checkpoint (step ${last}) is taken as final`)
  }

  const index = indexEvidence(files)
  notes.push(...index.notes)
  if (final.some((f) => f.lfs))
    notes.push(
      'some weights are Git LFS pointers: sizes come from the pointers, headers were not read'
    )
  const gitattributes = files.byPath('.gitattributes')
  const attributes = gitattributes?.text !== undefined ? gitattributes : undefined

  if (final.length > 0 || index.files.length > 0) {
    const shards = final.filter((f) => isShardName(baseName(f.path)))
    const evidence = [
      ...index.evidence,
      ...final
        .filter((f) => !shards.includes(f))
        .slice(0, 6)
        .map(weightEvidence),
      ...shards.slice(0, 2).map(weightEvidence)
    ]
    if (shards.length > 2) notes.push(`${shards.length} weight shards in all`)
    const params = final.reduce((sum, f) => sum + (f.weight?.parameterCount ?? 0), 0)
    if (params > 0) notes.push(`${formatCount(params)} parameters counted from headers`)
    if (
      attributes?.text &&
      final.some((f) => f.lfs === undefined && isLfsTracked(f.path, attributes.text as string))
    ) {
      evidence.push({
        path: attributes.path,
        kind: 'gitattributes',
        detail: 'weights are tracked with Git LFS'
      })
    }
    findings.push({
      name: 'Model parameters (Final)',
      presence: 'in-repository',
      evidence,
      locations: [...final.map((f) => f.path), ...index.files],
      notes
    })
  } else {
    // Base-model ids from the model card: links to them are not this release's weights.
    const baseModels = new Set((ctx.card?.baseModels ?? []).map((b) => b.toLowerCase()))
    const hosted = [...index.absent, ...hostedWeights(ctx, baseModels)]
    if (hosted.length > 0) {
      findings.push({
        name: 'Model parameters (Final)',
        presence: 'by-reference',
        evidence: hosted,
        locations: [],
        notes: [...notes, 'weights are hosted outside the repository']
      })
    }
  }

  const steps = new Set(stepped.map((f) => stepOf(f.path)))
  const intermediate = stepped.filter((f) => !final.includes(f))
  if (intermediate.length > 0) {
    findings.push({
      name: 'Model parameters (Intermediate)',
      presence: 'in-repository',
      evidence: intermediate.slice(0, 5).map(weightEvidence),
      locations: intermediate.map((f) => f.path),
      notes: [`${steps.size} checkpoint step(s) in the repository`]
    })
  } else {
    const docs: Evidence[] = []
    for (const file of files.withText) {
      if (file.text === undefined || file.ext !== 'md' || isVendoredFile(file)) continue
      // A README deep in a package describes that package, not the release.
      if (segmentCount(file.path) > 2) continue
      const prose = blankFencedCode(file.text)
      let fromFile = 0
      for (const hit of matchLines(file.text, CHECKPOINT_DOCS, 20)) {
        if (fromFile >= 3) break
        // A contents row only names a section; the section itself is the evidence.
        if (isTableOfContentsRow(hit.text)) continue
        // In a code block only loading a published revision speaks of checkpoints; a step number
        // in a command line names some run's checkpoint.
        const lineText = prose.split('\n', hit.line)[hit.line - 1] ?? ''
        if (lineText.trim() === '' && !/\brevision\s*=\s*["']?step\d+/i.test(hit.text)) continue
        if (
          /\bno\s+(intermediate|training)\s+checkpoints\b|\bnot\s+(release|publish|provide)/i.test(
            hit.text
          )
        )
          continue
        // A tool's command line (`--model_args pretrained=…,revision=step…`) evaluates some
        // model; it does not publish this release's checkpoints.
        if (/--model[_-]args|\bpretrained=/.test(hit.text)) continue
        docs.push({
          path: file.path,
          line: hit.line,
          kind: 'content',
          detail: hit.text.slice(0, 140)
        })
        fromFile++
      }
      if (docs.length >= 3) break
    }
    if (docs.length > 0) {
      findings.push({
        name: 'Model parameters (Intermediate)',
        presence: 'by-reference',
        evidence: docs,
        locations: [],
        notes: ['checkpoints are published outside the repository (revisions or branches)']
      })
    }
  }
  return findings
}
