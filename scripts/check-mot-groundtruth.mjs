#!/usr/bin/env node
// Checks `model-openness mof` (the built CLI) against the Model Openness Tool's ground truth kept
// outside the repository: every model record against its computed class and progress, and the
// tool's 27 test records against their expected results. Usage:
//   node scripts/check-mot-groundtruth.mjs [path to shared/research/groundtruth]
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { parse } from 'yaml'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const gt = process.argv[2] ?? join(root, '..', 'shared', 'research', 'groundtruth')
const cli = join(root, 'dist', 'cli.js')
const computed = JSON.parse(readFileSync(`${gt}/mot_computed_classes.json`, 'utf8'))
const list = Array.isArray(computed) ? computed : (computed.records ?? Object.values(computed))
let agree = 0,
  total = 0
for (const rec of list) {
  const out = JSON.parse(
    execFileSync(process.execPath, [cli, 'mof', `${gt}/mot/${rec.file}`], { encoding: 'utf8' })
  )
  total++
  const r2 = (x) => Math.round(x * 100) / 100
  if (
    out.class === rec.class &&
    ['1', '2', '3'].every((k) => r2(out.progress[k]) === r2(rec.progress[k]))
  )
    agree++
  else
    console.log('disagree', rec.file, JSON.stringify(out), JSON.stringify(rec.progress), rec.class)
}
console.log(`models: ${agree}/${total} agree (class and all three progress values)`)
const expected = JSON.parse(
  readFileSync(`${gt}/mot/Test_Data/expected_results.json`, 'utf8').replace(/,(\s*[}\]])/g, '$1')
).models
// The test files are named by an older rule; match them to the expected results by release name.
const byName = Object.fromEntries(
  readdirSync(`${gt}/mot/Test_Data`)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [parse(readFileSync(`${gt}/mot/Test_Data/${f}`, 'utf8')).release.name, f])
)
let ok27 = 0
for (const m of expected) {
  const file = `${gt}/mot/Test_Data/${byName[m.release.name]}`
  const out = JSON.parse(execFileSync(process.execPath, [cli, 'mof', file], { encoding: 'utf8' }))
  const c = m.classification
  if (
    out.class === Number(c.class) &&
    out.label === c.label &&
    ['1', '2', '3'].every((k) => Math.abs(out.progress[k] - Number(c.progress[k])) < 1e-9)
  )
    ok27++
  else console.log('disagree', m.release.name, JSON.stringify(out), JSON.stringify(c))
}
console.log(
  `test records: ${ok27}/${expected.length} agree with expected_results.json (class, label, progress)`
)
