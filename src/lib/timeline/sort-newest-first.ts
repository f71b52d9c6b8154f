import type { Dated } from './types.ts';

/** A copy of `items` ordered newest first; equal instants fall back to id order so output is stable. */
export function sortNewestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.published.getTime() - a.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
