import { describe, expect, it } from 'vitest';
import { windowStorySoFar } from '../../src/lib/newsroom/story-so-far-window.ts';
import type { StorySoFar } from '../../src/lib/stories/index.ts';

const thread = (length: number, current: number): StorySoFar => ({
  storyId: 's',
  title: 'S',
  articles: Array.from({ length }, (_, k) => ({ articleId: `a${k}`, title: `A${k}`, published: new Date(Date.UTC(2024, 0, k + 1)), current: k === current })),
  events: [],
});

describe('windowStorySoFar', () => {
  it.each([
    { name: 'a short thread is listed whole', length: 5, current: 2, ids: ['a0', 'a1', 'a2', 'a3', 'a4'], before: 0, after: 0 },
    {
      name: 'a long thread lists three stories on each side of the current one',
      length: 20,
      current: 10,
      ids: ['a7', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13'],
      before: 7,
      after: 6,
    },
    {
      name: 'at the start of a thread the window reaches further forward',
      length: 20,
      current: 0,
      ids: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
      before: 0,
      after: 13,
    },
    { name: 'at the end it reaches further back', length: 20, current: 19, ids: ['a13', 'a14', 'a15', 'a16', 'a17', 'a18', 'a19'], before: 13, after: 0 },
  ])('$name', ({ length, current, ids, before, after }) => {
    const window = windowStorySoFar(thread(length, current), 3);
    expect(window.articles.map((a) => a.articleId)).toEqual(ids);
    expect([window.omittedBefore, window.omittedAfter]).toEqual([before, after]);
  });
});
