import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { pickEventPhrase } from '../../src/lib/stories/event-phrase.ts';
import { collectNameStems } from '../../src/lib/stories/name-words.ts';
import { tokens } from '../../src/lib/stories/event-words.ts';
import { pluraliseRepeated } from '../../src/lib/stories/pluralise-repeated.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

// Readouts of meetings on many subjects: "readout" is the archive's template, "call" is not.
const meetings = ['ports', 'roads', 'schools', 'farms', 'mines', 'banks', 'courts', 'parks', 'wells', 'docks'].map((topic, i) =>
  article(`meeting/${topic}`, `2022-0${1 + (i % 9)}-0${1 + (i % 9)}T12:00:00Z`, `Readout of the Meeting on ${topic}`, `Officials met on ${topic}.`, [
    `${topic}-office`,
  ]),
);

const call = (id: string, day: number): ArticleRecord =>
  article(
    id,
    `2023-05-${String(day).padStart(2, '0')}T12:00:00Z`,
    'Readout of Minister Vale’s Call with Governor Osei of Norland',
    'Minister Vale spoke today with Governor Osei of Norland about the hostages held in the border towns.',
    ['vale', 'osei', 'norland'],
  );

describe('pickEventPhrase and the kind of release every headline shares', () => {
  it.each([
    { name: 'calls on many days that the prose never calls calls', days: [2, 6, 11, 15], expected: 'calls' },
    { name: 'readouts of one call, out the same day and the next', days: [2, 2, 3], expected: 'call' },
  ])('$name', ({ days, expected }) => {
    const articles = [...days.map((day, i) => call(`call/${i}`, day)), ...meetings, ...filler];
    const table = buildFeatures(articles);
    const members = days.map((_, i) => i);
    const nameStems = new Set(['vale', 'osei', 'norland']);
    expect(pickEventPhrase({ members, articles, table, nameStems })).toBe(expected);
  });
});

describe('pluraliseRepeated', () => {
  const articles = [2, 6, 11, 11].map((day, i) => call(`p/${i}`, day));
  const lists = articles.map((a) => tokens(a.title));
  it.each([
    { name: 'a kind of release on three days is plural', members: [0, 1, 2], word: 'call', expected: 'calls' },
    { name: 'on two days within a week it stays one', members: [1, 2, 3], word: 'call', expected: 'call' },
    { name: 'on two days more than a week apart it is two', members: [0, 2], word: 'call', expected: 'calls' },
    { name: 'a word pair is left as it is', members: [0, 1, 2], word: 'phone call', expected: 'phone call' },
  ])('$name', ({ members, word, expected }) => {
    expect(
      pluraliseRepeated(
        word,
        'call',
        members,
        articles,
        members.map((m) => lists[m] ?? []),
      ),
    ).toBe(expected);
  });
});

describe('pickEventPhrase and a kind of release that ends every headline', () => {
  // Notices whose leads never use their own kind's word: "declared that a major disaster exists".
  const notice = (id: string, day: number, kind: string): ArticleRecord =>
    article(
      id,
      `2023-05-${String(day).padStart(2, '0')}T12:00:00Z`,
      `Governor Approves Norland ${kind}`,
      'The Governor declared that a major disaster exists in Norland and ordered aid for the areas affected.',
      ['norland'],
    );
  it.each([
    {
      name: 'declarations on three days name the story',
      kinds: ['Emergency Declaration', 'Disaster Declaration', 'Disaster Declaration'],
      expected: 'disaster declarations',
    },
    { name: 'a word that ends only some headlines does not', kinds: ['Emergency Declaration', 'Disaster Declaration', 'Disaster Relief'], expected: '' },
  ])('$name', ({ kinds, expected }) => {
    const articles = [...kinds.map((kind, i) => notice(`notice/${i}`, 2 + 5 * i, kind)), ...meetings, ...filler];
    const table = buildFeatures(articles);
    expect(pickEventPhrase({ members: [0, 1, 2], articles, table, nameStems: new Set(['norland']) })).toBe(expected);
  });

  it('never takes a name that ends headlines in sentence case for the kind of release', () => {
    const visits = ['Governor hosts Okafor', 'Governor and Okafor meet farmers', 'Crowds greet Okafor'].map((title, i) =>
      article(`okafor/${i}`, `2023-05-0${2 + 3 * i}T12:00:00Z`, title, 'The Governor spoke warmly.', ['norland']),
    );
    const articles = [...visits, ...meetings, ...filler];
    const table = buildFeatures(articles);
    expect(pickEventPhrase({ members: [0, 1, 2], articles, table, nameStems: new Set(['norland']) })).toBe('');
  });
});

describe('pickEventPhrase and a headline’s kicker', () => {
  // A campaign's label in capitals before a colon, then what each release is about.
  const releases = ['Closes the Ferry Terminal', 'Cuts the Ferry Timetable', 'Sells the Ferry Fleet'].map((what, i) =>
    article(
      `ferry/${i}`,
      `2023-05-0${2 + 2 * i}T12:00:00Z`,
      `RED SIREN: The Council’s Ferry Plan ${what}`,
      `It is a siren for the town and a siren for the fleet: the ferry plan ${what.toLowerCase()}, and the plan is wrong.`,
      ['town-council'],
    ),
  );
  it('names what the releases are about, not their label', () => {
    const articles = [...releases, ...meetings, ...filler];
    const table = buildFeatures(articles);
    expect(pickEventPhrase({ members: [0, 1, 2], articles, table, nameStems: new Set(['council', 'town']) })).toBe('ferry plan');
  });
});

describe('pickEventPhrase and a compound after a modifier', () => {
  // "Costly Ferry Plan": as many headlines write "ferry plan" as "costly ferry"; the compound's last noun heads it.
  const releases = ['Closes the Terminal', 'Cuts the Timetable', 'Sells the Fleet'].map((what, i) =>
    article(
      `costly/${i}`,
      `2023-05-0${2 + 2 * i}T12:00:00Z`,
      `The Council’s Costly Ferry Plan ${what}`,
      `The costly plan is wrong: the ferry plan ${what.toLowerCase()}, and the ferry will stop.`,
      ['town-council'],
    ),
  );
  it('names the compound, not the modifier and its first word', () => {
    const articles = [...releases, ...meetings, ...filler];
    const table = buildFeatures(articles);
    expect(pickEventPhrase({ members: [0, 1, 2], articles, table, nameStems: new Set(['council', 'town']) })).toBe('ferry plan');
  });
});

describe('collectNameStems and a name on too many headlines to be a story’s entity', () => {
  // "Adviser Tam Vale’s Meeting with …" heads most of the archive's readouts: Tam Vale is no entity
  // of any one story, but his name is still a name, never the event ("Norland and Sudria vale").
  const readouts = Array.from({ length: 12 }, (_, i) =>
    article(
      `vale/${i}`,
      `2023-03-${String(1 + i).padStart(2, '0')}T12:00:00Z`,
      `Readout of Adviser Tam Vale’s Meeting with Minister ${['Osei', 'Aro', 'Lind', 'Pak'][i % 4]} of Norland`,
      'The adviser met the minister.',
      ['tam-vale', 'norland'],
    ),
  );

  it('keeps the words of every name a member headline writes out of the event words', () => {
    const articles = [...readouts, ...meetings, ...filler];
    const table = buildFeatures(articles);
    const { nameStems } = collectNameStems([0, 1, 2], table, ['Norland']);
    expect(nameStems).toContain('vale');
  });
});
