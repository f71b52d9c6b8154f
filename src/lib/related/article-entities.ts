import type { ArticleRecord } from '../types.ts';

/** One entity of one article, as the cross-article modules weigh it. */
export interface ArticleEntity {
  id: string;
  /** Named in the headline, summary or lead, or chosen by the editor. */
  salient: boolean;
  /** Times named in the text; at least 1. */
  count: number;
}

/**
 * The entities an article is about: detected mentions, plus the editor's `entities` and
 * (when the site's slug rule is given) `tags`. The editor's choices count as salient: an editor
 * adds an entity because the story is about it.
 */
export function collectArticleEntities(
  article: Pick<ArticleRecord, 'mentions' | 'entities' | 'tags'>,
  tagToEntityId?: (tag: string) => string,
): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  for (const mention of article.mentions) {
    const known = byId.get(mention.id);
    if (known) {
      known.count += Math.max(1, mention.count);
      known.salient ||= mention.salient;
    } else {
      byId.set(mention.id, { id: mention.id, salient: mention.salient, count: Math.max(1, mention.count) });
    }
  }
  const chosen = tagToEntityId ? [...article.entities, ...article.tags.map(tagToEntityId)] : article.entities;
  for (const id of chosen) {
    if (!id) continue;
    const known = byId.get(id);
    if (known) known.salient = true;
    else byId.set(id, { id, salient: true, count: 1 });
  }
  return [...byId.values()];
}
