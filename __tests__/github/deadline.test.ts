import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { ApiDeadline, ApiDeadlineError } from '../../src/github/deadline.js'

afterEach(() => {
  jest.restoreAllMocks()
})

describe('ApiDeadline', () => {
  it('counts only the time between resume and pause, so the scan does not use the API budget', () => {
    let now = 1_000_000
    jest.spyOn(Date, 'now').mockImplementation(() => now)
    const deadline = new ApiDeadline(60)
    try {
      now += 10_000
      expect(deadline.remainingMs()).toBe(50_000)
      deadline.pause()
      now += 300_000
      expect(deadline.remainingMs()).toBe(50_000)
      expect(deadline.expired).toBe(false)
      deadline.resume()
      now += 20_000
      expect(deadline.remainingMs()).toBe(30_000)
    } finally {
      deadline.dispose()
    }
  })

  it('gives each request a quarter of the budget, between 1 and 20 seconds', () => {
    const timeouts = [1, 3, 60, 600].map((seconds) => {
      const deadline = new ApiDeadline(seconds)
      deadline.dispose()
      return deadline.requestTimeoutMs
    })
    expect(timeouts).toEqual([1_000, 1_000, 15_000, 20_000])
  })

  it('ends work that never finishes, and refuses new work afterwards', async () => {
    const deadline = new ApiDeadline(1)
    try {
      await expect(deadline.run(() => new Promise<never>(() => {}))).rejects.toBeInstanceOf(
        ApiDeadlineError
      )
      expect(deadline.expired).toBe(true)
      await expect(deadline.run(() => Promise.resolve(1))).rejects.toThrow(
        'the GitHub API did not answer within the 1s budget (api-timeout-seconds)'
      )
      await expect(deadline.sleep(10)).rejects.toBeInstanceOf(ApiDeadlineError)
    } finally {
      deadline.dispose()
    }
  })

  it('passes results and errors of work that finishes in time through', async () => {
    const deadline = new ApiDeadline(5)
    try {
      await expect(deadline.run(() => Promise.resolve('done'))).resolves.toBe('done')
      await expect(deadline.run(() => Promise.reject(new Error('HTTP 500')))).rejects.toThrow(
        'HTTP 500'
      )
      await expect(deadline.sleep(5)).resolves.toBeUndefined()
    } finally {
      deadline.dispose()
    }
  })
})
