import { isWeightFileName } from './formats/index.js'
import { classifyPath, type FileRole } from './classify.js'
import type { LfsPointer, WeightInfo } from './formats/types.js'
import type { ScannedFile, Snapshot } from './types.js'
import {
  embeddedPackageFolders,
  isPackageMarkerName,
  isTestPath,
  isVendored
} from '../util/paths.js'

/** `flags` bit: the file sits in a folder of someone else's code (`vendor/`, `third_party/`, …). */
export const VENDORED = 1
/** `flags` bit: test code or a test fixture (`tests/`, `fixtures/`, `test_x.py`, …). */
export const TEST = 2

/**
 * A file with the facts every detector asks about, computed once: by the walk for a scanned
 * repository, by `fileIndex` for a snapshot built by hand. The strings are shared where they can
 * be (the name is the listing's own string, extensions are interned), so 100,000 records cost
 * little more than their paths.
 */
export interface IndexedFile extends ScannedFile {
  /** The last path segment. */
  readonly name: string
  /** The folder part of the path ('' at the root), as `dirName()` gives it; shared per folder. */
  readonly dir: string
  /** Lower-case extension without the dot ('' when none), as `extension()` gives it. */
  readonly ext: string
  /** How the scanner treats the file (which bytes it reads). */
  readonly role: FileRole
  /** VENDORED | TEST bits. */
  readonly flags: number
}

/**
 * The walk's record of a file. The name is the listing's own string and the folder is the folder's
 * own, kept rather than sliced from the path on each use: detectors ask for names and folders of
 * all 100,000 files several times over, and a slice per question cost more time (and garbage)
 * than the fields cost memory.
 */
export class FileRecord implements IndexedFile {
  declare size?: number
  declare text?: string
  declare truncated?: boolean
  declare weight?: WeightInfo
  declare lfs?: LfsPointer

  constructor(
    readonly path: string,
    readonly name: string,
    readonly dir: string,
    readonly ext: string,
    readonly role: FileRole,
    readonly flags: number
  ) {}
}

const interned = new Map<string, string>()

/** One string per distinct extension, whatever the file. */
export function internExtension(ext: string): string {
  const known = interned.get(ext)
  if (known !== undefined) return known
  if (interned.size < 4096) interned.set(ext, ext)
  return ext
}

/** Lower-case extension of a base name, as `extension()` computes it for the whole path. */
export function extensionOfName(name: string): string {
  const i = name.lastIndexOf('.')
  return i <= 0 ? '' : internExtension(name.slice(i + 1).toLowerCase())
}

/**
 * VENDORED and TEST bits of a path, from its folder part and its name. The folder patterns only
 * match a segment followed by `/`, and the name pattern never crosses one, so testing the folder
 * (with its trailing slash) and the name apart gives what testing the whole path gives.
 */
export function folderFlags(folderWithSlash: string): number {
  if (folderWithSlash === '') return 0
  return (isVendored(folderWithSlash) ? VENDORED : 0) | (isTestPath(folderWithSlash) ? TEST : 0)
}

export function nameFlags(name: string): number {
  return isTestPath(name) ? TEST : 0
}

/** The facts of one path, computed from scratch (snapshots built by hand, tests). */
export function factsOf(path: string): {
  name: string
  dir: string
  ext: string
  role: FileRole
  flags: number
} {
  const slash = path.lastIndexOf('/')
  const name = slash === -1 ? path : path.slice(slash + 1)
  const ext = extensionOfName(name)
  return {
    name,
    dir: slash === -1 ? '' : path.slice(0, slash),
    ext,
    role: classifyPath(name, isWeightFileName, ext),
    flags: folderFlags(slash === -1 ? '' : path.slice(0, slash + 1)) | nameFlags(name)
  }
}

function isIndexed(file: ScannedFile): file is IndexedFile {
  return typeof (file as Partial<IndexedFile>).ext === 'string'
}

export const isVendoredFile = (file: IndexedFile): boolean => (file.flags & VENDORED) !== 0
export const isTestFile = (file: IndexedFile): boolean => (file.flags & TEST) !== 0

const ROLES: readonly FileRole[] = ['weights', 'document', 'code', 'config', 'binary-data', 'other']

