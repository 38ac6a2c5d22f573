/**
 * A curated set of SPDX licence texts (spdx-license-list, CC0-1.0, SPDX License List 3.28). Only the per-id JSON files are imported, so the bundle carries
 * about 0.65 MB of licence text instead of the package's 5 MB full list. The matcher does not load
 * them: scripts/gen-license-index.mjs turns them into the integer-coded index of license-index.ts
 * at build time (buildLicenseIndexFile), and tests compare the two.
 */
import { encodeLicenseIndex, LICENSE_INDEX_VERSION } from './license-index-format.js'
import { END_OF_TERMS, findWords, licenseWords } from './words.js'
import MIT from 'spdx-license-list/licenses/MIT.json' with { type: 'json' }
import MIT_0 from 'spdx-license-list/licenses/MIT-0.json' with { type: 'json' }
import ISC from 'spdx-license-list/licenses/ISC.json' with { type: 'json' }
import ZERO_BSD from 'spdx-license-list/licenses/0BSD.json' with { type: 'json' }
import X11 from 'spdx-license-list/licenses/X11.json' with { type: 'json' }
import JSON from 'spdx-license-list/licenses/JSON.json' with { type: 'json' }
import APACHE_2_0 from 'spdx-license-list/licenses/Apache-2.0.json' with { type: 'json' }
import APACHE_1_1 from 'spdx-license-list/licenses/Apache-1.1.json' with { type: 'json' }
import BSD_2_CLAUSE from 'spdx-license-list/licenses/BSD-2-Clause.json' with { type: 'json' }
import BSD_3_CLAUSE from 'spdx-license-list/licenses/BSD-3-Clause.json' with { type: 'json' }
import BSD_3_CLAUSE_CLEAR from 'spdx-license-list/licenses/BSD-3-Clause-Clear.json' with { type: 'json' }
import BSD_4_CLAUSE from 'spdx-license-list/licenses/BSD-4-Clause.json' with { type: 'json' }
import GPL_2_0_ONLY from 'spdx-license-list/licenses/GPL-2.0-only.json' with { type: 'json' }
import GPL_3_0_ONLY from 'spdx-license-list/licenses/GPL-3.0-only.json' with { type: 'json' }
import LGPL_2_1_ONLY from 'spdx-license-list/licenses/LGPL-2.1-only.json' with { type: 'json' }
import LGPL_3_0_ONLY from 'spdx-license-list/licenses/LGPL-3.0-only.json' with { type: 'json' }
import AGPL_3_0_ONLY from 'spdx-license-list/licenses/AGPL-3.0-only.json' with { type: 'json' }
import MPL_2_0 from 'spdx-license-list/licenses/MPL-2.0.json' with { type: 'json' }
import MPL_1_1 from 'spdx-license-list/licenses/MPL-1.1.json' with { type: 'json' }
import EPL_1_0 from 'spdx-license-list/licenses/EPL-1.0.json' with { type: 'json' }
import EPL_2_0 from 'spdx-license-list/licenses/EPL-2.0.json' with { type: 'json' }
import CDDL_1_0 from 'spdx-license-list/licenses/CDDL-1.0.json' with { type: 'json' }
import UNLICENSE from 'spdx-license-list/licenses/Unlicense.json' with { type: 'json' }
import CC0_1_0 from 'spdx-license-list/licenses/CC0-1.0.json' with { type: 'json' }
import CC_BY_4_0 from 'spdx-license-list/licenses/CC-BY-4.0.json' with { type: 'json' }
import CC_BY_SA_4_0 from 'spdx-license-list/licenses/CC-BY-SA-4.0.json' with { type: 'json' }
import CC_BY_NC_4_0 from 'spdx-license-list/licenses/CC-BY-NC-4.0.json' with { type: 'json' }
import CC_BY_NC_SA_4_0 from 'spdx-license-list/licenses/CC-BY-NC-SA-4.0.json' with { type: 'json' }
import CC_BY_ND_4_0 from 'spdx-license-list/licenses/CC-BY-ND-4.0.json' with { type: 'json' }
import CC_BY_NC_ND_4_0 from 'spdx-license-list/licenses/CC-BY-NC-ND-4.0.json' with { type: 'json' }
import CC_BY_3_0 from 'spdx-license-list/licenses/CC-BY-3.0.json' with { type: 'json' }
import CC_BY_SA_3_0 from 'spdx-license-list/licenses/CC-BY-SA-3.0.json' with { type: 'json' }
import ODBL_1_0 from 'spdx-license-list/licenses/ODbL-1.0.json' with { type: 'json' }
import ODC_BY_1_0 from 'spdx-license-list/licenses/ODC-By-1.0.json' with { type: 'json' }
import PDDL_1_0 from 'spdx-license-list/licenses/PDDL-1.0.json' with { type: 'json' }
import CDLA_PERMISSIVE_1_0 from 'spdx-license-list/licenses/CDLA-Permissive-1.0.json' with { type: 'json' }
import CDLA_PERMISSIVE_2_0 from 'spdx-license-list/licenses/CDLA-Permissive-2.0.json' with { type: 'json' }
import CDLA_SHARING_1_0 from 'spdx-license-list/licenses/CDLA-Sharing-1.0.json' with { type: 'json' }
import C_UDA_1_0 from 'spdx-license-list/licenses/C-UDA-1.0.json' with { type: 'json' }
import O_UDA_1_0 from 'spdx-license-list/licenses/O-UDA-1.0.json' with { type: 'json' }
import OPENMDW_1_0 from 'spdx-license-list/licenses/OpenMDW-1.0.json' with { type: 'json' }
import BSL_1_0 from 'spdx-license-list/licenses/BSL-1.0.json' with { type: 'json' }
import ZLIB from 'spdx-license-list/licenses/Zlib.json' with { type: 'json' }
import AML from 'spdx-license-list/licenses/AML.json' with { type: 'json' }
import WTFPL from 'spdx-license-list/licenses/WTFPL.json' with { type: 'json' }
import ARTISTIC_2_0 from 'spdx-license-list/licenses/Artistic-2.0.json' with { type: 'json' }
import AFL_3_0 from 'spdx-license-list/licenses/AFL-3.0.json' with { type: 'json' }
import OSL_3_0 from 'spdx-license-list/licenses/OSL-3.0.json' with { type: 'json' }
import ECL_2_0 from 'spdx-license-list/licenses/ECL-2.0.json' with { type: 'json' }
import EUPL_1_1 from 'spdx-license-list/licenses/EUPL-1.1.json' with { type: 'json' }
import EUPL_1_2 from 'spdx-license-list/licenses/EUPL-1.2.json' with { type: 'json' }
import OFL_1_1 from 'spdx-license-list/licenses/OFL-1.1.json' with { type: 'json' }
import LPPL_1_3C from 'spdx-license-list/licenses/LPPL-1.3c.json' with { type: 'json' }
import POSTGRESQL from 'spdx-license-list/licenses/PostgreSQL.json' with { type: 'json' }
import NCSA from 'spdx-license-list/licenses/NCSA.json' with { type: 'json' }
import MS_PL from 'spdx-license-list/licenses/MS-PL.json' with { type: 'json' }
import PYTHON_2_0 from 'spdx-license-list/licenses/Python-2.0.json' with { type: 'json' }
import PSF_2_0 from 'spdx-license-list/licenses/PSF-2.0.json' with { type: 'json' }
import BLUEOAK_1_0_0 from 'spdx-license-list/licenses/BlueOak-1.0.0.json' with { type: 'json' }
import UPL_1_0 from 'spdx-license-list/licenses/UPL-1.0.json' with { type: 'json' }
import MULANPSL_2_0 from 'spdx-license-list/licenses/MulanPSL-2.0.json' with { type: 'json' }
import GFDL_1_3_ONLY from 'spdx-license-list/licenses/GFDL-1.3-only.json' with { type: 'json' }

