import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { headlineNameWords } from '../../src/lib/stories/headline-name-words.ts';
import { hasFocus } from '../../src/lib/stories/story-focus.ts';
import { findHeadlineTemplates } from '../../src/lib/text/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const FULL = 'People’s Republic of Zandia';
const mention = (id: string, first: number) => ({ id, count: 1, first, salient: true });

describe('headlineNameWords', () => {
  const title = `Readout of a Meeting with ${FULL} Foreign Minister Ari Tal`;
  it.each([
    {
      name: 'a country written in full, from where detection found it',
      mentions: [mention('zandia', title.indexOf('People'))],
      expected: ['People’s', 'Republic', 'of', 'Zandia'],
    },
    { name: 'a person named as the id says', mentions: [mention('ari-tal', title.indexOf('Ari'))], expected: ['Ari', 'Tal'] },
    {
      name: 'a person named in the possessive',
      title: 'Readout of Adviser Ari Tal’s Meeting with Zandia',
      mentions: [mention('ari-tal', 'Readout of Adviser '.length)],
      expected: ['Ari', 'Tal’s'],
    },
    { name: 'a mention first found past the headline', mentions: [mention('zandia', title.length + 5)], expected: [] },
    { name: 'an id whose last word does not follow soon', mentions: [mention('norland', title.indexOf('People'))], expected: [] },
  ])('$name', ({ mentions, expected, ...own }) => {
    expect(headlineNameWords(own.title ?? title, mentions)).toEqual(expected);
  });

  it.each([
    { name: 'a later word that happens to be the id’s last', title: 'U.S. Announces Sanctions on Member States', id: 'united-states' },
    { name: 'a name cut by a colon', title: 'Zandia-U.S. Joint Communique: Zandia and the United States Agree', id: 'united-states' },
  ])('$name gives no name', ({ title, id }) => {
    expect(headlineNameWords(title, [mention(id, 0)])).toEqual([]);
  });
});

describe('a thread that shares only the words of a name written in full', () => {
  // Detection reports a country written in full from its first word, as it does on real copy.
  const withFullName = (a: ArticleRecord, first: boolean): ArticleRecord =>
    first ? { ...a, mentions: a.mentions.map((m) => (m.id === 'zandia' ? { ...m, first: a.title.indexOf('People') } : m)) } : a;
  const members = [
    article('z/1', '2023-05-02T12:00:00Z', `Statement on Grain Tariffs and the ${FULL}`, 'Tariffs on grain were raised.', ['zandia']),
    article('z/2', '2023-05-06T12:00:00Z', `Notice on Fishing Licences Issued to the ${FULL}`, 'Licences were renewed.', ['zandia']),
    article('z/3', '2023-05-09T12:00:00Z', `Readout of a Call on River Floods With the ${FULL}`, 'The floods were discussed.', ['zandia']),
  ];
  // Zandia is in the news all year: not rare enough to make a story by itself.
  const elsewhere = ['ports', 'schools', 'rail', 'power'].map((topic, i) =>
    article(`zandia/${topic}`, `2022-0${1 + i}-10T12:00:00Z`, `Zandia Expands ${topic}`, `Zandia said ${topic} would grow.`, ['zandia']),
  );

  // A headline word in more than a few percent of the archive's headlines is a template word; the archive is large enough that these are not.
  const background = Array.from({ length: 60 }, (_, i) =>
    article(
      `other/${i}`,
      `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T12:00:00Z`,
      `Council Item ${i} Approved`,
      `Item ${i} passed.`,
      [],
    ),
  );

  it.each([
    { name: 'has no focus when detection found the name in full', full: true, expected: false },
    { name: 'would have one if "Republic" counted as what happened', full: false, expected: true },
  ])('$name', ({ full, expected }) => {
    const articles = [...members.map((a) => withFullName(a, full)), ...elsewhere, ...background, ...filler];
    const openings = findHeadlineTemplates(
      articles.map((a) => a.title),
      false,
    );
    expect(hasFocus([0, 1, 2], buildFeatures(articles), [], openings)).toBe(expected);
  });
});
