import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { sampleTreeMemory } from './process-tree-memory.ts';

/** What one measured command cost. CPU and memory are undefined where GNU time is missing. */
export interface Measured {
  ok: boolean;
  wallS: number;
  /** User + system CPU seconds of the command and every process it waited for. */
  cpuS: number | undefined;
  /** Largest resident set of any one process in the tree (GNU time's %M), bytes. */
  peakRssBytes: number | undefined;
  /** Largest sum of the resident sets of the whole process tree at one time (sampled every 250 ms), bytes; undefined without /proc. */
  peakTreeBytes: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command` to the end with its output in `logFile`, timing it through GNU time where installed. */
export async function measureCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const report = `${options.logFile}.time`;
  rmSync(report, { force: true });
  const out = openSync(options.logFile, 'w');
  const started = performance.now();
  let peakTree = 0;
  const code = await new Promise<number>((resolve, reject) => {
    const child = timed
      ? spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] });
    const sampler = child.pid === undefined ? undefined : sampleTreeMemory(child.pid);
    child.once('error', reject);
    child.once('exit', (exit) => {
      peakTree = sampler?.stop() ?? 0;
      resolve(exit ?? 1);
    });
  });
  const wallS = (performance.now() - started) / 1000;
  closeSync(out);
  const peakTreeBytes = peakTree > 0 ? peakTree : undefined;
  if (!timed || !existsSync(report)) return { ok: code === 0, wallS, cpuS: undefined, peakRssBytes: undefined, peakTreeBytes };
  // The last line holds the figures; a failing command adds "Command exited with non-zero status" above it.
  const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
  const [user, system, rssKiB] = last.split(' ').map(Number);
  return { ok: code === 0, wallS, cpuS: (user ?? 0) + (system ?? 0), peakRssBytes: (rssKiB ?? 0) * 1024, peakTreeBytes };
}
