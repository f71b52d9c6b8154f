/** Entities named together: for each entity, the others whose coverage overlaps most (entity pages). */

/** An entity whose coverage overlaps another's. */
export interface Companion {
  id: string;
  /** Overlap of the two entities' article sets (cosine of co-occurrence), 0–1. */
  score: number;
  /** How many articles name both. */
  shared: number;
}

/** Settings for `findCompanions`; every field has a default. */
export interface CompanionOptions {
  /** Companions kept per entity. Default 8. */
  limit?: number;
  /** Fewest shared articles for two entities to count as companions. Default 2. */
  minShared?: number;
  /** Entities of one article considered, most salient first; bounds the pairs per article. Default 12. */
  perArticle?: number;
  /** Which entities may be listed (those with a page); default all. */
  include?: (id: string) => boolean;
}

/**
 * For each entity, the entities whose coverage overlaps most: the cosine of their article sets,
 * shared / sqrt(articles of A × articles of B), so an entity on every page is nobody's companion.
 * Pairs are counted inside each article's `perArticle` most salient entities, so one long article
 * that names fifty countries in passing cannot make them all look related, and the cost grows
 * linearly with the archive. `articles` gives each article's entity ids, most salient first.
 */
export function findCompanions(articles: Iterable<readonly string[]>, options: CompanionOptions = {}): Map<string, Companion[]> {
  const { limit = 8, minShared = 2, perArticle = 12, include = () => true } = options;
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const frequency: number[] = [];
  const pairs = new Map<number, number>();
  for (const entities of articles) {
    const numbers = entities.slice(0, perArticle).map((id) => {
      let number = numberOf.get(id);
      if (number === undefined) {
        numberOf.set(id, (number = ids.length));
        ids.push(id);
        frequency.push(0);
      }
      frequency[number] = (frequency[number] ?? 0) + 1;
      return number;
    });
    for (const a of numbers) {
      for (const b of numbers) {
        // One number per pair (entity numbers stay far below 2^21) keeps the map small and fast.
        if (a < b) pairs.set(a * 0x200000 + b, (pairs.get(a * 0x200000 + b) ?? 0) + 1);
      }
    }
  }
  const lists: Companion[][] = ids.map(() => []);
  for (const [key, shared] of pairs) {
    if (shared < minShared) continue;
    const a = Math.floor(key / 0x200000);
    const b = key % 0x200000;
    const score = Math.round((shared / Math.sqrt((frequency[a] ?? 1) * (frequency[b] ?? 1))) * 1e6) / 1e6;
    lists[a]?.push({ id: ids[b] ?? '', score, shared });
    lists[b]?.push({ id: ids[a] ?? '', score, shared });
  }
  const result = new Map<string, Companion[]>();
  const order = ids.map((id, number) => ({ id, number })).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const { id, number } of order) {
    if (!include(id)) continue;
    const list = (lists[number] ?? [])
      .filter((c) => include(c.id))
      .sort((x, y) => y.score - x.score || y.shared - x.shared || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    result.set(id, list.slice(0, limit));
  }
  return result;
}
