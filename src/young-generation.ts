import { setFlagsFromString } from 'node:v8'

/**
 * Keeps V8's young generation at its starting size for the rest of the process. A scan allocates
 * a record per file that lives to the end, and V8 answers that survival rate by doubling the young
 * generation up to 3 × 16 MB: about 30 MB of peak RSS on a 100,000-file tree for no speed
 * (bench/RESULTS.md). `--max-semi-space-size` would do the same but is read only at start-up, so
 * it would need a launcher, which `npx` and the action runner (`node dist/index.js`) do not use;
 * the growth factor is read whenever the young generation would grow, so the entry points set it.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}