interface LicenseJson {
  readonly name: string
  readonly osiApproved: boolean
  readonly licenseText: string
}

/** The texts the matcher compares against: common software, data, content and model licences. */
const CORPUS: readonly (readonly [string, LicenseJson])[] = [
  ['MIT', MIT],
  ['MIT-0', MIT_0],
  ['ISC', ISC],
  ['0BSD', ZERO_BSD],
  ['X11', X11],
  ['JSON', JSON],
  ['Apache-2.0', APACHE_2_0],
  ['Apache-1.1', APACHE_1_1],
  ['BSD-2-Clause', BSD_2_CLAUSE],
  ['BSD-3-Clause', BSD_3_CLAUSE],
  ['BSD-3-Clause-Clear', BSD_3_CLAUSE_CLEAR],
  ['BSD-4-Clause', BSD_4_CLAUSE],
  ['GPL-2.0-only', GPL_2_0_ONLY],
  ['GPL-3.0-only', GPL_3_0_ONLY],
  ['LGPL-2.1-only', LGPL_2_1_ONLY],
  ['LGPL-3.0-only', LGPL_3_0_ONLY],
  ['AGPL-3.0-only', AGPL_3_0_ONLY],
  ['MPL-2.0', MPL_2_0],
  ['MPL-1.1', MPL_1_1],
  ['EPL-1.0', EPL_1_0],
  ['EPL-2.0', EPL_2_0],
  ['CDDL-1.0', CDDL_1_0],
  ['Unlicense', UNLICENSE],
  ['CC0-1.0', CC0_1_0],
  ['CC-BY-4.0', CC_BY_4_0],
  ['CC-BY-SA-4.0', CC_BY_SA_4_0],
  ['CC-BY-NC-4.0', CC_BY_NC_4_0],
  ['CC-BY-NC-SA-4.0', CC_BY_NC_SA_4_0],
  ['CC-BY-ND-4.0', CC_BY_ND_4_0],
  ['CC-BY-NC-ND-4.0', CC_BY_NC_ND_4_0],
  ['CC-BY-3.0', CC_BY_3_0],
  ['CC-BY-SA-3.0', CC_BY_SA_3_0],
  ['ODbL-1.0', ODBL_1_0],
  ['ODC-By-1.0', ODC_BY_1_0],
  ['PDDL-1.0', PDDL_1_0],
  ['CDLA-Permissive-1.0', CDLA_PERMISSIVE_1_0],
  ['CDLA-Permissive-2.0', CDLA_PERMISSIVE_2_0],
  ['CDLA-Sharing-1.0', CDLA_SHARING_1_0],
  ['C-UDA-1.0', C_UDA_1_0],
  ['O-UDA-1.0', O_UDA_1_0],
  ['OpenMDW-1.0', OPENMDW_1_0],
  ['BSL-1.0', BSL_1_0],
  ['Zlib', ZLIB],
  ['AML', AML],
  ['WTFPL', WTFPL],
  ['Artistic-2.0', ARTISTIC_2_0],
  ['AFL-3.0', AFL_3_0],
  ['OSL-3.0', OSL_3_0],
  ['ECL-2.0', ECL_2_0],
  ['EUPL-1.1', EUPL_1_1],
  ['EUPL-1.2', EUPL_1_2],
  ['OFL-1.1', OFL_1_1],
  ['LPPL-1.3c', LPPL_1_3C],
  ['PostgreSQL', POSTGRESQL],
  ['NCSA', NCSA],
  ['MS-PL', MS_PL],
  ['Python-2.0', PYTHON_2_0],
  ['PSF-2.0', PSF_2_0],
  ['BlueOak-1.0.0', BLUEOAK_1_0_0],
  ['UPL-1.0', UPL_1_0],
  ['MulanPSL-2.0', MULANPSL_2_0],
  ['GFDL-1.3-only', GFDL_1_3_ONLY]
]

