import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import type { ArchiveText } from './archive-text.ts';
import { nameStory } from './name-story.ts';
import type { Story, StoryOptions } from './types.ts';

/** How many entities a story lists. */
export const STORY_ENTITY_COUNT = 5;

/**
 * The story's strongest entities: (articles naming it saliently) × ln(1 + N/df), so an entity
 * of most of its articles leads; background entities (on a large share of the archive) are left out.
 */
export function topEntities(members: readonly number[], table: FeatureTable): string[] {
  const counts = new Map<number, number>();
  for (const index of members) {
    for (const entity of table.features[index]?.entities ?? []) {
      if (!table.background[entity]) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
  }
  const score = (key: number): number => (counts.get(key) ?? 0) * (table.entityRank[key] ?? 0);
  return [...counts.keys()]
    .sort((a, b) => score(b) - score(a) || (table.entityIds[a] ?? '').localeCompare(table.entityIds[b] ?? ''))
    .slice(0, STORY_ENTITY_COUNT)
    .map((key) => table.entityIds[key] ?? '');
}

/**
 * Builds a story from its member indices (ascending time): the title comes from the options'
 * title map (an editor's story file), else it is named from its entities and event words
 * (`nameStory`, reading the archive through `archive`); the summary from the summary map, else the latest article's.
 */
export function makeStory(
  id: string,
  members: readonly number[],
  joined: readonly number[],
  articles: readonly ArticleRecord[],
  table: FeatureTable,
  options: Pick<StoryOptions, 'titles' | 'summaries' | 'entityName' | 'entityType' | 'locale' | 'timeZone'>,
  automatic: boolean,
  archive: ArchiveText,
): Story {
  const list = members.map((index) => articles[index]).filter((a): a is ArticleRecord => a !== undefined);
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last) throw new Error(`story "${id}" has no articles`);
  return {
    id,
    title:
      options.titles?.[id] ??
      nameStory(members, articles, table, {
        entityName: options.entityName,
        entityType: options.entityType,
        locale: options.locale ?? 'en-GB',
        timeZone: options.timeZone ?? 'UTC',
        archive,
      }),
    summary: options.summaries?.[id] ?? last.summary,
    articleIds: list.map((article) => article.id),
    entityIds: topEntities(members, table),
    firstPublished: first.published,
    lastPublished: last.published,
    automatic,
    joinedIds: joined.map((index) => articles[index]?.id ?? ''),
  };
}
