import type { DetectionContext } from './context.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { isTestFile, isVendoredFile } from '../scan/facts.js'
import { isInFolders, matchLines } from '../util/paths.js'

/** Files whose name says they define a model. */
const MODEL_CODE_NAME =
  /^(modell?ing(_[\w-]+)?|model|models|architecture|network|net|transformer|layers|attention|modules?)\.(py|jl|rs|cpp|cu|js|ts)$/i

/** Class definitions and layer APIs that model-definition code uses. */
const MODEL_CODE_CONTENT =
  /(class\s+\w+\s*\(\s*(nn\.Module|torch\.nn\.Module|PreTrainedModel|\w*PreTrainedModel|nn\.Layer|tf\.keras\.(Model|layers\.Layer)|keras\.Model|keras\.layers\.Layer|eqx\.Module|hk\.Module)\s*\)|class\s+\w+\s*\(\s*nn\.Module\s*\)|@nn\.compact|\bflax\.linen\b)/

/** A file named for a model defines one only if it uses a tensor library: `api/model.py` of an
 * evaluation tool names an interface. */
const TENSOR_LIBRARY =
  /\b(import torch|from torch\b|import tensorflow|\btf\.|import jax|from jax\b|\bflax\b|import mlx|from mlx\b|\bnn\.\w+\(|#include\s*[<"](torch|cuda|ggml)|\bcandle\b|\bggml\b|\bFlux\b|using Flux)/

/** Usage examples: a model defined there is the reader's example, not the release's. */
const EXAMPLES_FOLDER = /(^|\/)examples?\//i

/** Folders that hold a release's model code: what a reader opens first to see the architecture. */
const MODEL_FOLDER = /(^|\/)(models?|modell?ing|architectures?|networks?)\//i
/** Data folders: a model defined there (a quality filter, a classifier) is a tool for the data. */
const DATA_FOLDER = /(^|\/)(data|datasets?)\//i
const EVIDENCE_SHOWN = 5

/**
 * Where a model definition ranks as evidence: a file named for model code first, then one in a
 * folder named for it, then other code, and code in data folders last, so that the first line a
 * reader sees is the model itself.
 */
function evidenceRank(path: string, name: string): 0 | 1 | 2 | 3 {
  if (DATA_FOLDER.test(path)) return 3
  if (MODEL_CODE_NAME.test(name)) return 0
  return MODEL_FOLDER.test(path) ? 1 : 2
}

const ARCH_CONFIG_NAMES =
  /^(config\.json|params\.json|model_config\.ya?ml|model_index\.json|adapter_config\.json)$/i

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** What an architecture config says: `architectures`, `model_type`, custom code via `auto_map`. */
function describeConfig(name: string, data: Record<string, unknown>): string | null {
  const architectures = Array.isArray(data.architectures)
    ? data.architectures.filter((a) => typeof a === 'string').slice(0, 3)
    : []
  const modelType = typeof data.model_type === 'string' ? data.model_type : null
  if (architectures.length > 0) {
    const custom =
      data.auto_map && typeof data.auto_map === 'object'
        ? '; custom modelling code via `auto_map`'
        : ''
    return `architecture ${architectures.map((a) => `\`${String(a).slice(0, 60)}\``).join(', ')}${modelType ? ` (model_type \`${modelType.slice(0, 40)}\`)` : ''}${custom}`
  }
  if (modelType) return `model_type \`${modelType.slice(0, 40)}\``
  if (name === 'params.json' && ('dim' in data || 'n_layers' in data))
    return 'native architecture parameters (dim, layers, heads)'
  if (name === 'model_index.json' && typeof data._class_name === 'string')
    return `diffusers pipeline \`${data._class_name.slice(0, 60)}\``
  if (name === 'adapter_config.json' && typeof data.peft_type === 'string')
    return `PEFT adapter (${data.peft_type.slice(0, 20)})`
  return null
}

/** Model architecture: model-definition code, architecture configs, and the architecture a GGUF header names. */
export function detectArchitecture(ctx: DetectionContext): ComponentFinding[] {
  // Per rank, in path order; each keeps as many as can be shown.
  const code: Evidence[][] = [[], [], [], []]
  const configs: Evidence[] = []
  const codeLocations: string[] = []
  const configLocations: string[] = []
  const embedded = ctx.files.embeddedPackages()
  // Only text or a weight header can say anything here.
  for (const file of ctx.files.withContent) {
    if (isVendoredFile(file) || isInFolders(file.path, embedded) || isTestFile(file)) continue
    if (EXAMPLES_FOLDER.test(file.path)) continue
    const name = file.name
    if (file.text !== undefined && ['py', 'jl', 'rs', 'cpp', 'cu', 'js', 'ts'].includes(file.ext)) {
      const hit = matchLines(file.text, MODEL_CODE_CONTENT, 1)[0]
      if (hit || (MODEL_CODE_NAME.test(name) && TENSOR_LIBRARY.test(file.text))) {
        codeLocations.push(file.path)
        const ranked = code[evidenceRank(file.path, name)]
        if (ranked.length < EVIDENCE_SHOWN) {
          ranked.push(
            hit
              ? {
                  path: file.path,
                  line: hit.line,
                  kind: 'content',
                  detail: `model definition: \`${hit.text.slice(0, 100)}\``
                }
              : { path: file.path, kind: 'file', detail: 'model-definition file' }
          )
        }
      }
      continue
    }
    if (ARCH_CONFIG_NAMES.test(name) && file.text !== undefined) {
      const data = name.endsWith('.json') ? parseJsonObject(file.text) : null
      const detail = data
        ? describeConfig(name.toLowerCase(), data)
        : /ya?ml$/.test(name) && file.text.trim()
          ? 'model configuration'
          : null
      if (detail) {
        configLocations.push(file.path)
        if (configs.length < 3) configs.push({ path: file.path, kind: 'metadata', detail })
      }
      continue
    }
    const arch = file.weight?.metadata?.['general.architecture']
    if (arch && configs.length < 3) {
      configs.push({
        path: file.path,
        kind: 'weights-header',
        detail: `GGUF header names architecture \`${arch.slice(0, 40)}\``
      })
      configLocations.push(file.path)
    }
  }
  if (codeLocations.length === 0 && configLocations.length === 0) return []
  const notes =
    codeLocations.length === 0
      ? [
          'described by configuration only: the implementing code lives in a library (e.g. transformers)'
        ]
      : undefined
  return [
    {
      name: 'Model architecture',
      presence: 'in-repository',
      evidence: [...code.flat().slice(0, EVIDENCE_SHOWN), ...configs],
      locations: codeLocations.length > 0 ? codeLocations : configLocations,
      ...(notes ? { notes } : {})
    }
  ]
}
