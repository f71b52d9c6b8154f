import type { FeatureTable } from './article-features.ts';

// Per shared entity, at most this many articles nearest in time are looked at: an entity in
// every article (a country at war) would otherwise make candidate search quadratic.
const CANDIDATES_PER_ENTITY = 200;

/** Entity → article indices (ascending time), filled as articles are added. */
export class EntityPostings {
  private readonly lists = new Map<number, number[]>();

  constructor(private readonly table: FeatureTable) {}

  /** Adds article `index`; articles must be added in ascending time. */
  add(index: number): void {
    for (const entity of this.table.features[index]?.entities ?? []) {
      const list = this.lists.get(entity);
      if (list) list.push(index);
      else this.lists.set(entity, [index]);
    }
  }

  /** The articles sharing `entity` within `[from, to]` ms, at most the `CANDIDATES_PER_ENTITY` nearest `around`. */
  near(entity: number, from: number, to: number, around: number): number[] {
    const list = this.lists.get(entity);
    if (!list) return [];
    const time = (i: number): number => this.table.features[list[i] ?? 0]?.time ?? 0;
    const lowerBound = (t: number): number => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (time(mid) < t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    let start = lowerBound(from);
    let end = lowerBound(to + 1);
    if (end - start > CANDIDATES_PER_ENTITY) {
      const centre = Math.min(Math.max(lowerBound(around), start), end);
      start = Math.max(start, Math.min(centre - CANDIDATES_PER_ENTITY / 2, end - CANDIDATES_PER_ENTITY));
      end = start + CANDIDATES_PER_ENTITY;
    }
    return list.slice(start, end);
  }
}
