import { describe, expect, it } from 'vitest';
import { assignStories, indexStoriesByArticle } from '../../src/lib/stories/index.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler, launches, unrelated, wildfires } from '../fixtures/stories/articles.ts';

const all: ArticleRecord[] = [...launches, ...wildfires, ...unrelated, ...filler];
const storyOf = (stories: ReturnType<typeof assignStories>, id: string) => indexStoriesByArticle(stories).get(id);

describe('assignStories', () => {
  it('groups articles with the same story id, oldest first, with the title map preferred', () => {
    const stories = assignStories(launches.slice(0, 2), { titles: { 'nk-launches': 'North Korean missile launches' } });
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      id: 'nk-launches',
      title: 'North Korean missile launches',
      articleIds: ['2024/04/nk-fires-missile', '2024/04/nk-fires-again'],
      automatic: false,
      joinedIds: [],
      firstPublished: new Date('2024-04-02T08:00:00+09:00'),
      lastPublished: new Date('2024-04-09T07:30:00+09:00'),
    });
    expect(stories[0]?.entityIds[0]).toBe('north-korea');
  });

  it("names a story without an editor's file from its entity, event words and month, never its first headline, and takes the latest summary", () => {
    const [story] = assignStories(launches.slice(0, 2));
    expect(story?.title).toBe('North Korea ballistic missile, April 2024');
    expect(story?.summary).toBe('North Korea fired a short-range ballistic missile a week after its last launch.');
  });

  it('lets an article without an id join the story it shares salient entities and words with', () => {
    const story = storyOf(assignStories(all), '2024/04/nk-third-launch');
    expect(story?.id).toBe('nk-launches');
    expect(story?.joinedIds).toEqual(['2024/04/nk-third-launch']);
    expect(story?.articleIds.at(-1)).toBe('2024/04/nk-third-launch');
  });

  it('does not join a story whose articles are all outside the time window', () => {
    const late = { ...launches[2]!, published: new Date('2024-06-20T06:10:00+09:00') };
    const stories = assignStories([...launches.slice(0, 2), late, ...unrelated, ...filler]);
    expect(storyOf(stories, late.id)).toBeUndefined();
  });

  it('does not join on shared entities alone when the words differ', () => {
    expect(storyOf(assignStories(all), '2024/04/rates-held')).toBeUndefined();
    // The shared entities alone would be enough if words did not count.
    const wordsIgnored = assignStories(all, { minTermSimilarity: 0, minSimilarity: 0, minSharedRarity: 0 });
    expect(storyOf(wordsIgnored, '2024/04/rates-held')?.id).toBe('nk-launches');
  });

  it('makes an automatic story of three linked articles with no id, named after their rarest shared entity and month', () => {
    const story = storyOf(assignStories(all, { timeZone: 'Pacific/Honolulu' }), '2023/08/maui-fire-spreads');
    expect(story).toMatchObject({
      id: 'maui-2023-08',
      automatic: true,
      articleIds: ['2023/08/maui-fire-spreads', '2023/08/maui-fire-deaths', '2023/08/maui-fire-aid'],
    });
  });

  it('leaves two linked articles alone: an automatic story needs at least three', () => {
    const stories = assignStories(all);
    expect(storyOf(stories, '2023/07/olympics-venue')).toBeUndefined();
    expect(storyOf(stories, '2023/08/olympics-tickets')).toBeUndefined();
    expect(assignStories(all, { minAutoSize: 2 }).some((s) => s.articleIds.includes('2023/07/olympics-venue'))).toBe(true);
  });

  it('gives a second automatic story with the same entity and month a suffixed id', () => {
    const again = wildfires.slice(0, 3).map((a) =>
      article(
        `${a.id}-later`,
        new Date(a.published.getTime() + 20 * DAY_MS).toISOString(),
        a.title,
        a.summary,
        a.mentions.map((m) => m.id),
      ),
    );
    const ids = assignStories([...wildfires, ...again, ...filler], { timeZone: 'UTC' })
      .map((s) => s.id)
      .sort();
    expect(ids).toEqual(['maui-2023-08', 'maui-2023-08-2']);
  });

  it('lists stories most recently updated first', () => {
    expect(assignStories(all).map((s) => s.id)).toEqual(['nk-launches', 'maui-2023-08']);
  });

  it('gives the same stories whatever the input order', () => {
    const reversed = assignStories([...all].reverse());
    const shuffled = assignStories([...all].sort((a, b) => (a.title.length % 7) - (b.title.length % 7) || (a.id < b.id ? 1 : -1)));
    expect(reversed).toEqual(assignStories(all));
    expect(shuffled).toEqual(assignStories(all));
  });
});
