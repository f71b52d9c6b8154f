import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities, type ConfidentEntity } from '../../src/lib/entities/index';
import { isSittingOfBody } from '../../src/lib/entities/sitting-of-body.ts';
import { tokeniseWithOffsets } from '../../src/lib/entities/tokenise.ts';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// Organisation names that open with their head ("Administration for …"), name a field after their
// head ("… Association of …"), join two fields ("… Trade and Defense Agency"), or end in a weak head;
// and a degree, named like a body, that is none.

const registry = buildRegistry({ files: [{ id: 'nordland', name: 'Nordland', type: 'place', aliases: [] }] });

/** Names confident with their mentions in one article, read with `reg`. */
function confidentIn(body: string, reg = registry): ConfidentEntity[] {
  return selectConfidentEntities([{ articleId: 'a', candidates: analyseEntities({ title: 'Briefing', body }, reg).unregistered }]);
}

/** Unregistered names of a body, as "name (type)". */
function names(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('organisation shapes', () => {
  it.each([
    [
      'a head that opens the name before "for"',
      'The Administration for Rural Harbours and Ferries will pay.',
      ['Administration for Rural Harbours and Ferries (organization)'],
      [],
    ],
    [
      'the people a body serves, in the possessive, then the rest of its remit',
      'Lena Marsh, Director, Center for Women’s Ferry Equity, spoke.',
      ['Center for Women’s Ferry Equity (organization)'],
      ['Center for Women (organization)'],
    ],
    [
      'a named head, then "of" and its members',
      'She spoke to the Westmark Association of Ferry Pilots today.',
      ['Westmark Association of Ferry Pilots (organization)'],
      [],
    ],
    [
      'a nationality word a registered country owns still opens a named head',
      'The Canadian Federation of Ferry Pilots will strike.',
      ['Canadian Federation of Ferry Pilots (organization)'],
      ['Federation of Ferry Pilots (organization)'],
    ],
    [
      'a body’s own name before the head names the body’s unit as written',
      'The Harbour House Office of Tides said no.',
      ['Harbour House Office of Tides (organization)'],
      ['Office of Tides (organization)'],
    ],
    ['two fields joined before a head', 'The Trade and Defense Agency will pay.', ['Trade and Defense Agency (organization)'], []],
    ['a list of fields closed by "and"', 'The Bureau of Ferries, Tides, and Harbours will pay.', ['Bureau of Ferries, Tides, and Harbours (organization)'], []],
    [
      'a head and its link after a list’s "and" open a second body',
      'Officials came from the Office of Harbour Policy, and Office of the Ferry Board.',
      ['Office of Harbour Policy (organization)'],
      ['Office of Harbour Policy, and Office (organization)'],
    ],
    ['one field before a head stays a description', 'The Defense Agency will pay.', [], ['Defense Agency (organization)']],
    ['a forum named by a word no list knows', 'Ministers met at the Kelvara Forum in May.', ['Kelvara Forum (organization)'], []],
    ['a degree named like a body', 'She holds a Master of Harbour Administration from Westmark.', [], ['Master of Harbour Administration (organization)']],
    ['a degree of science', 'He earned a Bachelor of Marine Science and Navigation.', [], ['Bachelor of Marine Science and Navigation (organization)']],
    [
      'a weak head after a given name is a surname',
      'Director Samantha Power spoke. Samantha Power left.',
      ['Samantha Power (person)'],
      ['Samantha Power (organization)'],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

/** Names of the confident entities of some articles' organisation candidates, with their article counts. */
function confidentOrgs(perArticle: Record<string, string[]>): string[] {
  return selectConfidentEntities(
    Object.entries(perArticle).map(([articleId, names]) => ({
      articleId,
      candidates: names.map((name) => ({ ...candidate(name, { count: 2 }), type: 'organization' as const })),
    })),
  )
    .map((e) => `${e.name} ${e.articles.length}`)
    .sort();
}

describe('a body named by its last everyday words', () => {
  it.each([
    [
      'joins the one longer name that ends in it',
      { a: ['Westmark Harbour Institute'], b: ['Westmark Harbour Institute'], c: ['Harbour Institute'] },
      ['Westmark Harbour Institute 3'],
    ],
    [
      'is dropped when several longer names end in it',
      { a: ['Westmark Harbour Institute'], b: ['Nordland Harbour Institute'], c: ['Harbour Institute'] },
      ['Nordland Harbour Institute 1', 'Westmark Harbour Institute 1'],
    ],
    [
      'stays a name of its own when used more than the longer names',
      { a: ['Westmark Harbour Institute'], b: ['Harbour Institute'], c: ['Harbour Institute'] },
      ['Harbour Institute 2', 'Westmark Harbour Institute 1'],
    ],
    [
      'joins the longer name when it is only ever written beside it',
      { a: ['Westmark Harbour Institute', 'Harbour Institute'], b: ['Westmark Harbour Institute', 'Harbour Institute'] },
      ['Westmark Harbour Institute 2'],
    ],
    [
      'stays apart when as often used without the longer name',
      { a: ['Westmark Harbour Institute', 'Harbour Institute'], b: ['Harbour Institute'], c: ['Westmark Harbour Institute'] },
      ['Harbour Institute 2', 'Westmark Harbour Institute 2'],
    ],
    [
      'a brand word before the head is a name of its own',
      { a: ['Westmark Velkor Institute'], b: ['Westmark Velkor Institute'], c: ['Velkor Institute'] },
      ['Velkor Institute 1', 'Westmark Velkor Institute 2'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confidentOrgs(perArticle)).toEqual(expected);
  });
});

describe('a body named after an ordinal', () => {
  it.each([
    [
      'joins the body the archive also names without the ordinal',
      { a: ['Third Harbour Pilots Committee'], b: ['Harbour Pilots Committee'] },
      ['Harbour Pilots Committee 2'],
    ],
    [
      'stays a name of its own when the archive never writes it without the ordinal',
      { a: ['First Harbour Pilots Coalition'], b: ['First Harbour Pilots Coalition'] },
      ['First Harbour Pilots Coalition 2'],
    ],
    ['an ordinal and one head is no name to join', { a: ['Second Committee'], b: ['Committee'] }, ['Committee 1', 'Second Committee 1']],
  ])('%s', (_, perArticle, expected) => {
    expect(confidentOrgs(perArticle)).toEqual(expected);
  });
});

describe('a body’s head, then "of the" or "for the" and its field', () => {
  it.each([
    [
      'in prose, "of the" and one field word',
      'She joined the Westmark Association of the Blind last year.',
      ['Westmark Association of the Blind (organization)'],
      [],
    ],
    [
      'in prose, "of the" and one field word, then "and" and lowercase words',
      'The Westmark Association of the Blind and other groups met.',
      ['Westmark Association of the Blind (organization)'],
      ['Westmark Association (organization)'],
    ],
    [
      'in a list line, "for the" and one field word',
      '- Ann Vell, Director, Westmark Foundation for the Deaf\n- Ben Orr, Chair, Harbour Pilots Council',
      ['Westmark Foundation for the Deaf (organization)'],
      ['Westmark Foundation (organization)'],
    ],
    [
      'a second body after "of the" stays apart',
      'The Board of the Westmark Development Bank met.',
      ['Westmark Development Bank (organization)'],
      ['Board of the Westmark Development Bank (organization)'],
    ],
    ['a place after "of the" is no field', 'The Westmark Council of the Americas met.', [], ['Westmark Council of the Americas (organization)']],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('a registered body’s name that opens a longer body’s name', () => {
  const parties = buildRegistry({ files: [{ id: 'harbour-party', name: 'Harbour Party', type: 'organization', aliases: ['Harbour'] }] });
  /** Registered ids an article mentions. */
  const mentioned = (title: string, body: string): string[] => analyseEntities({ title, body }, parties).mentions.map((m) => m.id);
  it.each([
    [
      'is the longer body when the article writes it in full',
      'Talks with Harbour Unionist Party Leader Ann Vell',
      'Ann Vell leads the Harbour Unionist Party.',
      [],
    ],
    ['still names the registered body on its own', 'Talks with Harbour Party Leader Ann Vell', 'Ann Vell leads the Harbour Party.', ['harbour-party']],
  ])('%s', (_, title, body, expected) => {
    expect(mentioned(title, body)).toEqual(expected);
  });
});

describe('a body’s head, then "to" and its remit', () => {
  it.each([
    [
      'a coalition named for what it is set up to do',
      'They joined the Westmark Coalition to Address Ferry Safety Threats in May.',
      ['Westmark Coalition to Address Ferry Safety Threats (organization)'],
      ['Westmark Coalition (organization)'],
    ],
    [
      'a place after "to" is where the body goes',
      'The Westmark Task Force to New York City left at dawn.',
      ['New York City (place)'],
      ['Westmark Task Force to New York City (organization)'],
    ],
    ['one capitalised word after "to" is no remit', 'The Westmark Council to Nordland voted.', [], ['Westmark Council to Nordland (organization)']],
    [
      'a fort after "to" is where the body goes',
      'The Army sent the Joint Harbour Task Force to Fort Halvey on Monday.',
      [],
      ['Joint Harbour Task Force to Fort Halvey (organization)'],
    ],
    [
      'a lake after "to" is where the body goes',
      'The board moved the Kelvara Council to Lake Orsen last year.',
      [],
      ['Kelvara Council to Lake Orsen (organization)'],
    ],
    [
      'a release title in quotation marks is no body’s name',
      'The charity issued "Orsen Foundation to Launch Harbour Youth Program" on Monday.',
      [],
      ['Orsen Foundation to Launch Harbour Youth Program (organization)'],
    ],
    [
      'a remit that names a field stays whole',
      'The National Committee to Preserve Harbour Security wrote to members.',
      ['National Committee to Preserve Harbour Security (organization)'],
      [],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('a sitting or the chambers of a registered body', () => {
  const bodies = buildRegistry({ files: [{ id: 'vell-council', name: 'Vell Council', type: 'organization', aliases: [] }] });
  /** Registered ids and unregistered names of an article. */
  const read = (body: string): string[] => {
    const a = analyseEntities({ title: 'Briefing', body }, bodies);
    return [...a.mentions.map((m) => m.id), ...a.unregistered.map((c) => c.name)];
  };
  it.each([
    ['a joint meeting names the body', 'She spoke to a Joint Meeting of Vell Council on Monday.', ['vell-council']],
    ['both houses name the body', 'Both Houses of Vell Council passed the bill.', ['vell-council']],
    ['a library of the body is a body of its own', 'He visited the Library of Vell Council.', ['Library of Vell Council']],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('a sitting of what the registry names', () => {
  /** Whether "Special Session of <tail>" is read as a sitting when the tail is registered as `type`. */
  const isSitting = (tail: string, type: 'organization' | 'place' | 'person'): boolean => {
    const tokens = tokeniseWithOffsets(`Special Session of ${tail}`);
    const covered = new Int32Array(tokens.length).fill(-1).fill(0, 3);
    const coveredByOrg = new Uint8Array(tokens.length).fill(type === 'organization' ? 1 : 0, 3);
    const ctx = { tokens, covered, coveredByOrg, headline: new Uint8Array(tokens.length), field: new Uint8Array(tokens.length).fill(2) };
    return isSittingOfBody(ctx, 0, tokens.length);
  };
  it.each([
    ['is a sitting of a registered body', 'Vell Council', 'organization', true],
    ['is no sitting when a registered place follows "of"', 'Nordland', 'place', false],
    ['is no sitting when a registered person follows "of"', 'Ann Orsby', 'person', false],
  ] as const)('%s', (_, tail, type, expected) => {
    expect(isSitting(tail, type)).toBe(expected);
  });
});

describe('a capitalised phrase the archive also writes in lowercase after its first word', () => {
  /** Names of the confident entities of one article's organisation candidate with these variants. */
  const confident = (name: string, variants: string[]): string[] =>
    selectConfidentEntities([{ articleId: 'a', candidates: [{ ...candidate(name, { count: 3, variants }), type: 'organization' as const }] }]).map(
      (e) => e.name,
    );
  it.each([
    ['is a phrase, no body', 'Harbour Sponsored Clean Power', ['Harbour sponsored clean power'], []],
    ['a body’s name that keeps its capitals stays', 'Harbour Pilots Clean Power Council', ['HPCPC'], ['Harbour Pilots Clean Power Council']],
    ['two words with a common noun stay a name', 'Westmark Steel', ['Westmark steel'], ['Westmark Steel']],
  ])('%s', (_, name, variants, expected) => {
    expect(confident(name, variants)).toEqual(expected);
  });
});

describe('a body ending a participant’s line', () => {
  it('runs past "and" to the end of the line', () => {
    expect(names('Participants:\n\nLena Varga, Center for Harbours and Technology\n\nTom Orr, Tidewise')).toContain(
      'Center for Harbours and Technology (organization)',
    );
  });

  it('stops before a person after "and"', () => {
    expect(names('Participants:\n\nLena Varga, Center for Harbours and Tom Orr\n\nTom Orr, Tidewise')).not.toContain(
      'Center for Harbours and Tom Orr (organization)',
    );
  });

  it('stops before a known company after "and"', () => {
    expect(names('Participants:\n\nLena Varga, Center for Harbours and Microsoft\n\nTom Orr, Tidewise')).not.toContain(
      'Center for Harbours and Microsoft (organization)',
    );
  });
});

describe('a name listed among bodies', () => {
  it('reads the other names of a comma list of bodies as bodies', () => {
    const found = names(
      'Retailers backing the mark include Orvane, Grand Tillery, Kelvara Ferry Company, Nordic Shipping Group, Tarn Trust Holdings, and Tidewise.',
    );
    expect(found).toEqual(expect.arrayContaining(['Orvane (organization)', 'Grand Tillery (organization)', 'Tidewise (organization)']));
  });

  it('reads a list of web addresses and a name as bodies, confident with one mention', () => {
    const body = 'The council announced that Quillon, Tavrihomes.com, and HarbourFinder.com will cap fees.';
    expect(confidentIn(body).map((e) => e.name)).toContain('Quillon');
  });

  it('leaves a listed name of everyday words alone or short initials unconfident with one mention', () => {
    const body = 'Partners include Orvane, Harbour Dialogue, HFA, Kelvara Ferry Company, and Nordic Shipping Group.';
    const confident = confidentIn(body).map((e) => e.name);
    expect(confident).toContain('Orvane');
    expect(confident).not.toContain('Harbour Dialogue');
    expect(confident).not.toContain('HFA');
  });

  it('reads no known surname in a list of bodies as a body', () => {
    const found = names('The panel heard from Ortiz, Nakamura, Kelvara Ferry Company, Nordic Shipping Group, and Tidewise.');
    expect(found).not.toContain('Ortiz (organization)');
    expect(found).not.toContain('Nakamura (organization)');
    expect(found).toContain('Tidewise (organization)');
  });

  it('reads a long list where few names are read yet, and past an item’s "the"', () => {
    const found = names('Participants include Orvane, Kelvara Ferry Company, Quillon, Tarnex, the Nordic Shipping Group, Voxtera, Brimley, and Tidewise.');
    expect(found).toEqual(expect.arrayContaining(['Orvane (organization)', 'Voxtera (organization)', 'Tidewise (organization)']));
  });

  it.each([
    [
      'posts in a list',
      'Speakers were Executive Director, Kelvara Ferry Company, Nordic Shipping Group, and Chair.',
      ['Executive Director (organization)', 'Chair (organization)'],
    ],
    [
      'people in a list',
      'With them were Alan C. Varga, Kelvara Ferry Company, Nordic Shipping Group, and Lena Orr.',
      ['Alan C. Varga (organization)', 'Lena Orr (organization)'],
    ],
    ['a list of too few bodies', 'Orvane, Tidewise, Kelvara Ferry Company and Nordland met.', ['Orvane (organization)', 'Tidewise (organization)']],
    [
      'kinds in the plural',
      'Grants went to Kelvara Ferry Company, Nordic Shipping Group, and Harbour-Serving Institutions.',
      ['Harbour-Serving Institutions (organization)'],
    ],
    ['a time opening the list', 'On Monday, Kelvara Ferry Company, Nordic Shipping Group and Tidewise said aid was ready.', ['On Monday (organization)']],
    [
      'a place and an observance',
      'Aid reached Kelvara Ferry Company, Nordic Shipping Group, Borno State and Black History Month events.',
      ['Borno State (organization)', 'Black History Month (organization)'],
    ],
    [
      'a body that is not a nominee',
      'Grant recipients\n\nBlue Heron Clinic, of Montana, a rural health center, received two million dollars.',
      ['Blue Heron Clinic (person)'],
    ],
  ])('leaves alone %s', (_name, body, absent) => {
    const found = names(body);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('a body’s name in a list line and its members’ shared field', () => {
  it.each([
    [
      'the words after the item’s comma open a name led by its head',
      '- Ann Vell, Executive Director, Westmark Council on Independent Ferries\n- Ben Orr, Chair, Harbour Pilots Council',
      ['Westmark Council on Independent Ferries (organization)'],
      ['Council on Independent Ferries (organization)'],
    ],
    [
      'another body’s words before the head stay apart',
      '-   Harbour House Office of Ferry Affairs\n-   Ben Orr, Chair, Harbour Pilots Council',
      ['Office of Ferry Affairs (organization)'],
      ['Harbour House Office of Ferry Affairs (organization)'],
    ],
    [
      'a headline’s verb before the head is no part of the name',
      'Director Ann Vell Thanks Council on Harbour Safety\n\nThe council met.',
      ['Council on Harbour Safety (organization)'],
      ['Thanks Council on Harbour Safety (organization)'],
    ],
    [
      'in prose, "with" and the members’ field end the name',
      'She leads the Westmark Association of People with Disabilities in Nordland.',
      ['Westmark Association of People with Disabilities (organization)'],
      ['Westmark Association of People (organization)'],
    ],
    [
      'in prose, the members’ field, then "and" and lowercase words',
      'We thank the Westmark Association of People with Disabilities and others.',
      ['Westmark Association of People with Disabilities (organization)'],
      ['Westmark Association of People (organization)'],
    ],
    [
      'in a list line, "with" and the members’ field end the name',
      '- Ann Vell, President, Westmark Association of People with Disabilities\n- Ben Orr, Chair, Harbour Pilots Council',
      ['Westmark Association of People with Disabilities (organization)'],
      ['Westmark Association of People (organization)'],
    ],
    [
      'a wrapped list item keeps the links of its name back to the item’s comma',
      '-   Ann Vell, President, Deaf and Hard of Hearing Ferry\n    Pilots Network\n-   Ben Orr, Westmark Aging and Harbour Transport Center',
      ['Deaf and Hard of Hearing Ferry Pilots Network (organization)', 'Westmark Aging and Harbour Transport Center (organization)'],
      ['Hearing Ferry Pilots Network (organization)', 'Harbour Transport Center (organization)'],
    ],
    [
      'a hyphen is no list marker',
      'Westmark-Harbour Administration Announces Kelvara Pilots and Ferry Council\n\nThe council met.',
      [],
      ['Harbour Administration Announces Kelvara Pilots and Ferry Council (organization)'],
    ],
    [
      'a place after "with" is who they met',
      'They met the Westmark Association of Pilots with Nordland today.',
      ['Westmark Association of Pilots (organization)'],
      [],
    ],
  ])('%s', (_, body, present, absent) => {
    const found = names(body);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('a comma in the headline', () => {
  it('opens no list item, so a body after "and" stays apart', () => {
    const title = 'Today, Velmora Farmers and Velmora Harbour Council Sign Pact';
    const found = analyseEntities({ title, body: 'The pact was signed.' }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
    expect(found).toContain('Velmora Harbour Council (organization)');
    expect(found).not.toContain('Velmora Farmers and Velmora Harbour Council (organization)');
  });
});

describe('a body named under two keys, its name and its acronym', () => {
  /** Names, counts and article counts of the confident entities of one organisation candidate per article. */
  const confidentWithCounts = (perArticle: Record<string, [string, string[]]>): string[] =>
    selectConfidentEntities(
      Object.entries(perArticle).map(([articleId, [name, variants]]) => ({
        articleId,
        candidates: [{ ...candidate(name, { count: 1, variants }), type: 'organization' as const }],
      })),
    )
      .map((e) => `${e.name} ${e.count} ${e.articles.length}`)
      .sort();
  it.each<[string, Record<string, [string, string[]]>, string[]]>([
    [
      'is counted once when it parts into the bodies before and after "and"',
      { a: ['Velkor', []], b: ['Kelvara Ferry Company', []], c: ['Velkor and Kelvara Ferry Company', ['VKFC']], d: ['VKFC', []] },
      ['Kelvara Ferry Company 3 3', 'Velkor 3 3'],
    ],
    [
      'is counted once when its ordinal name joins the body',
      { a: ['Harbour Pilots Committee', []], b: ['Third Harbour Pilots Committee', ['THPC']], c: ['THPC', []] },
      ['Harbour Pilots Committee 3 3'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confidentWithCounts(perArticle)).toEqual(expected);
  });
});

describe('two names listed with "and" read as one body', () => {
  it.each([
    [
      'part into the body named before "and" and the one after',
      { a: ['Velkor'], b: ['Velkor'], c: ['Velkor and Kelvara Airlines'] },
      ['Kelvara Airlines 1', 'Velkor 3'],
    ],
    [
      'join the body after "and" when the archive names it alone',
      { a: ['Velkor'], b: ['Kelvara Ferry Company'], c: ['Velkor and Kelvara Ferry Company'] },
      ['Kelvara Ferry Company 2', 'Velkor 2'],
    ],
    [
      'stay one body when the part before "and" is only everyday words',
      { a: ['National Museum'], b: ['National Museum and Harbour Services Board'] },
      ['National Museum 1', 'National Museum and Harbour Services Board 1'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confidentOrgs(perArticle)).toEqual(expected);
  });
});

describe('a sitting names the registered body even where context turns its name down', () => {
  const builtin = buildRegistry({ files: [] });
  /** Registered ids an article about another country mentions. */
  const mentioned = (body: string): string[] =>
    analyseEntities({ title: 'Israeli President Meets Leaders in Jerusalem', body }, builtin).mentions.map((m) => m.id);
  it.each([
    ['a joint meeting of Congress is the US Congress', 'Israel’s president will address a Joint Meeting of Congress, Israeli officials said.', true],
    ['the name alone stays turned down', 'Israel’s president said Congress would vote, Israeli officials said.', false],
  ])('%s', (_, body, expected) => {
    expect(mentioned(body).includes('us-congress')).toBe(expected);
  });
});

describe('a body’s whole name before the post of the person named', () => {
  it.each([
    [
      'the body and its president',
      'International Harbour Committee President Tova Mensah said the port would reopen.',
      ['International Harbour Committee (organization)', 'Tova Mensah (person)'],
    ],
    ['no body made of domain words alone', 'Security Council President Tova Mensah said the port would reopen.', ['Tova Mensah (person)']],
    ['no body where no person follows the title word', 'The deported sailors returned through the Immigrant Harbour Members and Veterans Initiative.', []],
    ['no body made of a sentence’s opening adjective', 'Veteran Party Leader Tova Mensah spoke.', ['Tova Mensah (person)']],
  ])('%s', (_name, body, expected) => {
    expect(names(body).filter((n) => !n.endsWith('(place)'))).toEqual(expected);
  });
});

describe('registered names on both sides of "and"', () => {
  it('keeps a body whose name holds two registered places', () => {
    const withPlaces = buildRegistry({
      files: [
        { id: 'nordland', name: 'Nordland', type: 'place', aliases: [] },
        { id: 'westmark', name: 'Westmark', type: 'place', aliases: [] },
      ],
    });
    const found = analyseEntities({ title: 'Briefing', body: 'The Nordland and Westmark Border Health Commission met on Monday.' }, withPlaces).unregistered;
    expect(found.map((c) => c.name)).not.toContain('Westmark Border Health Commission');
  });
});

describe('a body’s unit named with the body it belongs to', () => {
  const withCouncil = buildRegistry({ files: [{ id: 'harbour-policy-council', name: 'Harbour Policy Council', type: 'organization', aliases: [] }] });
  /** Unregistered bodies and registered ids of one article. */
  const read = (body: string): { bodies: string[]; ids: string[] } => {
    const a = analyseEntities({ title: 'Briefing', body }, withCouncil);
    return { bodies: a.unregistered.filter((c) => c.type === 'organization').map((c) => c.name), ids: a.mentions.map((m) => m.id) };
  };
  it('names the unit as written, with its body’s name', () => {
    expect(read('The meeting was hosted by the Westmark House Office of Ferry Engagement on Monday.').bodies).toEqual([
      'Westmark House Office of Ferry Engagement',
    ]);
  });
  it('parts the unit from a registered body after "and"', () => {
    const { bodies, ids } = read('It was hosted by the Westmark House Office of Ferry Engagement and Harbour Policy Council.');
    expect(bodies).toEqual(['Westmark House Office of Ferry Engagement']);
    expect(ids).toContain('harbour-policy-council');
  });
  it.each([
    [
      'joins the unit named alone elsewhere',
      { a: ['Westmark House Office of Ferry Engagement'], b: ['Office of Ferry Engagement'], c: ['Office of Ferry Engagement'] },
      ['Office of Ferry Engagement 3'],
    ],
    [
      'stays apart where two bodies have a unit of that name',
      { a: ['Kelvara Bank Office of Public Affairs'], b: ['Harbour Board Office of Public Affairs'], c: ['Office of Public Affairs'] },
      ['Harbour Board Office of Public Affairs 1', 'Kelvara Bank Office of Public Affairs 1', 'Office of Public Affairs 1'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confidentOrgs(perArticle)).toEqual(expected);
  });
});

describe('a company the lexicon knows, then "and" and another body', () => {
  it('names both', () => {
    expect(names('The deal between Nokia and Kelvara Airlines will add routes.').sort()).toEqual(['Kelvara Airlines (organization)', 'Nokia (organization)']);
  });
});

describe('the same head repeated after "and" names a second body', () => {
  it.each([
    [
      'two ministries of one country',
      'The Ministry of Harbours of Nordland, and Ministry for Strategic Ferries of Nordland signed the deal.',
      ['Ministry for Strategic Ferries of Nordland (organization)', 'Ministry of Harbours of Nordland (organization)'],
    ],
    [
      'a field joined by "and" stays one name',
      'The Ministry of Harbours and Ferries of Nordland signed the deal.',
      ['Ministry of Harbours and Ferries of Nordland (organization)'],
    ],
  ])('%s', (_, body, expected) => {
    expect(names(body).sort()).toEqual(expected);
  });
});

describe('a partnership named by its remit', () => {
  it.each([
    [
      'a partnership, then "for" and its remit',
      'Leaders of the Westmark Partnership for Harbour Prosperity met. The Partnership for Nordland Ferries will invest.',
      ['Partnership for Nordland Ferries (organization)', 'Westmark Partnership for Harbour Prosperity (organization)'],
    ],
    ['a relation between two states is no body', 'The Westmark-Nordland Comprehensive Strategic Partnership was signed.', []],
    ['a relation named by its aims is no body', 'They raised ties to a Comprehensive Strategic Partnership for Peace and Prosperity.', []],
    [
      'the meeting a partnership holds, with the words that go with it, is no part of its name',
      'The Westmark Partnership for Harbour Prosperity Annual Meeting opened.',
      ['Westmark Partnership for Harbour Prosperity (organization)'],
    ],
    [
      'the summit a partnership holds is no part of its name',
      'Leaders met at the Westmark Partnership for Harbour Prosperity Leaders’ Summit today.',
      ['Westmark Partnership for Harbour Prosperity (organization)'],
    ],
  ])('%s', (_, body, expected) => {
    expect(
      names(body)
        .filter((n) => n.endsWith('(organization)'))
        .sort(),
    ).toEqual(expected);
  });
});

describe('a headline’s body name, as far as the prose writes it', () => {
  it.each([
    [
      'past "and", as the prose writes it',
      'Talks between the Alliance of Ferry Pilots and Harbour Owners and the Westmark Port Authority',
      'The Alliance of Ferry Pilots and Harbour Owners reached a deal with the Westmark Port Authority.',
      'Alliance of Ferry Pilots and Harbour Owners (organization)',
    ],
    [
      'past "of" and a place, as the prose writes it',
      'Statement on the Deal with the Ferry Writers Guild of Nordland',
      'We welcome the deal with the Ferry Writers Guild of Nordland today.',
      'Ferry Writers Guild of Nordland (organization)',
    ],
    [
      'with the registered place that opens it after "the"',
      'Readout of the Third Meeting of the Nordland Donor Platform Steering Committee',
      'The members met on Monday.',
      'Nordland Donor Platform Steering Committee (organization)',
    ],
  ])('%s', (_, title, body, expected) => {
    const found = analyseEntities({ title, body }, registry).unregistered;
    const named = found.find((c) => `${c.name} (${c.type})` === expected);
    expect(named?.inTitle).toBe(true);
  });

  it('leaves generic words after a registered name cut from it ("the Senate Armed Services Committee")', () => {
    const found = analyseEntities({ title: 'Testimony Before the Senate Armed Services Committee', body: 'The members met on Monday.' }, registry).unregistered;
    expect(found.map((c) => c.name)).toContain('Armed Services Committee');
  });

  it('leaves a head alone after a registered place, a kind and no name of its own', () => {
    const found = analyseEntities(
      { title: 'Nominee for Representative to the Nordland Agencies for Food', body: 'She served for years.' },
      registry,
    ).unregistered;
    expect(found.map((c) => c.name)).not.toContain('Nordland Agencies');
  });
});

describe('a headline’s body name does not run on into what the prose writes in lower case', () => {
  it('stops at the headline’s own "and"', () => {
    const found = analyseEntities(
      { title: 'Talks between the Alliance of Ferry Pilots and Harbour Leaders', body: 'The Alliance of Ferry Pilots and harbour leaders met on Monday.' },
      registry,
    ).unregistered.map((c) => c.name);
    expect(found).not.toContain('Alliance of Ferry Pilots and Harbour Leaders');
  });
});

describe('a post "of the" a body named after it', () => {
  it.each([
    ['the whole body after "of the"', 'She is the Director of the National Harbour Institute today.', ['National Harbour Institute (organization)']],
    [
      'a board of another body is left to the field reading',
      'He sits on the Board of Directors of the Westmark Ferry Foundation.',
      ['Westmark Ferry Foundation (organization)'],
    ],
  ])('names %s', (_, body, expected) => {
    expect(names(body).filter((n) => n.endsWith('(organization)'))).toEqual(expected);
  });
});

describe('initials the article never writes', () => {
  it('are no name of the body', () => {
    const found = analyseEntities({ title: 'Briefing', body: 'She led the Westmark Harbour Alliance for years.' }, registry).unregistered;
    expect(found.find((c) => c.name === 'Westmark Harbour Alliance')?.variants).not.toContain('WHA');
    const written = analyseEntities({ title: 'Briefing', body: 'She led the Westmark Harbour Alliance (WHA). The WHA grew.' }, registry).unregistered;
    expect(written.find((c) => c.name === 'Westmark Harbour Alliance')?.variants).toContain('WHA');
  });
});

describe('a name right after a kind of body', () => {
  const confident = (body: string): string[] => confidentIn(body).map((e) => `${e.name} (${e.type})`);

  it.each([
    ['a publisher after its country’s adjective', 'Rights went to the French publisher Quillon last year.', 'Quillon (organization)'],
    ['a name closing its sentence', 'Rights went to the publisher Quillon. The deal closed in May.', 'Quillon (organization)'],
    ['an operator named by its initials', 'Arson on the lines of the rail operator TVRX disrupted travel.', 'TVRX (organization)'],
    ['a company of two words before a comma', 'It hired the investing firm Tarn Rise, Nordbank and others.', 'Tarn Rise (organization)'],
    ['a provider after its field', 'Financing went to the telecom provider Quorvex in the region.', 'Quorvex (organization)'],
  ])('is a body named on purpose: %s', (_name, body, expected) => {
    expect(confident(body)).toContain(expected);
  });

  it.each([
    ['a post after the kind', 'A company spokesman said the company President Tom Vell would speak.', 'President Tom Vell (organization)'],
    [
      'what a possessive’s kind modifies',
      'The agency revised its lender Standard Operating Procedures in May.',
      'Standard Operating Procedures (organization)',
    ],
    ['partners’ names cut at a comma', 'He works at the law firm Vell, Orrin, Dee, & Marsh in Ohio.', 'Vell (organization)'],
    ['a person’s trade', 'The investor Tavrin praised the deal on Monday.', 'Tavrin (organization)'],
    ['a trade after "the" alone', 'The developer Tavrin disagreed with the plan.', 'Tavrin (organization)'],
    ['a known surname', 'Shares rose after the company Nakamura said so.', 'Nakamura (organization)'],
    ['a name cut before its link', 'The nonprofit Tavri Foundation for the Arts gave a grant.', 'Tavri Foundation (organization)'],
  ])('reads no body out of %s', (_name, body, absent) => {
    expect(confident(body)).not.toContain(absent);
  });
});

describe('a body named around a registered one', () => {
  const withGuard = buildRegistry({ files: [{ id: 'harbour-guard', name: 'Harbour Guard', type: 'organization', aliases: ['HG'] }] });
  const confident = (body: string): string[] => confidentIn(body, withGuard).map((e) => e.name);

  it.each([
    ['a state’s branch, ending in the registered name', 'The Kellerton Harbour Guard has mobilised boats to help.', 'Kellerton Harbour Guard'],
    ['a committee of the registered body', 'The Harbour Guard Ethics Committee met on Monday.', 'Harbour Guard Ethics Committee'],
  ])('is a body named on purpose: %s', (_name, body, expected) => {
    expect(confident(body)).toContain(expected);
  });

  it.each([
    [
      'an owner and its unit',
      'The agency partners with the HG’s Kellerton Ferry Network (KFN) Employee Group to sponsor members.',
      'HG’s Kellerton Ferry Network',
    ],
    ['a verb opening the run', 'The plan would Expand Harbour Guard Office hours this year.', 'Expand Harbour Guard Office'],
    ['an administration’s body', 'The Obama Harbour Guard approved the sale in 2015.', 'Obama Harbour Guard'],
    ['two bodies joined by "and"', 'Today, the Harbour Guard and Department of Ferries announced new rules.', 'Harbour Guard and Department of Ferries'],
  ])('reads no body out of %s', (_name, body, absent) => {
    expect(confident(body)).not.toContain(absent);
  });
});
