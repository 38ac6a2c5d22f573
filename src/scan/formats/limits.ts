/**
 * Read caps shared by the header readers. Every reader stays within its format's own header plus
 * HEADER_READ_SLACK bytes, whatever the file claims; the per-format caps bound "header" itself.
 */

/** Extra bytes any reader may read beyond the header it parses (read-ahead, sniffing, probes). */
export const HEADER_READ_SLACK = 64 * 1024

/**
 * Read-ahead chunk of the buffered readers: a little under HEADER_READ_SLACK, so that one chunk of
 * read-ahead plus the sniffed bytes still fit in the slack.
 */
export const READ_AHEAD = 60 * 1024

/** Bytes sniffed from the start of a file to pick a reader. */
export const SNIFF_BYTES = 64

/** Most metadata entries kept per file. */
export const MAX_METADATA_ENTRIES = 256
/** Longest metadata key kept (longer keys are dropped). */
export const MAX_METADATA_KEY_LENGTH = 256
/** Longest metadata value kept (longer values are cut, with a trailing ellipsis). */
export const MAX_METADATA_VALUE_LENGTH = 8192

/** Most container entry names reported in WeightInfo.entries. */
export const MAX_REPORTED_ENTRIES = 100

/**
 * Collects string metadata with caps on count and lengths. Keys are stored as own data properties
 * (Object.fromEntries), so a key such as "__proto__" cannot change an object's prototype.
 */
export class MetadataCollector {
  private readonly map = new Map<string, string>()
  truncated = false

  set(key: string, value: string): void {
    if (key.length === 0 || key.length > MAX_METADATA_KEY_LENGTH) return
    if (!this.map.has(key) && this.map.size >= MAX_METADATA_ENTRIES) {
      this.truncated = true
      return
    }
    this.map.set(key, capString(value))
  }

  get(key: string): string | undefined {
    return this.map.get(key)
  }

  get size(): number {
    return this.map.size
  }

  /** Finds the first key equal to one of `names`, ignoring case. */
  findIgnoreCase(...names: string[]): string | undefined {
    const wanted = new Set(names.map((n) => n.toLowerCase()))
    for (const [k, v] of this.map) if (wanted.has(k.toLowerCase())) return v
    return undefined
  }

  toRecord(): Record<string, string> | undefined {
    return this.map.size > 0 ? Object.fromEntries(this.map) : undefined
  }
}

export function capString(value: string, max = MAX_METADATA_VALUE_LENGTH): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

/** Builds a record from counted entries without prototype pitfalls. */
export function recordOf(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries(map)
}