/**
 * The snapshot's files, bucketed in one pass: by role, the files whose text was read, and the
 * weight files and LFS pointers. Each bucket keeps the snapshot's (path) order, so a detector that
 * reads a bucket meets its files in the order a loop over all files would have. `where` keeps
 * further selections that several detectors share, so each is computed once.
 */
export class FileIndex {
  readonly all: readonly IndexedFile[]
  /** Files whose text was read. */
  readonly withText: readonly IndexedFile[]
  /** Files with weight-header facts or an LFS pointer. */
  readonly weightOrPointer: readonly IndexedFile[]
  /** Files whose bytes told something: text, weight-header facts or an LFS pointer. */
  readonly withContent: readonly IndexedFile[]
  private readonly roles: Map<FileRole, IndexedFile[]>
  private readonly selections = new Map<string, readonly IndexedFile[]>()
  private readonly values = new Map<string, unknown>()
  private readonly sorted: boolean

  constructor(files: readonly ScannedFile[]) {
    const withText: IndexedFile[] = []
    const weightOrPointer: IndexedFile[] = []
    const withContent: IndexedFile[] = []
    const roles = new Map<FileRole, IndexedFile[]>(ROLES.map((r) => [r, []]))
    let sorted = true
    for (let i = 0; i < files.length; i++) {
      const file = files[i]
      // A file without facts gets them in place, so the snapshot's own array serves as `all`.
      const indexed = isIndexed(file) ? file : Object.assign(file, factsOf(file.path))
      // Scans and Hub snapshots come in path order; a snapshot built by hand may not, and once it
      // is known not to be, the remaining comparisons would change nothing.
      if (sorted && i > 0 && !(files[i - 1].path < file.path)) sorted = false
      roles.get(indexed.role)!.push(indexed)
      const hasText = indexed.text !== undefined
      const hasHeader = indexed.weight !== undefined || indexed.lfs !== undefined
      if (hasText) withText.push(indexed)
      if (hasHeader) weightOrPointer.push(indexed)
      if (hasText || hasHeader) withContent.push(indexed)
    }
    this.all = files as readonly IndexedFile[]
    this.withText = withText
    this.weightOrPointer = weightOrPointer
    this.withContent = withContent
    this.roles = roles
    this.sorted = sorted
  }

  /** The files of one role, in path order. */
  byRole(role: FileRole): readonly IndexedFile[] {
    return this.roles.get(role)!
  }

  /** The file at `path`, if the snapshot has it. */
  byPath(path: string): IndexedFile | undefined {
    if (!this.sorted) return this.all.find((f) => f.path === path)
    let lo = 0
    let hi = this.all.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = this.all[mid].path
      if (at === path) return this.all[mid]
      if (at < path) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }

  /** Folders holding someone else's package whole (util/paths.ts), found once per snapshot. */
  embeddedPackages(): readonly string[] {
    return this.value('embedded-packages', () => {
      // Only licence files and package metadata matter: the other paths are not passed.
      const markers: string[] = []
      for (let i = 0; i < this.all.length; i++) {
        const file = this.all[i]
        if (isPackageMarkerName(file.name)) markers.push(file.path)
      }
      return embeddedPackageFolders(markers)
    })
  }

  /** A value computed from the files on first use and kept under `key`. */
  value<T>(key: string, compute: () => T): T {
    if (!this.values.has(key)) this.values.set(key, compute())
    return this.values.get(key) as T
  }

  /**
   * The files of `from` (default: all) that pass `keep`, computed on first use and kept under
   * `key`; a key names one predicate over one source.
   */
  where(
    key: string,
    keep: (file: IndexedFile) => boolean,
    from: readonly IndexedFile[] = this.all
  ): readonly IndexedFile[] {
    let list = this.selections.get(key)
    if (list === undefined) {
      list = from.filter(keep)
      this.selections.set(key, list)
    }
    return list
  }
}

const indexes = new WeakMap<Snapshot, FileIndex>()

/** The snapshot's file index, built on first use and shared by every detector. */
export function fileIndex(snapshot: Snapshot): FileIndex {
  let index = indexes.get(snapshot)
  if (index === undefined || index.all.length !== snapshot.files.length) {
    index = new FileIndex(snapshot.files)
    indexes.set(snapshot, index)
  }
  return index
}
