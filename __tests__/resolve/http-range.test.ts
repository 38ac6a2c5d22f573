/**
 * Range requests through the one HTTP client, and files on the Hub read as byte sources: only the
 * bytes asked for cross the wire, a host that ignores `Range` is cut off at the cap, and answers
 * that do not fit the request are refused.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { ResponseCache } from '../../src/resolve/cache.js'
import { HttpClient } from '../../src/resolve/online/http.js'
import { inspectWeightFile } from '../../src/scan/formats/index.js'
import { remoteByteSource, RemoteReadError } from '../../src/scan/remote-source.js'
import { safetensorsBytes } from '../../scripts/weight-writers.mjs'
import { fakeSha, startStandInRemote, type StandInRemote } from '../helpers/stand-in-remote.js'

let standIn: StandInRemote
const big = new Uint8Array(randomBytes(4 * 1024 * 1024))

beforeAll(async () => {
  standIn = await startStandInRemote()
  standIn.registry.models['acme/ranges'] = { files: { 'blob.bin': big } }
  standIn.registry.models['acme/whole'] = { files: { 'blob.bin': big }, ignoreRange: true }
})
afterAll(async () => {
  await standIn.close()
})
beforeEach(() => {
  standIn.requests.length = 0
})

const url = (id: string, path = 'blob.bin'): string =>
  `${standIn.endpoints.hub}/${id}/resolve/main/${path}`

describe('HttpClient range requests', () => {
  it('asks for the range, gets 206 and only those bytes, and never caches them', async () => {
    const stored: string[] = []
    const cache: ResponseCache = {
      get: async () => undefined,
      set: async (key) => {
        stored.push(key)
      }
    }
    const http = new HttpClient({ cache })
    const outcome = await http.get(url('acme/ranges'), {
      range: { start: 1000, end: 1999 },
      binary: true,
      maxBytes: 1000,
      oversize: 'truncate'
    })
    expect(outcome.kind).toBe('response')
    if (outcome.kind !== 'response') return
    expect(outcome.status).toBe(206)
    expect(outcome.headers['content-range']).toBe(`bytes 1000-1999/${big.length}`)
    expect(Buffer.from(outcome.bytes ?? []).equals(Buffer.from(big.subarray(1000, 2000)))).toBe(
      true
    )
    expect(standIn.requests[0].range).toBe('bytes=1000-1999')
    expect(standIn.hubBytesServed('acme/ranges', 'blob.bin')).toBeGreaterThanOrEqual(1000)
    expect(http.bytesReceived).toBe(1000)
    expect(stored).toEqual([])
  })

  it('stops reading a whole-file answer (Range ignored) at the byte cap', async () => {
    const http = new HttpClient()
    const outcome = await http.get(url('acme/whole'), {
      range: { start: 0, end: 4095 },
      binary: true,
      maxBytes: 4096,
      oversize: 'truncate'
    })
    expect(outcome).toMatchObject({ kind: 'response', status: 200, truncated: true })
    if (outcome.kind !== 'response') return
    expect(outcome.bytes?.length).toBe(4096)
    // What crossed the wire: the cap plus at most the chunk it arrived in.
    expect(http.bytesReceived).toBeLessThan(4096 + 128 * 1024)
  })
})

describe('remote byte source', () => {
  it('reads what the reader asks for, with a small read-ahead', async () => {
    const http = new HttpClient()
    const source = remoteByteSource({
      http,
      url: url('acme/ranges'),
      size: big.length,
      budget: 64 * 1024
    })
    const head = await source.read(0, 64)
    const inside = await source.read(100, 200)
    expect(Buffer.from(head).equals(Buffer.from(big.subarray(0, 64)))).toBe(true)
    expect(Buffer.from(inside).equals(Buffer.from(big.subarray(100, 300)))).toBe(true)
    // One request covered both reads.
    expect(standIn.requests).toHaveLength(1)
    expect(source.bytesFetched).toBe(4096)
    const far = await source.read(3_000_000, 10)
    expect(Buffer.from(far).equals(Buffer.from(big.subarray(3_000_000, 3_000_010)))).toBe(true)
    expect(standIn.requests.map((r) => r.range)).toEqual(['bytes=0-4095', 'bytes=3000000-3008191'])
  })

  it('reads through a host that ignores Range only as far as the cap allows', async () => {
    const http = new HttpClient()
    const source = remoteByteSource({
      http,
      url: url('acme/whole'),
      size: big.length,
      budget: 256 * 1024
    })
    expect(Buffer.from(await source.read(0, 8)).equals(Buffer.from(big.subarray(0, 8)))).toBe(true)
    const later = await source.read(50_000, 100)
    expect(Buffer.from(later).equals(Buffer.from(big.subarray(50_000, 50_100)))).toBe(true)
    await expect(source.read(2_000_000, 100)).rejects.toMatchObject({ reason: 'read-cap' })
    expect(source.bytesFetched).toBeLessThanOrEqual(256 * 1024)
    expect(http.bytesReceived).toBeLessThan(256 * 1024 + 3 * 128 * 1024)
    expect(http.bytesReceived).toBeLessThan(big.length / 4)
  })

  it('refuses an answer for another range, and says why a file cannot be read', async () => {
    const http = new HttpClient()
    standIn.failNext({ path: '/hub/acme/ranges/resolve/main/blob.bin' }, [
      { status: 206, headers: { 'content-range': `bytes 5-9/${big.length}` }, body: 'abcde' }
    ])
    const wrong = remoteByteSource({
      http,
      url: url('acme/ranges'),
      size: big.length,
      budget: 8192
    })
    await expect(wrong.read(0, 5)).rejects.toThrow('another byte range')
    expect(wrong.failure).toBeInstanceOf(RemoteReadError)
    const missing = remoteByteSource({
      http,
      url: url('acme/ranges', 'none.bin'),
      size: 10,
      budget: 8192
    })
    await expect(missing.read(0, 5)).rejects.toMatchObject({ reason: 'not-found' })
  })

  it('feeds the safetensors reader a Hub file for the price of its header', async () => {
    const weights = safetensorsBytes({ w: { dtype: 'F16', shape: [1024, 1024] } })
    standIn.registry.models['acme/st'] = { files: { 'model.safetensors': weights } }
    const http = new HttpClient()
    const source = remoteByteSource({
      http,
      url: `${standIn.endpoints.hub}/acme/st/resolve/${fakeSha('acme/st')}/model.safetensors`,
      size: weights.length,
      budget: 1024 * 1024
    })
    const info = await inspectWeightFile(source, 'model.safetensors')
    expect(info).toMatchObject({
      format: 'safetensors',
      tensorCount: 1,
      parameterCount: 1024 * 1024
    })
    expect(weights.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(standIn.hubBytesServed('acme/st', 'model.safetensors')).toBe(4096)
  })
})
