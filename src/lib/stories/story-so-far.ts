import { DateTime } from 'luxon';
import { localDay } from '../timeline/local-day.ts';
import type { ArticleRecord } from '../types.ts';
import { eventDays, storyArticles, storyEvents } from './build-story-timeline.ts';
import type { Story, StorySoFar } from './types.ts';

/**
 * "This story so far" for article `currentId`: the story's articles in order with the current
 * one marked, and the events whose days fall within `windowDays` of its publication day.
 * `undefined` when the article is not in the story.
 */
export function storySoFar(
  story: Story,
  articles: ReadonlyMap<string, ArticleRecord> | readonly ArticleRecord[],
  currentId: string,
  timeZone: string,
  windowDays = 7,
): StorySoFar | undefined {
  return prepareStorySoFar(story, articles, timeZone)(currentId, windowDays);
}

/**
 * The story's articles and events gathered once, for every member's "so far" box: each article
 * page of a story of m articles would otherwise gather the whole story again (m² over a build).
 */
export function prepareStorySoFar(
  story: Story,
  articles: ReadonlyMap<string, ArticleRecord> | readonly ArticleRecord[],
  timeZone: string,
): (currentId: string, windowDays?: number) => StorySoFar | undefined {
  const list = storyArticles(story, articles);
  const events = storyEvents(list, timeZone).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const members = list.map((article) => ({ articleId: article.id, title: article.title, published: article.published }));
  return (currentId, windowDays = 7) => {
    const current = list.find((article) => article.id === currentId);
    if (!current) return undefined;
    const day = DateTime.fromISO(localDay(current.published, timeZone), { zone: 'utc' });
    const from = day.minus({ days: windowDays }).toISODate() ?? '';
    const to = day.plus({ days: windowDays }).toISODate() ?? '';
    return {
      storyId: story.id,
      title: story.title,
      articles: members.map((member) => ({ ...member, current: member.articleId === currentId })),
      events: events.filter((event) => {
        const [first, last] = eventDays(event.date, event.end);
        return first <= to && last >= from;
      }),
    };
  };
}
