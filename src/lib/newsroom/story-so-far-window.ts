import type { StorySoFar } from '../stories/index.ts';

/** "This story so far" cut to the stories nearest the current one, with how many were left out on each side. */
export interface StorySoFarWindow extends StorySoFar {
  /** Older stories of the thread not listed (the story page lists them). */
  omittedBefore: number;
  /** Newer stories of the thread not listed. */
  omittedAfter: number;
}

// Every member page of a story lists the box: listing the whole thread on each would cost the
// square of the thread's length in bytes, so each page lists only the stories around its own.
/** Keeps the current article and up to `around` stories on each side of it (more on one side when the other runs out). */
export function windowStorySoFar(soFar: StorySoFar, around: number): StorySoFarWindow {
  const list = soFar.articles;
  const at = Math.max(
    0,
    list.findIndex((a) => a.current),
  );
  const size = Math.min(list.length, 2 * around + 1);
  const start = Math.min(Math.max(0, at - around), list.length - size);
  return { ...soFar, articles: list.slice(start, start + size), omittedBefore: start, omittedAfter: list.length - start - size };
}
