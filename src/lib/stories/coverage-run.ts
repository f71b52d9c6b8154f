import { DAY_MS } from '../time/index.ts';

// A story held together by its headline words alone (no name of its own) is covered day after day
// while it develops: a budget fight, a shutdown, an agreement in talks. A week's silence between
// two documents that share those words means two occasions on one topic (a meeting with lawmakers
// on a policy, another one a week later), not one story that went on.
const MAX_QUIET_DAYS = 6;

/**
 * The members of a thread held by words alone that form its longest run of coverage: in time
 * order, no gap of more than `maxQuietDays` between one member and the next; the earliest run when
 * two are as long. `timeOf` gives a member's time in ms.
 */
export function keepCoverageRun(members: readonly number[], timeOf: (index: number) => number, maxQuietDays = MAX_QUIET_DAYS): number[] {
  const ordered = [...members].sort((a, b) => timeOf(a) - timeOf(b) || a - b);
  let best: number[] = [];
  let run: number[] = [];
  for (const index of ordered) {
    const previous = run.at(-1);
    if (previous !== undefined && timeOf(index) - timeOf(previous) > maxQuietDays * DAY_MS) run = [];
    run.push(index);
    if (run.length > best.length) best = run;
  }
  return best;
}
