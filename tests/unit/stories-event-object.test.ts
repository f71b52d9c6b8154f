import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { findEventObject, isVerbNoun } from '../../src/lib/stories/event-object.ts';
import { tokens } from '../../src/lib/stories/event-words.ts';
import { pickOpeningEvent } from '../../src/lib/stories/opening-event.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

describe('isVerbNoun', () => {
  it.each([
    { word: 'participation', expected: true },
    { word: 'engagement', expected: true },
    { word: 'attendance', expected: true },
    { word: 'summit', expected: false },
    { word: 'visit', expected: false },
    { word: 'nation', expected: false },
  ])('$word → $expected', ({ word, expected }) => {
    expect(isVerbNoun(word)).toBe(expected);
  });
});

const events = new Set(['summit', 'forum']);
const isEvent = (stem: string): boolean => events.has(stem);
const stemOf = (word: string): string => tokens(word)[0]?.stem ?? '';

describe('findEventObject', () => {
  it.each([
    {
      name: 'taking part in a summit, in most headlines, is the summit',
      headlines: [
        'Minister Vale’s Participation in the Harbour Summit',
        'Readout of the Participation at the Third Annual Harbour Summit',
        'Participation Figures Released',
      ],
      expected: 'summit',
    },
    {
      name: 'one headline of three is not most',
      headlines: ['Minister Vale’s Participation in the Harbour Summit', 'Participation Figures Released', 'Record Participation Reported'],
      expected: undefined,
    },
    {
      name: 'a word after "for" is no event the head takes part in',
      headlines: ['Participation for the Harbour Summit Opens', 'Participation for the Harbour Summit Closes'],
      expected: undefined,
    },
    { name: 'a lone headline naming its event after "at"', headlines: ['Remarks on Engagement at the Youth Forum'], head: 'engagement', expected: 'forum' },
  ])('$name', ({ headlines, head, expected }) => {
    const found = findEventObject(stemOf(head ?? 'participation'), headlines.map(tokens), isEvent);
    expect(found).toBe(expected === undefined ? undefined : stemOf(expected));
  });
});

// Summits come up now and then in the archive's headlines; a participation is a summit's.
const otherSummits = ['Lakes', 'Ports', 'Rivers', 'Deserts', 'Islands', 'Forests'].map((name, i) =>
  article(`summit/${i}`, `2022-0${1 + i}-05T12:00:00Z`, `Leaders Gather for the ${name} Summit`, `The ${name.toLowerCase()} summit opened.`, ['zandia']),
);
const otherParticipations = ['Fair', 'Games', 'Expo', 'Gala', 'Festival'].map((name, i) =>
  article(`part/${i}`, `2022-0${1 + i}-15T12:00:00Z`, `Record Participation at the ${name}`, `Participation at the ${name.toLowerCase()} grew.`, ['zandia']),
);

describe('pickOpeningEvent and a noun of taking part', () => {
  it.each([
    {
      name: 'a participation announced is the summit it is in',
      headline: 'Readout of Minister Vale’s Participation in the Harbour Summit',
      expected: 'summit',
    },
    { name: 'a summit announced stays a summit, even at a named place', headline: 'Statement on the Summit at Camp Pell', expected: 'summit' },
  ])('$name', ({ headline, expected }) => {
    const articles = [
      article('opening/1', '2023-11-20T12:00:00Z', headline, 'The minister spoke at the summit on trade.', ['zandia']),
      ...otherSummits,
      ...otherParticipations,
      ...filler,
    ];
    const table = buildFeatures(articles);
    const found = pickOpeningEvent({
      members: [0],
      articles,
      table,
      nameStems: new Set(['zandia', 'vale']),
      prose: ['The minister spoke at the summit on trade.'],
    });
    expect(found?.word).toBe(expected);
  });
});
