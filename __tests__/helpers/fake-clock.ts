/**
 * A fake clock for the resolvers: `sleep` returns at once (on a later turn of the event loop)
 * and moves the time forward, earliest sleeper first, so waits of seconds run instantly and tests
 * can read the times they produced. Request timeouts (`setTimer`) stay on real time, so a test
 * with a fake clock should not rely on one firing.
 */
import type { Clock } from '../../src/resolve/online/clock.js'

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms, in call order. */
  sleeps: number[]
}

export function createFakeClock(start = Date.parse('2026-01-01T00:00:00Z')): FakeClock {
  let time = start
  const pending: Array<{ due: number; resolve: () => void }> = []
  let scheduled = false
  const flush = (): void => {
    scheduled = false
    if (pending.length === 0) return
    pending.sort((a, b) => a.due - b.due)
    const next = pending.shift()!
    time = Math.max(time, next.due)
    next.resolve()
    if (pending.length > 0) schedule()
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    setImmediate(flush)
  }
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => time,
    sleep(ms, signal) {
      sleeps.push(ms)
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason)
          return
        }
        pending.push({ due: time + Math.max(0, ms), resolve })
        schedule()
      })
    },
    setTimer(ms, callback) {
      const timer = setTimeout(callback, ms)
      timer.unref()
      return () => clearTimeout(timer)
    }
  }
}
