import { describe, expect, it } from 'vitest';
import { keepCoverageRun } from '../../src/lib/stories/coverage-run.ts';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { focusOn } from '../../src/lib/stories/story-focus.ts';
import { findHeadlineTemplates } from '../../src/lib/text/index.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const DAY = 86_400_000;

describe('keepCoverageRun', () => {
  it.each([
    { name: 'a budget fight covered every few days stays whole', days: [0, 2, 5, 9, 14], expected: [0, 1, 2, 3, 4] },
    { name: 'meetings on one topic a week or more apart fall apart into runs of one', days: [0, 7, 21], expected: [0] },
    { name: 'the longest run is kept, the lone meeting weeks before it leaves', days: [0, 19, 20, 22], expected: [1, 2, 3] },
    { name: 'of two runs as long, the earlier one is kept', days: [0, 1, 12, 13], expected: [0, 1] },
    { name: 'six days of silence still continue the story', days: [0, 6, 12], expected: [0, 1, 2] },
  ])('$name', ({ days, expected }) => {
    expect(
      keepCoverageRun(
        days.map((_, i) => i),
        (i) => (days[i] ?? 0) * DAY,
      ),
    ).toEqual(expected);
  });

  it('reads members in time order whatever order they come in', () => {
    const days = [20, 0, 21, 1, 2];
    expect(keepCoverageRun([0, 1, 2, 3, 4], (i) => (days[i] ?? 0) * DAY)).toEqual([1, 3, 4]);
  });
});

describe('focusOn and a thread held by words alone', () => {
  // A larger archive, so that a word in a few headlines is no template word of it.
  const notes = Array.from({ length: 60 }, (_, n) =>
    article(`note/${n}`, '2022-11-01T12:00:00Z', `Note number ${n + 1} on the ward map`, 'A note.', [`ward-${n}`]),
  );
  // Officials who chair many meetings: named in many articles, so no name holds the thread.
  const elsewhere = ['tolls', 'parks', 'libraries', 'buses', 'pensions', 'zoning'].map((topic, i) =>
    article(`office/${topic}`, `2022-0${1 + i}-10T12:00:00Z`, `Readout of the Housing Office Meeting on ${topic}`, `Mira Chen chaired a meeting on ${topic}.`, [
      'mira-chen',
    ]),
  );
  const meeting = (id: string, date: string, who: string): ReturnType<typeof article> =>
    article(id, date, `Readout of Meeting with ${who} on Tenant Protections`, `Today Mira Chen met ${who.toLowerCase()} on tenant protections.`, ['mira-chen']);
  it.each([
    {
      name: 'meetings on one policy with different groups, weeks apart, are no story',
      members: [
        meeting('m/1', '2023-03-01T12:00:00Z', 'City Councillors'),
        meeting('m/2', '2023-03-09T12:00:00Z', 'Landlord Groups'),
        meeting('m/3', '2023-03-24T12:00:00Z', 'Student Unions'),
      ],
      expected: [0],
    },
    {
      name: 'statements on tenant protections over four days stay one story',
      members: [
        meeting('n/1', '2023-03-01T12:00:00Z', 'City Councillors'),
        meeting('n/2', '2023-03-03T12:00:00Z', 'Landlord Groups'),
        meeting('n/3', '2023-03-05T12:00:00Z', 'Student Unions'),
      ],
      expected: [0, 1, 2],
    },
  ])('$name', ({ members, expected }) => {
    const articles = [...members, ...elsewhere, ...filler, ...notes];
    const table = buildFeatures(articles);
    const openings = findHeadlineTemplates(
      articles.map((a) => a.title),
      false,
    );
    expect(focusOn([0, 1, 2], table, [], openings)).toEqual(expected);
  });
});
