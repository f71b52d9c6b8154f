import { describe, expect, it } from 'vitest';
import { addAcronymsAlone, selectConfidentEntities } from '../../src/lib/entities/index';
import type { UnregisteredCandidate } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

const union = candidate('Harbour Dock Workers', { type: 'organization', count: 2, introduced: true, variants: ['HDW'] });
// A second owner whose initials should join in every archive below, so each test also shows the rule at work.
const ferries = candidate('Kelvara Ferry Authority', { type: 'organization', count: 2, introduced: true, variants: ['KFA'] });
const FERRY_STORY = 'The KFA cut fares. The KFA said more boats would sail.';

/** The articles of the confident entities named `names`, after lone initials were read. */
function articlesOf(
  texts: string[],
  claims: UnregisteredCandidate[] = [union],
  registered: { name: string; aliases: string[] }[] = [],
): Record<string, string[] | undefined> {
  const articles = [
    { title: 'Union news', body: 'The Harbour Dock Workers (HDW) and the Kelvara Ferry Authority (KFA) met.' },
    ...[...texts, FERRY_STORY].map((body) => ({ title: 'Talks', body })),
  ];
  const perArticle = articles.map((_, i) => ({ articleId: `a${i}`, candidates: i === 0 ? [...claims, ferries] : [] }));
  const confident = selectConfidentEntities(addAcronymsAlone(articles, perArticle, registered));
  const of = (name: string) => confident.find((e) => e.name === name)?.articles;
  return { union: of('Harbour Dock Workers'), ferries: of('Kelvara Ferry Authority'), initials: of('HDW') };
}

describe('initials written alone, for the organisation the archive gives them to', () => {
  it('counts "the HDW" in articles that never spell the name out', () => {
    const found = articlesOf(['The HDW ratified the contract. The HDW’s members voted.', 'Nothing about unions here.']);
    expect(found.union).toEqual(['a0', 'a1']);
    expect(found.ferries).toEqual(['a0', 'a3']);
  });

  it('counts initials written once after "the", as a body is named, but not once without it', () => {
    const found = articlesOf(['Leaders stood alongside the HDW on the dock law.', 'Landfall came at 4 p.m. HDW on Monday.']);
    expect(found.union).toEqual(['a0', 'a1']);
    expect(found.ferries).toEqual(['a0', 'a3']);
  });

  it('counts "The HDW" opening a sentence once, but not initials written onto a hyphen', () => {
    const found = articlesOf(['The HDW backed the dock law on Monday.', 'Work stopped under the HDW-listed rules.']);
    expect(found.union).toEqual(['a0', 'a1']);
    expect(found.ferries).toEqual(['a0', 'a3']);
  });

  it('leaves initials two names claim', () => {
    const other = candidate('Highland Dairy Works', { type: 'organization', count: 1, variants: ['HDW'] });
    const found = articlesOf(['The HDW ratified the contract. The HDW voted.'], [union, other]);
    expect(found.union).toEqual(['a0']);
    expect(found.ferries).toEqual(['a0', 'a2']);
  });

  it('leaves initials a registered entity owns to the registry', () => {
    const found = articlesOf(['The HDW ratified the contract. The HDW voted.'], [union], [{ name: 'Hill District Watch', aliases: ['HDW'] }]);
    expect(found.union).toEqual(['a0']);
    expect(found.ferries).toEqual(['a0', 'a2']);
  });

  it('leaves initials inside a line of everyday words in capitals, inside longer words, and written once', () => {
    const found = articlesOf(['JOIN THE HDW TODAY. JOIN THE HDW NOW.', 'The HDWX index rose. The HDWX index fell.', 'Landfall came at 4 p.m. HDW.']);
    expect(found.union).toEqual(['a0']);
    expect(found.ferries).toEqual(['a0', 'a4']);
  });

  it('leaves initials an article gives in brackets to another name', () => {
    const found = articlesOf([
      'The Harbour Development Workshop (HDW) opened. The HDW trains welders.',
      'The Harbour Dock Workers (HDW) met. The HDW voted, as the HDW’s members asked.',
      'Members of the Harbour Dock Workers’ (HDW) union met. The HDW voted.',
      'The Harbour Dock Workers & Riggers (HDW) met, with the Harbour Dock Workers and Riggers. The HDW voted.',
    ]);
    expect(found.union).toEqual(['a0', 'a2', 'a3']);
    expect(found.ferries).toEqual(['a0', 'a5']);
  });

  it('reads a name written with "&" and without its commas as the same name before its initials', () => {
    const rail = candidate('Harbour, Dock, and Rail Workers', { type: 'organization', count: 2, introduced: true, variants: ['HDW'] });
    const articles = [
      { title: 'Union news', body: 'The Harbour, Dock, and Rail Workers (HDW) met.' },
      { title: 'Talks', body: 'Members of the Harbour, Dock & Rail Workers (HDW) met. The HDW voted.' },
    ];
    const perArticle = articles.map((_, i) => ({ articleId: `a${i}`, candidates: i === 0 ? [rail] : [] }));
    const confident = selectConfidentEntities(addAcronymsAlone(articles, perArticle, []));
    expect(confident.find((e) => e.name === 'Harbour, Dock, and Rail Workers')?.articles).toEqual(['a0', 'a1']);
  });

  it('makes no entity of initials nobody gives in brackets', () => {
    const unintroduced = candidate('Harbour Dock Workers', { type: 'organization', count: 2, variants: ['HDW'] });
    const found = articlesOf(['The HDW ratified the contract. The HDW voted.', 'The HDW met. The HDW left.'], [unintroduced]);
    expect(found.initials).toBeUndefined();
    expect(found.union).toEqual(['a0']);
    expect(found.ferries).toEqual(['a0', 'a3']);
  });
});
