/**
 * Model licences and use policies that SPDX does not list. Their texts are not in any package, so
 * they are recognised by their title lines. Ids are `LicenseRef-<Hugging Face id>` where the Hub has
 * an id (so a `license: llama3.1` card and a LICENSE file with the Llama 3.1 text agree), otherwise
 * `LicenseRef-<the license_name the model makers use on the Hub>`.
 */

export interface MlLicense {
  /** `LicenseRef-…` id. */
  readonly spdx: string
  /** The Hugging Face `license:` id, when the Hub has one. */
  readonly hfId?: string
  readonly name: string
  /** The terms restrict use: an acceptable-use policy, research-only or non-commercial clauses. */
  readonly restrictsUse: boolean
  /** A use policy document (it restricts; it does not license anything). */
  readonly policy?: boolean
  /** RAIL family: a specific RAIL licence supersedes the generic OpenRAIL match. */
  readonly rail?: boolean
  /** Title phrases, matched case-insensitively with flexible whitespace. */
  readonly titles: readonly RegExp[]
  /** Declared strings (model card `license_name`, GGUF) that name this licence, lower case. */
  readonly aliases?: readonly string[]
}

const L = 'licen[cs]e'

export const ML_LICENSES: readonly MlLicense[] = [
  {
    spdx: 'LicenseRef-llama2',
    hfId: 'llama2',
    name: 'Llama 2 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*2\\s+community\\s+${L}`, 'i')],
    aliases: ['llama-2', 'llama 2']
  },
  {
    spdx: 'LicenseRef-llama3',
    hfId: 'llama3',
    name: 'Meta Llama 3 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*3(?![.\\d])\\s+community\\s+${L}`, 'i')],
    aliases: ['llama-3', 'llama 3']
  },
  {
    spdx: 'LicenseRef-llama3.1',
    hfId: 'llama3.1',
    name: 'Llama 3.1 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*3\\.1\\s+community\\s+${L}`, 'i')],
    aliases: ['llama-3.1', 'llama 3.1']
  },
  {
    spdx: 'LicenseRef-llama3.2',
    hfId: 'llama3.2',
    name: 'Llama 3.2 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*3\\.2\\s+community\\s+${L}`, 'i')],
    aliases: ['llama-3.2', 'llama 3.2']
  },
  {
    spdx: 'LicenseRef-llama3.3',
    hfId: 'llama3.3',
    name: 'Llama 3.3 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*3\\.3\\s+community\\s+${L}`, 'i')],
    aliases: ['llama-3.3', 'llama 3.3']
  },
  {
    // No Hub id: Llama 4 cards use `license: other` with `license_name: llama4`.
    spdx: 'LicenseRef-llama4',
    name: 'Llama 4 Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bllama\\s*4(?![.\\d])\\s+community\\s+${L}`, 'i')],
    aliases: ['llama4', 'llama-4', 'llama 4']
  },
  {
    spdx: 'LicenseRef-gemma',
    hfId: 'gemma',
    name: 'Gemma Terms of Use',
    restrictsUse: true,
    titles: [/\bgemma\s+terms\s+of\s+use\b/i]
  },
  {
    spdx: 'LicenseRef-openrail-pp',
    // The Hub id `openrail++` has characters an SPDX LicenseRef may not contain.
    hfId: 'openrail++',
    name: 'CreativeML Open RAIL++-M License',
    restrictsUse: true,
    rail: true,
    titles: [/\bopen\s*rail\s*\+\+/i]
  },
  {
    spdx: 'LicenseRef-creativeml-openrail-m',
    hfId: 'creativeml-openrail-m',
    name: 'CreativeML Open RAIL-M License',
    restrictsUse: true,
    rail: true,
    titles: [/\bcreativeml\s+open\s*rail-m\b/i]
  },
  {
    spdx: 'LicenseRef-bigscience-openrail-m',
    hfId: 'bigscience-openrail-m',
    name: 'BigScience Open RAIL-M License',
    restrictsUse: true,
    rail: true,
    titles: [/\bbigscience\s+open\s*rail-m\b/i]
  },
  {
    spdx: 'LicenseRef-bigscience-bloom-rail-1.0',
    hfId: 'bigscience-bloom-rail-1.0',
    name: 'BigScience BLOOM RAIL License v1.0',
    restrictsUse: true,
    rail: true,
    titles: [
      new RegExp(`\\bbigscience\\s+(?:bloom\\s+)?rail\\s+${L}\\s+v?1\\.0`, 'i'),
      new RegExp(`\\bbloom\\s+rail\\s+(?:${L}\\s+)?v?1\\.0`, 'i')
    ]
  },
  {
    spdx: 'LicenseRef-bigcode-openrail-m',
    hfId: 'bigcode-openrail-m',
    name: 'BigCode Open RAIL-M License',
    restrictsUse: true,
    rail: true,
    titles: [/\bbigcode\s+open\s*rail-m\b/i]
  },
  {
    spdx: 'LicenseRef-openrail',
    hfId: 'openrail',
    name: 'Open RAIL License',
    restrictsUse: true,
    rail: true,
    titles: [/\bopen\s*rail(?:-[ams]{1,3})?\b/i, new RegExp(`\\bresponsible\\s+ai\\s+${L}`, 'i')]
  },
  {
    spdx: 'LicenseRef-deepfloyd-if-license',
    hfId: 'deepfloyd-if-license',
    name: 'DeepFloyd IF License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bdeepfloyd\\s+if\\s+${L}`, 'i')]
  },
  {
    spdx: 'LicenseRef-apple-amlr',
    hfId: 'apple-amlr',
    name: 'Apple Machine Learning Research Model License Agreement',
    restrictsUse: true,
    titles: [/\bapple\s+machine\s+learning\s+research\s+model\b/i]
  },
  {
    spdx: 'LicenseRef-apple-ascl',
    hfId: 'apple-ascl',
    name: 'Apple Sample Code License',
    restrictsUse: false,
    titles: [new RegExp(`\\bapple\\s+sample\\s+code\\s+${L}`, 'i')]
  },
  {
    // Listed before the general Qwen licence: its title contains the other's words.
    spdx: 'LicenseRef-qwen-research',
    name: 'Qwen Research License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\b(?:qwen|tongyi\\s+qianwen)\\s+research\\s+${L}`, 'i')],
    aliases: ['qwen-research', 'tongyi-qianwen-research']
  },
  {
    spdx: 'LicenseRef-qwen',
    name: 'Qwen License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\b(?:qwen|tongyi\\s+qianwen)\\s+${L}\\s+agreement`, 'i')],
    aliases: ['qwen', 'tongyi-qianwen']
  },
  {
    spdx: 'LicenseRef-deepseek',
    name: 'DeepSeek License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bdeepseek\\s+${L}\\s+agreement`, 'i')],
    aliases: ['deepseek', 'deepseek-license']
  },
  {
    spdx: 'LicenseRef-stabilityai-nc-research-community',
    name: 'Stability AI Non-Commercial Research Community License',
    restrictsUse: true,
    titles: [
      new RegExp(`\\bstability\\s+ai\\s+non-?commercial\\s+research\\s+community\\s+${L}`, 'i')
    ]
  },
  {
    spdx: 'LicenseRef-stabilityai-community',
    name: 'Stability AI Community License Agreement',
    restrictsUse: true,
    titles: [new RegExp(`\\bstability\\s+ai\\s+community\\s+${L}`, 'i')],
    aliases: ['stabilityai-ai-community', 'stabilityai-community']
  },
  {
    spdx: 'LicenseRef-flux-1-dev-non-commercial-license',
    name: 'FLUX.1 [dev] Non-Commercial License',
    restrictsUse: true,
    titles: [new RegExp(`\\bflux\\.1\\s*\\[dev\\]\\s+non-?commercial\\s+${L}`, 'i')],
    aliases: ['flux-1-dev-non-commercial-license']
  },
  {
    spdx: 'LicenseRef-nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    // Commercial use is allowed; its conditions concern guardrails and attribution.
    restrictsUse: false,
    titles: [new RegExp(`\\bnvidia\\s+open\\s+model\\s+${L}`, 'i')],
    aliases: ['nvidia-open-model-license']
  },
  {
    spdx: 'LicenseRef-mrl',
    name: 'Mistral AI Research License',
    restrictsUse: true,
    titles: [new RegExp(`\\bmistral\\s+ai\\s+research\\s+${L}`, 'i')],
    aliases: ['mrl', 'mistral-research-license']
  },
  {
    spdx: 'LicenseRef-mnpl',
    name: 'Mistral AI Non-Production License',
    restrictsUse: true,
    titles: [new RegExp(`\\bmistral\\s+ai\\s+non-?production\\s+${L}`, 'i')],
    aliases: ['mnpl', 'mistral-non-production-license']
  },
  {
    spdx: 'LicenseRef-falcon-llm-license',
    name: 'TII Falcon LLM License',
    restrictsUse: true,
    titles: [
      new RegExp(`\\bfalcon\\s+llm\\s+(?:tii\\s+)?${L}`, 'i'),
      new RegExp(`\\btii\\s+falcon(?:[\\s-]+(?:llm|180b|mamba))?\\s+${L}`, 'i'),
      new RegExp(`\\bfalcon[\\s-]+180b\\s+tii\\s+${L}`, 'i')
    ],
    aliases: ['falcon-llm-license']
  },
  {
    spdx: 'LicenseRef-microsoft-research-license',
    name: 'Microsoft Research License Terms',
    restrictsUse: true,
    titles: [new RegExp(`\\bmicrosoft\\s+research\\s+${L}`, 'i')],
    aliases: ['msrla', 'microsoft-research-license']
  },
  {
    spdx: 'LicenseRef-ai2-impact',
    name: 'AI2 ImpACT License',
    restrictsUse: true,
    titles: [new RegExp(`\\bai2\\s+impact\\s+${L}`, 'i')],
    aliases: ['ai2-impact', 'ai2-impact-license']
  },
  {
    // Its body defines an "Acceptable Use Policy"; the title decides what the file is.
    spdx: 'LicenseRef-databricks-open-model-license',
    name: 'Databricks Open Model License',
    restrictsUse: true,
    titles: [new RegExp(`\\bdatabricks\\s+open\\s+model\\s+${L}`, 'i')],
    aliases: ['databricks-open-model-license', 'databricks open model license']
  },
  {
    spdx: 'LicenseRef-acceptable-use-policy',
    name: 'Acceptable use policy',
    restrictsUse: true,
    policy: true,
    titles: [/\bacceptable\s+use\s+policy\b/i, /\bprohibited\s+use\s+policy\b/i]
  }
]

