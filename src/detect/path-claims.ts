/**
 * Claims about local paths: "checkpoints are published in `checkpoints/`", "the data card is in
 * [docs/data_card.md](docs/data_card.md)". When the path is not in the repository the sentence
 * is no evidence of the component; it is a broken claim, reported as such.
 */
import { fileIndex, type FileIndex, type IndexedFile } from '../scan/facts.js'
import type { ComponentName } from '../model/components.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { isInTestFolder, isVendored, joinRepositoryPath, segmentCount } from '../util/paths.js'
import { blankFencedCode, isMarkdownPath, sentencesOf } from './markdown.js'

export interface BrokenPathClaim {
  /** The document that makes the claim, and its 1-based line. */
  path: string
  line: number
  /** The path as written, without an anchor or query (only word characters, `.`, `/`, `-`). */
  target: string
  component: ComponentName
}

const MAX_DOCUMENTS = 50
const MAX_CLAIMS = 20

/** What the sentence says is at the path; the first that matches names the component. */
const COMPONENT_WORDS: [RegExp, ComponentName][] = [
  [/\b(intermediate|training) checkpoints?\b/i, 'Model parameters (Intermediate)'],
  [/\b(data ?cards?|dataset cards?|datasheets?)\b/i, 'Data card'],
  [/\bmodel cards?\b/i, 'Model card'],
  [/\btech(nical)? reports?\b/i, 'Technical report'],
  [/\b(research )?paper\b/i, 'Research paper'],
  [/\btraining (code|scripts?)\b/i, 'Training code'],
  [/\binference (code|scripts?)\b/i, 'Inference code'],
  [/\bevaluation (code|scripts?|harness)\b/i, 'Evaluation code'],
  [/\bevaluation results\b|\bbenchmark results\b/i, 'Evaluation results'],
  [/\b(weights|checkpoints?|model files|parameters)\b/i, 'Model parameters (Final)'],
  [/\b(training data|datasets?|corpus)\b/i, 'Datasets']
]
/** Wording that says the thing is there now. */
const PRESENCE =
  /\b(published|released|provided|included|shipped|stored|kept|located|available|found|lives?|sits?|is|are)\b/i
/** Wording of an instruction: the path is where the reader will put or create something. */
const INSTRUCTION =
  /\b(download(s|ed|ing)?|fetch(es|ed)?|will|save[sd]?|saving|writes?|written|creates?|created|generates?|generated|outputs?|put|place|copy|move|run|running|mount(ed)?|cache[sd]?|clone|extract(ed)?|unzip|set|export)\b/i
/** `in `path`` or `under [text](path)`: a place named right after a preposition of place. */
const PLACE_TOKEN =
  /\b(?:in|under|inside|within|at)\s+(?:the\s+)?(?:(?:folder|directory|file)\s+)?(?:`([^`\s]{1,200})`|\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\))/gi
/** `[text](path)`: a relative link is always a local path. */
const RELATIVE_LINK = /\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\)/g
/** "the data card (`DATA_CARD.md`)": a component named, then its file in parentheses. Naming the
 * file is itself the claim that it is there, whatever the verb. */
const NAMED_FILE =
  /\b(data ?cards?|dataset cards?|datasheets?|model cards?|tech(?:nical)? reports?|(?:research )?paper|training (?:code|scripts?)|evaluation (?:code|scripts?)|inference (?:code|scripts?))\s*\(\s*(?:`([^`\s]{1,200})`|\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\))\s*\)/gi

const FILE_EXTENSION =
  /^[^.]*(\.[\w-]+)?\.(md|markdown|mdx|rst|txt|pdf|html?|json|jsonl|ya?ml|toml|cfg|gin|py|sh|ipynb|csv|tsv|parquet|safetensors|bin|pt|pth|ckpt|gguf|onnx|h5|npz|msgpack|tex|cff|zip|tar|gz|tgz)$/