export interface CorpusLicense {
  readonly id: string
  readonly name: string
  readonly osiApproved: boolean
  readonly text: string
}

/** The corpus ids, in the order the index holds them. */
export const CORPUS_LICENSE_IDS: readonly string[] = CORPUS.map(([id]) => id)

const CORPUS_BY_ID = new Map(CORPUS)

export function corpusLicense(id: string): CorpusLicense | undefined {
  const entry = CORPUS_BY_ID.get(id)
  if (!entry) return undefined
  return { id, name: entry.name, osiApproved: entry.osiApproved, text: entry.licenseText }
}

/**
 * spdx-license-list's LGPL-3.0 text appends the whole GPL-3.0 (the LGPL is a set of additional
 * permissions on it). Real COPYING.LESSER files hold only the LGPL part, so that is the template;
 * a file with both is recognised as LGPL-3.0 plus GPL-3.0 and folded back by the matcher.
 */
function templateText(id: string, text: string): string {
  if (id === 'LGPL-3.0-only') {
    const gpl = text.search(/\n\s*GNU GENERAL PUBLIC LICENSE\s+Version 3/)
    if (gpl > 0) return text.slice(0, gpl)
  }
  return text
}

/** The corpus licence's comparable words, as the index holds them. */
export function corpusWords(id: string): string[] {
  const entry = CORPUS_BY_ID.get(id)
  return entry ? licenseWords(templateText(id, entry.licenseText)) : []
}

