import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import ts from 'typescript'

// Known-harmless noise from bundled dependencies (toolkit's downlevelled `this`, zod's cycles).
const QUIET = new Set(['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY'])

// Tests build into a folder of their own; the committed bundle is dist/.
const OUT_DIR = process.env.MODEL_OPENNESS_DIST_DIR || 'dist'
// Those test builds skip type checking (`npm run typecheck` does it; the emitted code is the same).
const TEST_BUILD = Boolean(process.env.MODEL_OPENNESS_DIST_DIR)

/**
 * Test builds transpile each TypeScript file alone (ts.transpileModule with the build tsconfig's
 * options) instead of building the whole program as @rollup/plugin-typescript does, even with
 * noCheck, for most of a build's time. The project compiles with isolatedModules, which makes the
 * two emit the same JavaScript; the release build keeps the plugin.
 */
function transpileTypeScript() {
  const config = ts.readConfigFile('tsconfig.build.json', ts.sys.readFile).config
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd())
  const compilerOptions = {
    ...options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    sourceMap: false,
    inlineSourceMap: false,
    noEmit: false
  }
  return {
    name: 'transpile-typescript',
    // Sources import each other by their emitted names (`./x.js` for x.ts), as NodeNext wants.
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !/^\.\.?\//.test(source) || !source.endsWith('.js'))
        return null
      const file = resolve(dirname(importer), source.replace(/\.js$/, '.ts'))
      return existsSync(file) ? file : null
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null
      return {
        code: ts.transpileModule(code, { compilerOptions, fileName: id }).outputText,
        map: null
      }
    }
  }
}

/** The package.json that owns a bundled file: the nearest one with a name, below node_modules. */
function owningPackage(file) {
  let dir = dirname(file)
  while (dir.includes('node_modules')) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
      if (pkg.name && pkg.version) return { dir, pkg }
    }
    dir = dirname(dir)
  }
  return null
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null
}

/**
 * Writes licenses.txt: name, version, licence and licence text of every third-party package whose
 * code ends up in the bundle. MIT and similar licences require the notice to travel with the code.
 */
function thirdPartyNotices() {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      const packages = new Map()
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const id of Object.keys(chunk.modules)) {
          const file = id.replace(/^\0/, '').split('?')[0]
          if (!file.includes('node_modules')) continue
          const owner = owningPackage(resolve(file))
          if (owner) packages.set(`${owner.pkg.name}@${owner.pkg.version}`, owner)
        }
      }
      const sections = [...packages.keys()].sort().map((key) => {
        const { dir, pkg } = packages.get(key)
        const licence = typeof pkg.license === 'string' ? pkg.license : 'see text'
        const text = licenceText(dir) ?? `(no licence file in ${relative(process.cwd(), dir)})`
        return `${key} (${licence})\n${'-'.repeat(key.length)}\n\n${text}\n`
      })
      this.emitFile({
        type: 'asset',
        fileName: 'licenses.txt',
        source: `Third-party software bundled in model-openness's dist/ files\n\n${sections.join('\n\n')}`
      })
    }
  }
}

/**
 * The licence matcher reads its index (src/license/license-index.bin, written by
 * scripts/gen-license-index.mjs) from beside its own module: copy it beside every chunk that holds
 * that module.
 */
function licenseIndexFile() {
  const source = 'src/license/license-index.bin'
  return {
    name: 'license-index-file',
    generateBundle(_options, bundle) {
      const folders = new Set()
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        if (chunk.moduleIds.some((id) => id.endsWith('/src/license/license-index.ts')))
          folders.add(dirname(chunk.fileName))
      }
      for (const folder of folders)
        this.emitFile({
          type: 'asset',
          fileName: join(folder, 'license-index.bin'),
          source: readFileSync(source)
        })
    }
  }
}

/**
 * `model-openness license` loads two chunk files: its own, with every module it imports
 * statically, and one small chunk it shares with the CLI entry and the `mof` command (cli-errors,
 * mot-licenses, version). Left to itself, rollup splits these modules by which other entries use
 * them (scan's core uses most), and each chunk file costs the ESM loader a read, a resolve and a
 * link (several thread-pool round trips) on every start.
 */
function licenseCommandChunk() {
  const reachable = (getModuleInfo, entry) => {
    const seen = new Set()
    const pending = entry ? [entry] : []
    while (pending.length > 0) {
      const id = pending.pop()
      if (seen.has(id)) continue
      seen.add(id)
      pending.push(...(getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  let license
  let shared
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!license) {
      const find = (suffix) => [...getModuleIds()].find((m) => m.endsWith(suffix))
      const [command, entry, mof] = ['/src/cli-license.ts', '/src/cli.ts', '/src/cli-mof.ts'].map(
        find
      )
      license = reachable(getModuleInfo, command)
      shared = new Set([...reachable(getModuleInfo, entry), ...reachable(getModuleInfo, mof)])
    }
    // A manual chunk takes in the modules it imports unless they are assigned elsewhere.
    if (id.endsWith('/src/version.ts') || (license.has(id) && shared.has(id))) return 'cli-common'
    return license.has(id) ? 'cli-license' : undefined
  }
}

/**
 * Writes every non-ASCII character of the bundle as a \u escape. Node decodes a module's source
 * to a string before V8 compiles it: one non-ASCII character anywhere (a dash in a comment) makes
 * that string two bytes per character, which costs the action and every command tens of
 * milliseconds of decoding and scanning at each start. In strings, templates, regular expressions
 * and identifiers the escape means the same character; a character that was itself escaped
 * (`\é`, which is `é`) loses that backslash.
 */
function asciiOutput() {
  return {
    name: 'ascii-output',
    renderChunk(code) {
      // eslint-disable-next-line no-control-regex
      return code.replace(/(\\*)([^\x00-\x7f])/g, (_match, slashes, char) => {
        const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes
        return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
      })
    }
  }
}

export default {
  // index: the action (runs on import); cli: the command; lib: the package's import API (no side effects).
  input: { index: 'src/index.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  output: {
    dir: OUT_DIR,
    format: 'es',
    sourcemap: false,
    // The chunk with the analysis core keeps a stable name; smaller shared chunks are named by module.
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => id.endsWith('/src/analyze.ts'))
        ? 'chunks/core.js'
        : 'chunks/[name].js',
    entryFileNames: '[name].js',
    manualChunks: licenseCommandChunk()
  },
  onwarn(warning, warn) {
    if (QUIET.has(warning.code)) return
    warn(warning)
  },
  plugins: [
    TEST_BUILD
      ? transpileTypeScript()
      : typescript({
          tsconfig: 'tsconfig.build.json',
          sourceMap: false,
          module: 'NodeNext',
          outDir: OUT_DIR
        }),
    json({ preferConst: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    thirdPartyNotices(),
    licenseIndexFile(),
    asciiOutput()
  ]
}
