import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { isVerbNoun } from './event-object.ts';
import { eventKindWeight } from './opening-event.ts';

/**
 * Whether a story's event phrase adds only a minority's word to a subject that already says what
 * happened. A subject of one topic (entity type `topic` or `event`) whose head noun is made from
 * a verb (`isVerbNoun`: "elections", from elect) and is a kind of event in the archive's headlines
 * (`eventKindWeight`) needs no second event word unless more than half of the members' headlines
 * use it: "Elections, 2024", not "Elections landslide, 2024" when two winners of six won by a
 * landslide. A country or a body ("Japan visit") always keeps its event word.
 */
export function isMinorityAddition(
  subject: readonly string[],
  subjectType: string | undefined,
  phrase: string,
  members: readonly number[],
  articles: readonly ArticleRecord[],
  table: FeatureTable,
): boolean {
  // A topic, not a country or a body ("Japan" is in many headlines too), whose head noun is made
  // from a verb ("elections": elect), so that it names something that happens.
  const topic = subjectType === 'topic' || subjectType === 'event';
  const last = topic && subject.length === 1 ? (subject[0]!.toLowerCase().split(/\s+/).at(-1) ?? '') : '';
  if (!last || !phrase || eventKindWeight(table, stem(last)) === 0 || !isVerbNoun(last.replace(/s$/, ''))) return false;
  const word = stem(phrase.split(' ').at(-1) ?? '');
  const uses = members.filter((index) =>
    (articles[index]?.title.toLowerCase().split(/[^\p{L}\p{N}]+/u) ?? []).some((token) => token && stem(token) === word),
  ).length;
  return uses * 2 <= members.length;
}
