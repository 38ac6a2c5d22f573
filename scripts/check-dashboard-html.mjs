#!/usr/bin/env node
// Opens a dashboard page from `model-openness merge --format html` in headless Chromium and checks
// that it works offline: no console error, no blocked or failed load (every host name resolves to
// nothing), the inline script runs under the page's Content-Security-Policy, sorting reorders the
// rows, and the page prints to PDF. Writes a screenshot for a person to look at.
//
//   node scripts/check-dashboard-html.mjs DASHBOARD.html [SCREENSHOT.png]
//
// Chromium: $CHROMIUM, or chromium / chromium-browser / google-chrome on PATH (Debian: apt-get
// install chromium). Without one, it says so and exits 0 (status 0, "skipped"), so CI without a
// browser is not failed by it. Exit 1 when a check fails.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean)
  for (const name of candidates) {
    if (name.includes('/')) {
      if (existsSync(name)) return name
      continue
    }
    for (const dir of (env.PATH ?? '').split(':')) {
      const path = join(dir, name)
      if (dir && existsSync(path)) return path
    }
  }
  return null
}

function flags(profile) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--mute-audio',
    // Nothing can be fetched: any load the page tried would fail and be logged.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--enable-logging=stderr',
    '--v=0',
    `--user-data-dir=${profile}`
  ]
}

async function chromium(binary, profile, args) {
  try {
    return await run(binary, [...flags(profile), ...args], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000
    })
  } catch (error) {
    // Chromium may exit non-zero at shutdown after doing the work; the caller checks the output.
    return { stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) }
  }
}

/** Console messages and load failures that Chromium logged for the page. */
export function pageProblems(stderr) {
  return stderr
    .split('\n')
    .filter(
      (line) =>
        /:CONSOLE\(\d+\)\]/.test(line) ||
        /Refused to|Uncaught|net::ERR_|Failed to load|Content Security Policy/i.test(line)
    )
    .map((line) => line.trim())
}

/** The release names in table order, from a dumped DOM. */
function releaseOrder(dom) {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(dom)?.[1] ?? ''
  return [...body.matchAll(/<tr><td data-sort="([^"]*)"/g)].map((m) => m[1])
}

export async function checkDashboard(htmlPath, screenshotPath) {
  const binary = findChromium()
  if (!binary) return { skipped: 'no Chromium found (set CHROMIUM or install chromium)' }
  const page = resolve(htmlPath)
  const html = readFileSync(page, 'utf8')
  const work = mkdtempSync(join(tmpdir(), 'mo-dashboard-check-'))
  const failures = []
  try {
    // Four independent Chromium runs, started at once: each spends much of its time starting up.
    // 2. Sorting: a copy with a probe script (and no CSP, which would rightly block the probe)
    // presses the Release heading and writes the resulting order into the page.
    const probe = `<script>
      document.querySelectorAll('thead th button')[0].click();
      var order = Array.prototype.map.call(document.querySelectorAll('tbody tr'), function (r) {
        return r.cells[0].getAttribute('data-sort'); });
      document.body.setAttribute('data-order', JSON.stringify(order));
      document.body.setAttribute('data-aria', document.querySelectorAll('thead th')[0].getAttribute('aria-sort'));
    </script></body>`
    const copy = join(work, 'probe.html')
    writeFileSync(
      copy,
      html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', probe)
    )
    // 3. A screenshot to look at, and the page printed to PDF.
    const shot = resolve(screenshotPath ?? join(work, 'dashboard.png'))
    const pdf = join(work, 'dashboard.pdf')
    const [shipped, sorted] = await Promise.all([
      // 1. The page as shipped: its own script under its own CSP, no console message, no load.
      chromium(binary, join(work, 'p1'), ['--dump-dom', pathToFileURL(page).href]),
      chromium(binary, join(work, 'p2'), ['--dump-dom', pathToFileURL(copy).href]),
      chromium(binary, join(work, 'p3'), [
        `--screenshot=${shot}`,
        '--window-size=1400,900',
        '--hide-scrollbars',
        pathToFileURL(page).href
      ]),
      chromium(binary, join(work, 'p4'), [
        `--print-to-pdf=${pdf}`,
        '--no-pdf-header-footer',
        pathToFileURL(page).href
      ])
    ])

    const problems = pageProblems(shipped.stderr)
    if (problems.length > 0) failures.push(`console or load problems:\n  ${problems.join('\n  ')}`)
    if (!/<table id="releases">/.test(shipped.stdout)) failures.push('the dumped DOM has no table')
    const rows = releaseOrder(shipped.stdout)
    if (rows.length === 0) failures.push('the table has no release rows')

    const order = /data-order="([^"]*)"/.exec(sorted.stdout)?.[1]
    const aria = /data-aria="([^"]*)"/.exec(sorted.stdout)?.[1]
    const decoded = order ? JSON.parse(order.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) : []
    const expected = [...rows].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    if (JSON.stringify(decoded) !== JSON.stringify(expected))
      failures.push(
        `sorting by release gave ${JSON.stringify(decoded)}, expected ${JSON.stringify(expected)}`
      )
    if (aria !== 'descending')
      failures.push(`aria-sort after one press is ${aria}, expected descending`)

    if (!existsSync(shot) || statSync(shot).size < 1000) failures.push('no screenshot was written')
    const pdfOk = existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString() === '%PDF-'
    if (!pdfOk) failures.push('printing to PDF failed')
    return {
      failures,
      rows: rows.length,
      screenshot: screenshotPath ? shot : null,
      pdfBytes: pdfOk ? statSync(pdf).size : 0
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [htmlPath, screenshotPath] = process.argv.slice(2)
  if (!htmlPath) {
    process.stderr.write(
      'usage: node scripts/check-dashboard-html.mjs DASHBOARD.html [SCREENSHOT.png]\n'
    )
    process.exit(2)
  }
  const result = await checkDashboard(htmlPath, screenshotPath)
  if (result.skipped) {
    process.stdout.write(`skipped: ${result.skipped}\n`)
    process.exit(0)
  }
  if (result.failures.length > 0) {
    for (const failure of result.failures) process.stderr.write(`FAIL ${failure}\n`)
    process.exit(1)
  }
  process.stdout.write(
    `ok: ${result.rows} rows, no console message or load, sorting works, PDF ${result.pdfBytes} bytes` +
      (result.screenshot ? `, screenshot ${result.screenshot}` : '') +
      '\n'
  )
}
