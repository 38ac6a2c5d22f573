/**
 * Claims about local paths: "checkpoints are published in `checkpoints/`", "the data card is in
 * [docs/data_card.md](docs/data_card.md)". When the path is not in the repository the sentence
 * is no evidence of the component; it is a broken claim, reported as such.
 */
import { fileIndex } from '../scan/facts.js'
import type { ComponentName } from '../model/components.js'
import type { ScannedFile, Snapshot } from '../scan/types.js'
import { isInTestFolder, isVendored, joinRepositoryPath, segmentCount } from '../util/paths.js'
import { blankFencedCode, isMarkdownPath } from './markdown.js'

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
  const out: BrokenPathClaim[] = []
  for (const file of files.withText.filter(isDocument).slice(0, MAX_DOCUMENTS)) {
    const lines = blankFencedCode(file.text ?? '').split('\n')
    for (let i = 0; i < lines.length && out.length < MAX_CLAIMS; i++) {
      const text = lines[i]
      if (!/[`\]]/.test(text) || !PRESENCE.test(text) || INSTRUCTION.test(text)) continue
      const component = COMPONENT_WORDS.find(([words]) => words.test(text))?.[1]
      if (!component) continue
      const targets = new Map<string, string>()
      for (const m of text.matchAll(PLACE_TOKEN)) {
        const written = m[1] ?? m[2]
        const local = localPathOf(written, m[2] !== undefined)
        if (local) targets.set(written, local)
      }
      for (const m of text.matchAll(RELATIVE_LINK)) {
        const local = localPathOf(m[1], true)
        if (local) targets.set(m[1], local)
      }
      for (const local of targets.values()) {
        const inDocFolder = joinRepositoryPath(file.path, local)
        const fromRoot = joinRepositoryPath('', local)
        if (
          (inDocFolder !== null && exists(inDocFolder)) ||
          (fromRoot !== null && exists(fromRoot))
        )
          continue
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
