import type { ScannedFile, Snapshot } from '../../src/scan/types.js'

/** An in-memory snapshot: a string is a text file, an object a file with scanner facts. */
export function makeSnapshot(files: Record<string, string | Omit<ScannedFile, 'path'>>): Snapshot {
  const list: ScannedFile[] = Object.entries(files).map(([path, content]) =>
    typeof content === 'string'
      ? { path, size: Buffer.byteLength(content), text: content }
      : { path, ...content }
  )
  const directories = new Set<string>()
  for (const f of list) {
    const parts = f.path.split('/')
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'))
  }
  return {
    files: list.sort((a, b) => (a.path < b.path ? -1 : 1)),
    directories: [...directories].sort(),
    skipped: [],
    stats: {
      filesSeen: list.length,
      directoriesSeen: directories.size,
      bytesRead: 0,
      maxBytesReadPerWeight: 0,
      elapsedMs: 0,
      ignoredFiles: 0,
      textFilesNotRead: 0
    }
  }
}

/** Every evidence path of every finding names a file or folder of the snapshot. */
export function evidencePathsExist(snapshot: Snapshot, paths: string[]): boolean {
  const known = new Set([...snapshot.files.map((f) => f.path), ...snapshot.directories])
  return paths.every((p) => known.has(p))
}
