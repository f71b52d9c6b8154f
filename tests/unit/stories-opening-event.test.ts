import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { pickOpeningEvent } from '../../src/lib/stories/opening-event.ts';
import { announced } from '../../src/lib/stories/announced-event.ts';
import { article, filler } from '../fixtures/stories/articles.ts';
import { otherTrips, otherVisits } from '../fixtures/stories/names.ts';

describe('pickOpeningEvent', () => {
  it.each([
    {
      name: 'the visit a statement announces',
      headline: 'Statement on the Visit of President Owusu of Zandia',
      expected: { word: 'visit', preposition: 'of' },
    },
    {
      name: 'the travel a possessive announces, with its owner',
      headline: 'Statement on Minister Lind’s Travel to Chile',
      expected: { word: 'travel', preposition: 'to', owner: 'Lind' },
    },
    {
      name: 'the travel of a named traveller to a place: the traveller owns it',
      headline: 'Statement on the Travel of Security Adviser Tom Okafor to the Republic of Chile',
      expected: { word: 'travel', preposition: 'to', owner: 'Okafor' },
    },
    { name: 'a date owns no journey', headline: 'Statement on Tomorrow’s Visit to Zandia', expected: undefined },
    { name: 'a word not announced (no determiner or possessive before it)', headline: 'Zandia Visit Ends Early', expected: undefined },
  ])('$name', ({ headline, expected }) => {
    const articles = [
      article('opening/1', '2023-11-20T12:00:00Z', headline, 'The leaders met in the capital.', ['zandia']),
      ...otherVisits,
      ...otherTrips,
      ...filler,
    ];
    const table = buildFeatures(articles);
    const found = pickOpeningEvent({ members: [0], articles, table, nameStems: new Set(['zandia', 'owusu', 'lind', 'chile']), prose: [] });
    expect(found && { word: found.word, preposition: found.preposition, ...(found.owner ? { owner: found.owner } : {}) }).toEqual(expected);
  });
});

describe('announced', () => {
  it.each([
    ['the Visit of the President of Zandia', 'visit', 'of'],
    ['the Visit of the President of Zandia', 'Visit', 'of'],
    ['Okafor’s Trip to Zandia', 'trip', 'to'],
    ['Summit Opens in Port Vale', 'summit', undefined],
    ['the Visit of the President of Zandia', '', undefined],
  ])('"%s", word "%s": announced with "%s"', (headline, word, preposition) => {
    expect(announced(headline, word)?.preposition).toBe(preposition);
  });
});
