/** Folders whose contents are someone else's code, copied in; they never make a release look complete. */
const VENDORED =
  /(^|\/)(third[_-]?party|3rdparty|vendor|vendored|external|externals|deps|dependencies|node_modules|site-packages|\.venv|venv|env)\//i

export function isVendored(path: string): boolean {
  return VENDORED.test(path)
}

const LICENSE_FILE = /^(licen[cs]e|copying)([._-][\w.-]*)?$/i
const PACKAGE_METADATA =
  /^(setup\.py|setup\.cfg|pyproject\.toml|package\.json|Cargo\.toml|go\.mod)$/i

/**
 * Whether a base name is one embeddedPackageFolders looks at (a licence file or package metadata):
 * callers with many paths can pass only those.
 */
export function isPackageMarkerName(name: string): boolean {
  return LICENSE_FILE.test(name) || PACKAGE_METADATA.test(name)
}

/**
 * Folders below the root that carry their own licence file and their own package metadata:
 * someone else's package embedded whole, whatever the folder is called (`libs/flashy/`).
 */
export function embeddedPackageFolders(paths: Iterable<string>): string[] {
  const licensed = new Set<string>()
  const packaged = new Set<string>()
  for (const path of paths) {
    const slash = path.lastIndexOf('/')
    if (slash === -1) continue
    const dir = path.slice(0, slash)
    const name = path.slice(slash + 1)
    if (LICENSE_FILE.test(name)) licensed.add(dir)
    else if (PACKAGE_METADATA.test(name)) packaged.add(dir)
  }
  return [...licensed].filter((dir) => packaged.has(dir)).sort()
}

/** Whether a path lies inside one of the folders. */
export function isInFolders(path: string, folders: readonly string[]): boolean {
  return folders.some((dir) => path.startsWith(dir + '/'))
}

/** Test code and test fixtures: tiny checkpoints, sample data and cards that exist to test the code. */
const TEST_PATH =
  /(^|\/)(tests?|testing|__tests__|testdata|test[_-]data|test[_-]fixtures|fixtures|__fixtures__)\/|(^|\/)(test_[^/]*|[^/]*_test)\.\w+$/i

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path)
}

/** Folders of tests and test fixtures only: a file named `test_results.json` elsewhere is not one. */
const TEST_FOLDER =
  /(^|\/)(tests?|testing|__tests__|testdata|test[_-]data|test[_-]fixtures|fixtures|__fixtures__)\//i

export function isInTestFolder(path: string): boolean {
  return TEST_FOLDER.test(path)
}

/**
 * Folders of a fine-tuning recipe for users (`finetune/`, `ptuning/`, `lora/`): code that adapts
 * the released model, not the code that trained it.
 */
const RECIPE_FOLDER =
  /(^|\/)(finetune|fine[-_]tune|finetuning|fine[-_]tuning|ptuning|p[-_]tuning|lora|qlora|peft|sft)(\/)/i

export function isFineTuningRecipe(path: string): boolean {
  return RECIPE_FOLDER.test(path)
}

/** How many `/`-separated segments a path has (`a/b.md` has 2): `path.split('/').length`, without the array. */
export function segmentCount(path: string): number {
  let n = 1
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++
  return n
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

const globalCopies = new WeakMap<RegExp, RegExp>()

/**
 * A global copy of `pattern`, made once per pattern: the rules match the same few patterns against
 * thousands of files. matchLines runs synchronously and resets lastIndex first, so one copy serves
 * every call; the caller's own pattern (and its lastIndex) is never used.
 */
function globalCopy(pattern: RegExp): RegExp {
  let re = globalCopies.get(pattern)
  if (re === undefined) {
    re = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'
    )
    globalCopies.set(pattern, re)
  }
  return re
}

/** Every match of a global regex, with its 1-based line and the trimmed line text (capped). */
export function matchLines(text: string, pattern: RegExp, limit = 50): LineMatch[] {
  const re = globalCopy(pattern)
  re.lastIndex = 0
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

/** A link target relative to a file's folder, as a repository path ('' for the root), or null
 * when it climbs out of the repository. Query and fragment are the caller's to strip. */
export function joinRepositoryPath(fromFile: string, target: string): string | null {
  const parts = (target.startsWith('/') ? [] : dirName(fromFile).split('/')).filter(Boolean)
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}
