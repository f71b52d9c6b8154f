import { slugify } from '../slugify.ts';
import { localMonth } from '../timeline/local-day.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';

// How many of a story's first articles decide its id; later articles never change it.
const FOUNDERS = 3;

/**
 * The distinguishing entity of an automatic story: of the entities at least two of its first
 * three articles share, the one with the highest (founders naming it × rarity), then by id;
 * `undefined` when they share none.
 */
function foundingEntity(members: readonly number[], table: FeatureTable): string | undefined {
  const counts = new Map<number, number>();
  for (const index of members.slice(0, FOUNDERS)) {
    for (const entity of table.features[index]?.entities ?? []) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  }
  const score = (entity: number, count: number): number => count * (table.entityWeight[entity] ?? 0);
  const ranked = [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([a, countA], [b, countB]) => score(b, countB) - score(a, countA) || (table.entityIds[a] ?? '').localeCompare(table.entityIds[b] ?? ''));
  const best = ranked[0];
  return best ? table.entityIds[best[0]] : undefined;
}

/**
 * The id of an automatic story: `<distinguishing entity>-<yyyy>-<mm>` of its first article
 * (month in `timeZone`), e.g. `maui-2023-08`, or the slug of the first article's title when its
 * founders share no entity. A clash with an id already taken gets `-2`, `-3`….
 */
export function autoStoryId(
  members: readonly number[],
  sorted: readonly ArticleRecord[],
  table: FeatureTable,
  timeZone: string,
  taken: ReadonlySet<string>,
): string {
  const first = sorted[members[0] ?? 0];
  const entity = foundingEntity(members, table);
  const base = entity && first ? `${slugify(entity)}-${localMonth(first.published, timeZone)}` : slugify(first?.title ?? '') || 'story';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
