import type { ArticleRecord } from '../types.ts';
import { collectArticleEntities } from '../entities/article-entities.ts';
import type { RelatedEntity } from './types.ts';

/** Settings for `relatedEntities`; every field has a default. */
export interface RelatedEntitiesOptions {
  /** Related entities kept per entity. Default 8. */
  limit?: number;
  /** Fewest shared articles for two entities to count as related. Default 2. */
  minShared?: number;
  /** Entities of one article considered, most salient first; bounds the pairs per article. Default 12. */
  perArticle?: number;
}

/**
 * For each entity, the entities whose coverage overlaps most (for entity pages): the cosine of
 * their article sets, shared / sqrt(articles of A × articles of B). Pairs are counted inside each
 * article's capped entity list, so the cost grows linearly with the archive. Drafts are skipped.
 */
export function relatedEntities(
  articles: readonly ArticleRecord[],
  options: RelatedEntitiesOptions = {},
): Map<string, RelatedEntity[]> {
  const { limit = 8, minShared = 2, perArticle = 12 } = options;
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const frequency: number[] = [];
  const pairs = new Map<number, number>();
  for (const article of articles) {
    if (article.draft) continue;
    const numbers = collectArticleEntities(article)
      .slice(0, perArticle)
      .map(({ id }) => {
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
  const lists: RelatedEntity[][] = ids.map(() => []);
  for (const [key, shared] of pairs) {
    if (shared < minShared) continue;
    const a = Math.floor(key / 0x200000);
    const b = key % 0x200000;
    const score = Math.round((shared / Math.sqrt((frequency[a] ?? 1) * (frequency[b] ?? 1))) * 1e6) / 1e6;
    lists[a]?.push({ id: ids[b] ?? '', score, shared });
    lists[b]?.push({ id: ids[a] ?? '', score, shared });
  }
  const result = new Map<string, RelatedEntity[]>();
  const order = ids.map((id, number) => ({ id, number })).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const { id, number } of order) {
    const list = (lists[number] ?? []).sort(
      (x, y) => y.score - x.score || y.shared - x.shared || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    result.set(id, list.slice(0, limit));
  }
  return result;
}
