import { describe, expect, it } from 'vitest';
import { addAcronymsAlone, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

const union = candidate('Harbour Dock Workers', { type: 'organization', count: 2, introduced: true, variants: ['HDW'] });

/** The articles of the confident entity named `name`, after lone initials were read. */
function articlesOf(name: string, texts: string[], claims = [union], registered: { name: string; aliases: string[] }[] = []): string[] | undefined {
  const articles = [{ title: 'Union news', body: 'The Harbour Dock Workers (HDW) met.' }, ...texts.map((body) => ({ title: 'Talks', body }))];
  const perArticle = articles.map((_, i) => ({ articleId: `a${i}`, candidates: i === 0 ? claims : [] }));
  const confident = selectConfidentEntities(addAcronymsAlone(articles, perArticle, registered));
  return confident.find((e) => e.name === name)?.articles;
}

describe('initials written alone, for the organisation the archive gives them to', () => {
  it('counts "the HDW" in articles that never spell the name out', () => {
    expect(articlesOf('Harbour Dock Workers', ['The HDW ratified the contract. The HDW’s members voted.', 'Nothing about unions here.'])).toEqual(['a0', 'a1']);
  });

  it('leaves initials two names claim', () => {
    const other = candidate('Highland Dairy Works', { type: 'organization', count: 1, variants: ['HDW'] });
    expect(articlesOf('Harbour Dock Workers', ['The HDW ratified the contract.'], [union, other])).toEqual(['a0']);
  });

  it('leaves initials a registered entity owns to the registry', () => {
    expect(articlesOf('Harbour Dock Workers', ['The HDW ratified the contract.'], [union], [{ name: 'Hill District Watch', aliases: ['HDW'] }])).toEqual([
      'a0',
    ]);
  });

  it('leaves initials inside a line of everyday words in capitals, and inside longer words', () => {
    expect(articlesOf('Harbour Dock Workers', ['JOIN THE HDW TODAY', 'The HDWX index rose.'])).toEqual(['a0']);
  });

  it('makes no entity of initials nobody gives in brackets', () => {
    const unintroduced = candidate('Harbour Dock Workers', { type: 'organization', count: 2, variants: ['HDW'] });
    expect(articlesOf('HDW', ['The HDW ratified the contract.', 'The HDW voted.', 'The HDW met.'], [unintroduced])).toBeUndefined();
    expect(articlesOf('Harbour Dock Workers', ['The HDW ratified the contract.'], [unintroduced])).toEqual(['a0']);
  });
});
