import { describe, expect, it } from '@jest/globals'
import { evaluateMof } from '../../src/frameworks/mof.js'
import {
  buildMotRecord,
  evaluateMotRecord,
  MAX_MOT_RECORD_BYTES,
  MOT_SCHEMA_FACTS,
  motRecordToMofInput,
  motRecordToYaml,
  parseMotRecord,
  validateAgainstMotSchema,
  type MotRecord
} from '../../src/frameworks/mot-record.js'
import type { ComponentName } from '../../src/model/components.js'
import type { ComponentReport, ResolvedLicense } from '../../src/model/licenses.js'

const HEADER = `framework:
  name: 'Model Openness Framework'
  version: '1.0'
  date: '2024-12-15'
`

function record(release: string): string {
  return `${HEADER}release:\n${release}`
}

function parsed(text: string): MotRecord {
  const result = parseMotRecord(text)
  if (!result.ok) throw new Error(result.error)
  return result.record
}

function parseError(text: string): string {
  const result = parseMotRecord(text)
  if (result.ok) throw new Error('expected a parse error')
  return result.error
}

function resolved(text: string): Record<string, { license: string | null; source: string }> {
  const entries = motRecordToMofInput(parsed(text)).components.map((c) => [
    c.name,
    { license: c.license, source: c.source }
  ])
  return Object.fromEntries(entries)
}

describe('parseMotRecord: licence resolution', () => {
  const globals = `  name: Demo
  producer: Lab
  license:
    distribution: {name: MIT, path: LICENSE}
    code: {name: Apache-2.0, path: LICENSE-CODE}
    data: {name: CDLA-Permissive-2.0, path: LICENSE-DATA}
    document: {name: CC-BY-4.0, path: ''}
`

  it('inherits the global licence for the component’s content type', () => {
    const text = record(`${globals}  components:
    - name: 'Model architecture'
    - name: 'Model parameters (Final)'
    - name: 'Model card'
`)
    expect(resolved(text)).toEqual({
      'Model architecture': { license: 'Apache-2.0', source: 'code' },
      'Model parameters (Final)': { license: 'CDLA-Permissive-2.0', source: 'data' },
      'Model card': { license: 'CC-BY-4.0', source: 'document' }
    })
  })

  it('falls back to the distribution licence when the type has none', () => {
    const text = record(`  name: Demo
  producer: Lab
  license:
    distribution: {name: MIT, path: LICENSE}
    data: {name: '', path: ''}
    document: {name: ~, path: ~}
  components:
    - name: Datasets
    - name: 'Data card'
`)
    expect(resolved(text)).toEqual({
      Datasets: { license: 'MIT', source: 'distribution' },
      'Data card': { license: 'MIT', source: 'distribution' }
    })
  })

  it('keeps `unlicensed` and empty component licences without falling back', () => {
    const text = record(`${globals}  components:
    - name: 'Model architecture'
      license: unlicensed
    - name: 'Training code'
      license: ''
`)
    expect(resolved(text)).toEqual({
      'Model architecture': { license: null, source: 'component' },
      'Training code': { license: null, source: 'component' }
    })
  })

  it('lets a null or absent component licence fall back', () => {
    const text = record(`${globals}  components:
    - name: 'Model architecture'
      license:
    - name: 'Training code'
      license: ~
    - name: 'Inference code'
`)
    expect(Object.values(resolved(text))).toEqual([
      { license: 'Apache-2.0', source: 'code' },
      { license: 'Apache-2.0', source: 'code' },
      { license: 'Apache-2.0', source: 'code' }
    ])
  })

  it('prefers a component licence over every global one', () => {
    const text = record(`${globals}  components:
    - name: 'Model architecture'
      license: 'Apache 2.0'
`)
    expect(resolved(text)).toEqual({
      'Model architecture': { license: 'Apache 2.0', source: 'component' }
    })
  })

  it('resolves to no licence when nothing is declared', () => {
    const text = record(`  name: Demo
  license: {}
  components:
    - name: 'Model card'
`)
    expect(resolved(text)).toEqual({ 'Model card': { license: null, source: 'none' } })
  })

  it('treats "0" like PHP’s empty(): no licence, no fallback', () => {
    const text = record(`${globals}  components:
    - name: 'Model architecture'
      license: 0
`)
    expect(resolved(text)['Model architecture']).toEqual({ license: null, source: 'component' })
  })
})

