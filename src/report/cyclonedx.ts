import { createHash } from 'node:crypto'
import { componentDefinition, type ComponentName } from '../model/components.js'
import type { ComponentReport } from '../model/licenses.js'
import { mofClassName } from './names.js'
import { plainText, slug } from './plain.js'
import type { OpennessReport } from './types.js'

/**
 * CycloneDX 1.6 ML-BOM: the release as a `machine-learning-model` component with a model card,
 * every MOF component found as a component of its own (data components as `data`), each with its
 * licence and with the evidence as properties. Deterministic: the same report gives the same BOM.
 */

type Property = { name: string; value: string }

type LicenseChoice =
  | { license: { name: string; acknowledgement: 'concluded' } }[]
  | [{ expression: string; acknowledgement: 'concluded' }]

interface BomComponent {
  type: 'machine-learning-model' | 'data' | 'file'
  'bom-ref': string
  name: string
  version?: string
  description?: string
  licenses?: LicenseChoice
  data?: {
    type: 'dataset' | 'other'
    name: string
    description?: string
  }[]
  modelCard?: {
    'bom-ref': string
    modelParameters?: { datasets: { ref: string }[] }
    properties: Property[]
  }
  properties?: Property[]
}

export interface CycloneDxBom {
  $schema: string
  bomFormat: 'CycloneDX'
  specVersion: '1.6'
  serialNumber: string
  version: 1
  metadata: {
    tools: { components: { type: 'application'; name: string; version: string }[] }
    component: { type: 'machine-learning-model'; name: string }
    properties: Property[]
  }
  components: BomComponent[]
  dependencies: { ref: string; dependsOn: string[] }[]
}

const MODEL_REF = 'model'
/** Model parameters carry the model's own licence; the other components are listed beside it. */
const MODEL_PARAMETERS: ComponentName = 'Model parameters (Final)'
const MAX_EVIDENCE = 10

function licences(c: ComponentReport | undefined): LicenseChoice | undefined {
  if (!c?.license) return undefined
  if (c.license.spdx) return [{ expression: c.license.spdx, acknowledgement: 'concluded' }]
  return [{ license: { name: plainText(c.license.name, 200), acknowledgement: 'concluded' } }]
}

function componentProperties(c: ComponentReport): Property[] {
  const props: Property[] = [
    { name: 'model-openness:mof-component', value: c.name },
    { name: 'model-openness:mof-class', value: String(componentDefinition(c.name).firstClass) },
    { name: 'model-openness:status', value: c.status }
  ]
  if (c.presence) props.push({ name: 'model-openness:presence', value: c.presence })
  if (c.license?.path) props.push({ name: 'model-openness:licence-file', value: c.license.path })
  for (const e of c.evidence.slice(0, MAX_EVIDENCE)) {
    const where = e.line ? `${e.path}:${e.line}` : e.path
    props.push({
      name: 'model-openness:evidence',
      value: plainText(`${where} ${e.detail}${e.url ? ` ${e.url}` : ''}`, 500)
    })
  }
  for (const note of c.notes)
    props.push({ name: 'model-openness:note', value: plainText(note, 500) })
  return props
}

/** A name-based UUID (version 5 layout) from the BOM's content, so equal reports give equal BOMs. */
function serialNumber(content: string): string {
  const hex = createHash('sha256').update(content).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export function reportToCycloneDx(report: OpennessReport): CycloneDxBom {
  const name = plainText(report.repository, 200) || 'model'
  const found = report.components.filter((c) => c.status !== 'missing')
  const parts: BomComponent[] = found
    .filter((c) => c.name !== MODEL_PARAMETERS)
    .map((c) => {
      const def = componentDefinition(c.name)
      const isData = def.contentType === 'data'
      const licence = licences(c)
      return {
        type: isData ? 'data' : 'file',
        'bom-ref': `mof:${slug(c.name)}`,
        name: c.name,
        description: def.description,
        ...(licence ? { licenses: licence } : {}),
        ...(isData
          ? {
              data: [
                {
                  type: c.name === 'Datasets' || c.name === 'Evaluation data' ? 'dataset' : 'other',
                  name: c.name,
                  description: def.description
                }
              ]
            }
          : {}),
        properties: componentProperties(c)
      } satisfies BomComponent
    })

  const parameters = report.components.find((c) => c.name === MODEL_PARAMETERS)
  const datasets = parts
    .filter((p) => p.data?.[0]?.type === 'dataset')
    .map((p) => ({ ref: p['bom-ref'] }))
  const missing = report.components.filter((c) => c.status === 'missing').map((c) => c.name)
  const summary: Property[] = [
    { name: 'model-openness:score', value: String(report.score) },
    { name: 'model-openness:mof-class', value: mofClassName(report.mof.class) },
    { name: 'model-openness:osaid-conformant', value: String(report.osaid.conformant) },
    { name: 'model-openness:osai-index', value: String(report.osaiIndex.score) },
    ...missing.map((m) => ({ name: 'model-openness:missing-component', value: m }))
  ]
  const parameterLicence = licences(parameters)
  const model: BomComponent = {
    type: 'machine-learning-model',
    'bom-ref': MODEL_REF,
    name,
    ...(parameterLicence ? { licenses: parameterLicence } : {}),
    modelCard: {
      'bom-ref': `${MODEL_REF}:card`,
      ...(datasets.length > 0 ? { modelParameters: { datasets } } : {}),
      properties: summary
    },
    properties: parameters && parameters.status !== 'missing' ? componentProperties(parameters) : []
  }

  const body = {
    metadata: {
      tools: {
        components: [
          { type: 'application' as const, name: report.tool.name, version: report.tool.version }
        ]
      },
      // The subject without a bom-ref: the one in `components` carries it (bom-refs are unique).
      component: { type: 'machine-learning-model' as const, name },
      properties: summary
    },
    components: [model, ...parts],
    dependencies: [{ ref: MODEL_REF, dependsOn: parts.map((p) => p['bom-ref']) }]
  }
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: serialNumber(JSON.stringify(body)),
    version: 1,
    ...body
  }
}
