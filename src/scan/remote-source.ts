/**
 * A file on a remote host as a ByteSource: every read is an HTTP range request through the one
 * HTTP client, so the header readers in ./formats/ read a Hub file as they read a local one, and
 * fetch only the bytes they ask for (plus a small, growing read-ahead). Never more than `budget`
 * bytes are fetched from one file, also from a host that ignores `Range` and answers with the
 * whole file.
 */
import type { UnresolvedReason } from '../model/references.js'
import type { HttpClient, HttpResponse } from '../resolve/online/http.js'
import { cleanText } from '../resolve/online/common.js'
import type { CountingByteSource } from './formats/bytes.js'

/** First read-ahead: a safetensors or GGUF header of a small model fits in it. */
export const REMOTE_FIRST_BLOCK = 4 * 1024
/** Largest read-ahead, reached by doubling while a reader keeps reading forward. */
export const REMOTE_MAX_BLOCK = 1024 * 1024

/**
 * Why a remote read failed: the resolvers' vocabulary (`gated`, `not-found` …), or `read-cap` when
 * the reader asked for more than the file's byte cap (a header too large, as in a local scan).
 */
export class RemoteReadError extends Error {
  constructor(
    readonly reason: UnresolvedReason | 'read-cap',
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'RemoteReadError'
  }
}

export interface RemoteSourceOptions {
  http: HttpClient
  url: string
  /** The file's size, from the host's listing. */
  size: number
  /** Most bytes fetched from this file in all requests together. */
  budget: number
}

export interface RemoteByteSource extends CountingByteSource {
  /** Bytes fetched over the network for this file (what `bytesRead` reports too). */
  readonly bytesFetched: number
  /** The first failed read, kept because the readers turn errors into problem strings. */
  readonly failure: RemoteReadError | null
}

/** `bytes START-END/TOTAL` → START, or null. */
function contentRangeStart(value: string | undefined): number | null {
  const match = /^bytes\s+(\d{1,15})-(\d{1,15})\/(\d{1,15}|\*)$/.exec((value ?? '').trim())
  return match ? Number(match[1]) : null
}

/** The error a non-2xx answer stands for (the Hub says why in `X-Error-Code`). */
export function remoteError(response: HttpResponse): RemoteReadError {
  const code = response.headers['x-error-code'] ?? ''
  const message = cleanText(response.headers['x-error-message'] ?? '', 200)
  const status = response.status
  if (code === 'GatedRepo')
    return new RemoteReadError(
      'gated',
      `gated: access not granted (HTTP ${status}${message ? `: ${message}` : ''})`,
      status
    )
  if (status === 403 && /disabled/i.test(message))
    return new RemoteReadError('disabled', `HTTP 403: ${message}`, status)
  if (status === 404 || status === 401 || status === 410)
    return new RemoteReadError(
      'not-found',
      `HTTP ${status}: not found${code ? ` (${cleanText(code, 50)})` : ''}`,
      status
    )
  return new RemoteReadError('http-error', `HTTP ${status}${message ? `: ${message}` : ''}`, status)
}

export function remoteByteSource(options: RemoteSourceOptions): RemoteByteSource {
  const { http, url, size, budget } = options
  let fetched = 0
  let nextBlock = REMOTE_FIRST_BLOCK
  /** The last bytes fetched, kept so that small reads inside them cost nothing. */
  let block: { start: number; bytes: Uint8Array } | null = null
  /** Set once the host answered a range request with the whole file (200). */
  let ignoresRange = false
  let failure: RemoteReadError | null = null

  const fetchRange = async (start: number, length: number): Promise<Uint8Array> => {
    // A host that ignores Range sends the file from byte 0: the prefix up to the end is needed.
    const needed = ignoresRange ? start + length : length
    if (fetched + needed > budget)
      throw new RemoteReadError(
        'read-cap',
        ignoresRange
          ? `the host ignores range requests; reading to byte ${start + length} would pass the ${budget}-byte cap`
          : `stopped at the ${budget}-byte read cap for one remote file`
      )
    const response = await http.get(url, {
      accept: '*/*',
      range: { start, end: start + length - 1 },
      binary: true,
      maxBytes: needed,
      oversize: 'truncate'
    })
    if (response.kind === 'failure') {
      throw new RemoteReadError(response.reason, cleanText(response.detail, 200), response.status)
    }
    const bytes = response.bytes ?? new Uint8Array(0)
    fetched += bytes.length
    if (response.status === 206) {
      const first = contentRangeStart(response.headers['content-range'])
      if (first !== start)
        throw new RemoteReadError('malformed', 'the host answered another byte range than asked')
      return bytes.subarray(0, length)
    }
    if (response.status === 200) {
      const wasIgnoring = ignoresRange
      ignoresRange = true
      const end = Math.min(start + length, size)
      if (bytes.length >= end) return bytes.subarray(start, end)
      // Only the first bytes were kept from the whole file: ask again for enough of it.
      if (!wasIgnoring) return fetchRange(start, length)
      return bytes.subarray(Math.min(start, bytes.length), end)
    }
    if (response.status === 416)
      throw new RemoteReadError('malformed', 'the host says the range is past the end of the file')
    throw remoteError(response)
  }

  return {
    size,
    readAhead: REMOTE_FIRST_BLOCK,
    get bytesRead() {
      return fetched
    },
    get bytesFetched() {
      return fetched
    },
    get failure() {
      return failure
    },
    async read(position: number, length: number): Promise<Uint8Array> {
      if (!Number.isSafeInteger(position) || position < 0)
        throw new RangeError(`invalid read position ${String(position)}`)
      if (!Number.isSafeInteger(length) || length < 0)
        throw new RangeError(`invalid read length ${String(length)}`)
      const wanted = Math.max(0, Math.min(length, size - position))
      if (wanted === 0) return new Uint8Array(0)
      if (
        block &&
        position >= block.start &&
        position + wanted <= block.start + block.bytes.length
      ) {
        const offset = position - block.start
        return block.bytes.subarray(offset, offset + wanted)
      }
      let length_ = Math.min(size - position, Math.max(wanted, nextBlock))
      nextBlock = Math.min(nextBlock * 2, REMOTE_MAX_BLOCK)
      // Near the cap, fetch only what was asked for.
      if (fetched + length_ > budget && fetched + wanted <= budget) length_ = wanted
      let bytes: Uint8Array
      try {
        bytes = await fetchRange(position, length_)
      } catch (error) {
        if (error instanceof RemoteReadError) failure ??= error
        throw error
      }
      block = { start: position, bytes }
      if (bytes.length < wanted && position + bytes.length < size)
        throw new RemoteReadError('malformed', 'the host sent fewer bytes than the range holds')
      return bytes.subarray(0, wanted)
    }
  }
}
