import type { DetectionContext } from './context.js'
import type { ComponentName } from '../model/components.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { CODE_EXTENSIONS } from '../scan/classify.js'
import {
  fileIndex,
  isTestFile,
  isVendoredFile,
  type FileIndex,
  type IndexedFile
} from '../scan/facts.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { baseName, isFineTuningRecipe, isInFolders, isVendored, matchLines } from '../util/paths.js'

/** A code component is recognised by its file names, by what its code does, or by a link to it. */
interface CodeRule {
  name: ComponentName
  /** Matched against the file name (not the folders). */
  fileName: RegExp
  /** Matched against folder names in the path. */
  folder?: RegExp
  /** Statements that only this kind of code makes. */
  content: RegExp
  /** A README line that points to this code elsewhere ("training code: https://…"). */
  reference: RegExp
  /** Submodules whose URL or name marks this kind of code. */
  submodule?: RegExp
  /** A file matched by name alone must also show this (when its text was read). */
  nameNeeds?: RegExp
  /** Console entry points (pyproject, setup.py, setup.cfg) whose name or target is this kind of code. */
  entryPoint?: RegExp
  /** Folder or file names that make a file another kind of code, whatever it does. */
  notNamed?: RegExp
  /** File names that count only inside a data folder (`data/transforms.py`). */
  nameInDataFolder?: RegExp
}

const DATA_FOLDER = /^(data|datasets?)$/i
const isDataFolder = (folder: string): boolean => folderMatches(folder, DATA_FOLDER)

/** A folder or file named for evaluation: `eval/`, `lm_eval/`, `evaluate_config.py`. */
const EVALUATION_NAME =
  /^([\w-]*[_-])?(eval|evals|evaluate|evaluation|evaluations|benchmarks?)([_.-][\w.-]*)?$/i

