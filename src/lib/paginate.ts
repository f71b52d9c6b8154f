/** One page of a list. */
export interface PageSlice<T> {
  /** 1-based page number. */
  number: number;
  last: number;
  items: T[];
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function pageSlices<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({ number: i + 1, last, items: items.slice(i * size, (i + 1) * size) }));
}
