import type { ComponentName } from '../model/components.js'
import type { DocumentationFacts } from '../frameworks/osai-index.js'
import type { Snapshot } from '../scan/types.js'
import { detectArchitecture } from './architecture.js'
import { detectDataCard } from './data-card.js'
import { detectModelCard, type ModelCardInfo } from './model-card.js'
import { detectionContext, type Detector } from './context.js'
import { findOpennessClaims, type OpennessClaim } from './claims.js'
import { CODE_RULE_COMPONENTS, detectCode } from './code.js'
import { detectData, withheldTrainingData } from './data.js'
import { detectEvaluation } from './evaluation.js'
import { detectMetadata } from './metadata.js'
import { detectPapers, findPaperReferences } from './papers.js'
import { findReferences } from './references.js'
import { findSubject, type ReleaseSubject } from './subject.js'
import type { Reference } from '../model/references.js'
import { addReferencedComponents } from '../resolve/offline.js'
import type { ComponentFinding } from '../model/findings.js'
import { detectWeights } from './weights.js'
import { sectionAt, type Section } from './markdown.js'
import {
  brokenClaimWarning,
  findBrokenPathClaims,
  findRepositoryClaims,
  repositoryClaimWarning,
  type BrokenPathClaim
} from './path-claims.js'

export interface Detection {
  findings: ComponentFinding[]
  /** The model card's `license:` (governs the weights unless something more specific does). */
  modelCardLicense: {
    path: string
    raw: string
    name?: string
    link?: string
    line?: number
  } | null
  documentation: DocumentationFacts
  /** Sentences in which the repository calls its release open. */
  claims: OpennessClaim[]
  /** Everything the repository points to, with whose thing it is. */
  references: Reference[]
  /** Which model(s) the repository releases, or none. */
  subject: ReleaseSubject
  /** Problems met while reading documentation (malformed front matter, placeholder cards). */
  warnings: string[]
}

