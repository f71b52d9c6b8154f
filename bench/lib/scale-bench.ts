/** Runs the related engine on synthetic archives of several sizes, each in a fresh process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ScaleResult } from './scale-run.ts';

const RUNNER = fileURLToPath(new URL('./scale-run.ts', import.meta.url));

/** Runs one size once in a fresh process. */
export function measureOnce(count: number, seed: number): ScaleResult {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', RUNNER, String(count), String(seed)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`scale run for ${count} articles failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ScaleResult;
}

/**
 * Measures every size `runs` times, round by round (so a burst of load elsewhere hits one run of
 * each size rather than every run of one), and keeps each size's fastest run.
 */
export function measureScale(sizes: readonly number[], seed: number, runs: number): ScaleResult[] {
  const best = new Map<number, ScaleResult>();
  for (let run = 0; run < Math.max(1, runs); run++) {
    for (const count of sizes) {
      const result = measureOnce(count, seed);
      const known = best.get(count);
      if (!known || result.ms < known.ms) best.set(count, result);
    }
  }
  return sizes.map((count) => best.get(count) as ScaleResult);
}
