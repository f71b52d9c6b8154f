import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { focusOn, hasFocus } from '../../src/lib/stories/story-focus.ts';
import { findHeadlineTemplates } from '../../src/lib/text/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const at = (day: number): string => `2023-05-${String(day).padStart(2, '0')}T12:00:00Z`;

// The spokesperson speaks on everything: named in many articles of the archive, rare in none.
const elsewhere = ['tolls', 'parks', 'libraries', 'buses', 'pensions', 'zoning'].map((topic, i) =>
  article(`reyes/${topic}`, `2022-0${1 + i}-10T12:00:00Z`, `Statement from Spokesperson Dana Reyes on ${topic}`, `Dana Reyes spoke on ${topic}.`, [
    'dana-reyes',
  ]),
);

const statement = (id: string, day: number, topic: string, entities = ['dana-reyes']): ArticleRecord =>
  article(id, at(day), `Statement from Spokesperson Dana Reyes on ${topic}`, `Dana Reyes said the city would act on ${topic}.`, entities);

const cases: Array<{ name: string; members: ArticleRecord[]; expected: boolean }> = [
  {
    name: 'a speaker’s statements on unrelated things have no focus',
    members: [statement('a/1', 2, 'the school meals'), statement('a/2', 9, 'the bridge closure'), statement('a/3', 15, 'the heat wave')],
    expected: false,
  },
  {
    name: 'the same speaker’s statements on one strike share a word beyond the template',
    members: [statement('b/1', 2, 'the dock strike'), statement('b/2', 5, 'talks to end the dock strike'), statement('b/3', 8, 'the end of the dock strike')],
    expected: true,
  },
  {
    name: 'a name rare in the archive is a story by itself',
    members: [
      statement('c/1', 2, 'Lena Ortiz', ['dana-reyes', 'lena-ortiz']),
      statement('c/2', 4, 'the Lena Ortiz inquiry', ['dana-reyes', 'lena-ortiz']),
      statement('c/3', 6, 'Lena Ortiz', ['dana-reyes', 'lena-ortiz']),
    ],
    expected: true,
  },
  {
    name: 'one notice issued twice (release and message) shares its words with itself, not with a story',
    members: [
      ...['Notice on', 'Message to the Council on'].map((opening, i) =>
        article(
          `d/${i + 1}`,
          `2023-05-02T1${i}:00:00Z`,
          `${opening} the Continuation of the Emergency Over Timber Exports That Finance Armed Militias`,
          'Dana Reyes announced that the emergency continues.',
          ['dana-reyes'],
        ),
      ),
      statement('d/3', 6, 'the harbour dredging'),
    ],
    expected: false,
  },
];

describe('hasFocus', () => {
  it.each(cases)('$name', ({ members, expected }) => {
    const articles = [...members, ...elsewhere, ...filler];
    const table = buildFeatures(articles);
    const openings = findHeadlineTemplates(
      articles.map((a) => a.title),
      false,
    );
    expect(hasFocus([0, 1, 2], table, [], openings)).toBe(expected);
  });
});

describe('focusOn', () => {
  // Held by a shared headline word ("quarry"): the speaker's other statement a week on goes; the
  // same-day readout of a call on the collapse, which does not use the word, stays.
  const members = [
    statement('f/1', 2, 'the quarry collapse'),
    article(
      'f/2',
      '2023-05-02T18:00:00Z',
      'Readout of Spokesperson Dana Reyes’s Call with the Mine Safety Board',
      'Dana Reyes spoke with the mine safety board.',
      ['dana-reyes'],
    ),
    statement('f/3', 3, 'rescues after the quarry collapse'),
    statement('f/4', 4, 'the inquiry into the quarry collapse'),
    statement('f/5', 11, 'the library reopening'),
  ];
  it('keeps the members that share the word and the documents out within a day of one', () => {
    // A larger archive, so that a word in three headlines is no template word of it.
    const notes = Array.from({ length: 40 }, (_, n) =>
      article(`note/${n}`, '2022-11-01T12:00:00Z', `Note number ${n + 1} on the ward map`, 'A note.', [`ward-${n}`]),
    );
    const articles = [...members, ...elsewhere, ...filler, ...notes];
    const table = buildFeatures(articles);
    const openings = findHeadlineTemplates(
      articles.map((a) => a.title),
      false,
    );
    expect(focusOn([0, 1, 2, 3, 4], table, [], openings)).toEqual([0, 1, 2, 3]);
  });
});

describe('focusOn and recurring headline openings', () => {
  // A larger archive, so that a word in eight headlines is no template word of it.
  const notes = Array.from({ length: 150 }, (_, n) =>
    article(`note/${n}`, '2022-11-01T12:00:00Z', `Note number ${n + 1} on the ward map`, 'A note.', [`ward-${n}`]),
  );
  // A format of the archive whose opening holds a word ("quarry") that a story's headlines use too.
  const sessions = ['Paid Leave', 'Bus Fares', 'Park Hours', 'Library Fines'].map((topic, i) =>
    article(`session/${i}`, `2022-0${2 + i}-15T12:00:00Z`, `Readout of the Quarry Board Session on ${topic}`, `The board met on ${topic}.`, ['quarry-board']),
  );
  const cases = [
    {
      name: 'an issue of another format whose opening holds the story’s word leaves',
      members: [
        statement('q/1', 2, 'the quarry collapse'),
        statement('q/2', 3, 'rescues after the quarry collapse'),
        statement('q/3', 4, 'the inquiry into the quarry collapse'),
        article('q/4', at(9), 'Readout of the Quarry Board Session on Night Buses', 'The board met on night buses.', ['dana-reyes', 'quarry-board']),
      ],
      expected: [0, 1, 2],
    },
    {
      name: 'headlines that share the story’s own refrain stay',
      members: [
        statement('r/1', 2, 'the harbour strike'),
        statement('r/2', 3, 'talks on the harbour strike'),
        statement('r/3', 4, 'the harbour strike vote'),
        statement('r/4', 5, 'the end of the harbour strike'),
        ...['Close the Docks', 'Stop the Ferries', 'Cost the Fishing Fleet', 'Delay Cargo'].map((what, i) =>
          article(`r/${5 + i}`, at(8 + 2 * i), `Harbour Strike Would ${what}`, `Dana Reyes warned the strike would ${what.toLowerCase()}.`, ['dana-reyes']),
        ),
      ],
      expected: [0, 1, 2, 3, 4, 5, 6, 7],
    },
  ];
  it.each(cases)('$name', ({ members, expected }) => {
    const articles = [...members, ...sessions, ...elsewhere, ...filler, ...notes];
    const table = buildFeatures(articles);
    const openings = findHeadlineTemplates(
      articles.map((a) => a.title),
      false,
    );
    expect(
      focusOn(
        members.map((_, i) => i),
        table,
        [],
        openings,
      ),
    ).toEqual(expected);
  });
});
