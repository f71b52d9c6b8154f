import { describe, expect, it } from 'vitest';
import { assignStories, buildStoryTimeline, splitBackground, storySoFar } from '../../src/lib/stories/index.ts';
import type { EventDate } from '../../src/lib/types.ts';
import { article } from '../fixtures/stories/articles.ts';

const event = (date: string, text: string, sentence: string, extra: Partial<EventDate> = {}): EventDate => ({
  date,
  precision: date.length === 7 ? 'month' : 'day',
  text,
  sentence,
  ...extra,
});

const talks = [
  article('a/talks-open', '2024-04-20T06:43:58+09:00', 'Talks open', 'Talks opened.', ['seoul'], {
    story: 'talks',
    events: [
      event('2024-04-19', 'on the 19th', 'Envoys arrived on the 19th.'),
      event('2024-04-20', 'today', 'Talks opened today.'),
      event('2024-03', 'in March', 'Preparations began in March.'),
    ],
  }),
  article('a/talks-stall', '2024-04-25T18:00:00+09:00', 'Talks stall', 'Talks stalled.', ['seoul'], {
    story: 'talks',
    events: [
      event('2024-04-22', 'on Monday', 'Negotiators walked out on Monday.', { end: '2024-04-23' }),
      event('2024-04-19', 'on the 19th', 'Envoys arrived on the 19th.'),
    ],
  }),
  article('a/talks-resume', '2024-05-20T09:00:00+09:00', 'Talks resume', 'Talks resumed.', ['seoul'], {
    story: 'talks',
    events: [event('2024-05-17', 'on Friday', 'Both sides agreed on Friday to meet again.')],
  }),
];
const [story] = assignStories(talks);

describe('buildStoryTimeline', () => {
  const timeline = buildStoryTimeline(story!, talks, 'Asia/Seoul');
  const line = (entry: (typeof timeline)[number]) =>
    entry.kind === 'article' ? `article ${entry.day} ${entry.articleId}` : `event ${entry.date} ${entry.articleId}`;

  it('interleaves articles and events by date, events before the articles of their day', () => {
    expect(timeline.map(line)).toEqual([
      'event 2024-03 a/talks-open',
      'event 2024-04-19 a/talks-open',
      'article 2024-04-20 a/talks-open',
      'event 2024-04-22 a/talks-stall',
      'article 2024-04-25 a/talks-stall',
      'event 2024-05-17 a/talks-resume',
      'article 2024-05-20 a/talks-resume',
    ]);
  });

  it('links each event to its article and sentence, and keeps range ends', () => {
    expect(timeline[3]).toMatchObject({
      kind: 'event',
      articleId: 'a/talks-stall',
      articleTitle: 'Talks stall',
      sentence: 'Negotiators walked out on Monday.',
      end: '2024-04-23',
    });
  });

  it('takes article days in the site timezone', () => {
    const utc = buildStoryTimeline(story!, talks, 'UTC');
    expect(utc.find((e) => e.kind === 'article')).toMatchObject({ day: '2024-04-19' });
  });
});

describe('splitBackground', () => {
  const entry = (date: string) => ({ kind: 'event' as const, date, precision: 'day' as const, text: '', sentence: '', articleId: 'a', articleTitle: 'A' });
  const first = { kind: 'article' as const, articleId: 'a', title: 'A', published: new Date('2024-04-20T00:00:00Z'), day: '2024-04-20' };

  it('puts what the articles recall from well before the first article in the background, oldest first', () => {
    const { background, developments } = splitBackground([
      entry('2021-09-15'),
      { ...entry('2024-02'), precision: 'month' },
      entry('2024-04-19'),
      first,
      entry('2024-04-22'),
    ]);
    expect(background.map((e) => e.date)).toEqual(['2021-09-15', '2024-02']);
    expect(developments.map((e) => (e.kind === 'article' ? 'article' : e.date))).toEqual(['2024-04-19', 'article', '2024-04-22']);
  });

  it('keeps a month or a range that reaches close to the first article in how the story developed', () => {
    const { background } = splitBackground([{ ...entry('2024-03'), precision: 'month' }, { ...entry('2024-01-10'), end: '2024-04-01' }, first]);
    expect(background).toEqual([]);
  });
});

describe('storySoFar', () => {
  it('lists the story in order with the current article marked and only nearby events', () => {
    const soFar = storySoFar(story!, new Map(talks.map((a) => [a.id, a])), 'a/talks-stall', 'Asia/Seoul', 7);
    expect(soFar?.articles.map((a) => [a.articleId, a.current])).toEqual([
      ['a/talks-open', false],
      ['a/talks-stall', true],
      ['a/talks-resume', false],
    ]);
    expect(soFar?.events.map((e) => e.date)).toEqual(['2024-04-19', '2024-04-22']);
  });

  it('counts a month-precision event as near when its month overlaps the window', () => {
    const soFar = storySoFar(story!, talks, 'a/talks-open', 'Asia/Seoul', 21);
    expect(soFar?.events.map((e) => e.date)).toEqual(['2024-03', '2024-04-19', '2024-04-22']);
  });

  it('returns undefined for an article outside the story', () => {
    expect(storySoFar(story!, talks, 'a/elsewhere', 'Asia/Seoul')).toBeUndefined();
  });
});
