#!/usr/bin/env node
// Measures the scanner on real model repositories against labels written by reading each one
// (eval/real-labels.json). Not part of CI: the repositories are not in this project.
//
//   npm run eval:real                  # prints the comparison
//   npm run eval:real -- --write       # also writes eval/RESULTS.md
//
// Each repository is looked for in $DEVSET_DIR/<name> (default ../devset). When it is absent but a
// snapshot fetched as a bare git directory sits in ../.mirror/<owner>+<name>/repo, the tree is
// extracted there first (files the snapshot lacks are left out and listed).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const devset = resolve(process.env.DEVSET_DIR ?? join(root, '..', 'devset'))
const mirrors = resolve(process.env.MIRROR_DIR ?? join(root, '..', '.mirror'))
const write = process.argv.includes('--write')
const labels = JSON.parse(readFileSync(join(root, 'eval', 'real-labels.json'), 'utf8'))
const cli = join(root, 'dist', 'cli.js')

function extract(gitDir, dest) {
  const listing = execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', 'HEAD'],
    {
      maxBuffer: 256 * 1024 * 1024
    }
  )
  const entries = listing.toString('utf8').split('\0').filter(Boolean)
  const missing = []
  for (const entry of entries) {
    const [meta, path] = entry.split('\t')
    const [mode, type, sha] = meta.split(' ')
    const full = join(dest, path)
    if (type === 'commit') {
      mkdirSync(full, { recursive: true })
      continue
    }
    const blob = spawnSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', sha], {
      maxBuffer: 512 * 1024 * 1024
    })
    if (blob.status !== 0) {
      missing.push(path)
      continue
    }
    mkdirSync(dirname(full), { recursive: true })
    if (mode === '120000') symlinkSync(blob.stdout.toString('utf8'), full)
    else writeFileSync(full, blob.stdout)
  }
  return missing
}

/** Which build was measured: the commit of dist/, and whether src/ or dist/ had changes on top. */
function measuredBuild() {
  try {
    const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim()
    const commit = git('rev-parse', '--short', 'HEAD')
    const changed = git('status', '--porcelain', '--', 'src', 'dist') !== ''
    return `Measured with \`dist/\` at commit ${commit}${changed ? ', with uncommitted changes to src/ or dist/' : ''}.`
  } catch {
    return null
  }
}

function locate(name, source) {
  const dir = join(devset, name)
  if (existsSync(dir)) return dir
  const gitDir = join(mirrors, source.replace('/', '+'), 'repo')
  if (!existsSync(gitDir)) return null
  mkdirSync(dir, { recursive: true })
  const missing = extract(gitDir, dir)
  if (missing.length > 0) console.error(`${name}: ${missing.length} file(s) not in the snapshot`)
  return dir
}

function scan(dir, source, extra = []) {
  const run = spawnSync(
    process.execPath,
    [cli, 'scan', dir, '--repository', source, '--offline', '--format', 'json', ...extra],
    {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8'
    }
  )
  if (run.status !== 0) throw new Error(`scan of ${dir} failed: ${run.stderr.split('\n')[0]}`)
  return JSON.parse(run.stdout)
}

const perComponent = new Map()
const perRepo = []
const misses = []
const falseFlags = []
const missedClaims = []
const releaseErrors = []
let total = 0
let right = 0
const skipped = []
/** Repositories with text files left unread by the per-kind limit, scanned again with 5× it. */
const readLimits = []
const LIMIT_CHECK = 5000

/** The report without what differs between any two runs or counts the scan's own reading. */
function comparable(report) {
  const rest = { ...report, generatedAt: undefined, inventory: undefined }
  return JSON.stringify(rest, (key, value) => (key === 'fetchedAt' ? undefined : value))
}

