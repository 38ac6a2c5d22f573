/** Folders whose contents are someone else's code, copied in; they never make a release look complete. */
const VENDORED =
  /(^|\/)(third[_-]?party|3rdparty|vendor|vendored|external|externals|deps|node_modules|site-packages|\.venv|venv|env)\//i

export function isVendored(path: string): boolean {
  return VENDORED.test(path)
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? path : path.slice(i + 1)
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? '' : path.slice(0, i)
}

/** Lower-case extension without the dot ('' when none). */
export function extension(path: string): string {
  const name = baseName(path)
  const i = name.lastIndexOf('.')
  return i <= 0 ? '' : name.slice(i + 1).toLowerCase()
}

export interface LineMatch {
  line: number
  text: string
  match: RegExpExecArray
}

/** Every match of a global regex, with its 1-based line and the trimmed line text (capped). */
export function matchLines(text: string, pattern: RegExp, limit = 50): LineMatch[] {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'
  )
  const out: LineMatch[] = []
  let line = 1
  let lastIndex = 0
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    for (
      let i = text.indexOf('\n', lastIndex);
      i !== -1 && i < m.index;
      i = text.indexOf('\n', i + 1)
    )
      line++
    lastIndex = m.index
    const start = text.lastIndexOf('\n', m.index - 1) + 1
    const endRaw = text.indexOf('\n', m.index)
    const end = endRaw === -1 ? text.length : endRaw
    out.push({ line, text: text.slice(start, end).trim().slice(0, 200), match: m })
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}
