import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { keepToEventEnd } from '../../src/lib/stories/event-end.ts';
import { stem } from '../../src/lib/text/index.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const day = (n: number): string => `2023-06-${String(1 + n).padStart(2, '0')}T12:00:00Z`;

describe('keepToEventEnd', () => {
  it.each([
    {
      name: 'a call two weeks after the fires, about something else, leaves',
      last: ['Readout of the Call with Premier Osei of Norland', 'They spoke about the election in Zandia.'],
      expected: [0, 1, 2, 3],
    },
    {
      name: 'a later call whose lead is about the fires stays',
      last: ['Readout of the Call with Premier Osei of Norland', 'They spoke about the wildfires still burning in Norland.'],
      expected: [0, 1, 2, 3, 4],
    },
  ])('$name', ({ last, expected }) => {
    const articles = [
      article('fires/0', day(0), 'Statement on the Visit of Premier Osei of Norland', 'The premier visits next week.', ['norland', 'osei']),
      article('fires/1', day(3), 'Statement on the Wildfires in Norland', 'Fires burn across Norland.', ['norland', 'osei']),
      article('fires/2', day(3), 'Readout of the Call with Premier Osei of Norland', 'They spoke about the wildfires.', ['norland', 'osei']),
      article('fires/3', day(5), 'Fact Sheet: Help for Norland After the Wildfires', 'Crews fly to Norland.', ['norland', 'osei']),
      article('fires/4', day(19), last[0]!, last[1]!, ['norland', 'osei']),
      ...filler,
    ];
    const table = buildFeatures(articles);
    const words = [table.termKeys.get(stem('wildfires'))!];
    expect(keepToEventEnd([0, 1, 2, 3, 4], [1, 3], words, table)).toEqual(expected);
  });

  it('keeps every member when no headline shares a word', () => {
    const articles = [
      article('x/0', day(0), 'Readout of the Call', 'They spoke.', ['norland']),
      article('x/1', day(20), 'Readout of the Call', 'They spoke.', ['norland']),
    ];
    expect(keepToEventEnd([0, 1], [], [], buildFeatures(articles))).toEqual([0, 1]);
  });
});
