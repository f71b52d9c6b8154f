import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';

// Names listed after a plural word for a kind of organisation ("drugmakers such as …") are
// organisations, whatever they look like alone; a list that goes on in lowercase names no one.

const registry = buildRegistry({ files: [{ id: 'nordland', name: 'Nordland', type: 'place', aliases: [] }] });

/** Unregistered names of a body of copy, as "name (type)". */
function names(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('names listed after a kind of organisation', () => {
  it.each([
    [
      'a brand of one word and a founder’s name after "including"',
      'Officials met manufacturers of flu vaccines including Orvane, Keltrix, and Thermo Halden and urged them to act.',
      ['Orvane (organization)', 'Keltrix (organization)', 'Thermo Halden (organization)'],
      ['Thermo Halden (person)'],
    ],
    [
      '"such as", before the sentence’s verb',
      'Drugmakers said firms such as Orvane and Keltrix were working fast.',
      ['Orvane (organization)', 'Keltrix (organization)'],
      [],
    ],
    [
      'a comma before the opener',
      'The three companies that make the doses, including Orvane and Keltrix, met.',
      ['Orvane (organization)', 'Keltrix (organization)'],
      [],
    ],
    ['a join inside a name', 'Insurers like Pratt & Lowe and the Halden Group agreed.', ['Pratt & Lowe (organization)', 'Halden Group (organization)'], []],
    [
      'a company’s suffix after a comma is no name',
      'Retailers such as Brisk Lane, Inc. and others joined.',
      ['Brisk Lane (organization)'],
      ['Inc (organization)'],
    ],
    [
      'a list that goes on in lowercase',
      'It helps businesses, including Black, Latino, women, and veteran-owned businesses.',
      [],
      ['Black (organization)', 'Latino (organization)'],
    ],
    [
      'names that only describe a plural noun',
      'Agencies work with groups, including AA and NHPI communities.',
      [],
      ['AA (organization)', 'NHPI (organization)'],
    ],
    ['a name between the kind word and the list', 'Companies gain from the Harbour Act, including Keltrix Mills and Orvane.', [], ['Orvane (organization)']],
    ['a kind of organisation is needed', 'She thanked leaders such as Orvane and Keltrix for coming.', [], ['Orvane (organization)', 'Keltrix (organization)']],
    [
      'a given name and a surname keep the person’s reading',
      'Firms such as Miriam Castellane and Orvane hired staff.',
      ['Miriam Castellane (person)', 'Orvane (organization)'],
      ['Miriam Castellane (organization)'],
    ],
    [
      'a titled name keeps the person’s reading',
      'Lenders, including Senator Talbridge and Keltrix Bank, met.',
      ['Keltrix Bank (organization)'],
      ['Senator Talbridge (organization)'],
    ],
    ['a place the lexicon knows keeps its reading', 'Many companies like Paris for its offices.', ['Paris (place)'], ['Paris (organization)']],
    ['"like" further on is a verb', 'Unions would like Orvane to raise pay.', [], ['Orvane (organization)']],
    ['a kind word for people as well as bodies lists no bodies', 'Producers such as Orvane backed the strike.', [], ['Orvane (organization)']],
    [
      'a dotted abbreviation inside a name',
      'Gifts went to institutions like St. Brennan Children’s Research Hospital and Harlow Clinic.',
      ['St. Brennan Children’s Research Hospital (organization)', 'Harlow Clinic (organization)'],
      ['St (organization)'],
    ],
    [
      '"included" after the kind word',
      'Companies in attendance included Orvane, Brisk Lane, and Thermo Halden.',
      ['Orvane (organization)', 'Brisk Lane (organization)', 'Thermo Halden (organization)'],
      [],
    ],
    [
      'a capitalised kind word inside a name is no kind word',
      'Ana Vell leads Harbour Airlines and all of the airline’s workgroups including Technical Operations and Corporate Safety.',
      [],
      ['Technical Operations (organization)', 'Corporate Safety (organization)'],
    ],
    [
      'plural initials and a plural everyday word are kinds, not names',
      'Lenders, including CDFIs, Orvane and the Chairs, met.',
      ['Orvane (organization)'],
      ['CDFIs (organization)', 'Chairs (organization)'],
    ],
    ['a brand of one everyday word', 'Companies including Hertz and Orvane buy electric cars.', ['Hertz (organization)'], []],
    [
      'a name that runs on with a number',
      'Organizations like the Harbour Forum, COP 28, and COP 30 met.',
      ['Harbour Forum (organization)'],
      ['COP (organization)', 'COP 28 (organization)'],
    ],
    [
      'a name cut where it runs on in lowercase before the list ends',
      'Outlets including Orvane, Keltrix, The Problem with Ana Vell, and Brisk Lane covered it.',
      ['Orvane (organization)', 'Keltrix (organization)'],
      ['Problem (organization)', 'The Problem (organization)'],
    ],
    [
      'a registered place among the names makes a list of places',
      'He led businesses around the world, including Nordland, Westmark, and Ostara.',
      [],
      ['Westmark (organization)', 'Ostara (organization)'],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('a list of names after a kind word, named on purpose', () => {
  const confident = (body: string): string[] =>
    selectConfidentEntities([{ articleId: 'a', candidates: analyseEntities({ title: 'Briefing', body }, registry).unregistered }]).map((e) => e.name);

  it('makes each of two names or more confident with one mention', () => {
    expect(confident('Companies in attendance included Orvane, Brisk Lane, and Thermo Halden.')).toEqual(
      expect.arrayContaining(['Orvane', 'Brisk Lane', 'Thermo Halden']),
    );
  });

  it.each([
    ['"included" after a word that is no subject', 'Funding for institutions included Pell Grants and Title Nine aid.', ['Pell Grants', 'Title Nine']],
    ['one everyday word or a post’s field', 'The agencies include Orvane, Energy, and Defense.', ['Energy', 'Defense']],
    ['a name in the possessive', 'Companies including Keltrix, Walbrook, and Lowe’s agreed.', ['Lowe']],
    ['the last name, cut before "with"', 'Outlets including CNN, Orvane, and The Problem with Ana Vell covered it.', ['Problem', 'The Problem']],
  ])('leaves %s to the other signs', (_name, body, absent) => {
    const found = confident(body);
    for (const name of absent) expect(found).not.toContain(name);
  });

  it('leaves one name given as an example to the other signs', () => {
    expect(confident('Small businesses like Harlow Plumbing are growing.')).not.toContain('Harlow Plumbing');
  });
});
