import type { ArticleRecord } from '../types.ts';
import { collectArticleEntities } from '../entities/article-entities.ts';

/** How much of the recent news one article connects to. */
export interface Connections {
  articles: number;
  entities: number;
}

/**
 * For each recent article, the other recent articles that share an entity or its story, and how
 * many of its entities other recent articles name. An entity named by more than half of the recent
 * articles (once there are four or more) connects everything to everything, so it ranks nothing
 * and is left out.
 */
export function measureConnections(recent: readonly ArticleRecord[]): Map<string, Connections> {
  const entitiesOf = recent.map((article) => collectArticleEntities(article).map((e) => e.id));
  const byEntity = new Map<string, number[]>();
  const byStory = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  entitiesOf.forEach((ids, i) => {
    for (const id of ids) add(byEntity, id, i);
    const story = recent[i]?.story;
    if (story) add(byStory, story, i);
  });
  const tooCommon = (list: readonly number[]) => recent.length >= 4 && list.length * 2 > recent.length;
  const result = new Map<string, Connections>();
  recent.forEach((article, i) => {
    const others = new Set<number>(byStory.get(article.story ?? '') ?? []);
    let entities = 0;
    for (const id of entitiesOf[i] ?? []) {
      const list = byEntity.get(id) ?? [];
      if (list.length < 2 || tooCommon(list)) continue;
      entities++;
      for (const j of list) others.add(j);
    }
    others.delete(i);
    result.set(article.id, { articles: others.size, entities });
  });
  return result;
}
