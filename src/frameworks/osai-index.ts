import type { ComponentName } from '../model/components.js'
import type { ComponentReport } from '../model/licenses.js'

/**
 * The European Open Source AI Index: 12 dimensions (since 2026-03-13), each open, partial or
 * closed; score = mean with open 1, partial 0.5, closed 0. The index rates by hand from public
 * evidence; here each dimension is rated from what the repository shows.
 */
export type IndexClass = 'open' | 'partial' | 'closed'

export interface DocumentationFacts {
  /** Titles of model-card sections with real content (placeholders excluded). */
  modelCardSections: string[]
  /** The card names a base model: the release is a fine-tune of another model. */
  fineTuned: boolean
}

export interface IndexDimension {
  key: string
  title: string
  category: 'Availability' | 'Documentation' | 'Access'
  class: IndexClass
  reason: string
}

export interface OsaiIndexResult {
  dimensions: IndexDimension[]
  /** 0–1, as the index publishes it. */
  score: number
}

type Lookup = (name: ComponentName) => ComponentReport

const VALUE: Record<IndexClass, number> = { open: 1, partial: 0.5, closed: 0 }

function present(r: ComponentReport): boolean {
  return r.status !== 'missing'
}

function label(r: ComponentReport): string {
  if (r.status === 'missing') return `${r.name} not found`
  const licence = r.license ? (r.license.spdx ?? r.license.name) : 'no licence'
  return `${r.name} ${r.presence === 'by-reference' ? 'referenced' : 'present'} (${licence})`
}

function sectionMatch(facts: DocumentationFacts, pattern: RegExp): string[] {
  return facts.modelCardSections.filter((s) => pattern.test(s))
}

function isPeerReviewed(r: ComponentReport): boolean {
  return r.evidence.some((e) =>
    /doi\.org|\bdoi\b|inproceedings|journal|booktitle|proceedings|acl ?anthology|openreview/i.test(
      `${e.detail} ${e.url ?? ''}`
    )
  )
}

interface DimensionRule {
  key: string
  title: string
  category: IndexDimension['category']
  rate: (get: Lookup, facts: DocumentationFacts) => [IndexClass, string]
}

function dataSources(get: Lookup): [IndexClass, string] {
  const data = get('Datasets')
  const card = get('Data card')
  if (data.status === 'open') return ['open', label(data)]
  if (present(data) || present(card)) return ['partial', [label(data), label(card)].join('; ')]
  return ['closed', 'no training data or data sources documented']
}

function weights(get: Lookup): [IndexClass, string] {
  const w = get('Model parameters (Final)')
  if (w.status === 'open') return ['open', label(w)]
  if (present(w)) return ['partial', `${label(w)}: available, not openly licensed`]
  return ['closed', 'no weights found']
}

