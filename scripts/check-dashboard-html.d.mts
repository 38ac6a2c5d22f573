/** Types for check-dashboard-html.mjs: the dashboard page checked in headless Chromium. */

export function findChromium(env?: NodeJS.ProcessEnv): string | null

export function pageProblems(stderr: string): string[]

export function checkDashboard(
  htmlPath: string,
  screenshotPath?: string
): Promise<
  | { skipped: string }
  | {
      skipped?: undefined
      failures: string[]
      rows: number
      screenshot: string | null
      pdfBytes: number
    }
>