/**
 * The integer-coded index of the corpus (see license-index.ts), built from the texts. The build
 * writes it to license-index.bin; the same function checks that file in the tests.
 */
export function buildLicenseIndexFile(): Buffer {
  const texts = CORPUS.map(([id, json]) => ({ id, json, words: corpusWords(id) }))
  const words = [...new Set(texts.flatMap((t) => t.words))].sort()
  if (words.length * words.length > 2 ** 31) throw new Error('licence index: vocabulary too large')
  if (texts.length > 255) throw new Error('licence index: too many licences for one byte')
  const ids = new Map(words.map((word, i) => [word, i]))
  const codes = (list: readonly string[]): number[] => {
    const out = new Set<number>()
    for (let i = 0; i + 1 < list.length; i++)
      out.add((ids.get(list[i]) as number) * words.length + (ids.get(list[i + 1]) as number))
    return [...out].sort((a, b) => a - b)
  }
  const fulls = texts.map((t) => codes(t.words))
  const heads = texts.map((t) => {
    const end = findWords(t.words, END_OF_TERMS)
    return end > 0 ? codes(t.words.slice(0, end + END_OF_TERMS.length)) : null
  })
  /** Every code of the lists with the numbers of the lists that hold it. */
  const invert = (lists: readonly (readonly number[] | null)[]) => {
    const owners = new Map<number, number[]>()
    lists.forEach((list, t) => {
      for (const code of list ?? []) {
        const known = owners.get(code)
        if (known) known.push(t)
        else owners.set(code, [t])
      }
    })
    const sorted = [...owners.keys()].sort((a, b) => a - b)
    const ends: number[] = []
    const postings: number[] = []
    for (const code of sorted) {
      postings.push(...(owners.get(code) as number[]))
      ends.push(postings.length)
    }
    return { codes: sorted, ends, postings }
  }
  const full = invert(fulls)
  const head = invert(heads)
  return encodeLicenseIndex(
    {
      version: LICENSE_INDEX_VERSION,
      words: words.join(' '),
      templates: texts.map(({ id, json }, t) => ({
        id,
        name: json.name,
        osiApproved: json.osiApproved,
        size: fulls[t].length,
        headSize: heads[t]?.length ?? null
      }))
    },
    {
      ...full,
      headCodes: head.codes,
      headEnds: head.ends,
      headPostings: head.postings,
      full: fulls.flat(),
      head: heads.flatMap((h) => h ?? [])
    }
  )
}

// Normalisation lives in words.ts and the id list in spdx-ids.ts; both are re-exported here.
export { SPDX_LICENSE_IDS, spdxIdIgnoringCase } from './spdx-ids.js'
export { END_OF_TERMS, findWords, licenseWords, MAX_TEXT_CHARS, wordBigrams } from './words.js'
