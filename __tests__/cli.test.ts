import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../src/cli-run.js'
import { repositoryFromFolder } from '../src/cli-scan.js'
import { validateAgainstMotSchema } from '../src/frameworks/mot-record.js'
import { VERSION } from '../src/version.js'

const ROOT = join(import.meta.dirname, '..')
const EXAMPLE = join(ROOT, 'examples', 'open-science-model')

async function cli(
  args: string[],
  cwd = ROOT
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd })
  return { code, out, err }
}

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mo-cli-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('model-openness scan', () => {
  it('reports the stated licence of hosted weights with its path:line, in JSON and in Markdown', async () => {
    const dir = join(ROOT, 'examples', 'hosted-release')
    const line =
      readFileSync(join(dir, 'README.md'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('The code and the model weights')) + 1
    const json = await cli(['scan', dir, '--repository', 'acme-lab/kestrel', '--offline'])
    expect(json.code).toBe(0)
    const weights = JSON.parse(json.out).components.find(
      (c: { name: string }) => c.name === 'Model parameters (Final)'
    )
    expect(weights.license).toMatchObject({ spdx: 'Apache-2.0', path: 'README.md', line })
    expect(weights.evidence).toContainEqual(
      expect.objectContaining({ kind: 'statement', path: 'README.md', line })
    )
    const markdown = await cli(['scan', dir, '--format', 'markdown', '--offline'])
    const row = markdown.out.split('\n').find((l) => l.startsWith('| Model parameters (Final) |'))
    expect(row).toMatch(/Apache License 2\.0.*\(stated\)/)
    expect(markdown.out).toContain(`<code>README.md:${line}</code> licence statement`)
  })

  it('scans a folder whose name is no repository name under a cleaned name, without --repository', async () => {
    const dir = join(tmp, 'wren+v2 (copy)')
    mkdirSync(dir)
    writeFileSync(join(dir, 'README.md'), '# Wren\n\nA small language model.\n')
    const result = await cli(['scan', dir, '--offline'])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.out).repository).toBe('wren-v2-copy')
    expect(repositoryFromFolder('/srv/модель')).toBe('repository')
    expect(repositoryFromFolder('/srv/.wren_1.5')).toBe('wren_1.5')
    expect(repositoryFromFolder('/')).toBe('repository')
    expect(repositoryFromFolder(`/srv/${'w'.repeat(99)}++x`)).toBe('w'.repeat(99))
  })

  it('reads the text of at most --max-text-files files per kind, shallowest first', async () => {
    const dir = join(tmp, 'capped')
    mkdirSync(join(dir, 'src', 'deep'), { recursive: true })
    writeFileSync(join(dir, 'README.md'), '# Capped\n\nA small language model.\n')
    writeFileSync(join(dir, 'util.py'), 'def add(a, b):\n    return a + b\n')
    writeFileSync(
      join(dir, 'src', 'deep', 'steps.py'),
      'def step(model, batch, optimizer):\n    loss = model(batch)\n    loss.backward()\n    optimizer.step()\n'
    )
    const training = (out: string) =>
      JSON.parse(out).components.find((c: { name: string }) => c.name === 'Training code')
    const full = await cli(['scan', dir, '--offline'])
    expect(full.code).toBe(0)
    expect(JSON.parse(full.out).inventory.textFilesNotRead).toBe(0)
    expect(training(full.out).status).not.toBe('missing')
    const capped = await cli(['scan', dir, '--offline', '--max-text-files', '1'])
    expect(capped.code).toBe(0)
    expect(JSON.parse(capped.out).inventory.textFilesNotRead).toBe(1)
    expect(training(capped.out).status).toBe('missing')
    for (const bad of ['0', '1.5', 'many', '2000000']) {
      const result = await cli(['scan', dir, '--offline', '--max-text-files', bad])
      expect(result.code).toBe(2)
      expect(result.err).toBe(
        `model-openness: --max-text-files must be a whole number from 1 to 1000000, got '${bad}'\n`
      )
    }
  })

  it('refuses a --repository that is not OWNER/NAME', async () => {
    const result = await cli(['scan', EXAMPLE, '--repository', 'a/b/c'])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/--repository must look like OWNER\/NAME/)
  })
  it('writes a versioned JSON report by default and scans . when no DIR is given', async () => {
    const { code, out, err } = await cli(['scan', '--offline'], EXAMPLE)
    expect(code).toBe(0)
    expect(err).toBe('')
    const report = JSON.parse(out)
    expect(report.schemaVersion).toBe(2)
    expect(report.tool).toEqual({ name: 'model-openness', version: VERSION })
    expect(report.components).toHaveLength(17)
    expect(report.components[0]).toEqual(
      expect.objectContaining({
        name: 'Model architecture',
        status: 'open',
        license: expect.objectContaining({
          spdx: 'Apache-2.0',
          name: expect.any(String),
          path: 'LICENSE'
        }),
        evidence: expect.any(Array)
      })
    )
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'score',
        'mof',
        'osaid',
        'osaiIndex',
        'missingDisclosures',
        'openWashing',
        'declared',
        'inventory'
      ])
    )
  })

  it('writes Markdown', async () => {
    const { code, out } = await cli(['scan', EXAMPLE, '--format', 'markdown', '--offline'])
    expect(code).toBe(0)
    expect(out).toMatch(
      /^## Model openness: 100\/100 · MOF Class I · Open Source AI \(OSAID 1\.0\)/
    )
  })

  it('writes a Model Openness Tool record that satisfies the tool schema and classifies the same', async () => {
    const { code, out } = await cli(['scan', EXAMPLE, '--format', 'mot', '--offline'])
    expect(code).toBe(0)
    const record = parse(out)
    expect(validateAgainstMotSchema(record)).toEqual([])
    expect(record.release.components).toHaveLength(17)
    const file = join(tmp, 'record.yml')
    writeFileSync(file, out)
    const mof = await cli(['mof', file])
    expect(JSON.parse(mof.out)).toEqual({
      class: 1,
      label: 'Class I - Open Science Model',
      progress: { '1': 100, '2': 100, '3': 100 }
    })
  })

  it.each([
    ['sarif', (v: { version: string }) => v.version === '2.1.0'],
    ['cyclonedx', (v: { specVersion: string }) => v.specVersion === '1.6'],
    [
      'badge',
      (v: { schemaVersion: number; message: string }) => v.message === '100/100 · MOF Class I'
    ]
  ] as const)('writes --format %s as JSON', async (format, check) => {
    const { code, out } = await cli(['scan', EXAMPLE, '--offline', '--format', format])
    expect(code).toBe(0)
    expect((check as (v: unknown) => boolean)(JSON.parse(out))).toBe(true)
  })

  it('writes --output through a temporary file and leaves nothing else behind', async () => {
    const target = join(tmp, 'out', 'report.json')
    const dir = join(tmp, 'out')
    rmSync(dir, { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir)
    const { code, out } = await cli(['scan', EXAMPLE, '--output', target, '--offline'])
    expect(code).toBe(0)
    expect(out).toBe('')
    expect(JSON.parse(readFileSync(target, 'utf8')).score).toBe(100)
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it.each([
    [
      ['scan', '/definitely/not/here'],
      /^model-openness: \/definitely\/not\/here: no such folder\n$/
    ],
    [['scan', join(EXAMPLE, 'README.md')], /README\.md: not a folder\n$/],
    [
      ['scan', '--format', 'xml'],
      /--format must be one of json, markdown, mot, sarif, cyclonedx, badge, got 'xml'\n$/
    ],
    [['scan', '--max-seconds', 'soon'], /--max-seconds must be a number/],
    [['scan', 'a', 'b'], /scan takes one directory, got 2/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /missing command/],
    [
      ['scan', '--colour'],
      /^model-openness: unknown option '--colour'; run 'model-openness --help' for usage\n$/
    ],
    [['scan', EXAMPLE, '--max-seconds', '0'], /--max-seconds must be a number greater than 0/],
    [['scan', EXAMPLE, '--max-seconds=-5'], /--max-seconds must be a number greater than 0/],
    [['scan', EXAMPLE, '--max-seconds', '-5'], /--max-seconds needs a value/],
    [['scan', EXAMPLE, '--fail-under', '101'], /--fail-under must be a number from 0 to 100/],
    [['scan', EXAMPLE, '--require-mof-class', '4'], /--require-mof-class must be 1, 2, 3/],
    [['scan', EXAMPLE, '--require-osaid=yes'], /--require-osaid does not take a value/],
    [
      ['scan', EXAMPLE, '--output', '/definitely/not/here/report.json'],
      /^model-openness: --output \/definitely\/not\/here\/report\.json: the folder \/definitely\/not\/here does not exist\n$/
    ],
    [['mof'], /mof takes exactly one record file/],
    [['mof', '/no/such/record.yml'], /cannot read \/no\/such\/record.yml: ENOENT/],
    [['mof', '/dev/zero'], /\/dev\/zero is not a regular file/]
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const { code, out, err } = await cli(args)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toMatch(message)
    expect(err).not.toMatch(/\n\s+at /)
  })

  it('exits 2 naming the key of an invalid policy file', async () => {
    const policy = join(tmp, 'policy.yml')
    writeFileSync(policy, 'fail-under: lots\n')
    const { code, err } = await cli(['scan', EXAMPLE, '--config', policy])
    expect(code).toBe(2)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/'fail-under': expected a number from 0 to 100/)
  })

  it('prints help and version', async () => {
    expect((await cli(['--help'])).out).toMatch(/^Usage:\n {2}model-openness scan \[DIR\]/)
    expect((await cli(['--version'])).out).toBe(`${VERSION}\n`)
  })
})