/** Whether a written token is a local path (not a URL, a Hub id, a command or an anchor). */
function localPathOf(token: string, viaLink: boolean): string | null {
  const bare = token.replace(/[#?].*$/, '')
  if (bare === '' || /^[a-z][\w+.-]*:/i.test(bare) || /^[-$~<@]/.test(bare)) return null
  if (!/^[\w./-]+$/.test(bare)) return null
  // `acme/wren-1b` could be a Hub id and `lm_eval.models.HFLM` a Python name; only a folder
  // slash, a file extension or `./` marks a path.
  const file = FILE_EXTENSION.test(bare)
  if (!viaLink && !/\/$|^\.{1,2}\//.test(bare) && !file) return null
  if (!bare.includes('/') && !file) return null
  return bare
}

function isDocument(file: ScannedFile): boolean {
  if (file.text === undefined || isVendored(file.path) || isInTestFolder(file.path)) return false
  return isMarkdownPath(file.path) && segmentCount(file.path) <= 2
}

/** The release's documents whose sentences may claim paths, found once for both kinds of claim. */
function claimDocuments(files: FileIndex): readonly IndexedFile[] {
  return files.where('path-claims:documents', isDocument, files.withText).slice(0, MAX_DOCUMENTS)
}

/** Sentences in the release's documents that place a component at a path the repository lacks. */
export function findBrokenPathClaims(snapshot: Snapshot): BrokenPathClaim[] {
  // Files are looked up in the index; only folders and skipped paths need a set of their own.
  const files = fileIndex(snapshot)
  const known = new Set<string>([...snapshot.directories, ...snapshot.skipped.map((s) => s.path)])
  const exists = (path: string): boolean => {
    if (path === '') return true
    const bare = path.replace(/\/+$/, '')
    return files.byPath(bare) !== undefined || known.has(bare)
  }
  const isThere = (document: string, local: string): boolean => {
    const inDocFolder = joinRepositoryPath(document, local)
    const fromRoot = joinRepositoryPath('', local)
    return (inDocFolder !== null && exists(inDocFolder)) || (fromRoot !== null && exists(fromRoot))
  }
  const out: BrokenPathClaim[] = []
  for (const file of claimDocuments(files)) {
    const lines = blankFencedCode(file.text ?? '').split('\n')
    for (let i = 0; i < lines.length && out.length < MAX_CLAIMS; i++) {
      const text = lines[i]
      if (!/[`\]]/.test(text) || INSTRUCTION.test(text)) continue
      // Paths already judged as named files are not judged again for the line's first component.
      const named = new Set<string>()
      for (const m of text.matchAll(NAMED_FILE)) {
        const written = m[2] ?? m[3]
        const component = COMPONENT_WORDS.find(([words]) => words.test(m[1]))?.[1]
        const local = component ? localPathOf(written, m[3] !== undefined) : null
        if (!component || !local) continue
        named.add(written)
        if (!isThere(file.path, local))
          out.push({ path: file.path, line: i + 1, target: local, component })
      }
      if (!PRESENCE.test(text)) continue
      const component = COMPONENT_WORDS.find(([words]) => words.test(text))?.[1]
      if (!component) continue
      const targets = new Map<string, string>()
      for (const m of text.matchAll(PLACE_TOKEN)) {
        const written = m[1] ?? m[2]
        const local = localPathOf(written, m[2] !== undefined)
        if (local && !named.has(written)) targets.set(written, local)
      }
      for (const m of text.matchAll(RELATIVE_LINK)) {
        const local = localPathOf(m[1], true)
        if (local && !named.has(m[1])) targets.set(m[1], local)
      }
      for (const local of targets.values()) {
        if (isThere(file.path, local)) continue
        out.push({ path: file.path, line: i + 1, target: local, component })
      }
    }
    if (out.length >= MAX_CLAIMS) break
  }
  return out
}

/** The report line for a broken claim. */
export function brokenClaimWarning(claim: BrokenPathClaim): string {
  return `\`${claim.path}:${claim.line}\` says \`${claim.target}\` holds ${claim.component}, but \`${claim.target}\` is not in the repository`
}

/** A sentence that says this repository itself holds components: "every artefact is released in
 * this repository: weights, intermediate checkpoints, training data". */
export interface RepositoryClaim {
  path: string
  /** 1-based lines of the sentence. */
  line: number
  endLine: number
  components: ComponentName[]
}

const IN_THIS_REPOSITORY =
  /\b(released|published|provided|included|available|contained|shipped|stored)\b[^.;]{0,40}\b(in|within|from) this (repository|repo)\b|\bthis (repository|repo) (also )?(contains|includes|provides|ships|holds|releases)\b/i
/** Components whose only evidence can be such a sentence; the others have files of their own. */
const CLAIMED_HERE: [RegExp, ComponentName][] = [
  [/\b(intermediate|training) checkpoints?\b/i, 'Model parameters (Intermediate)'],
  [/\b(model )?weights\b|\bfinal checkpoints?\b/i, 'Model parameters (Final)'],
  [/\bdata ?cards?\b|\bdataset cards?\b|\bdatasheets?\b/i, 'Data card'],
  [/\btraining data(sets?)?\b|\bdatasets?\b(?! cards?)/i, 'Datasets']
]

/** Sentences of the release's documents that say this repository holds a component. Whether the
 * claim holds is for the caller: it depends on what was found. */
export function findRepositoryClaims(snapshot: Snapshot): RepositoryClaim[] {
  const out: RepositoryClaim[] = []
  for (const file of claimDocuments(fileIndex(snapshot))) {
    if (!/this repo/i.test(file.text ?? '')) continue
    for (const sentence of sentencesOf(file.text ?? '', 1)) {
      const text = sentence.text.replace(/\s+/g, ' ')
      if (!IN_THIS_REPOSITORY.test(text) || /licen[cs]|\bnot\b|n't\b/i.test(text)) continue
      const components = CLAIMED_HERE.filter(([words]) => words.test(text)).map(([, name]) => name)
      if (components.length === 0) continue
      out.push({ path: file.path, line: sentence.line, endLine: sentence.endLine, components })
      if (out.length >= MAX_CLAIMS) return out
    }
  }
  return out
}

/** The report line for a repository claim that nothing in the repository bears out. */
export function repositoryClaimWarning(claim: RepositoryClaim, component: ComponentName): string {
  return `\`${claim.path}:${claim.line}\` says this repository holds ${component}, but none is in it`
}