describe('parseMotRecord: tolerance', () => {
  it('reads numbers as text, keeps extra keys and accepts null fields', () => {
    const result = parsed(`framework:
  name: Model Openness Framework
  version: 1.0
  date: 2024-12-15
release:
  name: 7
  version: 2
  type:
  producer: ~
  homepage: https://example.org
  license:
    distribution: {name: Apache-2.0, path: ~, note: extra}
  components:
    - name: 'Model card'
      license_path: ~
      extra: [1, 2]
`)
    expect(result.release.name).toBe('7')
    expect(result.release.version).toBe('2')
    expect(result.framework?.version).toBe('1')
    expect(result.framework?.date).toBe('2024-12-15')
    expect(result.release.type).toBeNull()
    expect(result.release['homepage']).toBe('https://example.org')
    expect(result.release.license?.distribution?.path).toBeNull()
  })

  it('tolerates a missing framework, licence or component list', () => {
    const result = evaluateMotRecord('release:\n  name: Bare\n')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.classification.class).toBe(0)
  })

  it('tolerates duplicate keys, the last one winning', () => {
    const result = parsed(
      record(`  name: First
  name: Second
  components: []
`)
    )
    expect(result.release.name).toBe('Second')
  })
})

describe('parseMotRecord: errors', () => {
  it('rejects an alias bomb with a clear error', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [prev, next] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e']
    ]) {
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    }
    const error = parseError(`${levels.join('\n')}\n`)
    expect(error).toMatch(/alias/)
    expect(error).toMatch(/bomb/)
  })

  it.each([
    ['a list', '- a\n- b\n'],
    ['text', 'just text\n'],
    ['null', ''],
    ['a number', '42\n']
  ])('rejects a document that is %s instead of a mapping', (kind, text) => {
    expect(parseError(text)).toBe(
      `MOT record: expected a mapping with framework and release keys, got ${kind}`
    )
  })

  it('names an unknown component and where it is', () => {
    const error = parseError(
      record(`  name: Demo
  components:
    - name: 'Model card'
    - name: 'Model weights'
`)
    )
    expect(error).toMatch(/^MOT record: release\.components\[1\]\.name: unknown MOF component/)
    expect(error).toContain('"Model weights"')
    expect(error).toContain('Model parameters (Final)')
  })

  it('suggests the exact spelling of a component name', () => {
    const error = parseError(record(`  components:\n    - name: 'model card'\n`))
    expect(error).toContain('did you mean "Model card"?')
  })

  it.each([
    ['missing release', 'framework: {}\n', 'release: required key is missing'],
    ['release as a list', 'release: [1]\n', 'release: expected a mapping, got a list'],
    [
      'components as a mapping',
      record('  components: {a: 1}\n'),
      'release.components: expected a list, got a mapping'
    ],
    [
      'licence scope as text',
      record('  license:\n    distribution: Apache-2.0\n'),
      'release.license.distribution: expected a mapping, got text'
    ],
    ['name as a list', record('  name: [x]\n'), 'release.name: expected text, got a list'],
    [
      'component without a name',
      record('  components:\n    - license: MIT\n'),
      'release.components[0].name: required key'
    ]
  ])('names the malformed key: %s', (_label, text, message) => {
    expect(parseError(text)).toContain(message)
  })

  it('reports invalid YAML on one line', () => {
    const error = parseError('release:\n  name: [unclosed\n  producer: x\n')
    expect(error).toMatch(/^MOT record: invalid YAML: /)
    expect(error).not.toContain('\n')
  })

  it('refuses input above the size cap', () => {
    const big = `release:\n  name: '${'x'.repeat(MAX_MOT_RECORD_BYTES)}'\n`
    expect(parseError(big)).toMatch(/larger than/)
  })

  it.each([
    ['flow collections', '['.repeat(65), 'flow collections nested more than 64 deep'],
    ['compact sequences', `${'- '.repeat(40)}x`, 'more than 32 nested collections on one line'],
    [
      'indentation',
      Array.from({ length: 120 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n'),
      'indented more than 200 columns'
    ]
  ])('refuses deeply nested %s before parsing', (_label, text, reason) => {
    expect(parseError(text)).toBe(`MOT record: YAML nests too deeply (${reason}), not parsed`)
  })

  it('parses moderate nesting', () => {
    const nested = `${'['.repeat(20)}${']'.repeat(20)}`
    expect(parsed(record(`  name: Demo\n  extra: ${nested}\n`)).release['extra']).toBeDefined()
  })

  it('keeps every error on one line', () => {
    const errors = [
      parseError('a: [\n'),
      parseError(record('  components:\n    - name: x\n    - name: y\n')),
      parseError('- 1\n')
    ]
    for (const error of errors) expect(error).not.toContain('\n')
  })

  it('does not let a __proto__ key touch object prototypes', () => {
    parseMotRecord(record('  __proto__: {polluted: true}\n  name: x\n'))
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('evaluateMotRecord', () => {
  it('classifies a parsed record', () => {
    const result = evaluateMotRecord(
      record(`  name: Demo
  license:
    distribution: {name: Apache-2.0, path: LICENSE}
    document: {name: CC-BY-4.0, path: ''}
  components:
    - name: 'Model architecture'
    - name: 'Model parameters (Final)'
    - name: 'Evaluation results'
    - name: 'Model card'
    - name: 'Data card'
    - name: 'Research paper'
      license: arXiv-nonexclusive
`)
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    // The paper stands in for the technical report but its licence is not open.
    expect(result.classification.class).toBe(0)
    expect(result.classification.progress['3']).toBe(83.33333333333334)
    expect(result.classification.buckets['3'].invalid).toEqual(['Research paper'])
  })

  it('passes parse errors through', () => {
    expect(evaluateMotRecord('- x\n')).toEqual({
      ok: false,
      error: 'MOT record: expected a mapping with framework and release keys, got a list'
    })
  })
})

function license(spdx: string | null, name: string, path: string | null): ResolvedLicense {
  return {
    spdx,
    name,
    path,
    source: 'license-file',
    open: spdx === 'Apache-2.0',
    typeAppropriate: true,
    contentType: 'code'
  }
}

function report(
  name: ComponentName,
  status: ComponentReport['status'],
  resolvedLicense: ResolvedLicense | null,
  evidencePath: string | null,
  presence: ComponentReport['presence'] = 'in-repository',
  url?: string
): ComponentReport {
  return {
    name,
    status,
    presence: status === 'missing' ? 'missing' : presence,
    license: resolvedLicense,
    evidence:
      evidencePath === null
        ? []
        : [{ path: evidencePath, kind: 'file', detail: 'found', ...(url ? { url } : {}) }],
    notes: []
  }
}

const REPORTS: ComponentReport[] = [
  report(
    'Model card',
    'open',
    license('CC-BY-4.0', 'Creative Commons Attribution 4.0', null),
    'README.md'
  ),
  report(
    'Model architecture',
    'open',
    license('Apache-2.0', 'Apache License 2.0', 'LICENSE'),
    'src/model.py'
  ),
  report(
    'Model parameters (Final)',
    'restricted',
    license(null, 'Llama 3.1 Community License Agreement', 'LICENSE.llama'),
    'model.safetensors'
  ),
  report('Data card', 'unlicensed', null, 'DATA.md'),
  report(
    'Datasets',
    'unlicensed',
    null,
    'README.md',
    'by-reference',
    'https://huggingface.co/datasets/org/data'
  ),
  report('Training code', 'missing', null, null),
  report('Model card', 'open', license('MIT', 'MIT', 'LICENSE'), 'MODEL_CARD.md')
]

describe('buildMotRecord', () => {
  const built = buildMotRecord(
    {
      name: 'Demo-7B',
      version: '7B',
      date: '2025-03-04T10:00:00Z',
      type: 'Language',
      architecture: 'mamba',
      producer: 'Lab',
      repository: 'https://github.com/org/demo',
      huggingface: 'https://huggingface.co/org/demo'
    },
    REPORTS
  )

  it('writes a record that satisfies MOT’s schema', () => {
    expect(validateAgainstMotSchema(built)).toEqual([])
    expect(built.framework).toEqual({
      name: 'Model Openness Framework',
      version: '1.0',
      date: '2024-12-15'
    })
  })

  it('maps release fields onto the schema’s enums and date format', () => {
    expect(built.release).toMatchObject({
      name: 'Demo-7B',
      version: '7B',
      date: '2025-03-04',
      type: 'language',
      architecture: 'other',
      producer: 'Lab',
      repository: 'https://github.com/org/demo',
      huggingface: 'https://huggingface.co/org/demo',
      license: {}
    })
  })

  it('lists only present components, once each, in MOT’s order, with explicit licences', () => {
    expect(built.release.components).toEqual([
      {
        name: 'Model architecture',
        description: "Well commented code for the model's architecture",
        license: 'Apache-2.0',
        license_path: 'LICENSE',
        component_path: 'src/model.py'
      },
      {
        name: 'Model parameters (Final)',
        description: 'Trained model parameters, weights and biases',
        license: 'Llama 3.1 Community License Agreement',
        license_path: 'LICENSE.llama',
        component_path: 'model.safetensors'
      },
      {
        name: 'Datasets',
        description: 'Training, validation and testing datasets used for the model',
        license: 'unlicensed',
        component_path: 'https://huggingface.co/datasets/org/data'
      },
      {
        name: 'Model card',
        description: 'Model details including performance metrics, intended use, and limitations',
        license: 'CC-BY-4.0',
        component_path: 'README.md'
      },
      {
        name: 'Data card',
        description:
          'Documentation for datasets including source, characteristics, and preprocessing details',
        license: 'unlicensed',
        component_path: 'DATA.md'
      }
    ])
  })

  it('round-trips through YAML and classifies like the direct evaluation', () => {
    const yaml = motRecordToYaml(built)
    expect(yaml).toContain("date: '2024-12-15'")
    expect(yaml).toContain("version: '1.0'")
    const result = evaluateMotRecord(yaml)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.record.release.components).toEqual(built.release.components)
    const direct = evaluateMof({
      components: built.release.components.map((c) => ({ name: c.name, license: c.license }))
    })
    expect(result.classification).toEqual(direct)
    expect(validateAgainstMotSchema(parsed(yaml))).toEqual([])
  })

  it('fills required keys and drops what the schema would reject', () => {
    const minimal = buildMotRecord({ name: '  ', date: 'last spring', type: '' }, [])
    expect(minimal.release).toEqual({
      name: 'Unnamed model',
      version: '',
      type: '',
      architecture: '',
      origin: '',
      producer: '',
      contact: '',
      license: {},
      components: []
    })
    expect(validateAgainstMotSchema(minimal)).toEqual([])
  })
})

describe('validateAgainstMotSchema', () => {
  const valid = (): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify(buildMotRecord({ name: 'Demo', treatment: 'pre-trained' }, REPORTS))
    ) as Record<string, unknown>
  const release = (obj: Record<string, unknown>): Record<string, unknown> =>
    obj.release as Record<string, unknown>

  it('states the schema’s enums and required keys', () => {
    expect(MOT_SCHEMA_FACTS.frameworkNames).toEqual(['Model Openness Framework'])
    expect(MOT_SCHEMA_FACTS.requiredRelease).toEqual(['name', 'license', 'producer', 'components'])
    expect(MOT_SCHEMA_FACTS.releaseTypes).toHaveLength(10)
    expect(MOT_SCHEMA_FACTS.architectures).toHaveLength(14)
    expect(MOT_SCHEMA_FACTS.treatments).toEqual([
      'pre-trained',
      'instruct fine-tuned',
      'chat fine-tuned'
    ])
    expect(MOT_SCHEMA_FACTS.componentNames).toHaveLength(17)
    expect(validateAgainstMotSchema(valid())).toEqual([])
  })

  it.each<[string, (obj: Record<string, unknown>) => void, string]>([
    ['missing framework', (o) => delete o.framework, 'framework: required key is missing'],
    [
      'wrong framework name',
      (o) => ((o.framework as Record<string, unknown>).name = 'MOF'),
      'framework.name: "MOF" is not one of "Model Openness Framework"'
    ],
    [
      'missing framework date',
      (o) => delete (o.framework as Record<string, unknown>).date,
      'framework.date: required key is missing'
    ],
    [
      'missing producer',
      (o) => delete release(o).producer,
      'release.producer: required key is missing'
    ],
    [
      'missing licence',
      (o) => delete release(o).license,
      'release.license: required key is missing'
    ],
    ['empty name', (o) => (release(o).name = ''), 'release.name: must not be empty'],
    [
      'numeric version',
      (o) => (release(o).version = 7),
      'release.version: expected text, got a number'
    ],
    ['bad type', (o) => (release(o).type = 'llm'), 'release.type: "llm" is not one of'],
    [
      'architecture case',
      (o) => (release(o).architecture = 'Transformer'),
      'release.architecture: "Transformer" is not one of'
    ],
    [
      'bad treatment',
      (o) => (release(o).treatment = 'fine-tuned'),
      'release.treatment: "fine-tuned"'
    ],
    [
      'bad date',
      (o) => (release(o).date = '2024-02-30'),
      'release.date: "2024-02-30" is not a date'
    ],
    [
      'licence scope not a mapping',
      (o) => (release(o).license = { code: 'MIT' }),
      'release.license.code: expected a mapping'
    ],
    [
      'licence name not text',
      (o) => (release(o).license = { data: { name: 3, path: null } }),
      'release.license.data.name: expected text or null, got a number'
    ],
    [
      'too many components',
      (o) => (release(o).components = Array(18).fill({ name: 'Model card' })),
      'release.components: 18 items, at most 17 allowed'
    ],
    [
      'unknown component name',
      (o) => (release(o).components = [{ name: 'Weights' }]),
      'release.components[0].name: unknown MOF component "Weights"'
    ],
    [
      'component licence not text',
      (o) => (release(o).components = [{ name: 'Model card', license: null }]),
      'release.components[0].license: expected text, got null'
    ]
  ])('reports %s with the key it concerns', (_label, mutate, message) => {
    const obj = valid()
    mutate(obj)
    const problems = validateAgainstMotSchema(obj)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toContain(message)
  })

  it('rejects a non-mapping record', () => {
    expect(validateAgainstMotSchema([])).toEqual(['record: expected a mapping, got a list'])
  })

  it('accepts extra keys, as the schema does', () => {
    const obj = valid()
    release(obj).homepage = 'https://example.org'
    expect(validateAgainstMotSchema(obj)).toEqual([])
  })
})
