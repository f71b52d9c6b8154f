import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveEventDates, splitSentences } from '../../src/lib/events/index.ts';
import { remarkEventDates } from '../../src/remark/event-dates.ts';

const SEOUL = new Date('2024-04-20T06:43:58+09:00');

describe('splitSentences', () => {
  it.each([
    { name: 'keeps "Mr." and "U.S." inside a sentence', text: 'Mr. Kim met U.S. envoys. They left.', expected: ['Mr. Kim met U.S. envoys.', 'They left.'] },
    {
      name: 'keeps "a.m." before lowercase words inside a sentence',
      text: 'It began at 10 a.m. local time on Friday. Then it rained.',
      expected: ['It began at 10 a.m. local time on Friday.', 'Then it rained.'],
    },
    {
      name: 'ends a sentence at "a.m." followed by "The"',
      text: 'It began at 10 a.m. The rain came later.',
      expected: ['It began at 10 a.m.', 'The rain came later.'],
    },
    {
      name: 'keeps initials and month abbreviations inside a sentence',
      text: 'John F. Kennedy died on Nov. 22, 1963. It was a Friday.',
      expected: ['John F. Kennedy died on Nov. 22, 1963.', 'It was a Friday.'],
    },
    { name: 'keeps a quoted question with its attribution', text: '"Why now?" he asked. Nobody knew.', expected: ['"Why now?" he asked.', 'Nobody knew.'] },
    {
      name: 'ends a sentence at a blank line even without a stop',
      text: 'Headline without a stop\n\nBody text.',
      expected: ['Headline without a stop', 'Body text.'],
    },
  ])('$name', ({ text, expected }) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('resolveEventDates: sentences and duplicates', () => {
  it('stores each date with the sentence it came from', () => {
    const events = resolveEventDates('Mr. Lee arrived in the U.S. on Friday. Talks began on the 17th.', SEOUL, 'Asia/Seoul');
    expect(events.map((e) => [e.date, e.text, e.sentence])).toEqual([
      ['2024-04-19', 'on Friday', 'Mr. Lee arrived in the U.S. on Friday.'],
      ['2024-04-17', 'on the 17th', 'Talks began on the 17th.'],
    ]);
  });

  it('keeps the same date once per sentence but again in another sentence', () => {
    const text = 'It happened yesterday, on Friday. Officials confirmed it on Friday.';
    expect(resolveEventDates(text, SEOUL, 'Asia/Seoul').map((e) => e.date)).toEqual(['2024-04-19', '2024-04-19']);
  });

  it('gives the same answer whatever the machine timezone is', () => {
    // The result depends only on the instant and the site timezone passed in.
    const original = process.env['TZ'];
    let results;
    try {
      results = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
        process.env['TZ'] = tz;
        return resolveEventDates('He arrived yesterday and left on the 19th. The vote is next Friday.', SEOUL, 'Asia/Seoul');
      });
    } finally {
      // Assigning undefined would leave the string "undefined" as the timezone for later tests.
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('remarkEventDates', () => {
  const run = async (published: unknown, markdown: string, timeZone = 'Asia/Seoul') => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkEventDates({ timeZone, locale: 'en-GB' }));
    const frontmatter: Record<string, unknown> = { published };
    await processor.run(processor.parse(markdown), new VFile({ path: 'content/articles/x.md', value: markdown, data: { astro: { frontmatter } } }));
    return frontmatter['events'];
  };

  it.each([
    { name: 'reads a published string with an offset as that instant', published: '2024-04-20T06:43:58+09:00', timeZone: 'UTC', expected: '2024-04-18' },
    {
      name: 'reads a published string without an offset as local time in the site timezone',
      published: '2024-04-20 06:43:58',
      timeZone: 'Asia/Seoul',
      expected: '2024-04-19',
    },
    { name: 'accepts a published Date', published: new Date('2024-04-20T06:43:58+09:00'), timeZone: 'Asia/Seoul', expected: '2024-04-19' },
  ])('$name', async ({ published, timeZone, expected }) => {
    const events = await run(published, 'He arrived yesterday.\n\n```\nyesterday\n```', timeZone);
    expect(events).toEqual([{ date: expected, precision: 'day', text: 'yesterday', sentence: 'He arrived yesterday.', end: undefined }]);
    expect(JSON.parse(JSON.stringify(events))).toEqual([{ date: expected, precision: 'day', text: 'yesterday', sentence: 'He arrived yesterday.' }]);
  });

  it('names the file and the field when published cannot be read', async () => {
    await expect(run('20 April', 'Text.')).rejects.toThrow(/content\/articles\/x\.md: frontmatter "published"/);
  });
});
