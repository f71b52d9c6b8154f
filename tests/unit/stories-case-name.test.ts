import { describe, expect, it } from 'vitest';
import { findStoryCase } from '../../src/lib/stories/case-name.ts';
import { article } from '../fixtures/stories/articles.ts';

const story = (titles: string[]) => titles.map((title, i) => article(`case/${i}`, `2023-05-0${1 + i}T12:00:00Z`, title, 'The court ruled.', []));

describe('findStoryCase', () => {
  it.each([
    {
      name: 'a case most headlines cite names the story',
      titles: [
        'Statement on the Decision in Friends for Marsh Birds v. Zandia Water Board',
        'Statement on the Appeals Court’s Decision in Friends for Marsh Birds v. Zandia Water Board',
        'Fact Sheet: Protecting the Marsh',
      ],
      expected: 'Friends for Marsh Birds v. Zandia Water Board',
    },
    {
      name: 'the citation most headlines write wins over a shortened one',
      titles: ['Ruling in 404 Studio LLC v. Norland', 'Statement on 404 Studio LLC v. Norland', 'Reaction to 404 Studio v. Norland'],
      expected: '404 Studio LLC v. Norland',
    },
    {
      name: 'a case one headline of three cites does not',
      titles: ['Statement on the Anniversary of the Roe v. Wade Decision', 'Readout of the Meeting on Clinics', 'Readout of the Meeting on Nurses'],
      expected: undefined,
    },
  ])('$name', ({ titles, expected }) => {
    expect(findStoryCase([0, 1, 2], story(titles))).toBe(expected);
  });
});
