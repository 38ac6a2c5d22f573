/** Well-known licence URLs: a link or a pointer file that names one states that licence. */
import type { StatedLicense } from '../model/licenses.js'
import { normalizeLicenseId } from './normalize.js'

/** Well-known licence URLs → SPDX ids. */
const LICENSE_URLS: [RegExp, string][] = [
  [/apache\.org\/licenses\/LICENSE-2\.0/i, 'Apache-2.0'],
  [/opensource\.org\/licenses?\/(mit)\b/i, 'MIT'],
  [/opensource\.org\/licenses?\/(bsd-3-clause)/i, 'BSD-3-Clause'],
  [/creativecommons\.org\/licenses\/by\/4\.0/i, 'CC-BY-4.0'],
  [/creativecommons\.org\/licenses\/by-sa\/4\.0/i, 'CC-BY-SA-4.0'],
  [/creativecommons\.org\/licenses\/by-nc\/4\.0/i, 'CC-BY-NC-4.0'],
  [/creativecommons\.org\/licenses\/by-nc-sa\/4\.0/i, 'CC-BY-NC-SA-4.0'],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, 'CC0-1.0'],
  [/opendatacommons\.org\/licenses\/by\b/i, 'ODC-By-1.0'],
  [/opendatacommons\.org\/licenses\/odbl/i, 'ODbL-1.0'],
  [/cdla\.(io|dev)\/permissive-2-0/i, 'CDLA-Permissive-2.0'],
  [/choosealicense[^\s)]*\/(apache-2\.0|mit|bsd-3-clause|cc-by-4\.0)\b/i, '$1'],
  // Meta's model licences, linked from many derived releases instead of copied.
  [
    /github\.com\/(?:facebookresearch|meta-llama)\/llama\/(?:blob|raw)\/[\w.-]+\/LICENSE\b/i,
    'llama2'
  ],
  [/github\.com\/meta-llama\/llama3\/(?:blob|raw)\/[\w.-]+\/LICENSE\b/i, 'llama3'],
  [
    /github\.com\/meta-llama\/llama-models\/(?:blob|raw)\/[\w.-]+\/models\/llama(3_[123]|4)\/LICENSE\b/i,
    'llama$1'
  ]
]

/** The licence a well-known licence URL names (apache.org, opensource.org, creativecommons.org, …). */
export function licenseFromUrl(url: string): StatedLicense | null {
  for (const [pattern, id] of LICENSE_URLS) {
    const m = pattern.exec(url)
    if (m) {
      const normal = normalizeLicenseId(id.replace('$1', (m[1] ?? '').replace('_', '.')))
      if (normal.spdx) return { spdx: normal.spdx, name: normal.name, known: true }
    }
  }
  return null
}
