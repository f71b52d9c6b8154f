import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// What a name is: a titled person whose names no list knows, a town before its state, a company
// before its staff, a room, a court named by its tier; and across the archive, the person a style
// names, a patronymic name's forms, and person-shaped names the archive writes as a place or a body.

const registry = buildRegistry({ files: [{ id: 'ghana', name: 'Ghana', type: 'place', aliases: [] }] });

/** Unregistered names of a body, as "name (type)". */
function names(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('reading one article', () => {
  it.each([
    ['a titled name whose given name is a rare word and whose surname no list knows', 'We met President Bola Adeyanju today.', ['Bola Adeyanju (person)'], []],
    ['the same before "of" and a registered place', 'We met President Bola Adeyanju of Ghana today.', ['Bola Adeyanju (person)'], []],
    ['a nickname that is also an everyday word', 'We thank Senator Dick Hallorby for his work.', ['Dick Hallorby (person)'], []],
    ['everyday words after a title stay no name', 'The Secretary Economic Coercion Plan was read.', [], ['Economic Coercion (person)']],
    ['"Amir" as a title before a patronymic name', 'Amir Sheikh Hamdan bin Rashid Al-Marri met the President.', ['Hamdan bin Rashid Al-Marri (person)'], []],
    ['a town after "in" and before its state', 'She lives in Ann Halloway, Michigan, with her dog.', ['Ann Halloway (place)'], ['Ann Halloway (person)']],
    ['a name before a comma and a state without "in"', 'She wrote to Ann Halloway, Michigan’s senator.', ['Ann Halloway (person)'], ['Ann Halloway (place)']],
    [
      'a company before its chief executive',
      'Tolvane Medica chief executive Rina Holt agreed.',
      ['Tolvane Medica (organization)'],
      ['Tolvane Medica (person)'],
    ],
    [
      'a company the article also names by its shape alone',
      'Tolvane Medica is cutting prices. Tolvane Medica chief executive Rina Holt agreed.',
      ['Tolvane Medica (organization)'],
      ['Tolvane Medica (person)'],
    ],
    ['a company before its workers', 'Tolvane Medica workers went on strike.', ['Tolvane Medica (organization)'], ['Tolvane Medica (person)']],
    ['a room named by one adjective', 'He spoke from the Oval Office tonight.', ['Oval Office (place)'], ['Oval Office (organization)']],
    ['a room in a headline', 'Readout of Oval Office Meeting with Mayors', [], ['Oval Office (organization)']],
    ['an office named by a noun stays a body', 'The Patent Office said no.', ['Patent Office (organization)'], []],
    ['a post’s field before "Office" is no room', 'The Foreign Office said no.', [], ['Foreign Office (place)']],
    ['a country’s court named by its tier', 'United States Circuit Court Announcements', [], ['United States Circuit Court (organization)']],
    [
      'three everyday words before a head: one body',
      'She graduated from the National Harbour College in May.',
      ['National Harbour College (organization)'],
      [],
    ],
    ['the same with its acronym', 'The Federal Harbour Finance Agency (FHFA) agreed.', ['Federal Harbour Finance Agency (organization)'], []],
    ['two everyday words before a head stay a description', 'The Foreign Ministry said no.', [], ['Foreign Ministry (organization)']],
    ['a grade opened by a rank', 'She is a member of the Senior Foreign Service, class of Minister.', [], ['Senior Foreign Service (organization)']],
    ['a plural head names many bodies', 'The Joint Task Forces met.', [], ['Joint Task Forces (organization)']],
    ['a head whose remit follows with "to"', 'The National Joint Task Force to Address Flooding met.', [], ['National Joint Task Force (organization)']],
    ['the end of a possessive name', 'He chairs the President’s Intelligence Advisory Board today.', [], ['Intelligence Advisory Board (organization)']],
    ['a side of a building’s grounds', 'Guests gathered on the South Lawn and in the East Wing.', [], ['South Lawn (place)', 'East Wing (place)']],
    ['a region named by its side stays a place', 'Rains hit the South Coast and East Borneo.', ['East Borneo (place)'], []],
    ['a disaster named with a given name', 'Ten years after Superstorm Wanda, the town rebuilt.', [], ['Superstorm Wanda (person)']],
    ['a disaster named by its place', 'Survivors of the Kauai Wildfire met the families.', [], ['Kauai Wildfire (person)']],
    ['a street written with an abbreviation', 'The centre at 153 Lipona Pkwy opened.', ['Lipona Pkwy (place)'], ['Lipona Pkwy (person)']],
    ['a court named by its county stays', 'He joined the Arden County Superior Court.', ['Arden County Superior Court (organization)'], []],
  ])('%s', (_name, body, present, absent) => {
    const found = names(body);
    for (const p of present) expect(found).toContain(p);
    for (const a of absent) expect(found).not.toContain(a);
  });

  it.each([
    ['after "President"', 'President Ordway signed it.', true],
    ['after "Prime Minister"', 'Prime Minister Ordway signed it.', true],
    ['after "Lady"', 'Lady Ordway sang.', true],
    ['after "Senator", which many hold', 'Senator Ordway signed it.', false],
  ])('marks a one-word name styled %s', (_name, body, styled) => {
    const found = analyseEntities({ title: 'Briefing', body }, registry).unregistered.find((c) => c.name === 'Ordway' || c.name === 'Lady Ordway');
    expect(found?.styledAlone).toBe(styled);
  });
});

/** Ids and types of the confident entities of some articles' candidates. */
function confident(perArticle: Record<string, ReturnType<typeof candidate>[]>): string[] {
  return selectConfidentEntities(Object.entries(perArticle).map(([articleId, candidates]) => ({ articleId, candidates })))
    .map((e) => `${e.id} ${e.type} ${e.articles.length}`)
    .sort();
}

describe('reading names across the archive', () => {
  it.each([
    [
      'a one-word name styled in two articles is that person',
      { a: [candidate('Ordway', { styledAlone: true })], b: [candidate('Ordway', { styledAlone: true })] },
      ['ordway person 2'],
    ],
    [
      'a one-word name styled in two articles, when two people of the archive carry it, is neither',
      {
        a: [candidate('Mara Ordway', { count: 2 })],
        b: [candidate('Tomas Ordway', { count: 2 })],
        c: [candidate('Ordway', { styledAlone: true })],
        d: [candidate('Ordway', { styledAlone: true })],
      },
      ['mara-ordway person 1', 'tomas-ordway person 1'],
    ],
    [
      'a one-word name styled in one article only is not tagged',
      { a: [candidate('Ordway', { styledAlone: true, count: 3 })], b: [candidate('Ordway', { count: 2 })] },
      [],
    ],
    [
      'the forms of a patronymic name are one person, the short form included',
      {
        a: [candidate('Hamdan bin Rashid Al-Marri', { count: 3, introduced: true })],
        b: [candidate('Hamdan bin Rashid', { count: 2 })],
        c: [candidate('Hamdan', { count: 2 })],
      },
      ['hamdan-bin-rashid-al-marri person 3'],
    ],
    [
      'a patronymic name written with and without a doubled letter is one person',
      { a: [candidate('Mohammed bin Salim', { count: 2 })], b: [candidate('Mohamed bin Salim', { count: 3 })] },
      ['mohamed-bin-salim person 2'],
    ],
    [
      'two sons of different fathers stay two people',
      { a: [candidate('Khalid bin Salim', { count: 2 })], b: [candidate('Khalid bin Zaid', { count: 2 })] },
      ['khalid-bin-salim person 1', 'khalid-bin-zaid person 1'],
    ],
    [
      'a "person" the archive also reads as a place is that place',
      {
        a: [candidate('Ann Halloway', { count: 2, introduced: true })],
        b: [candidate('Ann Halloway', { type: 'place' })],
        c: [candidate('Ann Halloway', { count: 2 })],
      },
      ['ann-halloway place 3'],
    ],
    [
      'a never-introduced "person" that is the field of a body is no one',
      {
        a: [candidate('Coalition of Tolvane Medica Unions', { type: 'organization', count: 2 })],
        b: [candidate('Tolvane Medica', { count: 2 })],
        c: [candidate('Tolvane Medica')],
      },
      ['coalition-of-tolvane-medica-unions organization 1'],
    ],
    [
      'a never-introduced "person" joins the company it names "and Company"',
      { a: [candidate('Tolvane Medica and Company', { type: 'organization', count: 2 })], b: [candidate('Tolvane Medica', { count: 2 })] },
      ['tolvane-medica-and-company organization 2'],
    ],
    [
      'an introduced person keeps a name a body is named after',
      {
        a: [candidate('Coalition of Tolvane Medica Unions', { type: 'organization', count: 2 })],
        b: [candidate('Tolvane Medica', { count: 2, introduced: true })],
      },
      ['coalition-of-tolvane-medica-unions organization 1', 'tolvane-medica person 1'],
    ],
  ])('%s', (_name, perArticle, expected) => {
    expect(confident(perArticle)).toEqual(expected);
  });
});
