/** Every SPDX licence id (spdx-license-list's simple list, deprecated ids included), exact case. */
import SPDX_ID_LIST from 'spdx-license-list/spdx-simple.json' with { type: 'json' }

export const SPDX_LICENSE_IDS: ReadonlySet<string> = new Set(SPDX_ID_LIST as readonly string[])

let lowerCaseIds: Map<string, string> | undefined

/** The SPDX id spelled like `raw` ignoring case, or undefined. */
export function spdxIdIgnoringCase(raw: string): string | undefined {
  if (!lowerCaseIds) {
    lowerCaseIds = new Map()
    for (const id of SPDX_LICENSE_IDS) lowerCaseIds.set(id.toLowerCase(), id)
  }
  return lowerCaseIds.get(raw.toLowerCase())
}
