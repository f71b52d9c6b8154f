import { describe, expect, it } from 'vitest';
import { assignStories } from '../../src/lib/stories/index.ts';
import { countNounUse } from '../../src/lib/stories/noun-use.ts';
import { formatStoryPeriod } from '../../src/lib/stories/story-period.ts';
import { humaniseId } from '../../src/lib/stories/name-words.ts';
import { filler, launches } from '../fixtures/stories/articles.ts';
import { namedStories, readouts } from '../fixtures/stories/names.ts';

describe('automatic story names', () => {
  it.each(namedStories)('$name', ({ articles, expected, types, archive }) => {
    const stories = assignStories([...articles, ...readouts, ...(archive ?? []), ...filler], {
      timeZone: 'UTC',
      entityName: humaniseId,
      entityType: (id) => types?.[id],
    });
    const story = stories.find((s) => s.articleIds.includes(articles[0]!.id));
    expect(story?.title).toBe(expected);
  });

  it('lets an editor’s story file name and sum up the story instead', () => {
    const [story] = assignStories(launches.slice(0, 2), {
      titles: { 'nk-launches': 'North Korea’s spring missile tests' },
      summaries: { 'nk-launches': 'Launches off the east coast, April 2024.' },
    });
    expect(story).toMatchObject({ title: 'North Korea’s spring missile tests', summary: 'Launches off the east coast, April 2024.' });
  });
});

describe('formatStoryPeriod', () => {
  it.each([
    { name: 'one month', first: '2023-08-09T10:00:00Z', last: '2023-08-20T10:00:00Z', expected: 'August 2023' },
    { name: 'two months of one year, closed dash', first: '2023-10-07T10:00:00Z', last: '2023-11-05T10:00:00Z', expected: 'October–November 2023' },
    { name: 'across a new year, spaced dash', first: '2023-12-20T10:00:00Z', last: '2024-01-10T10:00:00Z', expected: 'December 2023 – January 2024' },
    { name: 'more than four months: the years', first: '2023-05-01T10:00:00Z', last: '2025-06-01T10:00:00Z', expected: '2023–2025' },
    {
      name: 'months of the site timezone',
      first: '2023-10-31T23:30:00Z',
      last: '2023-11-01T02:00:00Z',
      expected: 'October 2023',
      timeZone: 'America/New_York',
    },
  ])('$name', ({ first, last, expected, timeZone }) => {
    expect(formatStoryPeriod(new Date(first), new Date(last), 'en-GB', timeZone ?? 'UTC')).toBe(expected);
  });
});

describe('countNounUse', () => {
  it.each([
    {
      name: 'a noun after a determiner, before a preposition',
      form: 'attacks',
      text: 'The President condemned the terrorist attacks on Israel.',
      noun: 1,
      verb: 0,
    },
    { name: 'a noun closing its sentence after a possessive', form: 'response', text: 'It praised Japan’s response.', noun: 1, verb: 0 },
    { name: 'a verb after "to"', form: 'promote', text: 'They agreed to promote stability.', noun: 0, verb: 1 },
    { name: 'an adjective before its noun counts as neither', form: 'strategic', text: 'They signed a strategic partnership.', noun: 0, verb: 0 },
    {
      name: 'a comma after a word counts half: it may part adjectives',
      form: 'comprehensive',
      text: 'They want a comprehensive, just and lasting peace.',
      noun: 0.5,
      verb: 0,
    },
    { name: 'a noun before a modal verb', form: 'proposal', text: 'Their proposal could cut the fund.', noun: 1, verb: 0 },
    { name: 'part of a web address is not prose', form: 'america', text: 'See invest.gov/america for the list.', noun: 0, verb: 0 },
  ])('$name', ({ form, text, noun, verb }) => {
    expect(countNounUse(form, [text])).toMatchObject({ noun, verb });
  });
});
