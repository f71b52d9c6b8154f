import type { MonthGroup } from '../timeline/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { EntityTag } from './entity-index.ts';

/** How many of an article's strongest tags the timeline shows and filters by. */
export const TIMELINE_TAGS = 3;

/** The strongest tags of an article, as shown beside it on the timeline. */
export function timelineTags(tagsOf: ReadonlyMap<string, EntityTag[]>, articleId: string): EntityTag[] {
  return (tagsOf.get(articleId) ?? []).slice(0, TIMELINE_TAGS);
}

/** The choices a month's filters offer: its sections (by id) and its shown entities (by name). */
export function timelineFilterOptions(
  group: MonthGroup<ArticleRecord>,
  tagsOf: ReadonlyMap<string, EntityTag[]>,
): { sections: string[]; entities: Array<{ id: string; name: string }> } {
  const sections = new Set<string>();
  const entities = new Map<string, string>();
  for (const day of group.days) {
    for (const article of day.articles) {
      sections.add(article.section);
      for (const tag of timelineTags(tagsOf, article.id)) entities.set(tag.entity.id, tag.entity.name);
    }
  }
  return {
    sections: [...sections].sort(),
    entities: [...entities].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
