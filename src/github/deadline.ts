/** The API work ran out of time; what it was for is skipped, the rest of the run goes on. */
export class ApiDeadlineError extends Error {
  constructor(seconds: number) {
    super(`the GitHub API did not answer within the ${seconds}s budget (api-timeout-seconds)`)
    this.name = 'ApiDeadlineError'
  }
}

/**
 * One request got no answer in time. Status 500 and the request options (set by the caller) make
 * the retry plugin treat it like a lost connection: retried while the budget lasts.
 */
export class ApiRequestAbortedError extends Error {
  readonly status = 500
  request?: unknown
  constructor(message: string) {
    super(message)
    this.name = 'ApiRequestAbortedError'
  }
}

/**
 * One budget for all GitHub API work of a run. Each request gets its own timeout, well below the
 * budget, so a server that never answers costs one request's timeout per attempt, and the budget
 * caps the attempts, the retry waits and everything else together.
 */
export class ApiDeadline {
  readonly seconds: number
  readonly requestTimeoutMs: number
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined
  /** Budget used in earlier windows; the clock runs only between resume() and pause(). */
  private spentMs = 0
  private windowStart: number | null = null

  constructor(seconds: number) {
    this.seconds = seconds
    // A quarter of the budget, between 1 s and 20 s: room for a retry after a timeout.
    this.requestTimeoutMs = Math.round(Math.min(20_000, Math.max(1_000, (seconds * 1000) / 4)))
    this.resume()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  remainingMs(now = Date.now()): number {
    const running = this.windowStart === null ? 0 : now - this.windowStart
    return Math.max(0, this.seconds * 1000 - this.spentMs - running)
  }

  get expired(): boolean {
    return this.controller.signal.aborted || this.remainingMs() === 0
  }

  /** Stops the clock while the run does other work (the scan has its own budget). */
  pause(): void {
    if (this.windowStart === null) return
    this.spentMs += Date.now() - this.windowStart
    this.windowStart = null
    clearTimeout(this.timer)
  }

  resume(): void {
    if (this.windowStart !== null || this.controller.signal.aborted) return
    this.windowStart = Date.now()
    this.timer = setTimeout(
      () => this.controller.abort(new ApiDeadlineError(this.seconds)),
      this.remainingMs()
    )
  }

  /**
   * Runs one request with a signal that aborts at its own timeout or at the deadline, whichever
   * is first, and stops waiting for it then even if the transport ignores the signal. A plain
   * controller and timer, held until the request settles: composite signals from
   * AbortSignal.any/timeout are held weakly and can be collected before they fire.
   */
  async withRequestSignal<T>(send: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController()
    const deadlineSignal = this.controller.signal
    const seconds = this.requestTimeoutMs / 1000
    let fail: (error: Error) => void = () => undefined
    const aborted = new Promise<never>((_, reject) => {
      fail = reject
    })
    const onDeadline = (): void => {
      controller.abort(deadlineSignal.reason)
      fail(new ApiRequestAbortedError(`the API deadline of ${this.seconds}s has passed`))
    }
    const timer = setTimeout(() => {
      controller.abort(new Error(`no answer within ${seconds}s`))
      fail(new ApiRequestAbortedError(`no answer within ${seconds}s`))
    }, this.requestTimeoutMs)
    if (deadlineSignal.aborted) onDeadline()
    else deadlineSignal.addEventListener('abort', onDeadline, { once: true })
    const pending = send(controller.signal)
    pending.catch(() => undefined)
    try {
      return await Promise.race([pending, aborted])
    } finally {
      clearTimeout(timer)
      deadlineSignal.removeEventListener('abort', onDeadline)
    }
  }

  /**
   * Runs API work, or rejects with ApiDeadlineError when the budget ends first (retry waits inside
   * the Octokit plugins are not abortable, so the work is raced rather than trusted to stop).
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.expired) throw new ApiDeadlineError(this.seconds)
    let onAbort: (() => void) | undefined
    const stop = new Promise<never>((_, reject) => {
      onAbort = () => reject(new ApiDeadlineError(this.seconds))
      this.controller.signal.addEventListener('abort', onAbort, { once: true })
    })
    const pending = work()
    // When the deadline wins, the abandoned work may still fail later; that is expected.
    pending.catch(() => undefined)
    try {
      return await Promise.race([pending, stop])
    } finally {
      if (onAbort) this.controller.signal.removeEventListener('abort', onAbort)
    }
  }

  /** Waits `ms`, or rejects at the deadline (and then holds no timer). */
  sleep(ms: number): Promise<void> {
    const signal = this.controller.signal
    return new Promise<void>((resolve, reject) => {
      if (this.expired) return reject(new ApiDeadlineError(this.seconds))
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(new ApiDeadlineError(this.seconds))
      }
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }

  dispose(): void {
    this.pause()
  }
}