for (const [name, label] of Object.entries(labels.repositories)) {
  const dir = locate(name, label.source)
  if (!dir) {
    skipped.push(`${name} (${label.source}): not fetched`)
    continue
  }
  const report = scan(dir, label.source)
  if (report.inventory.textFilesNotRead > 0) {
    const wider = scan(dir, label.source, ['--max-text-files', String(LIMIT_CHECK)])
    readLimits.push({
      name,
      notRead: report.inventory.textFilesNotRead,
      widerNotRead: wider.inventory.textFilesNotRead,
      same: comparable(report) === comparable(wider)
    })
  }
  let repoRight = 0
  for (const component of report.components) {
    const expected = label.components[component.name]
    if (!expected) continue
    const ok = expected.status === component.status
    const stat = perComponent.get(component.name) ?? { right: 0, total: 0 }
    stat.total++
    total++
    if (ok) {
      stat.right++
      right++
      repoRight++
    } else {
      misses.push({
        repo: name,
        component: component.name,
        expected: expected.status,
        got: component.status,
        licence: component.license?.spdx ?? component.license?.name ?? null,
        source: component.license?.path
          ? `${component.license.path}${component.license.line ? `:${component.license.line}` : ''}`
          : null,
        why: expected.why
      })
    }
    perComponent.set(component.name, stat)
  }
  const expectedRelease = label.release === 'none' ? 'none' : 'model'
  if (report.subject?.release !== expectedRelease)
    releaseErrors.push(
      `${name}: expected release ${expectedRelease}, got ${report.subject?.release}`
    )
  // Open-washing: every flag must match a claim the labels call false; say which were missed.
  const claims = label.claims ?? []
  for (const flag of report.openWashing) {
    const near = claims.find(
      (c) => c.path === flag.path && Math.abs((c.line ?? 0) - (flag.line ?? 0)) <= 2
    )
    if (!near || !near.falseClaim)
      falseFlags.push(
        `${name}: ${flag.path}:${flag.line} "${String(flag.excerpt ?? flag.quote ?? '').slice(0, 80)}"${near ? ` (labelled: ${near.why})` : ' (not labelled a false claim)'}`
      )
  }
  for (const claim of claims.filter((c) => c.falseClaim)) {
    const found = report.openWashing.some(
      (f) => f.path === claim.path && Math.abs((f.line ?? 0) - (claim.line ?? 0)) <= 2
    )
    if (!found)
      missedClaims.push(`${name}: ${claim.path}:${claim.line} "${claim.quote.slice(0, 80)}"`)
  }
  perRepo.push({
    name,
    right: repoRight,
    total: report.components.length,
    score: report.score,
    mof: report.mof.label,
    osaid: report.osaid.conformant,
    release: report.subject?.release
  })
}

const pct = (a, b) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)}%`)
const lines = []
lines.push('# Real-repository evaluation')
lines.push('')
lines.push(
  `Labels: \`eval/real-labels.json\` (one line of why per component). Scanned with \`node dist/cli.js scan DIR --repository OWNER/NAME --offline\`: no network call, so components kept on the Hub, arXiv or GitHub count only by what the repositories themselves state.`
)
const build = measuredBuild()
if (build) lines.push('', build)
lines.push('')
lines.push(`**Per-component status accuracy: ${right}/${total} (${pct(right, total)})**`)
lines.push('')
lines.push('| Repository | Right | Score | MOF | OSAID | Release |')
lines.push('| --- | --- | --- | --- | --- | --- |')
for (const r of perRepo)
  lines.push(
    `| ${r.name} | ${r.right}/${r.total} | ${r.score} | ${r.mof} | ${r.osaid ? 'yes' : 'no'} | ${r.release} |`
  )
lines.push('')
lines.push('| Component | Accuracy |')
lines.push('| --- | --- |')
for (const [component, stat] of perComponent)
  lines.push(`| ${component} | ${stat.right}/${stat.total} (${pct(stat.right, stat.total)}) |`)
lines.push('')
lines.push(`## Release detection`)
lines.push('')
lines.push(
  releaseErrors.length === 0
    ? 'Every repository: right (model release or code library).'
    : releaseErrors.map((e) => `- ${e}`).join('\n')
)
lines.push('')
lines.push('## Read limits')
lines.push('')
lines.push(
  readLimits.length === 0
    ? 'Every text file of every repository was read.'
    : `Repositories with text files left unread by the per-kind limit, scanned again with \`--max-text-files ${LIMIT_CHECK}\` (the report compared without \`generatedAt\` and \`inventory\`):`
)
for (const r of readLimits)
  lines.push(
    `- ${r.name}: ${r.notRead} not read, ${r.widerNotRead} with the wider limit; report ${r.same ? 'the same' : '**differs**'}`
  )
lines.push('')
lines.push(`## Open-washing flags the labels call false (${falseFlags.length})`)
lines.push('')
lines.push(falseFlags.length === 0 ? 'None.' : falseFlags.map((f) => `- ${f}`).join('\n'))
lines.push('')
lines.push(`## False claims not flagged (${missedClaims.length})`)
lines.push('')
lines.push(missedClaims.length === 0 ? 'None.' : missedClaims.map((f) => `- ${f}`).join('\n'))
lines.push('')
lines.push(`## Misses (${misses.length})`)
lines.push('')
lines.push('| Repository | Component | Label | Scanner | Licence seen | Label’s reason |')
lines.push('| --- | --- | --- | --- | --- | --- |')
for (const m of misses)
  lines.push(
    `| ${m.repo} | ${m.component} | ${m.expected} | ${m.got} | ${m.licence ?? '—'}${m.source ? ` (${m.source})` : ''} | ${m.why.replace(/\|/g, '\\|')} |`
  )
if (skipped.length > 0) {
  lines.push('')
  lines.push('Not scanned: ' + skipped.join('; '))
}
// The hand-written reading of the misses, kept beside the labels, closes the results.
const analysis = join(root, 'eval', 'ANALYSIS.md')
if (existsSync(analysis)) lines.push('', readFileSync(analysis, 'utf8').trimEnd())
const text = lines.join('\n') + '\n'
process.stdout.write(text)
if (write) {
  writeFileSync(join(root, 'eval', 'RESULTS.md'), text)
  console.error('wrote eval/RESULTS.md')
}