export interface MlLicenseMatch {
  readonly license: MlLicense
  /** Character offset of the title in the text. */
  readonly index: number
  /** Found in a heading, not inside a sentence. */
  readonly titleLine: boolean
}

/** Titles are looked for anywhere in this much of the text… */
export const ML_HEAD_CHARS = 4096
/** …and further on only in headings, where a later section of a combined file starts. */
const TITLE_LINE_MAX = 160
const MAX_SCANNED_LINES = 20_000
/** One pass over a line before trying each licence's titles. */
const ANY_TITLE = new RegExp(
  ML_LICENSES.flatMap((l) => l.titles.map((re) => `(?:${re.source})`)).join('|'),
  'i'
)

function titleIndex(license: MlLicense, text: string): number {
  let best = -1
  for (const re of license.titles) {
    const m = re.exec(text)
    if (m && (best === -1 || m.index < best)) best = m.index
  }
  return best
}

/**
 * ML licence titles in a text: anywhere in the first 4 KB, and in headings after that. Use
 * policies count only in headings (licences mention their policy in sentences), and
 * only when no licence was found. A specific RAIL licence hides the generic OpenRAIL match.
 * Ordered by position; one match per licence.
 */
export function findMlLicenses(text: string, maxChars: number): MlLicenseMatch[] {
  const found = new Map<MlLicense, MlLicenseMatch>()
  const note = (license: MlLicense, index: number, titleLine: boolean): void => {
    const known = found.get(license)
    const better = !known || index < known.index || (index === known.index && titleLine)
    if (better)
      found.set(license, { license, index, titleLine: titleLine || known?.index === index })
  }
  const head = text.slice(0, Math.min(ML_HEAD_CHARS, maxChars))
  // One pass with every title first: most texts hold none, and each title is a regex to compile.
  const anyInHead = ANY_TITLE.test(head)
  for (const license of anyInHead ? ML_LICENSES : []) {
    if (license.policy) continue
    const at = titleIndex(license, head)
    if (at >= 0) note(license, at, isTitleLike(lineAround(head, at), at - lineStart(head, at)))
  }
  let offset = 0
  let scanned = 0
  const limit = Math.min(text.length, maxChars)
  while (offset < limit && scanned++ < MAX_SCANNED_LINES) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 || newline > limit ? limit : newline
    const line = text.slice(offset, end)
    if (line.length <= TITLE_LINE_MAX && ANY_TITLE.test(line)) {
      for (const license of ML_LICENSES) {
        const at = titleIndex(license, line)
        if (at >= 0 && isTitleLike(line, at)) note(license, offset + at, true)
      }
    }
    offset = end + 1
  }
  let matches = [...found.values()]
  if (matches.some((m) => !m.license.policy)) matches = matches.filter((m) => !m.license.policy)
  if (matches.some((m) => m.license.rail && m.license.spdx !== 'LicenseRef-openrail')) {
    matches = matches.filter((m) => m.license.spdx !== 'LicenseRef-openrail')
  }
  return matches.sort((a, b) => a.index - b.index)
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

