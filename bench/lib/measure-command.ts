import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';

/** What one measured command cost. CPU and memory are undefined where GNU time is missing. */
export interface Measured {
  ok: boolean;
  wallS: number;
  /** User + system CPU seconds of the command and every process it waited for. */
  cpuS: number | undefined;
  /** Largest resident set of any one process in the tree (GNU time's %M), bytes. */
  peakRssBytes: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command` to the end with its output in `logFile`, timing it through GNU time where installed. */
export async function measureCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const report = `${options.logFile}.time`;
  rmSync(report, { force: true });
  const out = openSync(options.logFile, 'w');
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = timed
      ? spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] });
    child.once('error', reject);
    child.once('exit', (exit) => resolve(exit ?? 1));
  });
  const wallS = (performance.now() - started) / 1000;
  closeSync(out);
  if (!timed || !existsSync(report)) return { ok: code === 0, wallS, cpuS: undefined, peakRssBytes: undefined };
  // The last line holds the figures; a failing command adds "Command exited with non-zero status" above it.
  const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
  const [user, system, rssKiB] = last.split(' ').map(Number);
  return { ok: code === 0, wallS, cpuS: (user ?? 0) + (system ?? 0), peakRssBytes: (rssKiB ?? 0) * 1024 };
}