const CODE_RULES: CodeRule[] = [
  {
    name: 'Training code',
    fileName:
      /^(train|training|pretrain|pre_train|finetune|fine_tune|sft|dpo|ppo|rlhf|grpo|trainer|run_clm|run_mlm|run_pretraining)([_-][\w-]*)?\.\w+$|(^|[_-])(train|finetune|pretrain)\.(py|sh)$/i,
    folder: /^(train|training|pretrain|pretraining|finetune|finetuning)$/i,
    content:
      // A launcher counts only when it launches a training script: `accelerate launch -m lm_eval`
      // runs an evaluation, and `pretrained=…` in its arguments names a model, not a script.
      /\b(optimizer\.step\(|loss\.backward\(|accelerator\.backward\(|trainer\.(train|fit)\(|deepspeed\.initialize\(|(pl|lightning|L)\.Trainer\(|SFTTrainer\(|DPOTrainer\(|GRPOTrainer\(|jax\.value_and_grad\(|optax\.\w+\(|(torchrun|deepspeed|accelerate\s+launch)\b[^\n]{0,200}?(\b|_)(train|pretrain|finetune|fine_tune|sft)[\w-]*\.(py|sh)\b)/,
    reference:
      /\b(train(ing)?|pre-?train(ing)?|fine-?tun(e|ing))\b[^\n]{0,40}\b(code|scripts?|recipes?|framework|codebase|repo(sitory)?|pipeline)\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(megatron|gpt-neox|nanotron|llm-foundry|levanter|torchtitan|axolotl|open_lm|OLMo-core|trl)\b/i,
    submodule:
      /(megatron|gpt-neox|nanotron|llm-foundry|levanter|torchtitan|axolotl|open_lm|olmo|trl|train)/i
  },
  {
    name: 'Inference code',
    fileName:
      /^(infer|inference|generate|generation|predict|prediction|serve|server|serving|chat|demo|run_model|run_inference|app|sample|sampling|txt2img|img2img|txt2vid|img2vid|text2image|transcribe|synthesi[sz]e|tts)([_-][\w-]*)?\.\w+$|^run\.(py|sh)$|^hubconf\.py$/i,
    folder: /^(inference|serving|serve|demo)$/i,
    content:
      /(\.generate\(|\bpipeline\(\s*["'](text-generation|text2text|fill-mask|image|automatic-speech|summarization|translation|feature-extraction|question-answering|text-classification)|\bLLM\(\s*model=|\bllama_cpp\b|\bvllm\.LLM\(|\bTextStreamer\(|\bapply_chat_template\([^)]*\)[^\n]*generate|\b\w*Diffusion\w*Pipeline\.from_pretrained\(|\b(model|sampler|diffusion|ddim|ddpm)\.sample\()/,
    entryPoint:
      /(infer|generat|chat|sampl|predict|serve|serving|demo|txt2img|img2img|transcrib|caption|translat|synthes|tts)/i,
    // `dependencies = [...]` marks a torch.hub entry file, whose functions load the models.
    nameNeeds:
      /from_pretrained|AutoModel|load_state_dict|torch\.load|safetensors|onnxruntime|llama_cpp|\bmodel\(|\.forward\(|load_model\(|\bpipeline\(|\bLLM\(|^dependencies\s*=\s*\[/m,
    reference:
      /\b(inference|serving|generation|deployment)\b[^\n]{0,40}\b(code|scripts?|examples?|engine|repo(sitory)?)\b[^\n]{0,80}https?:\/\//i,
    submodule: /(vllm|llama\.cpp|inference|serving|tgi)/i,
    // An evaluation package runs whatever model it is given; that serves the evaluation.
    notNamed: EVALUATION_NAME
  },
  {
    name: 'Evaluation code',
    fileName:
      /^(eval|evals|evaluate|evaluation|evaluator|benchmark|benchmarks|bench|run_eval|run_evals|score|scoring|metrics?)([_-][\w-]*)?\.\w+$|([_-])(eval|evaluate|evaluation|benchmark)\.(py|sh)$/i,
    folder: /^(eval|evals|evaluation|evaluations|benchmarks?)$/i,
    content:
      // Not `perplexity` alone: codebook perplexity is a training statistic of the model's layers.
      /(\blm_eval\b|\blm-evaluation-harness\b|evaluate\.load\(|\bsimple_evaluate\(|\bcompute_metrics\b|\baccuracy_score\(|\bdef (accuracy|top_?k_accuracy|compute_accuracy)\(|\bf1_score\(|\bexact_match\b|\bpass@k\b|\bhumaneval\b|\bopencompass\b|\blighteval\b)/i,
    reference:
      /\b(evaluation|eval|benchmark(ing)?)\b[^\n]{0,40}\b(code|scripts?|harness|suite|framework|repo(sitory)?)\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(lm-evaluation-harness|opencompass|lighteval|OLMo-Eval|evalchemy)\b/i,
    submodule: /(lm-evaluation-harness|eval|opencompass|lighteval|bench)/i
  },
  {
    name: 'Data preprocessing code',
    fileName:
      /^(preprocess|preprocessing|prepare|prepare_data|data_prep|dataprep|tokenize|tokenise|tokenization|dedup|deduplicate|deduplication|filter|filtering|clean|cleaning|build_dataset|make_dataset|create_dataset|process_data|data_processing|mix|shard|sharding|download_data)([_-][\w-]*)?\.\w+$|([_-])(preprocess|tokenize|dedup|filter|clean)\.(py|sh)$/i,
    folder:
      /^(preprocessing|data_processing|data[-_]?pipeline|dataprep|data_prep|pipelines?|dedup|filtering|curation)$/i,
    content:
      /(\bminhash\b|\bMinHashLSH\b|\.encode_ordinary\(|\bdef tokeni[sz]e\w*\(\s*(doc|docs|document|example|examples|batch|sample|text)\b|\bdedup(licat(e|ion))?\b|\bdatatrove\b|\bdolma\b|\bnemo_curator\b|\bfasttext\.load_model\(|\blangdetect\b|\bquality[_ ]filter|\.map\(\s*tokeni[sz]e|\btokenizer\(\s*examples?\[|\bclean_text\(|\bnormali[sz]e_text\()/i,
    reference:
      /\b(data|dataset|corpus)\b[^\n]{0,30}\b(preprocessing|processing|pipelines?|curation|filtering|cleaning|deduplication|tokeni[sz]ation)\b[^\n]{0,40}\b(code|scripts?|toolkit|repo(sitory)?|tools?)?\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(datatrove|dolma|NeMo-Curator|data-juicer)\b/i,
    submodule: /(datatrove|dolma|curator|data[-_]?juicer|preprocess|dedup)/i,
    // Normalising answers in an evaluation task scores a benchmark; it prepares no training data.
    notNamed: EVALUATION_NAME,
    // A data package's augmentations and transforms are how training images are prepared.
    nameInDataFolder: /^(augmentations?|transforms?|masking|collate)\.py$/i
  }
]

/** The components the code rules detect: training, inference, evaluation and preprocessing code. */
export const CODE_RULE_COMPONENTS: ReadonlySet<ComponentName> = new Set(
  CODE_RULES.map((rule) => rule.name)
)

const QUANTIZATION_FOLDER = /(^|\/)(quantization|quantisation|quantize|quantise|awq|gptq)\//i

const DEPENDENCY_MANIFEST =
  /^(requirements([_-][\w-]*)?\.(txt|in)|pyproject\.toml|setup\.py|setup\.cfg|environment(\.[\w-]+)?\.ya?ml|conda\.ya?ml|Pipfile|Pipfile\.lock|poetry\.lock|uv\.lock|package\.json|Cargo\.toml|go\.mod|Dockerfile|Containerfile|Project\.toml)$/i

interface EntryPoint {
  line: number
  name: string
  target: string
}

const ENTRY_SECTION = /^(project\.(gui-)?scripts|tool\.poetry\.scripts|options\.entry_points)$/
const TOML_ENTRY = /^\s*["']?([\w.-]+)["']?\s*=\s*["']([\w.]+(?::[\w.]+)?)["']/
const CFG_ENTRY = /^\s+([\w.-]+)\s*=\s*([\w.]+:[\w.]+)\s*$/
const SETUP_PY_ENTRY = /["']\s*([\w.-]+)\s*=\s*([\w.]+:[\w.]+)\s*["']/

/** Console scripts a package installs: `[project.scripts]`, setup.cfg, setup.py `console_scripts`. */
function consoleEntryPoints(file: ScannedFile): EntryPoint[] {
  const name = baseName(file.path).toLowerCase()
  const text = file.text
  if (text === undefined || !/^(pyproject\.toml|setup\.cfg|setup\.py)$/.test(name)) return []
  const out: EntryPoint[] = []
  const lines = text.split('\n', 5000)
  if (name === 'setup.py') {
    if (!/console_scripts|gui_scripts/.test(text)) return []
    for (let i = 0; i < lines.length && out.length < 20; i++) {
      const m = SETUP_PY_ENTRY.exec(lines[i])
      if (m) out.push({ line: i + 1, name: m[1], target: m[2] })
    }
    return out
  }
  let inEntries = false
  for (let i = 0; i < lines.length && out.length < 20; i++) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i])
    if (header) {
      inEntries = ENTRY_SECTION.test(header[1].trim())
      continue
    }
    if (!inEntries) continue
    const m = (name === 'setup.cfg' ? CFG_ENTRY : TOML_ENTRY).exec(lines[i])
    if (m) out.push({ line: i + 1, name: m[1], target: m[2] })
  }
  return out
}

interface Submodule {
  name: string
  path: string
  url: string
  line: number
}

/** `.gitmodules` entries (the code of a submodule is not checked out by default). */
export function readSubmodules(
  snapshot: Snapshot
): { file: ScannedFile; modules: Submodule[] } | null {
  const file = fileIndex(snapshot).byPath('.gitmodules')
  if (!file?.text) return null
  const modules: Submodule[] = []
  let current: Partial<Submodule> | null = null
  const lines = file.text.split('\n')
  for (let i = 0; i < lines.length && modules.length < 200; i++) {
    const line = lines[i].trim()
    const header = /^\[submodule\s+"([^"]*)"\]$/.exec(line)
    if (header) {
      if (current?.url) modules.push(current as Submodule)
      current = { name: header[1], path: header[1], url: '', line: i + 1 }
      continue
    }
    const kv = /^(path|url)\s*=\s*(.+)$/.exec(line)
    if (kv && current) current[kv[1] as 'path' | 'url'] = kv[2].trim()
  }
  if (current?.url) modules.push(current as Submodule)
  return { file, modules }
}

function isSourceFile(file: IndexedFile): boolean {
  if (CODE_EXTENSIONS.has(file.ext)) return true
  const name = file.name.toLowerCase()
  return name === 'makefile' || name === 'dockerfile'
}

/** Source files outside tests, the files every code rule looks at. */
function ownSourceFiles(files: FileIndex): readonly IndexedFile[] {
  return files.where('code:source-not-test', (f) => isSourceFile(f) && !isTestFile(f))
}

/**
 * The source files with their folder, worked out once for the four rules; what a rule asks of a
 * folder (a folder named for it, a fine-tuning recipe) is asked once per folder. Folders are
 * numbered, so each file's question is an array lookup rather than a string-keyed map lookup.
 */
interface SourceFiles {
  files: readonly IndexedFile[]
  /** Each file's folder (with its trailing slash), as an index into `folderNames`. */
  folderOf: Int32Array
  folderNames: string[]
  /** Per rule (and 'recipe'): the answer per folder index, 0 before it is asked, 1 no, 2 yes. */
  byFolder: Map<string, Uint8Array>
}

function sourceFiles(files: FileIndex): SourceFiles {
  const own = ownSourceFiles(files)
  const folderOf = new Int32Array(own.length)
  const folderNames: string[] = []
  const ids = new Map<string, number>()
  for (let i = 0; i < own.length; i++) {
    // Keyed by the record's folder string (one per folder); the name asked about ends in '/'.
    const dir = own[i].dir
    let id = ids.get(dir)
    if (id === undefined) {
      id = folderNames.length
      folderNames.push(dir === '' ? '' : dir + '/')
      ids.set(dir, id)
    }
    folderOf[i] = id
  }
  return { files: own, folderOf, folderNames, byFolder: new Map() }
}

const isQuantisationFolder = (folder: string): boolean => QUANTIZATION_FOLDER.test(folder)

/**
 * A question about the folder of source file `index`, answered once per folder and key. The
 * answers are looked up once per rule, not once per file.
 */
function folderQuestion(
  source: SourceFiles,
  key: string,
  ask: (folder: string) => boolean
): (index: number) => boolean {
  let answers = source.byFolder.get(key)
  if (answers === undefined) {
    answers = new Uint8Array(source.folderNames.length)
    source.byFolder.set(key, answers)
  }
  const known = answers
  const { folderOf, folderNames } = source
  return (index) => {
    const id = folderOf[index]
    let answer = known[id]
    if (answer === 0) {
      answer = ask(folderNames[id]) ? 2 : 1
      known[id] = answer
    }
    return answer === 2
  }
}

function folderMatches(path: string, folder: RegExp | undefined): boolean {
  if (!folder) return false
  for (
    let start = 0, end = path.indexOf('/');
    end !== -1;
    start = end + 1, end = path.indexOf('/', start)
  ) {
    if (folder.test(path.slice(start, end))) return true
  }
  return false
}

/** README-like files where links to code elsewhere are written. */
function isReferenceDocument(file: IndexedFile): boolean {
  return file.ext === 'md' || /^readme/i.test(file.name)
}

const URL_IN_LINE = /https?:\/\/[^\s)<>\]"'`]+/
/** Hosts of videos and pictures: a tutorial or a chart is not code. */
const NOT_CODE_URL =
  /^https?:\/\/(www\.)?(bilibili\.com|b23\.tv|youtube\.com|youtu\.be|vimeo\.com)\/|\.(png|jpe?g|gif|svg|webp|mp4)(\?|#|$)/i
/** Where code is kept; a link elsewhere is code only when the line says so. */
const CODE_HOST =
  /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com)\//i
const SAYS_CODE =
  /\b(code|codebase|scripts?|harness|framework|repo(sitory)?|implementation|toolkit|library)\b/i
/** Wording that names someone else's tool the release uses or supports, not code it releases. */
const THIRD_PARTY_USE =
  /\b(we used|we use|used the|using the|support(s|ed)? for|loaded via|based on|built on|integrat\w+ with|compatible with)\b|我们使用|使用了/i
/** What each kind of code is about; a line about another kind links to that kind. */
const KIND_WORDS: Partial<Record<ComponentName, RegExp>> = {
  'Training code': /\b(train|training|pre-?train\w*|fine-?tun\w*)\b/i,
  'Inference code': /\b(inference|serving|generation|deploy\w*|chat)\b/i,
  'Evaluation code': /\b(eval\w*|benchmark\w*|leaderboard)\b/i,
  'Data preprocessing code':
    /\b(preprocess\w*|curation|dedup\w*|tokeni[sz]\w*|data (processing|pipelines?|filtering))\b/i
}

/** Whether a README line that matched a rule's reference pattern really links to that code. */
function linksToCode(rule: CodeRule, line: string, url: string | undefined): boolean {
  if (url && NOT_CODE_URL.test(url)) return false
  if (/^\s*!\[/.test(line)) return false
  // A leaderboard or a project's website named in passing is not its code.
  if (url && !CODE_HOST.test(url) && !SAYS_CODE.test(line)) return false
  if (THIRD_PARTY_USE.test(line) && !/\b(our|we release|we open-?source)\b/i.test(line))
    return false
  const own = KIND_WORDS[rule.name]
  if (own?.test(line)) return true
  // Only the URL named the tool: a line about another kind of code links to that kind.
  return !Object.entries(KIND_WORDS).some(
    ([name, words]) => name !== rule.name && words?.test(line)
  )
}

function detectCodeComponent(
  ctx: DetectionContext,
  rule: CodeRule,
  submodules: ReturnType<typeof readSubmodules>,
  source: SourceFiles,
  isThirdParty: (path: string) => boolean
): ComponentFinding | null {
  const evidence: Evidence[] = []
  const locations: string[] = []
  const vendoredHits: string[] = []
  // A release that is not itself a fine-tune ships a fine-tuning recipe for its users; that
  // recipe is not how the model was trained or evaluated.
  // Quantisation tools are the same kind of user recipe: their evaluation scripts check a
  // user's quantised copy, not the release.
  const recipesAreNotOwn =
    rule.name !== 'Inference code' && (ctx.card?.baseModels.length ?? 0) === 0
  let recipeHits = 0
  const files = ctx.files
  const inRecipe = folderQuestion(source, 'recipe', isFineTuningRecipe)
  const inQuantisation = folderQuestion(source, 'quantisation', isQuantisationFolder)
  const inOtherKindFolder = folderQuestion(source, `${rule.name}:not`, (folder) =>
    folderMatches(folder, rule.notNamed)
  )
  const inDataFolder = folderQuestion(source, 'data-folder', isDataFolder)
  const inRuleFolder = folderQuestion(source, rule.name, (folder) =>
    folderMatches(folder, rule.folder)
  )
  for (let i = 0; i < source.files.length; i++) {
    const file = source.files[i]
    // Both folder tests look at the folders only (a segment followed by '/'), not the name.
    if (recipesAreNotOwn && (inRecipe(i) || (rule.name !== 'Training code' && inQuantisation(i)))) {
      recipeHits++
      continue
    }
    if (rule.notNamed && (rule.notNamed.test(file.name) || inOtherKindFolder(i))) continue
    const hit = file.text !== undefined ? matchLines(file.text, rule.content, 1)[0] : undefined
    const named =
      rule.fileName.test(file.name) ||
      (rule.nameInDataFolder !== undefined &&
        rule.nameInDataFolder.test(file.name) &&
        inDataFolder(i)) ||
      inRuleFolder(i)
    const byName =
      named && (!rule.nameNeeds || file.text === undefined || rule.nameNeeds.test(file.text))
    if (!byName && !hit) continue
    if (isThirdParty(file.path)) {
      vendoredHits.push(file.path)
      continue
    }
    if (evidence.length < 8) {
      evidence.push(
        hit
          ? {
              path: file.path,
              line: hit.line,
              kind: 'content',
              detail: `\`${hit.match[0].trim()}\`${byName ? ' in a file named for it' : ''}`
            }
          : { path: file.path, kind: 'file', detail: 'named for it' }
      )
    }
    locations.push(file.path)
  }
  if (rule.entryPoint) {
    // Entry points are read from the text of setup.py, setup.cfg and pyproject.toml.
    for (const file of files.withText) {
      if (isThirdParty(file.path) || isTestFile(file)) continue
      for (const entry of consoleEntryPoints(file)) {
        if (!rule.entryPoint.test(entry.name) && !rule.entryPoint.test(entry.target)) continue
        if (evidence.length < 8)
          evidence.push({
            path: file.path,
            line: entry.line,
            kind: 'content',
            detail: `console entry point \`${entry.name} = ${entry.target}\``
          })
        if (!locations.includes(file.path)) locations.push(file.path)
      }
    }
  }
  // Strong evidence first: content signals beat names alone.
  evidence.sort((a, b) => Number(b.kind === 'content') - Number(a.kind === 'content'))
  if (locations.length > 0) {
    const counted = [
      vendoredHits.length > 0 ? `${vendoredHits.length} vendored file(s) not counted` : null,
      recipeHits > 0
        ? `${recipeHits} file(s) of a fine-tuning or quantisation recipe not counted`
        : null
    ].filter((n): n is string => n !== null)
    const notes = counted.length > 0 ? counted : undefined
    return {
      name: rule.name,
      presence: 'in-repository',
      evidence,
      locations,
      ...(notes ? { notes } : {})
    }
  }

  const references: Evidence[] = []
  if (submodules && rule.submodule) {
    for (const m of submodules.modules) {
      if (rule.submodule.test(m.url) || rule.submodule.test(m.name)) {
        references.push({
          path: submodules.file.path,
          line: m.line,
          kind: 'submodule',
          detail: `git submodule \`${m.path}\``,
          url: m.url
        })
      }
    }
  }
  const referenceDocuments = files.where(
    'code:reference-documents',
    (f) => !!f.text && isReferenceDocument(f) && !isVendoredFile(f),
    files.withText
  )
  for (const file of referenceDocuments) {
    if (!file.text) continue
    let fromFile = 0
    for (const hit of matchLines(file.text, rule.reference, 20)) {
      if (fromFile >= 3) break
      const url = URL_IN_LINE.exec(hit.text)?.[0].replace(/[.,;:!?]+$/, '')
      if (!linksToCode(rule, hit.text, url)) continue
      fromFile++
      references.push({
        path: file.path,
        line: hit.line,
        kind: 'link',
        detail: hit.text.slice(0, 160),
        ...(url ? { url } : {})
      })
    }
    if (references.length >= 5) break
  }
  if (references.length === 0) {
    return null
  }
  return {
    name: rule.name,
    presence: 'by-reference',
    evidence: references.slice(0, 5),
    locations: [],
    notes: ['held in another repository: its licence is not checked here']
  }
}

function detectSupportingLibraries(
  ctx: DetectionContext,
  submodules: ReturnType<typeof readSubmodules>,
  isThirdParty: (path: string) => boolean
): ComponentFinding | null {
  const evidence: Evidence[] = []
  const locations: string[] = []
  const all = ctx.files.all
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    // The name test first: it passes over most files without the folder tests.
    if (!DEPENDENCY_MANIFEST.test(file.name) || isThirdParty(file.path)) continue
    if (file.text !== undefined && file.text.trim() === '') continue
    locations.push(file.path)
    if (evidence.length < 6)
      evidence.push({ path: file.path, kind: 'file', detail: 'dependency manifest' })
  }
  if (submodules && submodules.modules.length > 0) {
    for (const m of submodules.modules.slice(0, 4)) {
      evidence.push({
        path: submodules.file.path,
        line: m.line,
        kind: 'submodule',
        detail: `git submodule \`${m.path}\``,
        url: m.url
      })
    }
    if (locations.length === 0) {
      return {
        name: 'Supporting libraries and tools',
        presence: 'by-reference',
        evidence,
        locations: [],
        notes: ['submodules are held in other repositories']
      }
    }
  }
  if (locations.length === 0) return null
  return { name: 'Supporting libraries and tools', presence: 'in-repository', evidence, locations }
}

/** Training, inference, evaluation and data-preprocessing code, and supporting libraries. */
export function detectCode(ctx: DetectionContext): ComponentFinding[] {
  const submodules = readSubmodules(ctx.snapshot)
  // Someone else's package embedded whole (its own licence and package metadata) is vendored too.
  const embedded = ctx.files.embeddedPackages()
  const isThirdParty = (path: string): boolean => isVendored(path) || isInFolders(path, embedded)
  const findings: ComponentFinding[] = []
  const source = sourceFiles(ctx.files)
  for (const rule of CODE_RULES) {
    const finding = detectCodeComponent(ctx, rule, submodules, source, isThirdParty)
    if (finding) findings.push(finding)
  }
  const libs = detectSupportingLibraries(ctx, submodules, isThirdParty)
  if (libs) findings.push(libs)
  return findings
}
