import { setFlagsFromString } from 'node:v8'

/**
 * V8 settings for a process that scans: it keeps a record per file to the end, and V8's defaults
 * answer that survival rate with headroom the scan never uses. `--semi-space-growth-factor=1`
 * keeps the young generation at its starting size instead of doubling it up to 3 × 16 MB: about
 * 30 MB less peak RSS on the 100,000-file bench tree, for no speed (bench/RESULTS.md).
 *
 * The old generation keeps V8's own growth. Holding it to 25% growth between full collections
 * (`--heap-growing-percent=25`, set here before) saved 2–4 MB of peak RSS on the bench trees and
 * cost about 5% of the scan's CPU time: four full collections instead of one or two, with
 * incremental marking, and its write barrier, on for more of the scan.
 *
 * `--max-semi-space-size` is read only at start-up, so it would need a launcher, which `npx` and
 * the action runner (`node dist/index.js`) do not use; the growth factor is read whenever the
 * young generation would grow, so the entry points set it first thing. (src/cli.ts sets the same
 * flags without importing this module, so that the CLI's entry loads no shared chunk, and only
 * before commands that scan or merge: `license` and `mof` read one small file.)
 */
export const HEAP_FLAGS: readonly string[] = ['--semi-space-growth-factor=1']

/**
 * `--no-regexp-tier-up`: each regular expression is compiled to machine code when it first runs,
 * instead of being interpreted once first. The scan's detectors and the Markdown lexer run large
 * expressions over whole documents, and that first, interpreted run costs more than compiling
 * them: lexing the bench tree's 479-byte README took 40–100 ms in a fresh process, 12–17 ms with
 * the flag, and scans of the examples and of real repositories (Yi, OLMoE, Qwen) ran 3–10%
 * faster with identical reports. Read whenever an expression is compiled, so setting it at start
 * covers every expression the scan compiles.
 * (`license` runs without it: one file, for which compiling every expression costs more, 9 ms.)
 */
export const REGEXP_FLAGS: readonly string[] = ['--no-regexp-tier-up']

/** Everything an entry point that scans sets first thing. */
export const SCAN_V8_FLAGS: readonly string[] = [...HEAP_FLAGS, ...REGEXP_FLAGS]

export function applyScanSettings(): void {
  for (const flag of SCAN_V8_FLAGS) setFlagsFromString(flag)
}
