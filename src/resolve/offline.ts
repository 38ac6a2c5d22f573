/**
 * The offline half of the resolve stage: references the repository makes become by-reference
 * components where the detectors found none (weights in cloud storage, a dataset on the Hub,
 * checkpoints on revision branches). Licences for them come later, from what the repository
 * states (license/resolve.ts) or, online, from the hosts themselves.
 */
import type { ComponentName } from '../model/components.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import type { Reference } from '../model/references.js'

const MAX_EVIDENCE = 5

function describe(reference: Reference): string {
  const what: Record<Reference['kind'], string> = {
    'hf-model': 'Hugging Face model',
    'hf-dataset': 'Hugging Face dataset',
    arxiv: 'arXiv paper',
    doi: 'DOI',
    github: 'GitHub repository',
    submodule: 'git submodule',
    url: 'link',
    'cloud-storage': 'cloud storage',
    magnet: 'magnet link',
    'download-script': 'download script'
  }
  const revision = reference.revision ? ` at revision \`${reference.revision}\`` : ''
  return `${what[reference.kind]} \`${reference.id}\`${revision}`
}

function evidenceOf(reference: Reference): Evidence {
  const site = reference.evidence[0]
  return {
    path: site.path,
    ...(site.line ? { line: site.line } : {}),
    kind: 'reference',
    detail: describe(reference),
    ...(reference.url && /^https?:\/\//i.test(reference.url) ? { url: reference.url } : {})
  }
}

/** Adds a by-reference finding for each component that only the release's references name. */
export function addReferencedComponents(
  findings: readonly ComponentFinding[],
  references: readonly Reference[]
): ComponentFinding[] {
  const out = [...findings]
  // MOT's convention: evaluation results may live in the technical report or the paper. When the
  // repository shows none of its own, the release's paper stands for them.
  if (!out.some((f) => f.name === 'Evaluation results')) {
    for (const reference of references) {
      if (
        reference.role === 'own-release' &&
        reference.components.some((c) => c === 'Technical report' || c === 'Research paper') &&
        !reference.components.includes('Evaluation results')
      )
        reference.components.push('Evaluation results')
    }
  }
  const byComponent = new Map<ComponentName, Reference[]>()
  for (const reference of references) {
    if (reference.role !== 'own-release') continue
    for (const name of reference.components) {
      const list = byComponent.get(name) ?? []
      list.push(reference)
      byComponent.set(name, list)
    }
  }
  for (const [name, refs] of byComponent) {
    if (out.some((f) => f.name === name)) continue
    const notes = refs.length > MAX_EVIDENCE ? [`${refs.length} references in all`] : []
    if (name === 'Evaluation results')
      notes.push("no results in the repository; the release's paper or report holds them")
    out.push({
      name,
      presence: 'by-reference',
      evidence: refs.slice(0, MAX_EVIDENCE).map(evidenceOf),
      locations: [],
      notes
    })
  }
  return out
}
