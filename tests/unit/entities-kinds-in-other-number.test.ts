import { describe, expect, it } from 'vitest';
import { countCandidateOtherNumberUses, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// A capitalised name the archive also writes with its last word in the other number is a kind of
// thing ("a Ferry Repair Depot", "the Ferry Repair Depots"), not one body; one slip is not enough.

const org = (name: string) => ({ name, type: 'organization' });

describe('uses of a name in the other number', () => {
  it.each([
    ['a plural written in prose counts', 'Ferry Repair Depot', 'Crews opened two Ferry Repair Depots and more Ferry Repair Depots soon.', 2],
    ['a plural inside a longer name does not', 'Harbour University', 'The Association of Harbour Universities met; Northern Harbour Universities too.', 0],
    ['a singular written for a plural counts', 'Coastal Wardens', 'Crews said each Coastal Warden works alone.', 1],
    ['the name in its own number does not', 'Ferry Repair Depot', 'The Ferry Repair Depot is open.', 0],
  ])('%s', (_, name, body, expected) => {
    expect(countCandidateOtherNumberUses([{ title: 'Notes', body }], [{ candidates: [org(name)] }]).get(name)).toBe(expected);
  });
});

describe('kinds of things among confident names', () => {
  const named = (name: string) => candidate(name, { type: 'organization', count: 2 });
  it.each([
    ['a name written twice in the other number is a kind', 2, []],
    ['one slip in the other number leaves the body', 1, ['Ferry Repair Depot']],
  ])('%s', (_, uses, expected) => {
    const perArticle = [{ articleId: 'a', candidates: [named('Ferry Repair Depot')] }];
    const confident = selectConfidentEntities(perArticle, { otherNumberUses: new Map([['Ferry Repair Depot', uses]]) });
    expect(confident.map((e) => e.name)).toEqual(expected);
  });
});
