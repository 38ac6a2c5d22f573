import { componentDefinition, MOF_COMPONENTS, type ComponentName } from '../model/components.js'
import type { OsaidVerdict } from './osaid.js'
import { isOsiApproved } from '../license/classify.js'
import type { ComponentReport } from '../model/licenses.js'

/** What to add, license or relicense, and where, to reach the next MOF class and OSAID conformance. */
export interface MissingDisclosure {
  component: ComponentName
  action: 'add' | 'license' | 'relicense'
  /** The concrete file to add or change. */
  file: string
  what: string
  /** Framework clauses this satisfies, e.g. "MOF Class III" and "OSAID 1.0, Data Information". */
  clauses: string[]
}

/** Where each component usually lives, and what a reviewer expects it to hold. */
const SUGGESTED_FILE: Record<ComponentName, { file: string; what: string }> = {
  'Model architecture': {
    file: 'modeling.py (or config.json with `architectures`)',
    what: 'the code that defines the model architecture'
  },
  'Model parameters (Final)': {
    file: 'model.safetensors (or a link in README.md to the hosted weights)',
    what: 'the final trained weights'
  },
  'Technical report': {
    file: 'docs/technical-report.pdf (or an arXiv link in README.md)',
    what: 'a technical report on capabilities, training and usage'
  },
  'Evaluation results': {
    file: 'README.md front matter `model-index` (or eval/results.json)',
    what: 'evaluation results with benchmarks and metrics'
  },
  'Model card': {
    file: 'README.md (Hugging Face model card with front matter)',
    what: 'a model card: details, intended use, limitations, training and evaluation'
  },
  'Data card': {
    file: 'DATA_CARD.md',
    what: 'a data card covering sources, collection, selection, filtering and processing of the training data'
  },
  'Sample model outputs': { file: 'samples/', what: 'examples of model outputs' },
  'Training code': {
    file: 'train.py (or scripts/train.sh, or a link to the training repository)',
    what: 'the code used to train the model, with its configuration'
  },
  'Inference code': {
    file: 'inference.py (or a usage example in README.md)',
    what: 'code to run the model'
  },
  'Evaluation code': {
    file: 'eval/ (evaluation scripts or harness configuration)',
    what: 'the code used to evaluate the model'
  },
  'Evaluation data': {
    file: 'eval/data/ (or links to the benchmark datasets)',
    what: 'the data used for evaluation'
  },
  'Supporting libraries and tools': {
    file: 'requirements.txt (or pyproject.toml)',
    what: 'the libraries and tools used in development'
  },
  Datasets: {
    file: 'data/ (or dataset ids in the model card `datasets:`)',
    what: 'the training, validation and test datasets'
  },
  'Data preprocessing code': {
    file: 'data/preprocess.py',
    what: 'the code that cleans, filters, deduplicates and tokenises the data'
  },
  'Model parameters (Intermediate)': {
    file: 'checkpoints/step-*/ (or revision branches listed in README.md)',
    what: 'intermediate training checkpoints'
  },
  'Research paper': {
    file: 'README.md (arXiv or DOI link, with a BibTeX citation)',
    what: 'a research paper on the model'
  },
  'Model metadata': {
    file: 'configs/training.yaml',
    what: 'training configuration, hyperparameters and optimizer state'
  }
}

const CLASS_NAME: Record<1 | 2 | 3, string> = { 3: 'Class III', 2: 'Class II', 1: 'Class I' }

const OPEN_BY_TYPE = {
  code: 'Apache-2.0 or MIT',
  data: 'CDLA-Permissive-2.0 or CC-BY-4.0',
  document: 'CC-BY-4.0'
} as const

