import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Parent pid and resident bytes of every process /proc shows, read from each `/proc/<pid>/stat`. */
function readProcesses(): Map<number, { parent: number; rssBytes: number }> {
  const processes = new Map<number, { parent: number; rssBytes: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended between the listing and the read
    }
    // The command name is in parentheses and may hold spaces; the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    processes.set(Number(name), { parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
  }
  return processes;
}

/** Resident bytes of `root` and all its descendants now. */
export function readTreeRss(root: number): number {
  const processes = readProcesses();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of processes) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += processes.get(pid)?.rssBytes ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Samples the resident memory of a process tree (a build and the helpers it starts, such as
 * Pagefind's indexer) every `intervalMs`, until `stop()`; returns the largest sum seen. Linux only:
 * elsewhere it reports 0.
 */
export function sampleTreeMemory(root: number, intervalMs = 250): { stop: () => number } {
  let peak = 0;
  const sample = (): void => {
    try {
      peak = Math.max(peak, readTreeRss(root));
    } catch {
      // no /proc: leave the peak at 0, which the report prints as unknown
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
