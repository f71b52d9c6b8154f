/** One article as the related-links index needs it. */
export interface Tagged {
  id: string;
  tags: readonly string[];
  published: Date;
}

/** Up to `limit` other articles per article sharing the most tags (newest first on ties), through an inverted tag index. */
export function relatedByTags(articles: readonly Tagged[], limit = 5, perTag = 200): Map<string, string[]> {
  const byTag = new Map<string, Tagged[]>();
  const newestFirst = [...articles].sort((a, b) => b.published.getTime() - a.published.getTime());
  for (const article of newestFirst) {
    for (const tag of article.tags) {
      const list = byTag.get(tag) ?? [];
      if (list.length < perTag) list.push(article);
      byTag.set(tag, list);
    }
  }
  const related = new Map<string, string[]>();
  for (const article of articles) {
    const shared = new Map<Tagged, number>();
    for (const tag of article.tags) {
      for (const other of byTag.get(tag) ?? []) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || b[0].published.getTime() - a[0].published.getTime());
    related.set(
      article.id,
      best.slice(0, limit).map(([other]) => other.id),
    );
  }
  return related;
}
