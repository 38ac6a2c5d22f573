/**
 * Licences declared in code headers and package metadata. Text only: manifests are read with
 * regular expressions or JSON.parse, never executed (setup.py included).
 */
import { baseName } from '../util/paths.js'

export interface SpdxHeaderDeclaration {
  /** The expression as written after `SPDX-License-Identifier:`. */
  spdx: string
  /** 1-based line. */
  line: number
}

export interface PackageLicenseDeclaration {
  /** The licence string as declared ("MIT", "Apache-2.0 OR MIT", "MIT License" from a classifier). */
  raw: string
  /** 1-based line of the declaration. */
  line: number
  /** The licence file the manifest points to (`license = {file = "…"}`, `license-file`). */
  file?: string
}

const MAX_SCAN_CHARS = 256 * 1024
const MAX_HEADERS = 50
const MAX_VALUE = 200
const MAX_LINES = 20_000

/** What may follow the tag: an expression, then perhaps a comment closer. */
const SPDX_HEADER = /SPDX-License-Identifier:[ \t]*([^\r\n]*)/g
const COMMENT_CLOSER = /\s*(?:\*\/|-->|--%>|\*\)|#}|%}|-}|"""|''')\s*$/
const EXPRESSION_CHARS = /^[A-Za-z0-9().+:\- ]+$/

/** `SPDX-License-Identifier:` lines (at most 50, from the first 256 KB). */
export function spdxHeaderDeclarations(text: string): SpdxHeaderDeclaration[] {
  if (typeof text !== 'string') return []
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text
  const out: SpdxHeaderDeclaration[] = []
  let line = 1
  let counted = 0
  for (const m of scanned.matchAll(SPDX_HEADER)) {
    for (
      let i = scanned.indexOf('\n', counted);
      i !== -1 && i < m.index;
      i = scanned.indexOf('\n', i + 1)
    ) {
      line++
      counted = i + 1
    }
    const value = m[1].replace(COMMENT_CLOSER, '').trim()
    // Quotes, braces and the like mean the tag sits inside code or a string, not a declaration.
    if (value !== '' && value.length <= MAX_VALUE && EXPRESSION_CHARS.test(value)) {
      out.push({ spdx: value, line })
      if (out.length >= MAX_HEADERS) break
    }
  }
  return out
}

