import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

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
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});
