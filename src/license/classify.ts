/**
 * Openness of SPDX ids and expressions by the Model Openness Tool's rule (exact, case-sensitive ids;
 * see mot-licenses.ts), type-appropriateness, and OSI approval.
 */
import type { ContentType } from '../model/components.js'
import { MOT_OPEN_LICENSE_IDS, MOT_TYPE_APPROPRIATE } from './mot-licenses.js'
import { parseLicenseExpression, type LicenseExpression } from './normalize.js'

/**
 * OSI-approved ids: the `osiApproved` flags of spdx-license-list 6.12 (SPDX list 3.28), 149 ids.
 * Written out rather than imported: the package's index (spdx.json, 120 KB of names and URLs)
 * would be bundled for 2 KB of ids, and MOT's open set cannot stand in for it (it also takes
 * FSF-libre and open-data licences). A test compares this list with the package.
 */
export const OSI_APPROVED_IDS: ReadonlySet<string> = new Set([
  '0BSD',
  'AAL',
  'AFL-1.1',
  'AFL-1.2',
  'AFL-2.0',
  'AFL-2.1',
  'AFL-3.0',
  'AGPL-3.0',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'ALGLIB-Documentation',
  'Apache-1.1',
  'Apache-2.0',
  'APL-1.0',
  'APSL-1.0',
  'APSL-1.1',
  'APSL-1.2',
  'APSL-2.0',
  'Artistic-1.0',
  'Artistic-1.0-cl8',
  'Artistic-1.0-Perl',
  'Artistic-2.0',
  'BlueOak-1.0.0',
  'BSD-1-Clause',
  'BSD-2-Clause',
  'BSD-2-Clause-Patent',
  'BSD-3-Clause',
  'BSD-3-Clause-LBNL',
  'BSD-3-Clause-Open-MPI',
  'BSL-1.0',
  'CAL-1.0',
  'CAL-1.0-Combined-Work-Exception',
  'CATOSL-1.1',
  'CDDL-1.0',
  'CECILL-2.1',
  'CERN-OHL-P-2.0',
  'CERN-OHL-S-2.0',
  'CERN-OHL-W-2.0',
  'CNRI-Python',
  'CPAL-1.0',
  'CPL-1.0',
  'CUA-OPL-1.0',
  'ECL-1.0',
  'ECL-2.0',
  'EFL-1.0',
  'EFL-2.0',
  'Entessa',
  'EPL-1.0',
  'EPL-2.0',
  'EUDatagrid',
  'EUPL-1.1',
  'EUPL-1.2',
  'Fair',
  'Frameworx-1.0',
  'GPL-2.0',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-2.0+',
  'GPL-3.0',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'GPL-3.0-with-GCC-exception',
  'GPL-3.0+',
  'HPND',
  'ICU',
  'Intel',
  'IPA',
  'IPL-1.0',
  'ISC',
  'Jam',
  'LGPL-2.0',
  'LGPL-2.0-only',
  'LGPL-2.0-or-later',
  'LGPL-2.0+',
  'LGPL-2.1',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-2.1+',
  'LGPL-3.0',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'LGPL-3.0+',
  'LiLiQ-P-1.1',
  'LiLiQ-R-1.1',
  'LiLiQ-Rplus-1.1',
  'LPL-1.0',
  'LPL-1.02',
  'LPPL-1.3c',
  'MirOS',
  'MIT',
  'MIT-0',
  'MIT-Modern-Variant',
  'Motosoto',
  'MPL-1.0',
  'MPL-1.1',
  'MPL-2.0',
  'MPL-2.0-no-copyleft-exception',
  'MS-PL',
  'MS-RL',
  'MulanPSL-2.0',
  'Multics',
  'NASA-1.3',
  'Naumen',
  'NCSA',
  'NGPL',
  'Nokia',
  'NPOSL-3.0',
  'NTP',
  'OCLC-2.0',
  'OFL-1.1',
  'OFL-1.1-no-RFN',
  'OFL-1.1-RFN',
  'OGTSL',
  'OLDAP-2.8',
  'OLFL-1.3',
  'OSC-1.0',
  'OSET-PL-2.1',
  'OSL-1.0',
  'OSL-2.0',
  'OSL-2.1',
  'OSL-3.0',
  'PHP-3.0',
  'PHP-3.01',
  'PostgreSQL',
  'Python-2.0',
  'QPL-1.0',
  'RPL-1.1',
  'RPL-1.5',
  'RPSL-1.0',
  'RSCPL',
  'SimPL-2.0',
  'SISSL',
  'Sleepycat',
  'SPL-1.0',
  'UCL-1.0',
  'Unicode-3.0',
  'Unicode-DFS-2016',
  'Unlicense',
  'UPL-1.0',
  'VSL-1.0',
  'W3C',
  'W3C-20150513',
  'Watcom-1.0',
  'WordNet',
  'wxWindows',
  'Xnet',
  'Zlib',
  'ZPL-2.0',
  'ZPL-2.1'
])

function holds(e: LicenseExpression, test: (id: string) => boolean): boolean {
  switch (e.type) {
    // An exception only adds permissions, so `X WITH e` is as open as X.
    case 'license':
      return test(e.id)
    case 'and':
      return holds(e.left, test) && holds(e.right, test)
    case 'or':
      return holds(e.left, test) || holds(e.right, test)
  }
}

/** Exact id → set lookup; an expression: AND needs every part, OR any part. */
function satisfies(spdx: string | null | undefined, test: (id: string) => boolean): boolean {
  if (typeof spdx !== 'string' || spdx === '') return false
  if (test(spdx)) return true
  const parsed = parseLicenseExpression(spdx)
  // A bare id that failed the test above stays failed; only real expressions are evaluated.
  if (!parsed || (parsed.type === 'license' && !parsed.exception)) return false
  return holds(parsed, test)
}

/**
 * Open under MOT's rule: the exact SPDX id is OSI- or FSF-flagged, on its open-data list or
 * OpenMDW-1.0. `LicenseRef-…` ids, aliases like "Apache 2.0" and wrong case are not open.
 */
export function isOpenLicense(spdx: string | null | undefined): boolean {
  return satisfies(spdx, (id) => MOT_OPEN_LICENSE_IDS.has(id))
}

/** MOT's type-appropriate licences for code, data or documentation (a mismatch only warns). */
export function isTypeAppropriate(
  spdx: string | null | undefined,
  contentType: ContentType
): boolean {
  if (!Object.hasOwn(MOT_TYPE_APPROPRIATE, contentType)) return false
  const allowed = MOT_TYPE_APPROPRIATE[contentType]
  return satisfies(spdx, (id) => allowed.has(id))
}

export function isOsiApproved(spdx: string | null | undefined): boolean {
  return satisfies(spdx, (id) => OSI_APPROVED_IDS.has(id))
}