describe('the hook the process entry uses to set V8 flags', () => {
  it('hears the command before its code runs, and nothing for --version or bad usage', async () => {
    const heard: string[] = []
    let out = ''
    const io = {
      stdout: (t: string) => (out += t),
      stderr: () => undefined,
      cwd: ROOT,
      beforeCommand: (command: string) => {
        heard.push(`${command} (output so far: ${out.length})`)
      }
    }
    expect(await runCli(['license', 'LICENSE'], io)).toBe(0)
    expect(out).toMatch(/License: +Apache-2\.0/)
    expect(await runCli(['--version'], io)).toBe(0)
    expect(await runCli(['--no-such-option', 'scan'], io)).toBe(2)
    expect(heard).toEqual(['license (output so far: 0)'])
  })
})

describe('model-openness mof', () => {
  it('prints class, label and progress of a MOT record', async () => {
    const file = join(tmp, 'class3.yml')
    writeFileSync(
      file,
      [
        "framework: {name: 'Model Openness Framework', version: '1.0', date: '2024-12-15'}",
        'release:',
        '  name: Example',
        '  producer: Example Lab',
        '  license: {distribution: {name: Apache-2.0}}',
        '  components:',
        ...[
          'Model architecture',
          'Model parameters (Final)',
          'Technical report',
          'Evaluation results',
          'Model card',
          'Data card',
          'Training code'
        ].map((n) => `    - name: '${n}'`)
      ].join('\n')
    )
    const { code, out } = await cli(['mof', file])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({
      class: 3,
      label: 'Class III - Open Model',
      progress: { '1': 0, '2': 70, '3': 100 }
    })
  })

  it('refuses a record larger than the parser cap without reading it whole', async () => {
    const file = join(tmp, 'huge.yml')
    writeFileSync(file, '#'.repeat(300 * 1024))
    const { code, err } = await cli(['mof', file])
    expect(code).toBe(2)
    expect(err).toMatch(/huge\.yml is larger than 256 KiB\n$/)
  })

  it('exits 2 naming the problem in a malformed record', async () => {
    const file = join(tmp, 'bad.yml')
    writeFileSync(
      file,
      "framework: {name: 'Model Openness Framework', version: '1.0', date: '2024-12-15'}\nrelease:\n  name: X\n  producer: Y\n  license: {}\n  components:\n    - name: Model weights\n"
    )
    const { code, err } = await cli(['mof', file])
    expect(code).toBe(2)
    expect(err).toMatch(/release\.components\[0\]\.name: unknown MOF component "Model weights"/)
  })
})

describe('package metadata', () => {
  it('keeps the version constant equal to package.json', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION)
  })
})
