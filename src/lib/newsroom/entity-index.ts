import { localMonth } from '../timeline/index.ts';
import { collectArticleEntities } from '../entities/article-entities.ts';
import { findCompanions } from '../entities/co-occurrence.ts';
import { ENTITY_TYPE_ORDER } from '../entities/entity-types.ts';
import type { ArticleRecord, Entity, EntityType } from '../types.ts';
import { selectEntityPages } from './entity-pages.ts';

/** An entity as tagged on one article, with how strongly the article is about it. */
export interface EntityTag {
  entity: Entity;
  salient: boolean;
  count: number;
}

/** Who and what the published articles are about, and where each entity appears. */
export interface EntityIndex {
  /** Entities that appear in at least one visible article, by id. */
  entities: Map<string, Entity>;
  /** Each entity's articles, newest first. */
  articlesOf: Map<string, ArticleRecord[]>;
  /** Ids of the entities with their own page and feed (see `selectEntityPages`); others are plain tags. */
  pages: Set<string>;
  /** Each article's tags, most salient first. */
  tagsOf: Map<string, EntityTag[]>;
  /** For each entity with a page, the entities with a page whose coverage overlaps most (`findCompanions`), with the articles they share. */
  companions: Map<string, Array<{ entity: Entity; count: number }>>;
  /** For each entity, articles per local month (`YYYY-MM`), oldest month first. */
  months: Map<string, Array<{ month: string; count: number }>>;
}

/** Which entities get a page: those an editor registered, and any other name in at least `minArticles` articles. */
export interface EntityPageRule {
  /** Ids with an entity file or a built-in gazetteer entry (tag topics are not registered). */
  registered: ReadonlySet<string>;
  minArticles: number;
}

/** Merges detected mentions, the editor's `entities` and `tags` into per-article tags and per-entity lists. */
export function buildEntityIndex(
  articles: readonly ArticleRecord[],
  registry: ReadonlyMap<string, Entity>,
  timeZone: string,
  pageRule: EntityPageRule,
): EntityIndex {
  const entities = new Map<string, Entity>();
  const articlesOf = new Map<string, ArticleRecord[]>();
  const tagsOf = new Map<string, EntityTag[]>();
  const monthCounts = new Map<string, Map<string, number>>();

  for (const article of articles) {
    const tags = tagsForArticle(article, registry);
    tagsOf.set(article.id, tags);
    const month = localMonth(article.published, timeZone);
    for (const { entity } of tags) {
      entities.set(entity.id, entity);
      let list = articlesOf.get(entity.id);
      if (!list) articlesOf.set(entity.id, (list = []));
      list.push(article);
      let months = monthCounts.get(entity.id);
      if (!months) monthCounts.set(entity.id, (months = new Map<string, number>()));
      months.set(month, (months.get(month) ?? 0) + 1);
    }
  }

  const pages = selectEntityPages(
    [...articlesOf].map(([id, list]) => [id, list.length]),
    pageRule.registered,
    pageRule.minArticles,
  );
  const companions = new Map(
    [
      ...findCompanions(
        [...tagsOf.values()].map((tags) => tags.map((t) => t.entity.id)),
        { include: (id) => pages.has(id) },
      ),
    ].map(([id, list]) => [
      id,
      list.flatMap(({ id: other, shared }) => {
        const entity = entities.get(other);
        return entity ? [{ entity, count: shared }] : [];
      }),
    ]),
  );
  const months = new Map(
    [...monthCounts].map(([id, counts]) => [id, [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }))]),
  );
  return { entities, articlesOf, pages, tagsOf, companions, months };
}

// An id the registry does not know names nothing to show (`npm run check` reports the editor's typos).
function tagsForArticle(article: ArticleRecord, registry: ReadonlyMap<string, Entity>): EntityTag[] {
  return collectArticleEntities(article).flatMap(({ id, salient, count }) => {
    const entity = registry.get(id);
    return entity ? [{ entity, salient, count }] : [];
  });
}

/** Tags grouped by type in display order, each group keeping salience order; empty groups dropped. */
export function groupTagsByType(tags: readonly EntityTag[]): Array<{ type: EntityType; tags: EntityTag[] }> {
  return ENTITY_TYPE_ORDER.map((type) => ({ type, tags: tags.filter((t) => t.entity.type === type) })).filter((g) => g.tags.length > 0);
}