/** A licence named in a comment header: "… according to the terms of the X License Agreement." */
const HEADER_STATEMENT =
  /^\s*(?:#|\/\/|\*|\/\*|--|;)[^\n]*?\b(?:under|according to the terms of|governed by|subject to|licensed under)\s+(?:the\s+)?([A-Z][\w .+-]{1,80}?(?:License|Licence)(?:\s+Agreement)?(?:,?\s+Version\s+\d+(?:\.\d+)*)?)/m

/** The licence a code file's comment header names in words, as written (from the first 2 KB). */
export function headerLicenseStatement(text: string): string | null {
  if (typeof text !== 'string') return null
  const m = HEADER_STATEMENT.exec(text.slice(0, 2048))
  return m ? m[1].trim() : null
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function clean(value: string): string | null {
  const v = value.trim()
  return v === '' || v.length > MAX_VALUE ? null : v
}

// ---------------------------------------------------------------------------------------------
// package.json

function packageJson(text: string): PackageLicenseDeclaration | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const record = data as Record<string, unknown>
  const keyLine = (key: string): number => {
    const at = text.search(new RegExp(`"${key}"\\s*:`))
    return at === -1 ? 1 : lineOf(text, at)
  }
  const typeOf = (v: unknown): string | null => {
    if (typeof v === 'string') return clean(v)
    // The old object form: {"type": "MIT", "url": "…"}.
    if (typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string') {
      return clean((v as { type: string }).type)
    }
    return null
  }
  const license = typeOf(record.license)
  if (license) {
    const see = /^SEE LICEN[CS]E IN (.+)$/i.exec(license)
    return { raw: license, line: keyLine('license'), ...(see ? { file: see[1].trim() } : {}) }
  }
  // The older `licenses: [{type}]` array; several entries are alternatives.
  if (Array.isArray(record.licenses)) {
    const types = record.licenses
      .slice(0, 10)
      .map(typeOf)
      .filter((t): t is string => t !== null)
    if (types.length > 0) return { raw: types.join(' OR '), line: keyLine('licenses') }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// TOML manifests (pyproject.toml, Cargo.toml), read line by line

interface TomlValue {
  value: string
  line: number
}

const TOML_TABLE = /^\s*\[\s*([A-Za-z0-9_.\-" ]+?)\s*\]\s*(?:#.*)?$/
const TOML_STRING = String.raw`"((?:[^"\\]|\\.)*)"|'([^']*)'`

function tomlString(text: string): string | null {
  const m = new RegExp(`^\\s*(?:${TOML_STRING})`).exec(text)
  if (!m) return null
  return (m[1] ?? m[2] ?? '').replace(/\\(["\\])/g, '$1')
}

/** `key = value` lines of the given tables (values still in TOML syntax). */
function tomlKeys(
  text: string,
  tables: readonly string[],
  keys: readonly string[]
): Map<string, TomlValue> {
  const found = new Map<string, TomlValue>()
  let table = ''
  const lines = text.split(/\r?\n/, MAX_LINES)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const header = TOML_TABLE.exec(line)
    if (header) {
      table = header[1].replace(/["\s]/g, '')
      continue
    }
    if (!tables.includes(table)) continue
    const kv = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line)
    if (!kv || !keys.includes(kv[1]) || found.has(kv[1])) continue
    let value = kv[2]
    // A multi-line array (pyproject classifiers): read on to the closing bracket.
    if (/^\[/.test(value) && !/\]\s*(?:#.*)?$/.test(value)) {
      for (let j = i + 1; j < lines.length && j < i + 500; j++) {
        value += '\n' + lines[j]
        if (/^\s*\]/.test(lines[j])) break
      }
    }
    found.set(kv[1], { value, line: i + 1 })
  }
  return found
}

function inlineTableString(value: string, key: string): string | null {
  const m = new RegExp(`^\\s*\\{[^}]*\\b${key}\\s*=\\s*(?:${TOML_STRING})`).exec(value)
  return m ? (m[1] ?? m[2] ?? '') : null
}

const CLASSIFIER = /["']License\s*::\s*(?:OSI Approved\s*::\s*)?([^"'\n]+?)\s*["']/g

/** The first "License :: …" trove classifier's licence name ("MIT License"). */
function classifierLicense(text: string): { raw: string; offset: number } | null {
  for (const m of text.matchAll(CLASSIFIER)) {
    const name = clean(m[1].replace(/^OSI Approved$/i, ''))
    if (name) return { raw: name, offset: m.index }
  }
  return null
}

function pyproject(text: string): PackageLicenseDeclaration | null {
  const keys = tomlKeys(text, ['project', 'tool.poetry'], ['license', 'classifiers'])
  const license = keys.get('license')
  let file: string | undefined
  if (license) {
    const direct = tomlString(license.value)
    if (direct !== null && clean(direct))
      return { raw: clean(direct) as string, line: license.line }
    const textValue = inlineTableString(license.value, 'text')
    if (textValue !== null && clean(textValue))
      return { raw: clean(textValue) as string, line: license.line }
    file = inlineTableString(license.value, 'file') ?? undefined
  }
  const classifiers = keys.get('classifiers')
  if (classifiers) {
    const found = classifierLicense(classifiers.value)
    if (found) {
      const line = classifiers.line + lineOf(classifiers.value, found.offset) - 1
      return { raw: found.raw, line, ...(file ? { file } : {}) }
    }
  }
  if (license && file) return { raw: `SEE LICENSE IN ${file}`, line: license.line, file }
  return null
}

function cargoToml(text: string): PackageLicenseDeclaration | null {
  const keys = tomlKeys(text, ['package', 'workspace.package'], ['license', 'license-file'])
  const license = keys.get('license')
  const direct = license ? tomlString(license.value) : null
  if (license && direct !== null && clean(direct))
    return { raw: clean(direct) as string, line: license.line }
  const licenseFile = keys.get('license-file')
  const file = licenseFile ? tomlString(licenseFile.value) : null
  if (licenseFile && file) return { raw: `SEE LICENSE IN ${file}`, line: licenseFile.line, file }
  return null
}

// ---------------------------------------------------------------------------------------------
// setup.cfg and setup.py

function setupCfg(text: string): PackageLicenseDeclaration | null {
  let section = ''
  const lines = text.split(/\r?\n/, MAX_LINES)
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]/.exec(lines[i])
    if (header) {
      section = header[1].trim().toLowerCase()
      continue
    }
    if (section !== 'metadata') continue
    const kv = /^\s*license\s*[=:]\s*(.*?)\s*$/.exec(lines[i])
    if (kv && clean(kv[1])) return { raw: clean(kv[1]) as string, line: i + 1 }
  }
  const found = classifierLicenseCfg(text)
  return found ? { raw: found.raw, line: lineOf(text, found.offset) } : null
}

/** setup.cfg lists classifiers unquoted, one per line. */
function classifierLicenseCfg(text: string): { raw: string; offset: number } | null {
  const m = /^[ \t]*License\s*::\s*(?:OSI Approved\s*::\s*)?(.+?)\s*$/m.exec(text)
  if (!m) return null
  const raw = clean(m[1])
  return raw ? { raw, offset: m.index } : null
}

function setupPy(text: string): PackageLicenseDeclaration | null {
  const m = /\blicense\s*=\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/.exec(text)
  if (m) {
    const raw = clean(m[1] ?? m[2] ?? '')
    if (raw) return { raw, line: lineOf(text, m.index) }
  }
  const found = classifierLicense(text)
  return found ? { raw: found.raw, line: lineOf(text, found.offset) } : null
}

const READERS: ReadonlyMap<string, (text: string) => PackageLicenseDeclaration | null> = new Map(
  Object.entries({
    'package.json': packageJson,
    'pyproject.toml': pyproject,
    'setup.cfg': setupCfg,
    'setup.py': setupPy,
    'cargo.toml': cargoToml
  })
)

/**
 * The licence a package manifest declares (package.json, pyproject.toml, setup.cfg, setup.py,
 * Cargo.toml), or null for other files and manifests without one.
 */
export function packageMetadataLicense(
  path: string,
  text: string
): PackageLicenseDeclaration | null {
  if (typeof path !== 'string' || typeof text !== 'string') return null
  const reader = READERS.get(baseName(path).toLowerCase())
  if (!reader) return null
  return reader(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
}
