import type { FeatureTable } from './article-features.ts';

// The body is the story's own: at least this share of the archive's documents that name it are in the story.
const OWN_SHARE = 0.5;

/**
 * Two places of a story's subject that meet as one body are named by the body. When the subject is
 * two places or more ("Australia and United Kingdom") and an organisation that a headline names is
 * named in more than half of the members and is the story's own (at least half of the archive's
 * documents that name it are members: a partnership of those countries, "AUKUS", not an alliance
 * named all year), that organisation is the subject. `subject` and the result hold entity keys of
 * `table`; `typeOf` gives an entity key's type (`place`, `organization`, …).
 */
export function nameBodyOfPlaces(
  subject: readonly number[],
  members: readonly number[],
  table: FeatureTable,
  typeOf: (key: number) => string | undefined,
): number[] {
  if (subject.length < 2 || !subject.every((key) => typeOf(key) === 'place')) return [...subject];
  const named = new Map<number, number>();
  const titled = new Set<number>();
  for (const index of members) {
    const f = table.features[index];
    for (const e of f?.entities ?? []) named.set(e, (named.get(e) ?? 0) + 1);
    for (const e of f?.titleEntities ?? []) titled.add(e);
  }
  const bodies = [...named]
    .filter(([e]) => typeOf(e) === 'organization' && titled.has(e) && !table.background[e])
    .filter(([e, count]) => count * 2 > members.length && count >= OWN_SHARE * (table.entityFrequency[e] ?? Infinity))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return bodies[0] ? [bodies[0][0]] : [...subject];
}
