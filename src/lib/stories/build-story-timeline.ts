import { DAY_MS } from '../time/index.ts';
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

// An event this long before a story's first article is its background, not its first development
// ("envoys arrived on the 19th" the day before the first report belongs to the story).
const BACKGROUND_DAYS = 30;

/** The last day an event covers, as a UTC timestamp: a month-precision event covers its whole month. */
function lastDayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return day ? Date.UTC(year ?? 0, (month ?? 1) - 1, day) : Date.UTC(year ?? 0, month ?? 1, 0);
}

/**
 * A story's timeline in two parts: the background, events its articles recall from well before its
 * first article ("When the leaders announced the partnership in September 2021"), and how it
 * developed, from shortly before the first article on.
 */
export function splitBackground(entries: readonly StoryTimelineEntry[]): { background: EventEntry[]; developments: StoryTimelineEntry[] } {
  const first = entries.find((entry) => entry.kind === 'article');
  const cutoff = first ? lastDayOf(first.day) - BACKGROUND_DAYS * DAY_MS : -Infinity;
  const before = (entry: StoryTimelineEntry): entry is EventEntry => entry.kind === 'event' && lastDayOf(entry.end ?? entry.date) < cutoff;
  return { background: entries.filter(before), developments: entries.filter((entry) => !before(entry)) };
}
