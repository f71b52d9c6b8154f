import { describe, expect, it } from 'vitest';
import { assignStories, indexStoriesByArticle, STORY_DEFAULTS } from '../../src/lib/stories/index.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import { bridges, everywhere, israelCalls, kenyaFloods, longTalks, nominations, sudanTalks } from '../fixtures/stories/threads.ts';

const storyOf = (stories: ReturnType<typeof assignStories>, id: string) => indexStoriesByArticle(stories).get(id)?.id;
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((a) => a.id);

describe('automatic stories hold one developing story', () => {
  it('keeps two threads apart when articles name both: each article is compared with a story’s core, not with one member', () => {
    const stories = assignStories([...sudanTalks, ...kenyaFloods, ...bridges, ...everywhere]);
    const sudan = new Set(ids(sudanTalks).map((id) => storyOf(stories, id)));
    const kenya = new Set(ids(kenyaFloods).map((id) => storyOf(stories, id)));
    expect(sudan.size).toBe(1);
    expect(kenya.size).toBe(1);
    expect([...sudan][0]).toBeDefined();
    expect([...sudan][0]).not.toBe([...kenya][0]);
  });

  it('splits a thread that runs longer than the span into stories of at most that many days', () => {
    const stories = assignStories([...longTalks, ...everywhere]);
    const threads = new Set(ids(longTalks).map((id) => storyOf(stories, id)));
    expect(threads.size).toBe(2);
    for (const story of stories) {
      expect(story.lastPublished.getTime() - story.firstPublished.getTime()).toBeLessThanOrEqual(STORY_DEFAULTS.spanDays * DAY_MS);
    }
  });

  it('leaves a notice whose headline recurs month after month (a nominations list) out of every story', () => {
    const stories = assignStories([...nominations, ...everywhere]);
    expect(ids(nominations).map((id) => storyOf(stories, id))).toEqual(ids(nominations).map(() => undefined));
  });

  it.each([
    { name: 'lets a recurring readout join the story its headline names (Israel)', id: 'calls/netanyahu-may', joins: true },
    {
      name: 'keeps out a recurring readout whose headline names another country, though its lead talks of the same fighting',
      id: 'calls/kishida-may',
      joins: false,
    },
    { name: 'keeps out earlier issues of the readout, outside the story’s time', id: 'calls/netanyahu-jan', joins: false },
  ])('$name', ({ id, joins }) => {
    const stories = assignStories([...israelCalls, ...everywhere]);
    const israel = storyOf(stories, 'israel/rockets');
    expect(israel).toBeDefined();
    expect(storyOf(stories, id) === israel).toBe(joins);
  });

  it('never lets an entity on most pages of the archive define or lead a story', () => {
    const onEveryPage = [...sudanTalks, ...kenyaFloods, ...everywhere].map((a) => ({
      ...a,
      mentions: a.mentions.some((m) => m.id === 'united-states') ? a.mentions : [...a.mentions, { id: 'united-states', count: 1, first: 0, salient: true }],
    }));
    const stories = assignStories(onEveryPage);
    expect(stories.length).toBe(2);
    for (const story of stories) {
      expect(story.entityIds).not.toContain('united-states');
      expect(story.title).not.toMatch(/United States/);
    }
  });
});
