import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, skippedSummary } from '../src/cli-run.js'
import type { OpennessReport } from '../src/report/types.js'

const ROOT = join(import.meta.dirname, '..')
const OPEN_SCIENCE = join(ROOT, 'examples', 'open-science-model')
const COMMUNITY = join(ROOT, 'examples', 'open-weights-community')

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: ROOT
  })
  return { code, out, err }
}

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mo-cli-gates-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('gates on the command line', () => {
  it('--fail-under exits 1 naming the gate, after writing the report', async () => {
    const { code, out, err } = await cli(['scan', '--offline', COMMUNITY, '--fail-under', '90'])
    expect(code).toBe(1)
    expect(JSON.parse(out).score).toBe(13)
    expect(err).toBe('model-openness: gate failed: fail-under: score 13 is below 90\n')
  })

  it('passes when every gate is met', async () => {
    const { code, err } = await cli([
      'scan',
      '--offline',
      OPEN_SCIENCE,
      '--fail-under',
      '90',
      '--require-mof-class',
      '1',
      '--require-osaid'
    ])
    expect({ code, err }).toEqual({ code: 0, err: '' })
  })

  it('prints one line per failed gate', async () => {
    const { code, err } = await cli([
      'scan',
      '--offline',
      COMMUNITY,
      '--format',
      'badge',
      '--fail-under',
      '50',
      '--require-mof-class',
      'III',
      '--require-osaid'
    ])
    expect(code).toBe(1)
    expect(err.trim().split('\n')).toEqual([
      'model-openness: gate failed: fail-under: score 13 is below 50',
      'model-openness: gate failed: require-mof-class: MOF Unclassified does not reach the required Class III',
      'model-openness: gate failed: require-osaid: the release does not conform to OSAID 1.0'
    ])
  })

  it('applies the policy file found in the scanned folder, as the action does', async () => {
    const repo = join(tmp, 'with-policy')
    cpSync(COMMUNITY, repo, { recursive: true })
    mkdirSync(join(repo, '.github'), { recursive: true })
    writeFileSync(
      join(repo, '.github', 'model-openness.yml'),
      'fail-under: 90\nrequire-osaid: true\nrequire: [Training code]\n'
    )
    const { code, err } = await cli(['scan', '--offline', repo, '--format', 'markdown'])
    expect(code).toBe(1)
    expect(err.trim().split('\n')).toEqual([
      'model-openness: gate failed: fail-under: score 13 is below 90',
      'model-openness: gate failed: require-osaid: the release does not conform to OSAID 1.0',
      'model-openness: gate failed: require: required component Training code is missing'
    ])
  })

  it('applies a policy file given with --config; a flag can tighten it, not loosen it', async () => {
    const policy = join(tmp, 'policy.yml')
    writeFileSync(policy, 'fail-under: 90\n')
    const loosened = await cli([
      'scan',
      '--offline',
      COMMUNITY,
      '--config',
      policy,
      '--fail-under',
      '5'
    ])
    expect(loosened.code).toBe(1)
    expect(loosened.err).toContain('fail-under: score 13 is below 90')
    writeFileSync(policy, 'fail-under: 5\n')
    const tightened = await cli([
      'scan',
      '--offline',
      COMMUNITY,
      '--config',
      policy,
      '--fail-under',
      '20'
    ])
    expect(tightened.err).toContain('fail-under: score 13 is below 20')
    const met = await cli(['scan', '--offline', OPEN_SCIENCE, '--config', policy])
    expect(met.code).toBe(0)
  })

  it("says that the policy file's regression gate applies only in the action", async () => {
    const policy = join(tmp, 'regression.yml')
    writeFileSync(policy, 'fail-on-regression: true\n')
    const { code, err } = await cli(['scan', '--offline', OPEN_SCIENCE, '--config', policy])
    expect(code).toBe(0)
    expect(err).toBe(
      'model-openness: note: fail-on-regression needs a base commit; it applies only in the action\n'
    )
  })

  it('writes --output before failing a gate', async () => {
    const target = join(tmp, 'gated.json')
    const { code } = await cli([
      'scan',
      '--offline',
      COMMUNITY,
      '--output',
      target,
      '--fail-under',
      '90'
    ])
    expect(code).toBe(1)
    expect(JSON.parse(readFileSync(target, 'utf8')).score).toBe(13)
  })
})

