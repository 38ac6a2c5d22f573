/**
 * Third-party notices appended to a licence file: "This project includes code from X, licensed
 * under BSD-3-Clause: …". The licence at the top governs the repository's own files; each notice
 * governs only the paths it names. Reading stops at what the words say: a notice that names no
 * path in the repository scopes to nothing here.
 */
import type { LicenseIdentification } from '../model/licenses.js'
import { mlLicenseById } from './ml-licenses.js'
import { normalizeLicenseId } from './normalize.js'

export interface ThirdPartyNotice {
  identification: LicenseIdentification
  /** Repository paths the notice names (folders or files), without "./" or a trailing "/". */
  paths: string[]
  /** 1-based line of the notice in the file. */
  line: number
}

/** "This project", "our repository": never "the Software", which licence texts say themselves. */
const SUBJECT =
  '(?:this|our) (?:project|repository|repo|software|product|code(?:base)?|package|library|model|work|distribution)'
const INCLUDES =
  '(?:also )?(?:includes|contains|incorporates|bundles|redistributes|vendors|uses|ships(?: with)?)'
/** The sentence that starts a notice ("This project includes code from …", "Portions of …"). */
const NOTICE_START = new RegExp(
  `^[ \\t#*>_-]*(?:${SUBJECT} ${INCLUDES}\\b|portions of ${SUBJECT}\\b|(?:some |the )?(?:code|files?|software|components?) (?:in|under|at) [\`'"]?[\\w.-]+/)`,
  'i'
)
/** A heading that opens a section of notices ("Third-party notices", "THIRD PARTY LICENSES"). */
const NOTICES_HEADING =
  /^[ \t#*=_-]*third[ \t-]+party[ \t]+(?:notices?|licen[cs]es|software|components|code|attributions?|dependencies)\b/i
/** "… licensed under the BSD 3-Clause License: …", "… under the terms of the MIT License." */
const LICENSED_UNDER =
  /\b(?:licen[cs]ed|released|distributed|available)\s+under\s+(?:the\s+(?:terms\s+of\s+(?:the\s+)?)?)?([^.:;\n()]{2,80})/i
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|edu)\/\S*/gi
const PATH = /(?:^|[\s(`'"[,])(\.?\/?(?:[\w.-]+\/)+[\w.-]*)/g
const MAX_NOTICES = 50
/** Notices are looked for in this much of a file, and paths in this much of each notice's start. */
const MAX_CHARS = 256 * 1024
const MAX_INTRO_CHARS = 2000
const MAX_PATHS = 20
const NOTICE_CONFIDENCE = 0.9
/** Non-commercial CC terms and model licences that restrict use, when a notice names them. */
const RESTRICTIVE_ID = /^CC-BY-NC|^JSON$/

const NOTICE_START_ANYWHERE = new RegExp(NOTICE_START.source, 'im')
const NOTICES_HEADING_ANYWHERE = new RegExp(NOTICES_HEADING.source, 'im')

/** Where the notices start: a heading or notice sentence after some licence text, else -1. */
export function noticesStart(full: string): number {
  const text = full.length > MAX_CHARS ? full.slice(0, MAX_CHARS) : full
  // The licence comes first: a file that starts with a notice is not "licence + notices".
  const firstLineEnd = text.indexOf('\n')
  if (firstLineEnd < 0) return -1
  const rest = text.slice(firstLineEnd + 1)
  const found = [NOTICES_HEADING_ANYWHERE.exec(rest), NOTICE_START_ANYWHERE.exec(rest)]
    .filter((m) => m !== null)
    .map((m) => m.index)
  return found.length > 0 ? firstLineEnd + 1 + Math.min(...found) : -1
}

function pathsIn(text: string): string[] {
  const plain = text.replace(URL, ' ')
  const out: string[] = []
  for (const m of plain.matchAll(PATH)) {
    const path = m[1].replace(/^\.?\//, '').replace(/\/+$/, '')
    // A path has a folder, and no part is "." or "..": it names something in the repository.
    if (!path.includes('/') && !m[1].endsWith('/')) continue
    if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) continue
    if (!out.includes(path)) out.push(path)
    if (out.length >= MAX_PATHS) break
  }
  return out
}

function statedLicense(block: string): LicenseIdentification | null {
  const named = LICENSED_UNDER.exec(block)?.[1]
  if (!named) return null
  const normal = normalizeLicenseId(named.replace(/\s+licen[cs]e\s*$/i, ' License').trim())
  if (!normal.known || !normal.spdx) return null
  return {
    spdx: normal.spdx,
    name: normal.name,
    confidence: NOTICE_CONFIDENCE,
    kind: normal.spdx.startsWith('LicenseRef-') ? 'ml' : 'spdx',
    restrictsUse:
      RESTRICTIVE_ID.test(normal.spdx) || mlLicenseById(normal.spdx)?.restrictsUse === true
  }
}

/**
 * The notices after `start` (see noticesStart): one per notice sentence, each with the licence
 * its text holds or names (`identify` reads a full licence text) and the paths it names.
 */
export function readNotices(
  text: string,
  start: number,
  identify: (text: string) => LicenseIdentification
): ThirdPartyNotice[] {
  const firstLine = text.slice(0, start).split('\n').length
  const lines = text.slice(start, Math.max(start, MAX_CHARS)).split('\n')
  const blocks: { line: number; lines: string[] }[] = []
  for (const [i, line] of lines.entries()) {
    if (NOTICE_START.test(line) || blocks.length === 0)
      blocks.push({ line: firstLine + i, lines: [] })
    blocks[blocks.length - 1].lines.push(line)
  }
  const notices: ThirdPartyNotice[] = []
  for (const block of blocks.slice(0, MAX_NOTICES)) {
    const body = block.lines.join('\n')
    // The paths are in the sentence that introduces the notice, not in the licence text after it.
    const intro = body.slice(0, MAX_INTRO_CHARS).split(/\n[ \t]*\n/)[0]
    const found = identify(body)
    const identification = found.kind !== 'unknown' ? found : statedLicense(intro)
    if (!identification) continue
    notices.push({ identification, paths: pathsIn(intro), line: block.line })
  }
  return notices
}
