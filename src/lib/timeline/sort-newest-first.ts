import type { Dated } from './types.ts';

/** Newest first; equal instants fall back to id order so output is stable. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return b.published.getTime() - a.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of `items` ordered newest first (`compareNewestFirst`). */
export function sortNewestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}
