/**
 * What the hosts said, applied to the release: a Hub model's checkpoint branches are its
 * intermediate parameters, a dataset's card can be its data card, and every answer's licence is a
 * candidate licence (`source: remote`) for the components its reference stands for. Pure: the
 * facts were fetched at the edge (src/resolve/online/).
 */
import type { ComponentName } from '../model/components.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import type { Reference, RemoteFact } from '../model/references.js'

/** A card on the Hub needs this much to count as documentation (as an in-repository card does). */
const CARD_MIN_WORDS = 150
const CARD_MIN_SECTIONS = 3
const MAX_BRANCHES_SHOWN = 3

/** A remote licence for one component, with the fact it came from. */
export interface RemoteLicenseCandidate {
  fact: RemoteFact
  reference: Reference
}

export interface AppliedFacts {
  findings: ComponentFinding[]
  /** Per component, the facts whose licence speaks for it. */
  licenses: Map<ComponentName, RemoteLicenseCandidate[]>
  /** Per component, why a reference of it could not be checked online. */
  unverified: Map<ComponentName, string[]>
}

function key(kind: string, id: string, revision?: string): string {
  return `${kind}\n${id.toLowerCase()}\n${revision ?? ''}`
}

function where(fact: RemoteFact): string {
  return fact.pinned ? `${fact.url} @ ${fact.pinned.slice(0, 12)}` : fact.url
}

function remoteEvidence(reference: Reference, detail: string, fact: RemoteFact): Evidence {
  const site = reference.evidence[0]
  return {
    path: site.path,
    ...(site.line ? { line: site.line } : {}),
    kind: 'remote',
    detail,
    url: fact.url
  }
}

function add<T>(map: Map<ComponentName, T[]>, name: ComponentName, value: T): void {
  const list = map.get(name) ?? []
  list.push(value)
  map.set(name, list)
}

function cardCounts(fact: RemoteFact): boolean {
  return (
    fact.card !== undefined &&
    fact.card.words >= CARD_MIN_WORDS &&
    fact.card.sections.length >= CARD_MIN_SECTIONS
  )
}

/** Folds the hosts' answers into the findings and collects remote licences per component. */
export function applyRemoteFacts(
  findings: readonly ComponentFinding[],
  references: readonly Reference[],
  facts: readonly RemoteFact[]
): AppliedFacts {
  const out = findings.map((f) => ({
    ...f,
    evidence: [...f.evidence],
    notes: [...(f.notes ?? [])]
  }))
  const licenses = new Map<ComponentName, RemoteLicenseCandidate[]>()
  const unverified = new Map<ComponentName, string[]>()
  const byKey = new Map<string, Reference>()
  for (const reference of references) {
    byKey.set(key(reference.kind, reference.id, reference.revision), reference)
    if (!byKey.has(key(reference.kind, reference.id)))
      byKey.set(key(reference.kind, reference.id), reference)
  }
  const finding = (name: ComponentName): ComponentFinding | undefined =>
    out.find((f) => f.name === name)
  const ensure = (name: ComponentName, evidence: Evidence, note: string): void => {
    const existing = finding(name)
    if (existing) {
      if (existing.presence === 'by-reference' && existing.evidence.length < 8)
        existing.evidence.push(evidence)
      return
    }
    out.push({ name, presence: 'by-reference', evidence: [evidence], locations: [], notes: [note] })
  }

  for (const fact of facts) {
    const reference =
      byKey.get(key(fact.reference.kind, fact.reference.id, fact.reference.revision)) ??
      byKey.get(key(fact.reference.kind, fact.reference.id))
    if (!reference) continue
    const components = new Set<ComponentName>(reference.components)
    if (fact.unresolved && !fact.license) {
      for (const name of components)
        add(unverified, name, `${fact.unresolved.reason}: ${fact.unresolved.detail} (${fact.url})`)
      continue
    }
    if (reference.role !== 'own-release') {
      // Code the release builds on: its licence speaks for the components it stands for, if any.
      for (const name of components) add(licenses, name, { fact, reference })
      continue
    }
    if (fact.reference.kind === 'hf-model') {
      const branches = fact.checkpointBranches ?? []
      if (branches.length > 0) {
        const count = fact.checkpointBranchCount ?? branches.length
        const shown = branches
          .slice(0, MAX_BRANCHES_SHOWN)
          .map((b) => `\`${b}\``)
          .join(', ')
        ensure(
          'Model parameters (Intermediate)',
          remoteEvidence(
            reference,
            `${count} checkpoint branch(es) of \`${fact.reference.id}\` on the Hub: ${shown}${count > MAX_BRANCHES_SHOWN ? ', …' : ''}`,
            fact
          ),
          'intermediate checkpoints are branches of the Hub repository'
        )
        components.add('Model parameters (Intermediate)')
      }
      if (cardCounts(fact) && !finding('Model card')) {
        ensure(
          'Model card',
          remoteEvidence(
            reference,
            `model card of \`${fact.reference.id}\` on the Hub: ${fact.card?.sections.length} sections, ${fact.card?.words} words`,
            fact
          ),
          'the model card is kept on the Hub'
        )
        components.add('Model card')
      }
    }
    if (fact.reference.kind === 'hf-dataset' && cardCounts(fact)) {
      if (!finding('Data card') || finding('Data card')?.presence === 'by-reference') {
        ensure(
          'Data card',
          remoteEvidence(
            reference,
            `dataset card of \`${fact.reference.id}\` on the Hub: ${fact.card?.sections.length} sections, ${fact.card?.words} words`,
            fact
          ),
          'the data card is the dataset card on the Hub'
        )
        components.add('Data card')
      }
    }
    if (fact.gated) {
      for (const name of components) {
        const f = finding(name)
        const note = `access to \`${fact.reference.id}\` is gated on the Hub (${fact.gated === 'manual' ? 'manual approval' : 'automatic approval after accepting terms'})`
        if (f && !f.notes?.includes(note)) f.notes = [...(f.notes ?? []), note]
      }
    }
    if (fact.unresolved?.reason === 'disabled') {
      for (const name of components) {
        const f = finding(name)
        if (f) f.notes = [...(f.notes ?? []), `\`${fact.reference.id}\` is disabled on the host`]
      }
    }
    if (fact.license) for (const name of components) add(licenses, name, { fact, reference })
    else
      for (const name of components)
        add(unverified, name, `no licence stated at the host (${where(fact)})`)
  }
  return { findings: out, licenses, unverified }
}
