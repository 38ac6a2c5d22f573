/**
 * A local cache of remote answers for repeated runs. One JSON file per request, named by the
 * SHA-256 of the request key (the URL, which carries the revision when one is pinned, and the
 * `Accept` header). Entries older than the TTL are ignored; unreadable or malformed entries are
 * ignored too, so a damaged cache only costs a request. Writes go to a temporary file that is
 * renamed into place, so a reader never sees half an entry.
 */
import { createHash, randomBytes } from 'node:crypto'
import { lstat, mkdir, open, rename, unlink, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'

/** One stored answer (successful responses only). */
export interface CachedResponse {
  /** The URL that answered, after redirects. */
  url: string
  status: number
  headers: Record<string, string>
  text: string
  /** Epoch milliseconds when it was stored. */
  storedAt: number
}

export interface ResponseCache {
  /** The entry for `key` when present, well-formed and younger than the TTL at `now`. */
  get(key: string, now: number): Promise<CachedResponse | undefined>
  /** Stores an entry; failures are swallowed (a cache never fails a run). */
  set(key: string, value: CachedResponse): Promise<void>
}

export interface FileCacheOptions {
  /** Directory for the entries; default `$XDG_CACHE_HOME/model-openness` or `~/.cache/model-openness`. */
  dir?: string
  /** Time to live in milliseconds; default one day. */
  ttlMs?: number
  /** Largest entry read or written, in bytes; default 8 MiB. */
  maxEntryBytes?: number
}

export const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000
const DEFAULT_MAX_ENTRY_BYTES = 8 * 1024 * 1024
const ENTRY_VERSION = 1

const entrySchema = z.lazy(() =>
  z.object({
    version: z.literal(ENTRY_VERSION),
    key: z.string(),
    url: z.string().max(4096),
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string(), z.string().max(4096)),
    text: z.string(),
    storedAt: z.number().finite()
  })
)

/** The default cache directory (not created until something is stored). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME
  const base = xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache')
  return join(base, 'model-openness')
}

function entryName(key: string): string {
  return `${createHash('sha256').update(key).digest('hex')}.json`
}

async function readCapped(path: string, maxBytes: number): Promise<string | undefined> {
  // Never follow a symlink planted in the cache directory.
  const info = await lstat(path).catch(() => undefined)
  if (!info || !info.isFile() || info.size > maxBytes) return undefined
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/** A cache of JSON files in a directory. */
export function createFileCache(options: FileCacheOptions = {}): ResponseCache & { dir: string } {
  const dir = options.dir ?? defaultCacheDir()
  const ttlMs = options.ttlMs ?? DEFAULT_CACHE_TTL_MS
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES
  return {
    dir,
    async get(key, now) {
      const text = await readCapped(join(dir, entryName(key)), maxEntryBytes)
      if (text === undefined) return undefined
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return undefined
      }
      const parsed = entrySchema.safeParse(json)
      // A hash collision or a copied file must not answer for another key.
      if (!parsed.success || parsed.data.key !== key) return undefined
      const entry = parsed.data
      if (entry.storedAt > now || now - entry.storedAt >= ttlMs) return undefined
      return {
        url: entry.url,
        status: entry.status,
        headers: entry.headers,
        text: entry.text,
        storedAt: entry.storedAt
      }
    },
    async set(key, value) {
      const body = JSON.stringify({ version: ENTRY_VERSION, key, ...value })
      if (Buffer.byteLength(body) > maxEntryBytes) return
      const target = join(dir, entryName(key))
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 })
        await writeFile(temporary, body, { mode: 0o600, flag: 'wx' })
        await rename(temporary, target)
      } catch {
        await unlink(temporary).catch(() => undefined)
      }
    }
  }
}