describe('bad input', () => {
  it('says "no files found" for an empty folder', async () => {
    const empty = join(tmp, 'empty')
    mkdirSync(empty)
    const { code, out, err } = await cli(['scan', '--offline', empty])
    expect({ code, out }).toEqual({ code: 2, out: '' })
    expect(err).toBe(`model-openness: ${empty}: no files found\n`)
  })

  it('does not call a folder empty when it holds only entries it skipped', async () => {
    const linksOnly = join(tmp, 'links-only')
    mkdirSync(linksOnly)
    symlinkSync('/etc/hostname', join(linksOnly, 'README.md'))
    const { code, err } = await cli(['scan', '--offline', linksOnly])
    expect(code).toBe(0)
    expect(err).toMatch(/1 symbolic link\(s\) not followed/)
  })

  it('names an unusable root as the folder, not as the policy file inside it', async () => {
    const file = join(tmp, 'plain-file')
    writeFileSync(file, 'x')
    const { code, err } = await cli(['scan', '--offline', join(file, 'sub')])
    expect(code).toBe(2)
    expect(err).toBe(`model-openness: ${join(file, 'sub')}: cannot read the folder (ENOTDIR)\n`)
    expect(err).not.toMatch(/policy/)
  })
})

describe('skipped files on stderr', () => {
  const report = (skipped: OpennessReport['inventory']['skipped']) =>
    ({ inventory: { skipped } }) as unknown as OpennessReport

  it('summarises every skipped or partly read file in one line, grouped by reason', () => {
    const line = skippedSummary(
      report([
        { path: 'a.md', reason: 'too-large', detail: '3 MiB; only the first 1 MiB was read' },
        { path: 'b.md', reason: 'too-large', detail: '2 MiB; only the first 1 MiB was read' },
        { path: 'link', reason: 'symlink', detail: 'symbolic link, not followed' }
      ])
    )
    expect(line).toBe(
      'note: 3 item(s) not fully scanned: 2 read only in part (first part of a large file), 1 symbolic link(s) not followed; each is listed in the report'
    )
    expect(line).not.toMatch(/skipped .* only the first/)
    expect(skippedSummary(report([]))).toBeNull()
  })
})

describe('formats', () => {
  it('--format markdown is the same body as the comment and the summary, without links', async () => {
    const { analyzeRepository } = await import('../src/analyze.js')
    const { renderMarkdown } = await import('../src/report/markdown.js')
    const { report } = await analyzeRepository(COMMUNITY, { repository: 'open-weights-community' })
    const { out } = await cli(['scan', '--offline', COMMUNITY, '--format', 'markdown'])
    expect(out).toBe(renderMarkdown(report))
  })

  it('README and docs/formats.md list exactly the formats the CLI writes', async () => {
    const { OUTPUT_FORMAT_NAMES } = await import('../src/report/formats.js')
    const rows = (text: string, header: string): string[] => {
      const start = text.indexOf(header)
      expect(start).toBeGreaterThan(-1)
      return text
        .slice(start)
        .split('\n')
        .slice(2)
        .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.trim().startsWith('|')))
        .map((l) => /`([a-z]+)`/.exec(l)?.[1] ?? '')
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const docs = readFileSync(join(ROOT, 'docs', 'formats.md'), 'utf8')
    expect(rows(readme, '| Format | What it is |')).toEqual(OUTPUT_FORMAT_NAMES)
    expect(rows(docs, '| Format | Media type | Built by |')).toEqual(OUTPUT_FORMAT_NAMES)
  })
})