function lineAround(text: string, at: number): string {
  const newline = text.indexOf('\n', at)
  return text.slice(lineStart(text, at), newline === -1 ? text.length : newline)
}

/** Words that end a sentence fragment, never a heading ("…subject to the Gemma Terms of Use"). */
const LEADS_INTO_TITLE =
  /\b(?:the|a|an|to|of|under|with|and|or|by|in|on|for|per|this|that|its|our|your|their|see|from|at|as)\s*$/i

/** A definition (`"Acceptable Use Policy" means …`) names a term; it is not a heading. */
const DEFINED_TERM =
  /^[\s#*>|_-]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?["\u201c\u2018'][^"\u201d\u2019']{1,120}["\u201d\u2019']\s*(?:\([^)]{0,80}\)\s*)?(?:means|shall\s+mean|refers?\s+to|has\s+the\s+meaning|is\s+defined|includes?)\b/i

/**
 * A heading: a short line whose title comes after at most four words ("META", "# Meta Llama 3")
 * that do not lead into it as a sentence would.
 */
function isTitleLike(line: string, at: number): boolean {
  if (line.trim().length > TITLE_LINE_MAX) return false
  if (DEFINED_TERM.test(line)) return false
  const before = line.slice(0, at).replace(/^[\s#*=>|_-]+/, '')
  if (before.trim() === '') return true
  const words = before.trim().split(/\s+/)
  return words.length <= 4 && !LEADS_INTO_TITLE.test(before)
}

const BY_SPDX = new Map(ML_LICENSES.map((l) => [l.spdx.toLowerCase(), l]))
const BY_ALIAS = new Map<string, MlLicense>()
for (const license of ML_LICENSES) {
  if (license.hfId) BY_ALIAS.set(license.hfId, license)
  for (const alias of license.aliases ?? []) BY_ALIAS.set(alias, license)
}

/** The ML licence a declared id names: `LicenseRef-…`, a Hub id or a known `license_name`. */
export function mlLicenseById(raw: string): MlLicense | undefined {
  const key = raw.trim().toLowerCase()
  return BY_SPDX.get(key) ?? BY_ALIAS.get(key)
}
