/**
 * The npm package as a user gets it: `npm pack` a copy of the project, install the tarball into an
 * empty project with `--omit=dev`, then run the command and import the library. The copy holds the
 * committed dist/, which is what `npm publish` ships; CI checks that it equals a fresh build before
 * the tests run, so building it once more here would only repeat that step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { VERSION } from '../src/version.js'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')
const PACK_TIMEOUT_MS = 120_000

/** What the package may hold: the bundle, its notices and types, docs and the action manifest. */
const ALLOWED =
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|action\.yml|docs\/[^/]+\.md|dist\/.+)$/

let scratch: string
let pkgDir: string
let tarball: string
/** What `npm pack` put in the tarball. */
let packedFiles: string[]
let consumer: string

/** npm without network: everything it needs is in the tarball. */
const npmEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_cache: join(scratch, 'npm-cache')
})

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mo-package-'))
  pkgDir = join(scratch, 'package')
  // The project as checked out; npm pack applies the manifest's `files`.
  for (const entry of await readdir(ROOT)) {
    if (['node_modules', '.git'].includes(entry)) continue
    await cp(join(ROOT, entry), join(pkgDir, entry), { recursive: true })
  }
  const packed = await run('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: pkgDir,
    env: npmEnv()
  })
  const [pack] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
  tarball = join(scratch, pack.filename)
  packedFiles = pack.files.map((f) => f.path)
  consumer = join(scratch, 'consumer')
  await mkdir(consumer)
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' })
  )
  await run('npm', ['install', '--omit=dev', tarball], { cwd: consumer, env: npmEnv() })
}, PACK_TIMEOUT_MS)

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('npm package', () => {
  it('packs only the intended files', () => {
    const files = packedFiles
    expect(files.filter((f) => !ALLOWED.test(f))).toEqual([])
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'action.yml',
        'dist/cli.js',
        'dist/index.js',
        'dist/lib.js',
        'dist/licenses.txt',
        'dist/types/lib.d.ts'
      ])
    )
  })

  it('installs no runtime packages', async () => {
    expect(
      (await readdir(join(consumer, 'node_modules'))).filter((d) => !d.startsWith('.'))
    ).toEqual(['model-openness'])
    const manifest = JSON.parse(
      await readFile(join(consumer, 'node_modules', 'model-openness', 'package.json'), 'utf8')
    )
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it('runs the command through npx', async () => {
    const { stdout } = await run('npx', ['--no-install', 'model-openness', '--version'], {
      cwd: consumer,
      env: npmEnv()
    })
    expect(stdout).toBe(`${VERSION}\n`)
    const scan = await run(
      'npx',
      [
        '--no-install',
        'model-openness',
        'scan',
        '--offline',
        join(ROOT, 'examples', 'open-science-model')
      ],
      { cwd: consumer, env: npmEnv(), maxBuffer: 16 * 1024 * 1024 }
    )
    expect(JSON.parse(scan.stdout).score).toBe(100)
  })

  it('stops quietly when the reader closes the pipe, and prints everything to one that waits', async () => {
    const cli = join(consumer, 'node_modules', 'model-openness', 'dist', 'cli.js')
    const texts = join(ROOT, 'node_modules', 'spdx-license-list', 'licenses')
    const files = (await readdir(texts)).slice(0, 300).map((f) => join(texts, f))
    // About 100 KB of JSON: more than a pipe holds, so the writer waits for the reader.
    const listen = (closeEarly: boolean) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, [cli, 'license', '--format', 'json', ...files], {
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let stdout = ''
        let stderr = ''
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk
          if (closeEarly) child.stdout.destroy()
        })
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
        child.on('error', fail)
        child.on('close', (code) => done({ code, stdout, stderr }))
      })
    const whole = await listen(false)
    expect(whole).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(whole.stdout).files).toHaveLength(files.length)
    expect(whole.stdout.length).toBeGreaterThan(64 * 1024)
    const cut = await listen(true)
    expect(cut).toMatchObject({ code: 0, stderr: '' })
    expect(cut.stdout.length).toBeLessThan(whole.stdout.length)
  })

  it('imports the library without side effects and exposes analyzeRepository', async () => {
    const outputFile = join(scratch, 'github-output.txt')
    await writeFile(outputFile, '')
    const env = { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true' }
    const quiet = await run(process.execPath, ['-e', "import('model-openness')"], {
      cwd: consumer,
      env
    })
    expect(quiet).toEqual({ stdout: '', stderr: '' })
    expect(await readFile(outputFile, 'utf8')).toBe('')
    const script = [
      "const { analyzeRepository, renderHeadline, VERSION } = await import('model-openness')",
      `const { report } = await analyzeRepository(${JSON.stringify(join(ROOT, 'examples', 'open-science-model'))}, { repository: 'x' })`,
      'console.log(VERSION, renderHeadline(report, 1))'
    ].join('\n')
    const used = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
      env
    })
    expect(used.stdout).toBe(
      `${VERSION} # Model openness: 100/100 · MOF Class I · Open Source AI (OSAID 1.0)\n`
    )
  })

  it('ships its JavaScript as ASCII, so Node decodes each module as one-byte text', async () => {
    const installed = join(consumer, 'node_modules', 'model-openness')
    const scripts = packedFiles.filter((f) => f.endsWith('.js'))
    expect(scripts).toEqual(expect.arrayContaining(['dist/index.js', 'dist/chunks/cli-license.js']))
    for (const file of scripts) {
      const bytes = await readFile(join(installed, file))
      expect({ file, nonAscii: bytes.findIndex((b) => b > 0x7f) }).toEqual({ file, nonAscii: -1 })
    }
  })

  it('ships the licence texts of bundled third-party code', async () => {
    const notices = await readFile(
      join(consumer, 'node_modules', 'model-openness', 'dist', 'licenses.txt'),
      'utf8'
    )
    for (const name of ['zod@', 'yaml@', 'marked@', '@actions/core@'])
      expect(notices).toContain(`\n${name}`)
    expect(notices).toMatch(/Permission is hereby granted, free of charge/)
  })

  it('identifies a licence with the license command, loading only the licence code', async () => {
    const installed = join(consumer, 'node_modules', 'model-openness')
    const { stdout } = await run(
      'npx',
      ['--no-install', 'model-openness', 'license', join(installed, 'LICENSE'), '--format', 'json'],
      { cwd: consumer, env: npmEnv() }
    )
    expect(JSON.parse(stdout).files[0]).toMatchObject({ spdx: 'Apache-2.0', matcher: 'text' })
    // What `license` loads: the entry's static imports, then the command's chunk and its imports.
    const loaded = new Set<string>()
    const visit = async (file: string): Promise<void> => {
      if (loaded.has(file)) return
      loaded.add(file)
      const code = await readFile(join(installed, 'dist', file), 'utf8')
      for (const m of code.matchAll(/^(?:import|export)\s[^;]*?['"](\.\.?\/[^'"]+)['"]/gm))
        await visit(join(dirname(file), m[1]))
    }
    await visit('cli.js')
    const entry = new Set(loaded)
    await visit('chunks/cli-license.js')
    expect([...entry].sort()).toEqual(['chunks/cli-common.js', 'cli.js'])
    expect([...loaded].filter((f) => /index\.js$|core\.js$|cli-scan|mot-record/.test(f))).toEqual(
      []
    )
    for (const file of loaded) {
      const code = await readFile(join(installed, 'dist', file), 'utf8')
      expect(code).not.toMatch(/@actions\/|octokit/i)
    }
    // The heap settings (node:v8, which loads Node's streams) are for scans only.
    const probe = join(scratch, 'builtins-probe.mjs')
    await writeFile(
      probe,
      "process.on('exit', () => process.stderr.write(`v8 loaded: ${process.moduleLoadList.includes('NativeModule v8')}\\n`))\n"
    )
    const cli = join(installed, 'dist', 'cli.js')
    const license = await run(process.execPath, ['--import', probe, cli, 'license', 'LICENSE'], {
      cwd: installed
    })
    expect(license.stderr).toBe('v8 loaded: false\n')
    const scan = await run(
      process.execPath,
      ['--import', probe, cli, 'scan', '--offline', join(ROOT, 'examples', 'open-science-model')],
      { cwd: consumer, maxBuffer: 16 * 1024 * 1024 }
    )
    expect(scan.stderr).toBe('v8 loaded: true\n')
  })
})
