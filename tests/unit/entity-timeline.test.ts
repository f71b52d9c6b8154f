import { describe, expect, it } from 'vitest';
import { buildEntityTimeline, sentenceNames } from '../../src/lib/newsroom/entity-timeline.ts';
import type { ArticleRecord, Entity, EventDate } from '../../src/lib/types.ts';
import { makeArticle } from '../fixtures/article-record.ts';

const biden: Entity = { id: 'joe-biden', name: 'Joe Biden', type: 'person', aliases: ['Joseph R. Biden'] };
const usa: Entity = { id: 'united-states', name: 'United States', type: 'place', aliases: ['U.S.'] };
const may: Entity = { id: 'theresa-may', name: 'Theresa May', type: 'person', aliases: [] };

describe('sentenceNames', () => {
  it.each([
    { name: 'the full name', sentence: 'Joe Biden will travel to Hanoi on September 10.', entity: biden, expected: true },
    { name: 'an alias', sentence: 'Joseph R. Biden signed the order on March 3.', entity: biden, expected: true },
    { name: 'a person by surname', sentence: 'President Biden will host the summit on August 18.', entity: biden, expected: true },
    { name: 'an alias with dots', sentence: 'The U.S. will host APEC in November.', entity: usa, expected: true },
    { name: 'a whole name after the same letters inside a word', sentence: 'Bidenomics, Biden said on May 2, is working.', entity: biden, expected: true },
    { name: 'not a name inside a longer word', sentence: 'The Bidenomics report comes out on May 2.', entity: biden, expected: false },
    { name: 'not a surname that is also a month', sentence: 'Talks resume in May.', entity: may, expected: false },
    { name: 'not someone else', sentence: 'The G7 leaders meet in Hiroshima on May 19.', entity: biden, expected: false },
  ])('$name', ({ sentence, entity, expected }) => {
    expect(sentenceNames(sentence, entity)).toBe(expected);
  });
});

describe('buildEntityTimeline', () => {
  const event = (date: string, sentence: string): EventDate => ({ date, precision: 'day', text: date, sentence });
  const article = (id: string, published: string, events: EventDate[]): ArticleRecord => makeArticle({ id, published, events });
  const newest = [
    article('b', '2023-09-01T09:00:00Z', [
      event('2023-09-10', 'President Biden will travel to Hanoi on September 10.'),
      event('2023-09-09', 'The G20 meets in New Delhi on September 9.'),
    ]),
    article('a', '2023-08-01T09:00:00Z', [event('2023-08-18', 'Biden hosts Camp David talks on August 18.')]),
  ];

  it('keeps only the events whose sentence names the entity, oldest first, without repeating the articles', () => {
    expect(buildEntityTimeline(biden, newest, 'UTC').map((e) => [e.kind, e.date, e.articleId])).toEqual([
      ['event', '2023-08-18', 'a'],
      ['event', '2023-09-10', 'b'],
    ]);
  });
});
