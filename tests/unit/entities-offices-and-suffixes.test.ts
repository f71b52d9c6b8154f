import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';
import { isTitleBeforeItsOffice } from '../../src/lib/entities/office-of-title';
import { tokeniseWithOffsets } from '../../src/lib/entities/tokenise';

// A person's generational suffix, the office a title-holder runs, a court named in a heading line, and
// titled leaders listed with their bodies.

const registry = buildRegistry({
  files: [
    { id: 'kelvara', name: 'Kelvara', type: 'place', aliases: [] },
    { id: 'nordic-council', name: 'Nordic Council', type: 'organization', aliases: [] },
    { id: 'baltic-assembly', name: 'Baltic Assembly', type: 'organization', aliases: [] },
    { id: 'republic-of-marlow', name: 'Republic of Marlow', type: 'place', aliases: [] },
    { id: 'green-river', name: 'Green River', type: 'place', aliases: [] },
  ],
});

/** Unregistered names of a body, as "name (type, count)". */
function names(body: string, title = 'Briefing'): string[] {
  return analyseEntities({ title, body }, registry).unregistered.map((c) => `${c.name} (${c.type}, ${c.count})`);
}

/** The names alone, of any type and count. */
function bare(found: readonly string[]): string[] {
  return found.map((n) => n.replace(/ \([^)]*\)$/, ''));
}

describe('a generational suffix after a comma belongs to the name', () => {
  it.each([
    [
      '"Jr." after a comma, and the surname after a title',
      'Tomas Varga, Jr., has served as counsel since 2019. Mr. Varga left in May.',
      ['Tomas Varga, Jr. (person, 2)'],
      ['Tomas Varga'],
    ],
    ['"Sr." after a comma mid-sentence', 'The panel heard Oren Castellane, Sr. on Monday.', ['Oren Castellane, Sr. (person, 1)'], ['Oren Castellane']],
    [
      'a suffix whose full stop also ends the sentence',
      'The award honours Oren Castellane, Jr. In 1990 he retired.',
      ['Oren Castellane, Jr. (person, 1)'],
      ['Oren Castellane, Jr. In'],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(bare(found)).not.toContain(name);
  });
});

describe('a title’s possessive before "Office" opens the office’s name', () => {
  it.each([
    [
      'where it serves follows',
      'She joined the U.S. Attorney’s Office for the Western District of Kelvara in 2011.',
      ['U.S. Attorney’s Office for the Western District of Kelvara (organization, 1)'],
      ['Office for the Western District of Kelvara'],
    ],
    [
      'a name stands before the title',
      'He was a prosecutor at the Marlow County District Attorney’s Office until 2015.',
      ['Marlow County District Attorney’s Office (organization, 1)'],
      [],
    ],
    [
      'the office’s own field after "of"',
      'The grant goes to the Marlow Mayor’s Office of Housing Development this year.',
      ['Marlow Mayor’s Office of Housing Development (organization, 1)'],
      ['Office of Housing Development'],
    ],
    ['"The" opening the sentence tells no office apart', 'The Mayor’s Office of Housing Development will hire.', [], ['Mayor’s Office of Housing Development']],
    ['a title’s office told apart by nothing is no body', 'She worked in the Governor’s Office for years.', [], ['Governor’s Office']],
    [
      'a common word before the title tells no office apart',
      'A spokesperson for the District Attorney’s Office declined to comment.',
      [],
      ['District Attorney’s Office'],
    ],
    ['"State" before the title tells no office apart', 'She called the State Attorney’s Office on Monday.', [], ['State Attorney’s Office']],
    ['a known place before the title', 'She joined the Phoenix City Attorney’s Office in 2012.', ['Phoenix City Attorney’s Office (organization, 1)'], []],
    [
      'a registered name of common words before the title',
      'He joined the Green River County Attorney’s Office in 2012.',
      ['Green River County Attorney’s Office (organization, 1)'],
      [],
    ],
    [
      'a remit after "Office for" is no place the office serves',
      'The Department of Justice’s Office for Victims of Crime paid.',
      ['Office for Victims of Crime (organization, 1)'],
      ['Department of Justice’s Office for Victims of Crime'],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(bare(found)).not.toContain(name);
  });
});

describe('what tells a title-holder’s office apart', () => {
  it.each([
    ['a dotted abbreviation', 'the U.S. Attorney’s Office', true],
    ['a county’s own name', 'the Dane County District Attorney’s Office', true],
    ['a common word only', 'the District Attorney’s Office', false],
    ['a title and a common word only', 'the Chief Medical Director’s Office', false],
  ])('%s', (_, text, expected) => {
    const tokens = tokeniseWithOffsets(text);
    expect(
      isTitleBeforeItsOffice(
        tokens,
        tokens.findIndex((t) => t.possessive),
      ),
    ).toBe(expected);
  });
});

describe('a body named in a heading line', () => {
  const body = [
    'The President intends to nominate two judges.',
    'United States Court of Maritime Claims Announcement',
    'Lena Ostrowski: Candidate for the United States District Court for the Northern District of Kelvara',
    'Lena Ostrowski has served as a magistrate since 2016.',
  ].join('\n\n');
  it.each([
    [
      'a heading’s trailing "Announcement" is no part of the name',
      'United States Court of Maritime Claims (organization, 1)',
      'United States Court of Maritime Claims Announcement',
    ],
    [
      '"for the" and where the court serves, to the end of the line',
      'United States District Court for the Northern District of Kelvara (organization, 1)',
      'United States District Court',
    ],
  ])('%s', (_, present, absent) => {
    const found = names(body);
    expect(found).toContain(present);
    expect(bare(found)).not.toContain(absent);
  });

  it('does not cross "for the" in an article’s title', () => {
    const found = names('The agency spoke.', 'Harbour Council for the Northern Isles of Kelvara');
    expect(found.some((n) => n.startsWith('Harbour Council for the'))).toBe(false);
  });
});

describe('titled leaders listed with their bodies', () => {
  it('ends the run at "and" before a new title once a person is named', () => {
    const found = names(
      'The Premier welcomed President Charles Dunmore of the Nordic Council and President Helga Strand of the Baltic Assembly to the capital.',
    );
    expect(found).toContain('Charles Dunmore (person, 1)');
    expect(found).toContain('Helga Strand (person, 1)');
    expect(found.some((n) => n.includes('(organization'))).toBe(false);
  });
});

describe('a registered place with "of" in its name, then a generic head', () => {
  it.each([
    [
      'a place’s office of another body is no name',
      'She was counsel in the Republic of Marlow Office of the Harbour Systems Command until 2020.',
      [],
      ['Republic of Marlow Office'],
    ],
    [
      'a place with "of" and more than one word of the body’s own is a name',
      'Officers of the Republic of Marlow Military Forces arrived.',
      ['Republic of Marlow Military Forces (organization, 1)'],
      [],
    ],
    ['a head, then "of" and a registered place, is a name', 'The Bank of Kelvara raised rates.', ['Bank of Kelvara (organization, 1)'], []],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(bare(found)).not.toContain(name);
  });
});
