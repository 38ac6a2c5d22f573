/**
 * What the repository points to: Hub models and datasets, papers, code repositories, submodules,
 * cloud storage, magnet links and download scripts, each with whose thing it is (the release's
 * own artifact, something it depends on, or a work it only cites) and the components it stands for.
 */
import { fileIndex, isVendoredFile } from '../scan/facts.js'
import type { ComponentName } from '../model/components.js'
import type { Reference, ReferenceKind, ReferenceRole } from '../model/references.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { baseName, extension, isInTestFolder, isVendored, segmentCount } from '../util/paths.js'
import { datasetLinkPlace, isMediaFileLink, isNotADataset } from './data.js'
import { readSubmodules } from './code.js'
import { FENCE, headingPath, isMarkdownPath, readMarkdown } from './markdown.js'
import type { ModelCardInfo } from './model-card.js'
import type { PaperReference } from './papers.js'

const MAX_FILES = 400
const MAX_REFERENCES = 300
const MAX_DETAIL = 160

const HF_URL =
  /https?:\/\/(?:www\.)?huggingface\.co\/(datasets\/)?(?!(?:datasets|spaces|docs|papers|blog|collections|models|join|login|settings|organizations|api|learn|tasks)\b)([\w.-]+\/[\w.-]+)(?:\/(?:tree|resolve|blob)\/([\w.-]+))?/g
