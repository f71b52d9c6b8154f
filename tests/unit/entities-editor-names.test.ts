import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, countCandidateLowercaseUses, countLowercaseUses, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// Names an editor would keep: whole organisation names, people without title words or doubled names, and the right type.

const registry = buildRegistry({
  files: [
    { id: 'ayumi-tanabe', name: 'Ayumi Tanabe', type: 'person', aliases: [] },
    { id: 'middle-east', name: 'Middle East', type: 'place', aliases: [] },
  ],
});

/** Unregistered names of a body, as "name (type, count)". */
function names(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} (${c.type}, ${c.count})`);
}

/** Registered ids named in a body. */
function mentions(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).mentions.map((m) => m.id);
}

describe('whole names an editor would keep', () => {
  it.each([
    [
      'an organisation opened by an everyday possessive',
      'She chairs the board of the Girls’ Rowing Foundation and the Children’s Reading Foundation, in Ohio.',
      ['Children’s Reading Foundation (organization, 1)'],
      ['Reading Foundation (organization, 1)'],
    ],
    [
      'an organisation opened by a possessive at the start of a sentence',
      'Children’s Reading Foundation volunteers gathered early.',
      ['Children’s Reading Foundation (organization, 1)'],
      ['Reading Foundation (organization, 1)'],
    ],
    [
      "a body's field in the possessive, then another body",
      'He led the Bureau of Fishing’s Harbour Authority today.',
      ['Bureau of Fishing (organization, 1)', 'Harbour Authority (organization, 1)'],
      ['Bureau of Fishing’s Harbour Authority (organization, 1)'],
    ],
    [
      'a list line naming a body with two fields',
      'Members include:\n\n-   Bureau of Harbours and Inland Waterways Services\n-   Office of Personnel Management',
      ['Bureau of Harbours and Inland Waterways Services (organization, 1)'],
      ['Bureau of Harbours (organization, 1)'],
    ],
    [
      'a part of another body, not one name',
      'She sits on the Board of the Coastal Development Bank today.',
      ['Coastal Development Bank (organization, 1)'],
      ['Board of the Coastal Development Bank (organization, 1)'],
    ],
    [
      'a head, then "for the" and its field',
      'He is a fellow of the Northern Society for the Study of Glaciers and spoke.',
      ['Northern Society for the Study of Glaciers (organization, 1)'],
      ['Northern Society (organization, 1)'],
    ],
    [
      '"and" after "of" and an everyday word adds a field, not a second body',
      'The Office of Bridges and Tunnel Services announced grants.',
      ['Office of Bridges and Tunnel Services (organization, 1)'],
      ['Office of Bridges (organization, 1)', 'Tunnel Services (organization, 1)'],
    ],
    ['a court named by its tier only', 'He served on the Fremont District Court and the Circuit Court.', [], ['Circuit Court (organization, 1)']],
    [
      'a retired title left out of the name',
      'We were joined by Speaker Emerita Dolores Wexley and others.',
      ['Dolores Wexley (person, 1)'],
      ['Emerita Dolores Wexley (person, 1)'],
    ],
    [
      'a bold titled name doubled where a line break was lost',
      'The plan was backed by Governor Harlan P. Voss Harlan P. Voss and others.',
      ['Harlan P. Voss (person, 2)'],
      ['Harlan P. Voss Harlan P. Voss (person, 1)'],
    ],
    [
      "the region that ends a title's domain, then the name",
      'We met the Special Envoy for the Middle East and North Africa Dorian Kessel today.',
      ['Dorian Kessel (person, 1)'],
      ['Africa Dorian Kessel (person, 1)'],
    ],
    ['a region written with an unlisted first word', 'Trade grew across Latin America and Asia.', [], ['Latin America (person, 1)']],
    [
      'a panel with its remit',
      'The report of the Coastal Panel on Fisheries Reform says so.',
      ['Coastal Panel on Fisheries Reform (organization, 1)'],
      ['Coastal Panel (person, 1)'],
    ],
    [
      'a name ending in a title word after an unlisted word',
      'She studied at the University of Kwazen Dame in Ohio.',
      ['University of Kwazen Dame (organization, 1)'],
      ['University of Kwazen (organization, 1)'],
    ],
    ['an award named after someone', 'Most Hartley Grant recipients gained.', [], ['Hartley Grant (person, 1)']],
    ['a person whose surname is an award word', 'He met Walter Grant today.', ['Walter Grant (person, 1)'], []],
    ['a body opened by "United"', 'The nurses voted to join the United Boilermakers last week.', ['United Boilermakers (organization, 1)'], []],
    [
      'an everyday middle name between a given name and a surname',
      'Today, Marisol Brook Vantongeren, a career diplomat, was named.',
      ['Marisol Brook Vantongeren (person, 1)'],
      [],
    ],
    ['everyday words in capitals for emphasis', 'Here is the BIG NEWS for families today.', [], ['BIG NEWS (organization, 1)']],
  ])('%s', (_name, body, present, absent) => {
    const found = names(body);
    for (const p of present) expect(found).toContain(p);
    for (const a of absent) expect(found).not.toContain(a);
  });

  it.each([
    ['a registered two-word name written family name first', 'Prime Minister Tanabe Ayumi arrived in Hanoi.'],
    ['a registered two-word name in its usual order', 'Prime Minister Ayumi Tanabe arrived in Hanoi.'],
  ])('tags %s as the registered person', (_name, body) => {
    expect(mentions(body)).toContain('ayumi-tanabe');
    expect(names(body).filter((n) => n.includes('Tanabe'))).toEqual([]);
  });
});

describe('cross-article names an editor would keep', () => {
  it('leaves a surname the archive never gives a full name untagged', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Quarrington', { count: 3, introduced: true })] },
      { articleId: 'b', candidates: [candidate('Quarrington', { inTitle: true })] },
    ]);
    expect(confident).toEqual([]);
  });

  it('still joins a surname to the full name the archive knows', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Quarrington', { count: 3 })] },
      { articleId: 'b', candidates: [candidate('Mae Quarrington', { introduced: true })] },
    ]);
    expect(confident).toEqual([expect.objectContaining({ id: 'mae-quarrington', count: 4, articles: ['a', 'b'] })]);
  });

  it('joins a "person" the archive writes as the opening of a place name to that place', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Tolu Kwe Ana National Park', { type: 'place', inTitle: true }), candidate('Tolu Kwe Ana', { count: 2 })] },
      { articleId: 'b', candidates: [candidate('Tolu Kwe Ana', { count: 2 })] },
    ]);
    expect(confident).toEqual([expect.objectContaining({ id: 'tolu-kwe-ana-national-park', type: 'place', count: 5, articles: ['a', 'b'] })]);
  });

  it('keeps a "person" apart from a list that happens to start with the same words', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Tolu Kwe Ana and Harbour Works Company', { type: 'organization', inTitle: true })] },
      { articleId: 'b', candidates: [candidate('Tolu Kwe Ana', { count: 2 })] },
    ]);
    // The list names two: the person, and the company after "and" (listed-bodies.ts).
    expect(confident.map((e) => `${e.id} ${e.type}`).sort()).toEqual(['harbour-works-company organization', 'tolu-kwe-ana person']);
  });

  it('keeps a person a place is named after, when the archive introduces them', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Edna Farrow Library', { type: 'organization', inTitle: true })] },
      { articleId: 'b', candidates: [candidate('Edna Farrow', { count: 2, introduced: true })] },
    ]);
    expect(confident.map((e) => `${e.id} ${e.type}`).sort()).toEqual(['edna-farrow person', 'edna-farrow-library organization']);
  });
});

describe('phrases the archive writes in lowercase', () => {
  const texts = [
    'Funding for Rural Broadband Services.\nThe plan expands rural broadband services and rural broadband services in schools.',
    'The Harbour Trust said rural broadband mattered. The Harbour Trust met.',
  ];

  it.each([
    ['a headline phrase the prose writes in lowercase', 'Rural Broadband Services', 2],
    ['a name never written in lowercase', 'Harbour Trust', 0],
    ['one word (not a phrase)', 'Harbour', undefined],
  ])('counts %s', (_name, phrase, expected) => {
    expect(countLowercaseUses(texts, [phrase]).get(phrase)).toBe(expected);
  });

  it('counts a phrase that many articles propose once per use in the text', () => {
    const phrase = 'Rural Broadband Services';
    expect(countLowercaseUses(texts, [phrase, phrase, phrase]).get(phrase)).toBe(2);
  });

  it.each([
    ['a candidate the body writes in lowercase, title and body read together', 'Rural Broadband Services', 2],
    ['a candidate written only in capitals', 'Harbour Trust', 0],
  ])('counts the candidates of articles: %s', (_name, phrase, expected) => {
    const articles = texts.map((text) => ({ title: text.split('\n')[0] ?? '', body: text.split('\n')[1] ?? text }));
    const perArticle = [{ candidates: [candidate(phrase)] }];
    expect(countCandidateLowercaseUses(articles, perArticle).get(phrase)).toBe(expected);
  });

  it.each([
    ['written in lowercase at least as often as capitalised: not an entity', 2, 2, []],
    ['written in lowercase once only: still an entity', 1, 2, ['rural-broadband-services']],
    ['capitalised more often than in lowercase: still an entity', 2, 3, ['rural-broadband-services']],
  ])('%s', (_name, lower, named, ids) => {
    const confident = selectConfidentEntities(
      [{ articleId: 'a', candidates: [candidate('Rural Broadband Services', { type: 'organization', count: named })] }],
      {
        lowercaseUses: new Map([['Rural Broadband Services', lower]]),
      },
    );
    expect(confident.map((e) => e.id)).toEqual(ids);
  });
});