const RUNS_MODEL =
  /(\.generate\(|\bpipeline\(\s*["']|\bLLM\(|llama-cli|llama\.cpp|ollama run|\.predict\()/

/** A code block in the model card that runs the model counts as (minimal) inference code. */
function usageExample(card: ModelCardInfo): ComponentFinding | null {
  // The deepest section holding the example names it best ("How to Get Started", not the title).
  const sections = [...card.sections].sort((a, b) => b.depth - a.depth)
  for (const section of sections) {
    const fence = /```[\w-]*\n([\s\S]*?)```/.exec(section.content)
    if (!fence || !RUNS_MODEL.test(fence[1])) continue
    const offset = section.content.slice(0, fence.index).split('\n').length
    return {
      name: 'Inference code',
      presence: 'in-repository',
      evidence: [
        {
          path: card.path,
          line: section.line + offset,
          kind: 'content',
          detail: `usage example in the model card under "${section.title}"`
        }
      ],
      locations: [card.path],
      notes: ['only a usage example in the model card']
    }
  }
  return null
}

/** Components that document a model; without a model release they document nothing. */
const MODEL_DOCUMENTS: ReadonlySet<ComponentName> = new Set<ComponentName>([
  'Model card',
  'Data card',
  'Evaluation results',
  'Sample model outputs',
  'Technical report',
  'Research paper',
  'Datasets',
  'Model parameters (Intermediate)'
])

const PUBLICATIONS: ReadonlySet<ComponentName> = new Set<ComponentName>([
  'Research paper',
  'Technical report'
])

/**
 * A code library's papers (and the results they report): they are not counted for it (see
 * notCounted), so they are works its documents cite, and they are not looked up online (a
 * harness's task notes name a hundred benchmark papers; arXiv asks for one request every 3 s).
 */
function papersAsCitations(references: Reference[]): Reference[] {
  return references.map((reference) =>
    reference.role === 'own-release' &&
    reference.components.some((name) => PUBLICATIONS.has(name)) &&
    reference.components.every((name) => MODEL_DOCUMENTS.has(name))
      ? { ...reference, role: 'citation', components: [] }
      : reference
  )
}

/** Owner (lower-case) and, when the URL names one, repository of a GitHub URL. */
function githubRepository(url: string | undefined): { owner: string; name?: string } | null {
  const linked =
    /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/(?:([\w.-]+?)(?:\.git)?(?:[/#?]|$))?/i.exec(
      url ?? ''
    )
  if (linked === null) return null
  const owner = linked[1].toLowerCase()
  return linked[2] === undefined ? { owner } : { owner, name: linked[2].toLowerCase() }
}

/** Whether every link a finding cites (a line cut before its URL cites none) is to a GitHub
 * repository of another owner. */
function linksOnlyToOthers(finding: ComponentFinding, owner: string): boolean {
  const urls = finding.evidence.flatMap((e) => (e.url ? [e.url] : []))
  return (
    urls.length > 0 &&
    urls.every((url) => {
      const linked = githubRepository(url)
      return linked !== null && linked.owner !== owner
    })
  )
}

/**
 * Code said to be kept elsewhere, without the links to the repository itself ("see the README at
 * github.com/OWNER/NAME"): those point to nothing outside it. A finding left with no evidence goes.
 */
function withoutSelfLinks(findings: ComponentFinding[], repository: string): ComponentFinding[] {
  const self = repository.toLowerCase()
  const isSelf = (url: string | undefined): boolean => {
    const linked = githubRepository(url)
    return linked?.name !== undefined && `${linked.owner}/${linked.name}` === self
  }
  return findings.flatMap((f) => {
    if (!CODE_RULE_COMPONENTS.has(f.name) || f.presence !== 'by-reference') return [f]
    const evidence = f.evidence.filter((e) => !isSelf(e.url))
    if (evidence.length === f.evidence.length) return [f]
    return evidence.length > 0 ? [{ ...f, evidence }] : []
  })
}

/** The same evidence said again on another line of the same file is shown once, at its first line. */
function mergeIdenticalEvidence(finding: ComponentFinding): ComponentFinding {
  const seen = new Set<string>()
  const evidence = finding.evidence.filter((e) => {
    const key = `${e.path}\u0000${e.kind}\u0000${e.detail}\u0000${e.url ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return evidence.length === finding.evidence.length ? finding : { ...finding, evidence }
}

/**
 * A sentence that places a component at a path the repository lacks is no evidence of it; a
 * finding that rested only on such sentences is dropped.
 */
function withoutBrokenClaims(
  findings: ComponentFinding[],
  claims: readonly BrokenPathClaim[],
  sections: readonly Section[] = [],
  cardPath?: string
): ComponentFinding[] {
  if (claims.length === 0) return findings
  // A card section that sends the reader to a missing file for the details ("the data card
  // (`DATA_CARD.md`) documents…") is a summary of something that is not there.
  const sectionLine = (claim: BrokenPathClaim): number | undefined =>
    claim.path === cardPath ? sectionAt(sections, claim.line)?.line : undefined
  return findings.flatMap((f) => {
    const evidence = f.evidence.filter(
      (e) =>
        !claims.some(
          (c) =>
            c.component === f.name &&
            c.path === e.path &&
            (c.line === e.line || (e.kind === 'section' && sectionLine(c) === e.line))
        )
    )
    if (evidence.length === f.evidence.length) return [f]
    return evidence.length > 0 ? [{ ...f, evidence }] : []
  })
}

/**
 * "Released in this repository: weights, intermediate checkpoints…": where the sentence is the
 * only evidence of a component and nothing of it is in the repository, the claim is broken; the
 * sentence stops counting and the report says so.
 */
function withoutUnbornRepositoryClaims(
  findings: ComponentFinding[],
  snapshot: Snapshot,
  warnings: string[]
): ComponentFinding[] {
  let out = findings
  for (const claim of findRepositoryClaims(snapshot)) {
    for (const name of claim.components) {
      const finding = out.find((f) => f.name === name)
      if (finding?.presence === 'in-repository') continue
      const inClaim = (e: { path: string; line?: number }): boolean =>
        e.path === claim.path &&
        e.line !== undefined &&
        e.line >= claim.line &&
        e.line <= claim.endLine
      // Evidence elsewhere (a Hub link, a download script) says where the thing is kept.
      if (finding && !finding.evidence.every(inClaim)) continue
      warnings.push(repositoryClaimWarning(claim, name))
      if (finding) out = out.filter((f) => f !== finding)
    }
  }
  return out
}

/** Runs every detector over the snapshot. Pure. */
export function detectComponents(
  snapshot: Snapshot,
  options: { repository?: string } = {}
): Detection {
  const context = detectionContext(snapshot)
  const card = context.card
  const papers = findPaperReferences(context)
  const warnings = [...(card?.problems ?? [])]
  if (card?.rejected) warnings.push(`model card not counted: ${card.rejected}`)
  const usable = card?.qualifies ? card : null
  const detectors: Detector[] = [
    detectArchitecture,
    detectWeights,
    detectModelCard,
    detectDataCard,
    (ctx) => detectPapers(ctx, papers),
    detectEvaluation,
    detectData,
    detectCode,
    detectMetadata
  ]
  const detected = detectors.flatMap((detect) => detect(context))
  const references = findReferences(snapshot, {
    ...(options.repository ? { repository: options.repository } : {}),
    // Metadata (base model, datasets) counts even in a card too thin to count as a model card.
    card,
    papers
  })
  const referenced = addReferencedComponents(detected, references)
  const withReferences = options.repository?.includes('/')
    ? withoutSelfLinks(referenced, options.repository)
    : referenced
  if (usable && !withReferences.some((f) => f.name === 'Inference code')) {
    const example = usageExample(usable)
    if (example) withReferences.push(example)
  }
  // A card that says the training data is not released outranks links to data kept elsewhere
  // (ablation subsets, third-party sets named in passing); data shipped here still counts.
  const withheld = withheldTrainingData(context)
  const datasets = withReferences.findIndex((f) => f.name === 'Datasets')
  if (withheld && datasets !== -1 && withReferences[datasets].presence === 'by-reference') {
    withReferences.splice(datasets, 1)
    warnings.push(
      `Datasets: ${withheld.path}:${withheld.line} says the training data is not released; links to data elsewhere are not counted as the release's datasets`
    )
  }
  const subject = findSubject(snapshot, card, withReferences, references)
  const brokenClaims = findBrokenPathClaims(snapshot)
  for (const claim of brokenClaims) warnings.push(brokenClaimWarning(claim))
  // A code library releases no model: its README is a usage guide, not a model card, and the
  // papers, data and results it mentions document no model of its own.
  // A code library's links to other owners' frameworks name integrations, not code of its own.
  const owner = options.repository?.split('/')[0]?.toLowerCase()
  const notCounted = (f: ComponentFinding): boolean =>
    subject.release === 'none' &&
    (MODEL_DOCUMENTS.has(f.name) ||
      (CODE_RULE_COMPONENTS.has(f.name) &&
        f.presence === 'by-reference' &&
        owner !== undefined &&
        linksOnlyToOthers(f, owner)))
  const findings = withoutUnbornRepositoryClaims(
    withoutBrokenClaims(
      withReferences.filter((f) => !notCounted(f)).map(mergeIdenticalEvidence),
      brokenClaims,
      card?.sections,
      card?.path
    ),
    snapshot,
    warnings
  )
  if (withReferences.some(notCounted))
    warnings.push(
      `no model release found: ${withReferences
        .filter(notCounted)
        .map((f) => f.name + (CODE_RULE_COMPONENTS.has(f.name) ? ' (links to other projects)' : ''))
        .join(', ')} not counted for a code library`
    )
  for (const f of context.files.weightOrPointer) {
    const problem = f.weight?.problem
    if (problem && !f.lfs) warnings.push(`${f.path}: ${problem}`)
  }
  // A placeholder card's licence line still states the licence of the release.
  const license = card?.license
  return {
    findings,
    modelCardLicense: license
      ? {
          path: license.path,
          raw: license.ids.length > 0 ? license.ids.join(' AND ') : license.raw,
          line: license.line,
          ...(license.name ? { name: license.name } : {}),
          ...(license.link ? { link: license.link } : {})
        }
      : null,
    claims: findOpennessClaims(context),
    references: subject.release === 'none' ? papersAsCitations(references) : references,
    subject,
    documentation: {
      modelCardSections: usable?.filledSections ?? [],
      fineTuned: (usable?.baseModels.length ?? 0) > 0
    },
    warnings
  }
}