const HF_CALL =
  /\b(from_pretrained|snapshot_download|hf_hub_download|load_dataset|AutoModel\w*\.from_pretrained|pipeline)\(\s*(?:repo_id\s*=\s*|model\s*=\s*|path\s*=\s*)?["']([\w.-]+\/[\w.-]+)["'](?:[^)\n]{0,120}?revision\s*=\s*["']([\w.-]+)["'])?/g
const HF_CLI =
  /\b(?:huggingface-cli|hf)\s+download\s+(?:--repo-type[= ](\w+)\s+)?([\w.-]+\/[\w.-]+)/g
const GITHUB_URL =
  /https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=[/#?)\s"'>\]]|$)/g
const CLOUD_URL =
  /\b(gs:\/\/[\w.-]+\/[^\s"'<>)\]]*|s3:\/\/[\w.-]{3,63}(?:\/[^\s"'<>)\]]*)?|https?:\/\/(?:storage\.googleapis\.com|[\w-]+\.r2\.cloudflarestorage\.com|[\w-]+\.s3[\w.-]*\.amazonaws\.com|s3[\w.-]*\.amazonaws\.com|[\w-]+\.blob\.core\.windows\.net|dl\.fbaipublicfiles\.com|openaipublic\.azureedge\.net|[\w-]+\.cloudfront\.net)\/[^\s"'<>)\]]*)/g
const MAGNET = /\bmagnet:\?xt=urn:btih:([a-z0-9]{32,40})[^\s"'<>)\]]*/gi

const WEIGHT_FILE =
  /\.(safetensors|bin|pt|pth|ckpt|h5|gguf|onnx|msgpack|npz|pkl|tar|tar\.gz|zip|tgz)(?:[?#]|$)/i
const ARCHIVE_FILE = /\.(tar|tar\.gz|zip|tgz)(?:[?#]|$)/i
const WEIGHTS_WORDS =
  /\b(weights?|checkpoints?|ckpts?|pre-?trained|parameters|download|models? (are|is) (available|released|hosted|published)|released on|hosted on|available (on|at|from)|hugging ?face hub|model hub|our models?)\b/i
const DATA_WORDS = /\b(datasets?|data|corpus|corpora|annotations|training set|test set)\b/i
const EVAL_WORDS = /\b(eval(uation)?|benchmarks?|test set|validation)\b|评测|评估|测评/i
/** A page or folder about evaluation: what it links to is for evaluating. */
const EVAL_PAGE = /(^|\/)(evals?|evaluation|benchmarks?)\/|(^|\/)evaluation[^/]*\.(md|rst)$/i
const CODE_WORDS = /\b(code|implementation|training|repository|repo|library|framework|toolkit)\b/i
const OTHERS_WORDS =
  /\b(based on|built on|fine-?tuned from|derived from|initiali[sz]ed from|adapted from|inspired by|thanks to|acknowledg|we use|uses|using|powered by|compatible with|integrat|support(s|ed)? for|see also)\b/i
const OUR_WORDS = /\b(our|we release|we open-?source|we provide|this release)\b/i
const DOWNLOAD_SCRIPT = /^(download|fetch|get)[_-]?[\w-]*\.(sh|py|bash)$/i
/** A script named after a public benchmark, in a data or evaluation folder, that downloads it. */
const BENCHMARK_SCRIPT =
  /^(hellaswag|mmlu|cmmlu|ceval|arc([_-](easy|challenge))?|gsm8k|humaneval|mbpp|lambada|winogrande|piqa|boolq|truthfulqa|triviaqa|openbookqa|squad(_?v2)?|super_?glue|glue|bbh|siqa|hella_swag)\.(py|sh)$/i
const BENCHMARK_FOLDER = /(^|\/)(data|datasets?|eval|evals|evaluation|benchmarks?)\//i

export interface ReferenceContext {
  /** `owner/name` of the repository when known (the action knows it; the CLI may be told). */
  repository?: string
  card: ModelCardInfo | null
  /** The release's own papers and reports, as the papers detector found them. */
  papers: PaperReference[]
}

interface Site {
  file: ScannedFile
  line: number
  text: string
  headings: string[]
  inCode: boolean
}

function detail(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  return plain.length > MAX_DETAIL ? plain.slice(0, MAX_DETAIL - 1) + '…' : plain
}

/** Files whose words may point elsewhere: documents, download scripts, configs of submodules. */
function isReferenceSource(file: ScannedFile): boolean {
  if (file.text === undefined || isVendored(file.path)) return false
  // Docs deep inside a package describe that package (an evaluation task, an example), not the release.
  if (
    isMarkdownPath(file.path) &&
    segmentCount(file.path) > 2 &&
    !/(^|\/)(models|checkpoints|weights|model_cards?)\//i.test(file.path)
  )
    return false
  if (/(^|\/)(tests?|testdata|test_data|__fixtures__|fixtures)\//i.test(file.path)) return false
  const name = baseName(file.path)
  const ext = extension(file.path)
  return (
    isMarkdownPath(file.path) ||
    /^readme/i.test(name) ||
    DOWNLOAD_SCRIPT.test(name) ||
    ((ext === 'sh' || ext === 'py' || ext === 'ipynb') && segmentCount(file.path) <= 2)
  )
}

/** A Hub call whose arguments start on the next line: `from_pretrained(` ends the line. */
const OPEN_HUB_CALL =
  /\b(from_pretrained|snapshot_download|hf_hub_download|load_dataset|pipeline)\(\s*$/
/** Lines of arguments read after an open call, up to its closing parenthesis. */
const CALL_LINES = 8

/** Lines of a file with their heading path and whether they sit in a code fence. */
function* sitesOf(file: ScannedFile): Generator<Site> {
  const text = file.text ?? ''
  const markdown = isMarkdownPath(file.path) || /^readme/i.test(baseName(file.path))
  const sections = markdown ? readMarkdown(file).sections : []
  const lines = text.split('\n')
  let fence = false
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]
    if (markdown && FENCE.test(line)) {
      fence = !fence
      continue
    }
    // One site for the whole call, so that its id and `trust_remote_code=True` are read together.
    if (OPEN_HUB_CALL.test(line)) {
      for (let j = i + 1; j < lines.length && j <= i + CALL_LINES; j++) {
        if (FENCE.test(lines[j])) break
        line += ` ${lines[j].trim()}`
        if (lines[j].includes(')')) break
      }
    }
    if (!/[:/]/.test(line)) continue
    yield {
      file,
      line: i + 1,
      text: line,
      headings: markdown ? headingPath(sections, i + 1) : [],
      inCode: !markdown || fence
    }
  }
}

function ownerOf(id: string): string {
  return id.split('/')[0].toLowerCase()
}

class ReferenceList {
  private readonly byKey = new Map<string, Reference>()

  add(
    kind: ReferenceKind,
    id: string,
    role: ReferenceRole,
    components: ComponentName[],
    site: { path: string; line?: number; detail: string },
    extra: { revision?: string; url?: string } = {}
  ): void {
    const key = `${kind}:${id.toLowerCase()}`
    const existing = this.byKey.get(key)
    if (existing) {
      if (existing.evidence.length < 5) existing.evidence.push(site)
      // The strongest claim wins: an own-release mention outranks a citation of the same thing.
      const rank: Record<ReferenceRole, number> = { 'own-release': 2, dependency: 1, citation: 0 }
      if (rank[role] > rank[existing.role]) {
        existing.role = role
        existing.components = components
      }
      for (const c of components) if (!existing.components.includes(c)) existing.components.push(c)
      if (!existing.revision && extra.revision) existing.revision = extra.revision
      return
    }
    if (this.byKey.size >= MAX_REFERENCES) return
    this.byKey.set(key, {
      kind,
      id,
      ...(extra.revision ? { revision: extra.revision } : {}),
      ...(extra.url ? { url: extra.url } : {}),
      role,
      components: [...components],
      evidence: [site]
    })
  }

  /** Adds a component, and the site that shows it, to a reference already taken as the release's own. */
  addToOwn(
    kind: ReferenceKind,
    id: string,
    component: ComponentName,
    site: { path: string; line?: number; detail: string }
  ): void {
    const existing = this.byKey.get(`${kind}:${id.toLowerCase()}`)
    if (existing?.role !== 'own-release' || existing.components.includes(component)) return
    existing.components.push(component)
    if (existing.evidence.length < 5) existing.evidence.push(site)
  }

  list(): Reference[] {
    return [...this.byKey.values()]
  }
}

const STEP_REVISION = /^(step|stage\d*-step|ckpt|checkpoint|iter)[-_]?\d+/i

/** Every reference the repository makes, with its role. Pure. */
export function findReferences(snapshot: Snapshot, context: ReferenceContext): Reference[] {
  const refs = new ReferenceList()
  const card = context.card
  const repoOwner = context.repository?.includes('/') ? ownerOf(context.repository) : null
  const baseModels = new Set((card?.baseModels ?? []).map((b) => b.toLowerCase()))

  // The model card's metadata: its datasets are the training data, its base model a dependency.
  if (card) {
    const line = (key: string): number | undefined => card.keyLines.get(key)
    for (const id of card.datasets.slice(0, 50)) {
      refs.add('hf-dataset', id, 'own-release', ['Datasets'], {
        path: card.path,
        line: line('datasets'),
        detail: `model card \`datasets:\` lists ${id}`
      })
    }
    for (const id of card.baseModels.slice(0, 20)) {
      refs.add('hf-model', id, 'dependency', [], {
        path: card.path,
        line: line('base_model'),
        detail: `model card \`base_model:\` ${id}`
      })
    }
  }

  // Papers: the release's own (as the papers detector decided) and every other one, as citations.
  const own = new Set<string>()
  for (const paper of context.papers) {
    if (paper.inRepository) continue
    const kind: ReferenceKind = /^\d{4}\.\d{4,5}$|\//.test(paper.key)
      ? /^10\./.test(paper.key)
        ? 'doi'
        : 'arxiv'
      : 'url'
    own.add(paper.key)
    refs.add(
      kind,
      paper.key,
      'own-release',
      [paper.kind === 'report' ? 'Technical report' : 'Research paper'],
      {
        path: paper.evidence.path,
        line: paper.evidence.line,
        detail: detail(paper.evidence.detail)
      },
      paper.evidence.url ? { url: paper.evidence.url } : {}
    )
  }

  // Submodules: code kept in another repository, pinned by the superproject.
  const submodules = readSubmodules(snapshot)
  for (const module of submodules?.modules ?? []) {
    const gh = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(module.url)
    const id = gh ? `${gh[1]}/${gh[2]}` : module.url
    const mine = repoOwner !== null && gh !== null && ownerOf(id) === repoOwner
    refs.add(
      'submodule',
      id,
      mine ? 'own-release' : 'dependency',
      [],
      {
        path: submodules?.file.path ?? '.gitmodules',
        line: module.line,
        detail: `submodule \`${module.path}\` → ${module.url}`
      },
      { url: module.url }
    )
  }

  const lineContext: LineContext = {
    repoOwner,
    self: context.repository?.includes('/') ? context.repository.toLowerCase() : null,
    baseModels,
    own,
    remoteCode: new Map()
  }
  const files = fileIndex(snapshot).withText.filter(isReferenceSource).slice(0, MAX_FILES)
  for (const file of files) {
    if (DOWNLOAD_SCRIPT.test(baseName(file.path))) {
      const name = baseName(file.path)
      // A plain `download.sh` at the top that fetches checkpoint files downloads the weights.
      const fetchesWeights =
        segmentCount(file.path) <= 2 &&
        /^download\.(sh|py)$/i.test(name) &&
        /\.(pth|pt|safetensors|bin|ckpt|gguf)\b|consolidated\.|checkpoints?\b/i.test(
          file.text ?? ''
        )
      const words = name.replace(/[_-]/g, ' ')
      const components: ComponentName[] =
        /weights?|models?|checkpoints?|ckpts?/i.test(name) || fetchesWeights
          ? ['Model parameters (Final)']
          : /eval|bench|test ?sets?/i.test(words)
            ? ['Evaluation data']
            : DATA_WORDS.test(words)
              ? ['Datasets']
              : []
      refs.add('download-script', file.path, 'own-release', components, {
        path: file.path,
        detail: `download script ${baseName(file.path)}`
      })
    }
    for (const site of sitesOf(file)) scanLine(site, refs, lineContext)
  }
  for (const [id, site] of lineContext.remoteCode)
    refs.addToOwn('hf-model', id, 'Model architecture', site)
  for (const file of fileIndex(snapshot).withText) {
    const name = file.name
    if (!BENCHMARK_SCRIPT.test(name) || !BENCHMARK_FOLDER.test(file.dir + '/')) continue
    if (isVendoredFile(file) || isInTestFolder(file.path)) continue
    const url = /https?:\/\/[^\s"'<>)\]]+/.exec(file.text ?? '')?.[0]
    if (!url) continue
    refs.add(
      'download-script',
      file.path,
      'own-release',
      ['Evaluation data'],
      { path: file.path, detail: `${name} downloads the ${name.replace(/\.\w+$/, '')} benchmark` },
      { url }
    )
  }
  return refs.list()
}

interface LineContext {
  repoOwner: string | null
  /** `owner/name` of the repository itself, lower-case, when known. */
  self: string | null
  baseModels: Set<string>
  own: Set<string>
  /**
   * Hub models loaded with `trust_remote_code=True` under an organisation other than the
   * repository's owner, with the line that loads them: their code is the release's architecture
   * when the repository offers the same model as its own elsewhere (a download table).
   */
  remoteCode: Map<string, { path: string; line?: number; detail: string }>
}

function scanLine(site: Site, refs: ReferenceList, ctx: LineContext): void {
  const { file, line, text } = site
  const where = { path: file.path, line, detail: detail(text) }
  const around = `${text} ${site.headings.join(' ')}`
  const others = OTHERS_WORDS.test(text) && !OUR_WORDS.test(text)
  const listOrTable = /^\s*([-*+|]|\d+\.)/.test(text)

  for (const m of text.matchAll(HF_URL)) {
    const isDataset = m[1] !== undefined
    const id = m[2].replace(/[.]+$/, '').replace(/\.git$/, '')
    if (isDataset) {
      const afterId = (m.index ?? 0) + m[0].indexOf(m[2]) + m[2].length
      if (isNotADataset(id) || isMediaFileLink(text.slice(afterId))) continue
      const place = datasetLinkPlace(text, site.headings)
      const evaluation =
        place === 'evaluation' ||
        ((EVAL_WORDS.test(around) || EVAL_PAGE.test(file.path)) && !/\btrain/i.test(around))
      const notOurs = others || place === 'not-the-release'
      refs.add(
        'hf-dataset',
        id,
        notOurs ? 'dependency' : 'own-release',
        notOurs ? [] : [evaluation ? 'Evaluation data' : 'Datasets'],
        where,
        {
          url: m[0],
          ...(m[3] ? { revision: m[3] } : {})
        }
      )
      continue
    }
    hubModel(id, m[3], site, refs, ctx, { listOrTable, others, url: m[0] })
  }
  const inProse = isMarkdownPath(file.path) || /^readme/i.test(baseName(file.path))
  for (const m of text.matchAll(HF_CALL)) {
    // In the release's own code a Hub id is something it loads (a tokenizer, a base model); in
    // its documentation it is what users are told to load: the release's models.
    if (!inProse && !DOWNLOAD_SCRIPT.test(baseName(file.path))) {
      refs.add(m[1] === 'load_dataset' ? 'hf-dataset' : 'hf-model', m[2], 'dependency', [], where)
      continue
    }
    if (m[1] === 'load_dataset') {
      refs.add(
        'hf-dataset',
        m[2],
        'own-release',
        [EVAL_WORDS.test(around) ? 'Evaluation data' : 'Datasets'],
        where
      )
      continue
    }
    // `trust_remote_code=True` runs modelling code kept in the Hub repository itself.
    const call = text.slice(m.index ?? 0).split('\n', 1)[0]
    hubModel(m[2], m[3], site, refs, ctx, {
      listOrTable: true,
      others,
      url: undefined,
      remoteCode: /\btrust_remote_code\s*=\s*True\b/.test(call)
    })
  }
  for (const m of text.matchAll(HF_CLI)) {
    if (m[1] === 'dataset') refs.add('hf-dataset', m[2], 'own-release', ['Datasets'], where)
    else hubModel(m[2], undefined, site, refs, ctx, { listOrTable: true, others, url: undefined })
  }
  if (!site.inCode || extension(file.path) === 'md') {
    for (const m of text.matchAll(GITHUB_URL)) {
      const owner = m[1].toLowerCase()
      if (['orgs', 'topics', 'features', 'marketplace', 'sponsors', 'settings'].includes(owner))
        continue
      const id = `${m[1]}/${m[2]}`
      // A link to the repository itself points to nothing kept elsewhere.
      if (id.toLowerCase() === ctx.self) continue
      const mine = ctx.repoOwner !== null && owner === ctx.repoOwner
      const role: ReferenceRole = mine && !others ? 'own-release' : 'dependency'
      const components: ComponentName[] =
        role === 'own-release' && CODE_WORDS.test(around)
          ? /\btrain/i.test(around)
            ? ['Training code']
            : /\beval/i.test(around)
              ? ['Evaluation code']
              : []
          : []
      refs.add('github', id, role, components, where, { url: m[0] })
    }
  }
  for (const m of text.matchAll(CLOUD_URL)) {
    const url = m[1].replace(/[.,;:]+$/, '')
    // An archive or a "download" line is weights unless the words or the path speak of data.
    const dataish = DATA_WORDS.test(around) || /\/(data|datasets?)\//i.test(url)
    const isWeights =
      (WEIGHT_FILE.test(url) && !ARCHIVE_FILE.test(url)) ||
      (!dataish && (ARCHIVE_FILE.test(url) || WEIGHTS_WORDS.test(around)))
    const isData = !isWeights && dataish
    if (!isWeights && !isData) continue
    // A page about one dataset says in its opening what the data is for ("to evaluate …").
    const forEvaluation =
      isData &&
      (EVAL_WORDS.test(around) ||
        (isMarkdownPath(file.path) &&
          !/^readme/i.test(baseName(file.path)) &&
          /\bevaluat/i.test((file.text ?? '').slice(0, 1500))))
    refs.add(
      'cloud-storage',
      url,
      'own-release',
      [isWeights ? 'Model parameters (Final)' : forEvaluation ? 'Evaluation data' : 'Datasets'],
      where,
      { url }
    )
  }
  for (const m of text.matchAll(MAGNET)) {
    refs.add(
      'magnet',
      m[1].toLowerCase(),
      'own-release',
      [
        DATA_WORDS.test(around) && !WEIGHTS_WORDS.test(around)
          ? 'Datasets'
          : 'Model parameters (Final)'
      ],
      where,
      {
        url: m[0].slice(0, 300)
      }
    )
  }
  for (const m of text.matchAll(/(?:arxiv\.org\/(?:abs|pdf)\/|\barxiv:\s?)(\d{4}\.\d{4,5})/gi)) {
    if (ctx.own.has(m[1])) continue
    refs.add('arxiv', m[1], 'citation', [], where, { url: `https://arxiv.org/abs/${m[1]}` })
  }
}

function hubModel(
  id: string,
  revision: string | undefined,
  site: Site,
  refs: ReferenceList,
  ctx: LineContext,
  how: { listOrTable: boolean; others: boolean; url: string | undefined; remoteCode?: boolean }
): void {
  const lower = id.toLowerCase()
  const where = { path: site.file.path, line: site.line, detail: detail(site.text) }
  // A step revision in an example names one checkpoint, not the release's pinned revision.
  const pinned = revision && !STEP_REVISION.test(revision) ? revision : undefined
  const extra = { ...(pinned ? { revision: pinned } : {}), ...(how.url ? { url: how.url } : {}) }
  if (ctx.baseModels.has(lower) || how.others) {
    refs.add('hf-model', id, 'dependency', [], where, extra)
    return
  }
  // The repository's owner publishes under its own name; a Hub organisation of another name is
  // still the release's when the line offers it as such ("our model", a download table row).
  const offered =
    OUR_WORDS.test(site.text) ||
    (/^\s*\|/.test(site.text) && WEIGHTS_WORDS.test(`${site.text} ${site.headings.join(' ')}`))
  const owned = ctx.repoOwner === null || ownerOf(id) === ctx.repoOwner || offered
  const weightsContext =
    WEIGHTS_WORDS.test(`${site.text} ${site.headings.join(' ')}`) || how.listOrTable
  if (owned && weightsContext) {
    const components: ComponentName[] = ['Model parameters (Final)']
    if (revision && STEP_REVISION.test(revision)) components.push('Model parameters (Intermediate)')
    if (how.remoteCode) components.push('Model architecture')
    refs.add('hf-model', id, 'own-release', components, where, extra)
  } else {
    if (how.remoteCode && !owned && !ctx.remoteCode.has(lower)) ctx.remoteCode.set(lower, where)
    refs.add('hf-model', id, 'dependency', [], where, extra)
  }
}
