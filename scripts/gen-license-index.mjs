#!/usr/bin/env node
// Writes src/license/license-index.bin: the matcher's integer-coded index of the corpus licence
// texts (see src/license/license-index.ts and license-index-format.ts). Run by `npm run build`; a test fails when the
// file differs from the index built from the texts. Usage: node scripts/gen-license-index.mjs
// [--check]  (--check: exit 1 when the file is not current, write nothing).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'src/license/license-index.bin')
// Inside node_modules so the compiled modules resolve spdx-license-list like the sources do.
const work = join(root, 'node_modules/.cache/gen-license-index')

/** Compiles the builder and the modules it imports (relative imports only) to plain ESM. */
function compile(entry) {
  const pending = [entry]
  const done = new Set()
  while (pending.length > 0) {
    const file = pending.pop()
    if (done.has(file)) continue
    done.add(file)
    const source = readFileSync(file, 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file
    })
    const out = join(work, relative(join(root, 'src'), file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, outputText)
    for (const m of source.matchAll(/from\s+'(\.{1,2}\/[^']+)\.js'/g))
      pending.push(join(dirname(file), `${m[1]}.ts`))
  }
  return join(work, relative(join(root, 'src'), entry)).replace(/\.ts$/, '.js')
}

rmSync(work, { recursive: true, force: true })
const builder = compile(join(root, 'src/license/spdx-corpus.ts'))
const { buildLicenseIndexFile } = await import(pathToFileURL(builder).href)
const bytes = buildLicenseIndexFile()
rmSync(work, { recursive: true, force: true })

let current = null
try {
  current = readFileSync(target)
} catch {
  // First run: no file yet.
}
const same = current !== null && Buffer.compare(current, bytes) === 0
if (process.argv.includes('--check')) {
  if (!same) {
    console.error(
      `${relative(root, target)} is not current: run node scripts/gen-license-index.mjs`
    )
    process.exit(1)
  }
} else if (!same) {
  writeFileSync(target, bytes)
  console.log(`wrote ${relative(root, target)} (${(bytes.length / 1024).toFixed(0)} KiB)`)
}
