import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { isMinorityAddition } from '../../src/lib/stories/subject-is-event.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const headlines = [
  'Osei wins the election in Lumen by a landslide',
  'Park wins the election in Dorin',
  'Lind wins the election in Sarn by a landslide',
  'Ahn wins the election in Tiro',
  'Menon wins the election in Varna by a landslide',
  'Ruiz wins the election in Kade',
];

describe('isMinorityAddition', () => {
  it.each([
    { name: 'a word half the headlines use adds nothing to "Elections"', subject: ['Elections'], type: 'topic', phrase: 'landslide', expected: true },
    { name: 'a country is no event: its word stays', subject: ['Lumen'], type: 'place', phrase: 'landslide', expected: false },
    { name: 'a word most headlines use stays', subject: ['Elections'], type: 'topic', phrase: 'wins', expected: false },
    { name: 'two names are no single event', subject: ['Elections', 'Lumen'], type: 'topic', phrase: 'landslide', expected: false },
  ])('$name', ({ subject, type, phrase, expected }) => {
    const articles = [...headlines.map((title, i) => article(`vote/${i}`, `2024-0${i + 1}-10T12:00:00Z`, title, title, ['elections'])), ...filler];
    const table = buildFeatures(articles);
    expect(isMinorityAddition(subject, type, phrase, [0, 1, 2, 3, 4, 5], articles, table)).toBe(expected);
  });
});
