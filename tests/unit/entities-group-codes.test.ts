import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';
import { isCodeWord } from '../../src/lib/entities/group-codes.ts';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// A code of capitals and digits names a group only where the archive writes it before the word for
// the group's members ("the K3 countries"); fiscal years, gases and serial numbers stay no entity.

describe('codes of capitals and digits', () => {
  it.each([
    ['letters and digits mixed', 'K3Z3', true],
    ['one letter and a number', 'Q9', true],
    ['no digit', 'NATO', false],
    ['starts with a digit', '3K', false],
    ['a lowercase letter', 'Kx3', false],
    ['a serial number is too long', 'A7C9D2E8F1', false],
  ])('%s: %s', (_, word, expected) => {
    expect(isCodeWord(word)).toBe(expected);
  });
});

describe('a code written before its members', () => {
  const registry = buildRegistry({ files: [] });
  const found = (body: string): string[] =>
    analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} ${c.type} ${c.memberSpots}`);
  it.each([
    ['counts a code before "countries"', 'Ministers of the K3Z3 countries met. K3Z3 will meet again.', ['K3Z3 organization 1']],
    ['a code alone is found but unproven', 'Talks went on in formats such as K3Z3.', ['K3Z3 organization 0']],
    ['a code in brackets after a name is that name', 'The Harbour Safety Bureau (HSB2) will act. HSB2 said so.', ['Harbour Safety Bureau organization 0']],
  ])('%s', (_, body, expected) => {
    expect(found(body)).toEqual(expected);
  });
});

describe('which codes the archive reads as groups', () => {
  const code = (name: string, memberSpots: number) => candidate(name, { type: 'organization', memberSpots });
  it.each([
    [
      'a code written before its members once names a group in every article',
      { a: [code('K3Z3', 1)], b: [code('K3Z3', 0)], c: [code('K3Z3', 0)] },
      ['K3Z3 a b c'],
    ],
    ['a code never written before its members is none', { a: [code('FY27', 0), code('FY27', 0)], b: [code('FY27', 0)] }, []],
  ])('%s', (_, byArticle, expected) => {
    const perArticle = Object.entries(byArticle).map(([articleId, candidates]) => ({ articleId, candidates }));
    expect(selectConfidentEntities(perArticle).map((e) => `${e.name} ${e.articles.join(' ')}`)).toEqual(expected);
  });
});
