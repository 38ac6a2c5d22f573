import { createHash } from 'node:crypto'
import { componentDefinition } from '../model/components.js'
import type { ComponentReport } from '../model/licenses.js'
import { encodePath } from './escape.js'
import { plainText, slug } from './plain.js'
import type { OpennessReport } from './types.js'

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per kind of finding and component
 * (missing, unlicensed, restricted) plus one for open-washing claims; every result has a file
 * location, since code scanning does not show results without one.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** Folder of the scanned repository relative to the checkout root, so URIs resolve on GitHub. */
  pathPrefix?: string
}

type Level = 'error' | 'warning' | 'note'

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string }
  defaultConfiguration: { level: Level }
  properties: { tags: string[]; precision: 'high' | 'medium' }
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string }
      region: { startLine: number }
    }
  }[]
  partialFingerprints: { primaryLocationLineHash: string }
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: {
    tool: {
      driver: {
        name: string
        version: string
        semanticVersion: string
        rules: SarifRule[]
      }
    }
    automationDetails: { id: string }
    results: SarifResult[]
  }[]
}

/** Where a finding about the release as a whole is shown: its README, as GitHub's docs advise. */
const RELEASE_FILE = 'README.md'

function fingerprint(...parts: string[]): string {
  return `${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16)}:1`
}

/** A repository path as a relative URI reference (segments percent-encoded). */
function joinPath(prefix: string | undefined, path: string): string {
  const clean = prefix?.replace(/^\.\/?|\/+$/g, '')
  return encodePath(clean ? `${clean}/${path}` : path)
}

function locationOf(c: ComponentReport | undefined, kind: 'add' | 'license' | 'relicense') {
  if (kind === 'relicense' && c?.license?.path) return { path: c.license.path, line: 1 }
  const e = c?.evidence[0]
  if (kind !== 'add' && e) return { path: e.path, line: e.line ?? 1 }
  return { path: RELEASE_FILE, line: 1 }
}

export function reportToSarif(report: OpennessReport, options: SarifOptions = {}): SarifLog {
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results: SarifResult[] = []

  const addRule = (rule: SarifRule): number => {
    const known = ruleIndex.get(rule.id)
    if (known !== undefined) return known
    rules.push(rule)
    ruleIndex.set(rule.id, rules.length - 1)
    return rules.length - 1
  }

  for (const d of report.missingDisclosures) {
    const c = report.components.find((x) => x.name === d.component)
    const def = componentDefinition(d.component)
    const kind =
      d.action === 'add' ? 'missing' : d.action === 'license' ? 'unlicensed' : 'restricted'
    const level: Level = kind === 'missing' && !def.required ? 'note' : 'warning'
    const clauses = d.clauses.join('; ')
    const title =
      kind === 'missing'
        ? `${d.component} is missing`
        : kind === 'unlicensed'
          ? `${d.component} has no licence`
          : `${d.component} is under a licence that is not open`
    const id = `model-openness/${kind}/${slug(d.component)}`
    const index = addRule({
      id,
      name: `${kind[0].toUpperCase()}${kind.slice(1)}${d.component.replace(/[^A-Za-z0-9]/g, '')}`,
      shortDescription: { text: plainText(title, 1024) },
      fullDescription: {
        text: plainText(`${def.description}. ${title}; it counts towards ${clauses}.`, 1024)
      },
      help: {
        text: plainText(
          `${d.what.replace(/`/g, '')}: ${d.action === 'add' ? 'add' : d.action === 'license' ? 'license' : 'relicense'} ${d.file.replace(/`/g, '')}. Counts towards ${clauses}.`,
          1024
        )
      },
      defaultConfiguration: { level },
      properties: {
        tags: ['model-openness', 'mof', kind, def.contentType],
        precision: kind === 'missing' ? 'medium' : 'high'
      }
    })
    const where = locationOf(c, d.action)
    const licence = c?.license ? ` (${c.license.spdx ?? c.license.name})` : ''
    results.push({
      ruleId: id,
      ruleIndex: index,
      level,
      message: {
        text: plainText(
          `${title}${kind === 'restricted' ? licence : ''}. ${d.action === 'add' ? 'Add' : d.action === 'license' ? 'License' : 'Relicense'}: ${d.file.replace(/`/g, '')}.`
        )
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: joinPath(options.pathPrefix, where.path) },
            region: { startLine: where.line }
          }
        }
      ],
      partialFingerprints: { primaryLocationLineHash: fingerprint(id, where.path) }
    })
  }

  if (report.openWashing.length > 0) {
    const id = 'model-openness/open-washing'
    const index = addRule({
      id,
      name: 'OpenWashingClaim',
      shortDescription: { text: 'Openness claim the release does not bear out' },
      fullDescription: {
        text: 'The release calls itself open (open source, fully open, open science), but its components or licences do not meet the definition the claim invokes (OSAID 1.0 or the MOF).'
      },
      help: {
        text: 'Reword the claim to say what is actually open (for example "weights available under <licence>"), or release and license the missing components.'
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['model-openness', 'open-washing'], precision: 'high' }
    })
    for (const flag of report.openWashing) {
      results.push({
        ruleId: id,
        ruleIndex: index,
        // A claim that is only not verifiable here is a note, not an error.
        level: flag.verdict === 'not-verifiable' ? 'note' : 'error',
        message: {
          text: plainText(
            `“${plainText(flag.excerpt, 200)}”: ${flag.problem}. Say instead: ${flag.suggestion}.`
          )
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: joinPath(options.pathPrefix, flag.path) },
              region: { startLine: Math.max(1, flag.line) }
            }
          }
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(id, flag.path, flag.phrase) }
      })
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules
          }
        },
        automationDetails: {
          id: `model-openness/${plainText(options.pathPrefix || 'root', 200)}/`
        },
        results
      }
    ]
  }
}
