/** Time for the resolvers: injectable so tests can run retries and spacing on a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms` of this clock's time; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** Calls `callback` after `ms`; returns a function that cancels it. Used for request timeouts. */
  setTimer(ms: number, callback: () => void): () => void
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted')
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal))
        return
      }
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(abortError(signal as AbortSignal))
      }
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
        Math.max(0, ms)
      )
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  },
  setTimer(ms, callback) {
    const timer = setTimeout(callback, Math.max(0, ms))
    return () => clearTimeout(timer)
  }
}