function disclosureFor(report: ComponentReport, clause: string): MissingDisclosure {
  const suggestion = SUGGESTED_FILE[report.name]
  const type = componentDefinition(report.name).contentType
  if (report.status === 'missing') {
    return {
      component: report.name,
      action: 'add',
      file: suggestion.file,
      what: `Add ${suggestion.what}`,
      clauses: [clause]
    }
  }
  if (report.status === 'unlicensed' && report.presence === 'by-reference') {
    // The thing lives elsewhere: its licence is stated where it lives, or in this repository's
    // words about it; a LICENSE file here would cover this repository, not it.
    const where = report.evidence.find((e) => e.url)?.url
    const file = report.name.startsWith('Model parameters')
      ? 'README.md front matter `license:` (or LICENSE-MODEL, which governs hosted weights)'
      : 'a licence statement in README.md naming it (or the licence at its host)'
    return {
      component: report.name,
      action: 'license',
      file,
      what: `State the licence of ${suggestion.what}, kept outside the repository${where ? ` (${where})` : ''}: licence not stated in the repository`,
      clauses: [clause]
    }
  }
  if (report.status === 'unlicensed') {
    const file =
      type === 'code'
        ? 'LICENSE'
        : report.name.startsWith('Model parameters')
          ? 'README.md front matter `license:` (or LICENSE-MODEL)'
          : type === 'data'
            ? 'DATA_LICENSE'
            : 'LICENSE (or a licence statement covering documentation)'
    return {
      component: report.name,
      action: 'license',
      file,
      what: `State an open licence (e.g. ${OPEN_BY_TYPE[type]}) for ${suggestion.what}`,
      clauses: [clause]
    }
  }
  const current = report.license?.name ?? 'its current licence'
  // Open by the MOF list but not OSI-approved code (e.g. CC-BY-4.0 on code): OSAID asks for OSI terms.
  const target =
    report.status === 'open'
      ? 'an OSI-approved licence (e.g. Apache-2.0 or MIT)'
      : `an open licence (e.g. ${OPEN_BY_TYPE[type]})`
  return {
    component: report.name,
    action: 'relicense',
    file: report.license?.path || 'LICENSE',
    what: `Relicense ${suggestion.what} from ${current} to ${target}`,
    clauses: [clause]
  }
}

/**
 * Ordered list: first what the next MOF class needs (most open class not yet reached), then what
 * OSAID conformance needs beyond that. A component needed by both appears once, with both clauses.
 */
export function missingDisclosures(
  components: ComponentReport[],
  mofClass: 0 | 1 | 2 | 3,
  osaid: OsaidVerdict
): MissingDisclosure[] {
  const byName = new Map(components.map((c) => [c.name, c]))
  const out: MissingDisclosure[] = []
  const index = new Map<ComponentName, MissingDisclosure>()
  const push = (report: ComponentReport, clause: string): void => {
    const existing = index.get(report.name)
    if (existing) {
      if (!existing.clauses.includes(clause)) existing.clauses.push(clause)
      return
    }
    const d = disclosureFor(report, clause)
    index.set(report.name, d)
    out.push(d)
  }
  const target = (mofClass === 0 ? 3 : mofClass - 1) as 0 | 1 | 2 | 3
  if (target !== 0) {
    const needed = MOF_COMPONENTS.filter((c) => c.required && c.firstClass >= target)
    const trOrPaper = byName.get('Research paper')?.status === 'open'
    for (const def of needed) {
      const report = byName.get(def.name) as ComponentReport
      if (report.status === 'open') continue
      // A research paper stands in for the technical report (MOT rule).
      if (def.name === 'Technical report' && trOrPaper) continue
      push(report, `MOF ${CLASS_NAME[target]}`)
    }
  }
  for (const req of osaid.requirements) {
    if (req.met) continue
    for (const name of req.components) {
      const report = byName.get(name) as ComponentReport
      if (termsSatisfied(report, req.id)) continue
      push(report, req.clause)
    }
  }
  return out
}

function termsSatisfied(report: ComponentReport, requirementId: string): boolean {
  if (report.status !== 'open') return false
  // Code must be under an OSI-approved licence; an open-data licence on code does not satisfy OSAID.
  const needsOsi = requirementId.startsWith('code') || requirementId === 'model-architecture'
  return !needsOsi || isOsiApproved(report.license?.spdx ?? null)
}
