import { DateTime } from 'luxon';
import { localDay } from '../timeline/local-day.ts';
import type { ArticleRecord } from '../types.ts';
import type { Story, StoryTimelineEntry } from './types.ts';

type EventEntry = Extract<StoryTimelineEntry, { kind: 'event' }>;

/** Looks up the story's articles, oldest first, from a map or a list. */
export function storyArticles(story: Story, articles: ReadonlyMap<string, ArticleRecord> | readonly ArticleRecord[]): ArticleRecord[] {
  const byId = 'size' in articles ? articles : new Map(articles.map((a) => [a.id, a]));
  return story.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleRecord => a !== undefined);
}

/**
 * The events named in the story's articles, in article order, without those that only restate
 * the article's own publication day ("today") and without repeats of the same sentence and date.
 */
export function storyEvents(list: readonly ArticleRecord[], timeZone: string): EventEntry[] {
  const seen = new Set<string>();
  const events: EventEntry[] = [];
  for (const article of list) {
    const ownDay = localDay(article.published, timeZone);
    for (const event of article.events) {
      if (event.date === ownDay && !event.end) continue;
      const key = `${event.date}|${event.end ?? ''}|${event.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ ...event, kind: 'event', articleId: article.id, articleTitle: article.title });
    }
  }
  return events;
}

/** First and last calendar day (`YYYY-MM-DD`) an event covers: a month-precision event covers its whole month. */
export function eventDays(date: string, end: string | undefined): [string, string] {
  if (date.length === 7) {
    const last = DateTime.fromISO(`${date}-01`, { zone: 'utc' }).endOf('month').toISODate() ?? `${date}-31`;
    return [`${date}-01`, end ?? last];
  }
  return [date, end ?? date];
}

// Sort key: the day (a month-precision event sorts at the head of its month), then events
// before the articles of the same day (things happen, then are reported), then order of appearance.
function sortKey(day: string, rank: number, order: number): string {
  const normalised = day.length === 7 ? `${day}-00` : day;
  return `${normalised}|${rank}|${String(order).padStart(8, '0')}`;
}

/**
 * A story's vertical timeline: its articles (by publication, days in `timeZone`) interleaved
 * with the events resolved from their text, each event naming the article and sentence it came from.
 */
export function buildStoryTimeline(
  story: Story,
  articles: ReadonlyMap<string, ArticleRecord> | readonly ArticleRecord[],
  timeZone: string,
): StoryTimelineEntry[] {
  const list = storyArticles(story, articles);
  const keyed: Array<{ key: string; entry: StoryTimelineEntry }> = list.map((article, order) => {
    const day = localDay(article.published, timeZone);
    return {
      key: sortKey(day, 1, order),
      entry: { kind: 'article', articleId: article.id, title: article.title, published: article.published, day },
    };
  });
  storyEvents(list, timeZone).forEach((event, order) => keyed.push({ key: sortKey(event.date, 0, order), entry: event }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((item) => item.entry);
}
