import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';

// Dates in a headline ("Public Schedule for Monday, April 19") change from issue to issue of a series.
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, 'week', 'weekly', 'month', 'monthly'].map(stem));

// At least this many articles with one headline template make a series.
const MIN_ISSUES = 3;

/**
 * How an article's headline may put it in a story: `undefined` for an ordinary headline; for a
 * headline that recurs as a template, the entities that fill its slot ("Readout of the call with
 * Prime Minister Netanyahu of Israel" → Netanyahu, Israel). An empty slot marks a notice or list
 * ("President Announces Key Nominees", "Nominations Sent to the Senate", a daily schedule).
 */
export type HeadlineSlot = readonly number[] | undefined;

/**
 * The entities an article's headline names: those found in it, and salient ones one of whose
 * words it uses ("Approves Washington Disaster Declaration" names `washington-state`), so that a
 * name never counts as a template word and one state's declaration is an issue of the series.
 */
function slotEntities(index: number, table: FeatureTable): number[] {
  const features = table.features[index];
  if (!features) return [];
  const words = new Set(features.titleTerms.map((term) => table.terms[term] ?? ''));
  const named = features.entities.filter(
    (entity) => !features.titleEntities.includes(entity) && (table.entityIds[entity] ?? '').split('-').some((word) => word.length > 2 && words.has(stem(word))),
  );
  return [...features.titleEntities, ...named];
}

/**
 * The headline template of an article: the stemmed words of its title without the names of the
 * entities it names, without dates and numbers, in a fixed order; '' when nothing is left.
 */
function templateKey(index: number, table: FeatureTable): string {
  const features = table.features[index];
  if (!features) return '';
  const nameWords = new Set<string>();
  for (const entity of slotEntities(index, table)) for (const word of (table.entityIds[entity] ?? '').split('-')) nameWords.add(stem(word));
  return features.titleTerms
    .map((term) => table.terms[term] ?? '')
    .filter((term) => term && !nameWords.has(term) && !CALENDAR_WORDS.has(term) && !/\d/.test(term))
    .sort()
    .join(' ');
}

/**
 * Finds the headlines that recur as templates: the same wording (names, dates and numbers aside)
 * in at least three articles spread over more than `spanMs`, longer than any one story may run.
 * Such an article is an issue of a series (nominations, appointments, schedules, readouts of
 * calls); it belongs to a story only through the entities in its headline, never through the
 * template words it shares with every other issue. Learned from the archive, not from a list.
 */
export function findSeriesHeadlines(articles: readonly ArticleRecord[], table: FeatureTable, spanMs: number): HeadlineSlot[] {
  const keys = articles.map((_, index) => templateKey(index, table));
  const times = new Map<string, { first: number; last: number; count: number }>();
  keys.forEach((key, index) => {
    if (!key) return;
    const time = table.features[index]?.time ?? 0;
    const seen = times.get(key);
    if (seen) {
      seen.first = Math.min(seen.first, time);
      seen.last = Math.max(seen.last, time);
      seen.count += 1;
    } else times.set(key, { first: time, last: time, count: 1 });
  });
  return keys.map((key, index) => {
    const seen = times.get(key);
    if (!seen || seen.count < MIN_ISSUES || seen.last - seen.first <= spanMs) return undefined;
    return slotEntities(index, table).filter((entity) => !table.background[entity]);
  });
}