export const OSAI_INDEX_DIMENSIONS: DimensionRule[] = [
  {
    key: 'datasources_basemodel',
    title: 'Base Model Data',
    category: 'Availability',
    rate: (get, facts) =>
      facts.fineTuned
        ? ['closed', 'fine-tuned from a base model whose training data is not documented here']
        : dataSources(get)
  },
  {
    key: 'datasources_endmodel',
    title: 'End User Model Data',
    category: 'Availability',
    rate: (get) => dataSources(get)
  },
  {
    key: 'weights_basemodel',
    title: 'Base Model Weights',
    category: 'Availability',
    rate: (get, facts) =>
      facts.fineTuned
        ? ['partial', 'fine-tuned: the base model weights are published elsewhere']
        : weights(get)
  },
  {
    key: 'weights_endmodel',
    title: 'End User Model Weights',
    category: 'Availability',
    rate: (get) => weights(get)
  },
  {
    key: 'trainingcode',
    title: 'Training Code',
    category: 'Availability',
    rate: (get) => {
      const parts = [get('Training code'), get('Data preprocessing code')]
      const open = parts.filter((p) => p.status === 'open').length
      if (open === 2) return ['open', parts.map(label).join('; ')]
      if (parts.some(present)) return ['partial', parts.map(label).join('; ')]
      return ['closed', 'no training or data-processing code found']
    }
  },
  {
    key: 'code',
    title: 'Code Documentation',
    category: 'Documentation',
    rate: (get, facts) => {
      const code: ComponentName[] = [
        'Training code',
        'Inference code',
        'Evaluation code',
        'Data preprocessing code',
        'Model architecture'
      ]
      const found = code.filter((n) => present(get(n)))
      const usage = sectionMatch(
        facts,
        /get(ting)? started|usage|how to use|quick ?start|inference|training procedure/i
      )
      if (found.length >= 4 && usage.length > 0)
        return [
          'open',
          `${found.length} code components, documented in: ${usage.slice(0, 3).join(', ')}`
        ]
      if (found.length > 0 || usage.length > 0)
        return [
          'partial',
          `${found.length} code component(s) found${usage.length ? `; usage documented in ${usage[0]}` : ''}`
        ]
      return ['closed', 'no code and no usage documentation']
    }
  },
  {
    key: 'hardware_architecture',
    title: 'Hardware Architecture',
    category: 'Documentation',
    rate: (get, facts) => {
      const arch = get('Model architecture')
      const hw = sectionMatch(
        facts,
        /hardware|compute|infrastructure|technical specifications|training (setup|procedure)|environmental impact/i
      )
      if (present(arch) && hw.length > 0)
        return ['open', `${label(arch)}; training setup in: ${hw.slice(0, 3).join(', ')}`]
      if (present(arch) || hw.length > 0)
        return [
          'partial',
          present(arch)
            ? `${label(arch)}; training hardware not documented`
            : `training setup in ${hw[0]}; no architecture found`
        ]
      return ['closed', 'architecture and training setup not documented']
    }
  },
  {
    key: 'preprint',
    title: 'Preprint',
    category: 'Documentation',
    rate: (get) => {
      const papers = [get('Research paper'), get('Technical report')].filter(present)
      return papers.length > 0
        ? ['open', papers.map(label).join('; ')]
        : ['closed', 'no preprint or technical report found']
    }
  },
  {
    key: 'paper',
    title: 'Paper',
    category: 'Documentation',
    rate: (get) => {
      const paper = get('Research paper')
      if (present(paper) && isPeerReviewed(paper))
        return ['open', `${label(paper)} with a DOI or venue`]
      return [
        'closed',
        present(paper)
          ? 'no peer-reviewed publication (only a preprint)'
          : 'no peer-reviewed paper found'
      ]
    }
  },
  {
    key: 'modelcard',
    title: 'Model Card',
    category: 'Documentation',
    rate: (get, facts) => {
      const card = get('Model card')
      if (!present(card)) return ['closed', 'no model card with real content']
      const covered = [
        /training/i,
        /evaluat|results|benchmark/i,
        /uses?|intended|limitations|bias|risks/i,
        /architecture|model details|technical/i
      ].filter((p) => sectionMatch(facts, p).length > 0)
      return covered.length >= 3
        ? [
            'open',
            `model card covers ${covered.length} of 4 areas (training, evaluation, use and limits, architecture)`
          ]
        : [
            'partial',
            `model card covers ${covered.length} of 4 areas (training, evaluation, use and limits, architecture)`
          ]
    }
  },
  {
    key: 'datasheet',
    title: 'Datasheet',
    category: 'Documentation',
    rate: (get) => {
      const card = get('Data card')
      if (!present(card)) return ['closed', 'no datasheet or data card']
      const standalone = card.evidence.some(
        (e) =>
          e.kind === 'file' ||
          /datasheet|croissant|data card|dataset card|training content summary/i.test(e.detail)
      )
      return standalone
        ? ['open', label(card)]
        : ['partial', `${label(card)}: a section of the model card, not a datasheet`]
    }
  },
  {
    key: 'licenses',
    title: 'Licenses',
    category: 'Access',
    rate: (get) => {
      const all = [
        get('Model parameters (Final)'),
        get('Training code'),
        get('Datasets'),
        get('Model architecture')
      ]
      const presentParts = all.filter(present)
      if (
        presentParts.length > 0 &&
        presentParts.every((p) => p.status === 'open') &&
        get('Model parameters (Final)').status === 'open'
      ) {
        return ['open', 'weights, code and data found are all under open licences']
      }
      const open = presentParts.filter((p) => p.status === 'open')
      if (open.length >= 2)
        return ['partial', `openly licensed: ${open.map((p) => p.name).join(', ')}`]
      return [
        'closed',
        presentParts.length === 0
          ? 'nothing licensed found'
          : 'weights, code and data are not openly licensed'
      ]
    }
  }
]

export function evaluateOsaiIndex(
  components: ComponentReport[],
  facts: DocumentationFacts
): OsaiIndexResult {
  const byName = new Map(components.map((c) => [c.name, c]))
  const get: Lookup = (name) =>
    byName.get(name) ?? {
      name,
      status: 'missing',
      presence: 'missing',
      license: null,
      evidence: [],
      notes: []
    }
  const dimensions = OSAI_INDEX_DIMENSIONS.map((rule): IndexDimension => {
    const [cls, reason] = rule.rate(get, facts)
    return { key: rule.key, title: rule.title, category: rule.category, class: cls, reason }
  })
  const score = dimensions.reduce((sum, d) => sum + VALUE[d.class], 0) / dimensions.length
  return { dimensions, score: Math.round(score * 1000) / 1000 }
}
