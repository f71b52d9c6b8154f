import type { Dated } from './types.ts';

// Code-point order, not localeCompare: the same ids sort the same on every machine and runtime.
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A newest-first comparator on any instant of an item (a story's latest article); equal instants fall back to id order so output is stable. */
export function newestFirstBy<T extends { id: string }>(instantOf: (item: T) => Date): (a: T, b: T) => number {
  return (a, b) => instantOf(b).getTime() - instantOf(a).getTime() || compareIds(a.id, b.id);
}

/** Newest first; equal instants fall back to id order so output is stable. */
export const compareNewestFirst: (a: Dated, b: Dated) => number = newestFirstBy((item: Dated) => item.published);

/** Oldest first (publication order, the numbering story and related matching rely on); equal instants still in id order. */
export function compareOldestFirst(a: Dated, b: Dated): number {
  return a.published.getTime() - b.published.getTime() || compareIds(a.id, b.id);
}

/** A copy of `items` ordered newest first (`compareNewestFirst`). */
export function sortNewestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}
