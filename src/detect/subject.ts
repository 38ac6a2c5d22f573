/**
 * The subject of a repository: which model(s) it releases. A training library, an evaluation
 * harness or a fine-tuning recipe releases none, and the report says so instead of rating a model.
 */
import type { ComponentFinding } from '../model/findings.js'
import type { Reference } from '../model/references.js'
import type { Snapshot } from '../scan/types.js'
import { fileIndex } from '../scan/facts.js'
import { readMarkdown } from './markdown.js'
import type { ModelCardInfo } from './model-card.js'

export interface ReleaseSubject {
  /** `model` when the repository releases model weights (here or by reference), else `none`. */
  release: 'model' | 'none'
  /** Model names the repository presents as its own (card `model-index`, README title, folders). */
  names: string[]
  /** Hub ids of the release's own models. */
  ids: string[]
  evidence: { path: string; line?: number; detail: string }[]
}

const MAX_NAMES = 20

function modelIndexNames(card: ModelCardInfo): string[] {
  const index = card.frontMatter?.['model-index']
  if (!Array.isArray(index)) return []
  return index
    .map((entry) =>
      entry && typeof entry === 'object' ? (entry as Record<string, unknown>).name : undefined
    )
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim().slice(0, 100))
}

/** Folders `models/<name>/` holding a card, weights or a licence: one model each. */
function modelFolders(snapshot: Snapshot): string[] {
  const names = new Set<string>()
  const all = fileIndex(snapshot).all
  // The pattern below needs one of these folders; most paths have neither. The name holds no
  // '/', so the folder decides, once per folder.
  const candidate = new Map<string, boolean>()
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    let inModels = candidate.get(file.dir)
    if (inModels === undefined) {
      inModels = /(models|checkpoints)\//i.test(file.dir + '/')
      candidate.set(file.dir, inModels)
    }
    if (!inModels) continue
    const m =
      /^(?:.*\/)?(?:models|checkpoints)\/([^/]+)\/(readme|model[_-]?card|licen[cs]e|config\.json|[^/]+\.(safetensors|gguf|bin|pt|pth))/i.exec(
        file.path
      )
    if (m) names.add(m[1])
  }
  return [...names]
}

function readmeTitle(snapshot: Snapshot): { title: string; path: string; line: number } | null {
  const readme = fileIndex(snapshot).withText.find(
    (f) => /^readme\.(md|markdown)$/i.test(f.path) && f.text
  )
  if (!readme) return null
  // The first real title: not a table of contents or a news heading.
  const first = readMarkdown(readme).sections.find(
    (s) =>
      s.depth === 1 &&
      !/^(目录|contents|table of contents|toc|news|updates?|index|overview)$/i.test(s.title.trim())
  )
  return first ? { title: first.title.slice(0, 100), path: readme.path, line: first.line } : null
}

/**
 * A model's own configuration at the repository's root (`config.json` naming architectures,
 * `params.json`, a diffusers `model_index.json`, a PEFT `adapter_config.json`): where a model
 * repository keeps it, beside weights that may be missing here (a copy without its LFS files).
 * A library keeps example configs in folders, not at its root.
 */
function rootModelConfig(
  findings: readonly ComponentFinding[]
): { path: string; detail: string } | undefined {
  const architecture = findings.find((f) => f.name === 'Model architecture')
  const config = architecture?.evidence.find((e) => e.kind === 'metadata' && !e.path.includes('/'))
  return config
    ? { path: config.path, detail: `model configuration at the root: ${config.detail}` }
    : undefined
}

/** Which model(s) the repository releases. Pure. */
export function findSubject(
  snapshot: Snapshot,
  card: ModelCardInfo | null,
  findings: readonly ComponentFinding[],
  references: readonly Reference[]
): ReleaseSubject {
  const names: string[] = []
  const evidence: ReleaseSubject['evidence'] = []
  if (card) {
    for (const name of modelIndexNames(card)) names.push(name)
    if (names.length > 0)
      evidence.push({
        path: card.path,
        line: card.keyLines.get('model-index'),
        detail: 'model card `model-index`'
      })
  }
  const ownModels = references.filter((r) => r.kind === 'hf-model' && r.role === 'own-release')
  const ids = [...new Set(ownModels.map((r) => r.id))].slice(0, MAX_NAMES)
  for (const r of ownModels.slice(0, 3)) evidence.push(r.evidence[0])
  for (const folder of modelFolders(snapshot)) names.push(folder)
  const final = findings.find((f) => f.name === 'Model parameters (Final)')
  const checkpoints = findings.find((f) => f.name === 'Model parameters (Intermediate)')
  const rootConfig = rootModelConfig(findings)
  const release: ReleaseSubject['release'] =
    final || checkpoints || ids.length > 0 || rootConfig ? 'model' : 'none'
  if (release === 'model' && names.length === 0) {
    const title = readmeTitle(snapshot)
    if (title) {
      names.push(title.title)
      evidence.push({ path: title.path, line: title.line, detail: 'README title' })
    }
  }
  if (final && final.evidence[0]) evidence.push(final.evidence[0])
  else if (rootConfig) evidence.push(rootConfig)
  return {
    release,
    names: [...new Set(names)].slice(0, MAX_NAMES),
    ids,
    evidence: evidence.slice(0, 6)
  }
}
