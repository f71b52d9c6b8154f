import type { FeatureTable } from './article-features.ts';

// A second entity joins the name only if it scores this share of the first's.
const SECOND_SHARE = 0.6;
// A second entity named in the first's headlines this often says the same thing again.
const SAME_HEADLINES = 0.75;
// Without a name the headlines share, an entity of every member's lead leads only if it is one of at most this many.
const MAX_LEAD_SUBJECTS = 2;

/**
 * Who or what a story is about, for its name: one or two entity keys, strongest first. An
 * entity scores by how many members name it in the headline (and, half as much, anywhere salient),
 * times the square root of its rarity, so a story's recurring headline subject (Israel) leads a
 * rarer name seen in a few headlines (one envoy). A subject is named (in headlines or saliently)
 * by more than half of the members: one leader of a round of elections is not its subject. Background entities never lead; nor does one of
 * a list of countries that every lead names but no headline does, unless the story has no `event`
 * words to be named by instead. The second entity must be named
 * in the headlines of at least a quarter of the members (two at least), and is left out when it is
 * a person and a place or an office always named together ("President Herzog of Israel", "Su
 * for Secretary of the Department of Labor").
 */
export function pickSubject(members: readonly number[], table: FeatureTable, event: boolean, typeOf?: (id: string) => string | undefined): number[] {
  const titleCount = new Map<number, number>();
  const salientCount = new Map<number, number>();
  const together = new Map<string, number>();
  const count = (map: Map<number, number>, key: number): void => {
    if (!table.background[key]) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const index of members) {
    const f = table.features[index];
    const titled = (f?.titleEntities ?? []).filter((e) => !table.background[e]);
    for (const e of titled) count(titleCount, e);
    for (const e of f?.entities ?? []) count(salientCount, e);
    for (const a of titled) for (const b of titled) if (a !== b) together.set(`${a} ${b}`, (together.get(`${a} ${b}`) ?? 0) + 1);
  }
  const n = members.length;
  const score = (e: number): number => (((titleCount.get(e) ?? 0) + 0.5 * (salientCount.get(e) ?? 0)) / n) * Math.sqrt(table.entityRank[e] ?? 0);
  const byScore = (a: number, b: number): number => score(b) - score(a) || (table.entityIds[a] ?? '').localeCompare(table.entityIds[b] ?? '');
  const titled = [...titleCount.keys()].filter((e) => (titleCount.get(e) ?? 0) >= 2);
  const leads = [...salientCount.keys()].filter((e) => (titleCount.get(e) ?? 0) < 2 && (salientCount.get(e) ?? 0) * 2 >= n);
  // A story's subject is in most of it: not one country of a round of elections ("Modi" in two of six).
  const most = (e: number): boolean => Math.max(titleCount.get(e) ?? 0, salientCount.get(e) ?? 0) * 2 > n;
  const ranked = [...titled, ...(leads.length <= MAX_LEAD_SUBJECTS || !event ? leads : [])].filter(most).sort(byScore);
  const [first, ...rest] = ranked;
  if (first === undefined) return [];
  const firstId = table.entityIds[first] ?? '';
  const second = rest.find((e) => {
    const titles = titleCount.get(e) ?? 0;
    const id = table.entityIds[e] ?? '';
    const repeats = (together.get(`${e} ${first}`) ?? 0) >= SAME_HEADLINES * titles && leaderAndCountry(typeOf?.(id), typeOf?.(firstId));
    return score(e) >= SECOND_SHARE * score(first) && titles >= 2 && titles * 4 >= n && !overlaps(id, firstId) && !repeats;
  });
  return second === undefined ? [first] : [first, second];
}

// A person and her country or her office ("Julie Su for Secretary of the Department of Labor").
function leaderAndCountry(a: string | undefined, b: string | undefined): boolean {
  const seat = (type: string | undefined): boolean => type === 'place' || type === 'organization';
  return (a === 'person' && seat(b)) || (seat(a) && b === 'person');
}

// Two ids that share a word ("joe-biden", "biden") are likely one entity under two names.
function overlaps(a: string, b: string): boolean {
  const words = new Set(a.split('-'));
  return b.split('-').some((word) => word.length > 2 && words.has(word));
}
