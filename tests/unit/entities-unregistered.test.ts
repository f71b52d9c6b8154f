import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities, type UnregisteredCandidate } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

const registry = buildRegistry({
  files: [{ id: 'antony-blinken', name: 'Antony Blinken', type: 'person', aliases: [] }],
});

/** Names the cross-article rule makes confident from one article alone. */
function confidentNames(body: string, title = 'Readout'): string[] {
  return selectConfidentEntities([{ articleId: 'a', candidates: analyseEntities({ title, body }, registry).unregistered }]).map((e) => e.name);
}

/** Unregistered names of a body, as "name (type, count)". */
function names(body: string, title = 'Talks', summary?: string): string[] {
  return analyseEntities({ title, summary, body }, registry).unregistered.map((c) => `${c.name} (${c.type}, ${c.count})`);
}

describe('people, organisations and places outside the registry', () => {
  it.each([
    ['a titled full name, then the surname alone', 'Foreign Minister Rhona Castell arrived. Castell said talks went well.', 'Rhona Castell (person, 2)'],
    [
      '"Secretary" and "Mr." before a surname join the full name',
      'Defense Secretary Lloyd Pembroke spoke. Later Secretary Pembroke and Mr. Pembroke left.',
      'Lloyd Pembroke (person, 3)',
    ],
    [
      'a delegate styled "The Honorable", then a post',
      'Members of the delegation:\n\nThe Honorable Jane Hartley, U.S. Ambassador to the United Kingdom\n\nThe Honorable Tom Orr, Consul General',
      'Jane Hartley (person, 1)',
    ],
    [
      'a nominee at the start of a nominations entry, whatever the words of the name',
      'Nominations sent to the Senate:\n\nHerro Mustafa Vell, of Kelvara, a Career Member of the Senior Foreign Service, to be Ambassador to Nordland.',
      'Herro Mustafa Vell (person, 1)',
    ],
    [
      'a nominee whose surname is a place',
      'Nominations sent to the Senate:\n\nPhillip A. Washington, of Colorado, to be Administrator of the Harbour Agency.',
      'Phillip A. Washington (person, 1)',
    ],
    [
      'a titled name with an everyday surname at the end of a list line',
      'Participants included:\n\nKellerton Representative Jennifer Bacon\n\nNordland Delegate Pamela Vell',
      'Jennifer Bacon (person, 1)',
    ],
    ['a titled name whose surname is also a post’s word', 'Delegate Jennifer White spoke first.', 'Jennifer White (person, 1)'],
    ['no heading’s event as a surname at a line’s end', 'They spoke.\n\nReadout of Secretary Austin Call', 'Austin (person, 1)'],
    ['a country written in capitals', 'Its ties with the USSR ended in 1991.', 'USSR (place, 1)'],
    ['a town in capitals opening a dateline', 'DETROIT — The union said the strike was over.', 'DETROIT (place, 1)'],
    ['a name that opens with a place’s word', 'Asunción Lucía Martín said the talks went well.', 'Asunción Lucía Martín (person, 1)'],
    ['a region that ended a post’s domain, then the name', 'Special Advisor for the Americas Lena Varga met the delegation.', 'Lena Varga (person, 1)'],
    ['a nickname joins the full name', 'Anthony Varga spoke first. Tony Varga, as colleagues call him, laughed.', 'Anthony Varga (person, 2)'],
    ['a family name written first (Korean order)', 'Minister Kwon Hae-sung met officials. Kwon said the plan would proceed.', 'Kwon Hae-sung (person, 2)'],
    [
      'a name with a particle, referred to by a middle name',
      'President Luiz Inacio Lula da Silva spoke. Lula urged action.',
      'Luiz Inacio Lula da Silva (person, 2)',
    ],
    [
      'an organisation with its acronym',
      'The Korean Central News Agency (KCNA) reported the launch. KCNA gave no details.',
      'Korean Central News Agency (organization, 2)',
    ],
    ['an organisation named by its head word', 'Officials at the Maritime Safety Agency agreed.', 'Maritime Safety Agency (organization, 1)'],
    [
      'a party named by a lowercase "party" after it',
      'Members of the ruling Georgian Dream party met. Georgian Dream has denied it.',
      'Georgian Dream (organization, 2)',
    ],
    ['a city the lexicon knows is a place', 'Protesters gathered in Tbilisi.', 'Tbilisi (place, 1)'],
    [
      'an organisation, then its initials without brackets',
      'The Nordavian Harbour Party lost seats. The NHP still leads.',
      'Nordavian Harbour Party (organization, 2)',
    ],
    ['"Bank of <country>" and its initials', 'The Bank of Japan raised rates. The BOJ will go slowly.', 'Bank of Japan (organization, 2)'],
    ['a company, then its brand word alone', 'Samsung Electronics shares rose. Samsung makes chips in Xian.', 'Samsung Electronics (organization, 2)'],
    [
      'a name shortened by dropping its country',
      'The Japan Meteorological Agency issued a warning. The Meteorological Agency said more.',
      'Japan Meteorological Agency (organization, 2)',
    ],
    ['a one-word organisation the lexicon knows', 'Boeing delayed the landing. Boeing said safety came first.', 'Boeing (organization, 2)'],
    ['an unlisted first name and an everyday-word surname in mid-sentence', 'The company led by Elon Musk grew. Musk has said so.', 'Elon Musk (person, 2)'],
  ])('finds %s', (_name, body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it.each([
    ['"Secretary of State Antony" as a place', 'Secretary of State Antony Blinken arrived.', ['Antony', 'State Antony', 'Secretary of State Antony']],
    [
      'bare titles',
      'The Secretary said the President and the Prime Minister agreed. Minister, they said.',
      ['Secretary', 'President', 'Prime Minister', 'Minister'],
    ],
    ['pronouns and sentence-initial ordinary words', 'They agreed. However, officials disagreed. Officials said nothing.', ['They', 'However', 'Officials']],
    ['months and weekdays', 'On Monday, in May, talks resumed. Tuesday was quiet.', ['Monday', 'May', 'Tuesday']],
    ['a surname that is a month, used as a date', 'Theresa May spoke in May 2019 and again in May.', ['May']],
    [
      'ordinary title-case phrases',
      'The Inflation Reduction Act and the Economic Coercion framework were discussed.',
      ['Inflation Reduction Act', 'Economic Coercion', 'Coercion'],
    ],
    ['an organisation named after a person', 'President Dana Whitlock spoke. The Whitlock Administration said so.', ['Whitlock Administration']],
    ['"Honorable Mention" for a person', 'She received an Honorable Mention from the Kelvara Prize jury.', ['Mention']],
    ['an acronym that spells a town, for that town', 'The partners will cooperate on secure networks in ORAN and 6G technologies.', ['ORAN']],
    ['a programme’s name with digits after "in"', 'Most new sites will be in Harbour40 and low-income communities.', ['Harbour40']],
    ['a name cut inside a hyphenated word in a headline', 'Leaders met.', ['Generation College'], 'Readout of a Meeting for First-Generation College Students'],
    ['a university’s department named by its field alone', 'She chaired the Economics Department at Harbour University for years.', ['Economics Department']],
  ])('never takes %s for a name', (_name, body, forbidden, title = 'x') => {
    const found = analyseEntities({ title, body }, registry).unregistered.map((c) => c.name);
    for (const name of forbidden) expect(found).not.toContain(name);
  });

  it('reads a body whose name opens with a hyphenated word whole in a list line', () => {
    const body = 'Participants\n\nAna Vell, Director, Coca-Cola Company\n\nTom Orr, Analyst, El-Harbi Foundation';
    expect(names(body)).toEqual(expect.arrayContaining(['Coca-Cola Company (organization, 1)', 'El-Harbi Foundation (organization, 1)']));
  });

  it('counts a month-named person apart from the month', () => {
    expect(names('Theresa May spoke in May 2019. May said she would stay.')).toContain('Theresa May (person, 2)');
  });

  it('lets a registered person absorb short and variant forms', () => {
    const analysis = analyseEntities({ title: 'x', body: 'Tony Blinken landed. Secretary Blinken spoke, and Blinken left.' }, registry);
    expect(analysis.mentions).toEqual([expect.objectContaining({ id: 'antony-blinken', count: 3 })]);
    expect(analysis.unregistered.map((c) => c.name)).not.toContain('Tony Blinken');
  });

  it('records whether a name is in the title, the summary and the lead', () => {
    const [candidate] = analyseEntities(
      { title: 'Castell quits', summary: 'Minister Rhona Castell resigned.', body: 'Nothing more.\n\nCastell left.' },
      registry,
    ).unregistered;
    expect(candidate).toMatchObject({ id: 'rhona-castell', inTitle: true, inSummary: true, inLead: true, count: 3 });
  });

  it('returns plain JSON data', () => {
    const analysis = analyseEntities({ title: 'x', body: 'Minister Rhona Castell left.' }, registry);
    expect(JSON.parse(JSON.stringify(analysis.unregistered))).toEqual(analysis.unregistered);
  });
});

describe('the cross-article confidence rule', () => {
  it.each([
    ['named once in one article body: not confident', [{ articleId: 'a', candidates: [candidate('Quillon Castell')] }], []],
    ['a given name and a surname, named once: confident', [{ articleId: 'a', candidates: [candidate('Rhona Castell')] }], ['rhona-castell']],
    ['one word that is only a given name, named once: not confident', [{ articleId: 'a', candidates: [candidate('Rhona')] }], []],
    ['a country’s capital named once: confident', [{ articleId: 'a', candidates: [candidate('Doha', { type: 'place' })] }], ['doha']],
    ['a town named once: not confident', [{ articleId: 'a', candidates: [candidate('Port Elna', { type: 'place' })] }], []],
    [
      'a given name and a surname read as a body, named once: not confident',
      [{ articleId: 'a', candidates: [candidate('Rhona Castell', { type: 'organization' })] }],
      [],
    ],
    ['named in the title: confident', [{ articleId: 'a', candidates: [candidate('Rhona Castell', { inTitle: true })] }], ['rhona-castell']],
    ['named in the summary: confident', [{ articleId: 'a', candidates: [candidate('Rhona Castell', { inSummary: true })] }], ['rhona-castell']],
    ['named twice in one article: confident', [{ articleId: 'a', candidates: [candidate('Rhona Castell', { count: 2 })] }], ['rhona-castell']],
    [
      'named once in each of two articles: confident',
      [
        { articleId: 'a', candidates: [candidate('Rhona Castell')] },
        { articleId: 'b', candidates: [candidate('Rhona Castell')] },
      ],
      ['rhona-castell'],
    ],
  ])('%s', (_name, perArticle, ids) => {
    expect(selectConfidentEntities(perArticle).map((e) => e.id)).toEqual(ids);
  });

  it('joins a surname alone in one article to the one full name elsewhere', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Rhona Castell', { count: 2 })] },
      { articleId: 'b', candidates: [candidate('Castell')] },
    ]);
    expect(confident).toEqual([expect.objectContaining({ id: 'rhona-castell', count: 3, articles: ['a', 'b'] })]);
  });

  it('keeps two people with the same surname apart', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Joe Varga', { count: 2 }), candidate('Hunter Varga', { count: 2 })] },
    ]);
    expect(confident.map((e) => e.id).sort()).toEqual(['hunter-varga', 'joe-varga']);
  });

  it('merges name variants of one person across articles under the most used full form', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Joseph Varga', { count: 1 })] },
      { articleId: 'b', candidates: [candidate('Joe Varga', { count: 3 })] },
    ]);
    expect(confident).toEqual([expect.objectContaining({ id: 'joe-varga', name: 'Joe Varga', count: 4, articles: ['a', 'b'] })]);
  });

  it('makes a titled full name confident even when named once', () => {
    const confident = selectConfidentEntities([{ articleId: 'a', candidates: [candidate('Ilse Brandauer', { introduced: true })] }]);
    expect(confident.map((e) => e.id)).toEqual(['ilse-brandauer']);
  });

  it('joins a surname alone to the full name used far more often than any other with that surname', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Dana Okafor', { count: 6 }), candidate('Lena Okafor', { count: 2 })] },
      { articleId: 'b', candidates: [candidate('Okafor', { count: 2 })] },
    ]);
    expect(confident.find((e) => e.id === 'dana-okafor')).toMatchObject({ count: 8, articles: ['a', 'b'] });
    expect(confident.map((e) => e.id)).not.toContain('okafor');
  });

  it('joins a surname alone to the full name named in twice as many articles as a namesake named twice in one', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Dana Okafor', { count: 2 })] },
      { articleId: 'b', candidates: [candidate('Dana Okafor', { count: 1, introduced: true })] },
      { articleId: 'c', candidates: [candidate('Lena Okafor', { count: 2, introduced: true })] },
      { articleId: 'd', candidates: [candidate('Okafor', { count: 1 })] },
    ]);
    expect(confident.find((e) => e.id === 'dana-okafor')?.articles).toEqual(['a', 'b', 'd']);
  });

  it("joins an organisation's acronym named alone in another article to the organisation", () => {
    const org = (name: string, fields: Partial<UnregisteredCandidate>) => candidate(name, { type: 'organization', ...fields });
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [org('Harbour Safety Board', { count: 2, variants: ['HSB'] })] },
      { articleId: 'b', candidates: [org('HSB', { count: 2 })] },
    ]);
    expect(confident).toEqual([expect.objectContaining({ id: 'harbour-safety-board', count: 4, articles: ['a', 'b'] })]);
  });

  it('never gives two confident entities the same id', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Shahid', { type: 'place', inTitle: true })] },
      { articleId: 'b', candidates: [candidate('Shahid', { type: 'organization', count: 3 })] },
    ]);
    const ids = confident.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(confident.find((e) => e.type === 'place')?.articles).toEqual(['a']);
  });
});

describe('a person named with the body they belong to', () => {
  const withParty = buildRegistry({ files: [{ id: 'harbour-party', name: 'Harbour Party', type: 'organization', aliases: [] }] });
  /** Whether the person named once counts as introduced. */
  const introduced = (body: string, name: string): boolean | undefined =>
    analyseEntities({ title: 'Election results', body }, withParty).unregistered.find((c) => c.name === name)?.introduced;
  it.each([
    ['after "of the" and the body', 'Tova Mensah of the Harbour Party came second.', true],
    ['after "of the", a few describing words and the body', 'Tova Mensah of the main opposition Harbour Party came second.', true],
    ['not after "of the" and something else', 'Tova Mensah of the north coast came second.', false],
  ])('%s', (_, body, expected) => {
    expect(introduced(body, 'Tova Mensah')).toBe(expected);
  });
});

describe('a ministry named in full with its country or state', () => {
  /** Whether the body named once counts as introduced (confident with one mention). */
  const introduced = (body: string, name: string): boolean | undefined =>
    analyseEntities({ title: 'Fact sheet', body }, registry).unregistered.find((c) => c.name === name)?.introduced;
  it.each([
    [
      'a ministry of a registered country',
      'The pact was signed with the Ministry of Coastal Defence of Ukraine last week.',
      'Ministry of Coastal Defence of Ukraine',
      true,
    ],
    [
      'its name holding a plural ("Industries")',
      'An advisor goes to the Ministry of Strategic Industries of Ukraine next month.',
      'Ministry of Strategic Industries of Ukraine',
      true,
    ],
    ['a state before its department', 'The Ohio Department of Harbour Safety received an award.', 'Ohio Department of Harbour Safety', true],
    ['a country before its ministry', 'Officials met the New Zealand Ministry for Coastal Trade on Monday.', 'New Zealand Ministry for Coastal Trade', true],
    ['a department closed by a title word', 'She served in the New Hampshire Department of Justice from 2010.', 'New Hampshire Department of Justice', true],
    [
      'a department of something that is no place',
      'A grant went to the Westmarch Trust Department of Coastal Defence last week.',
      'Westmarch Trust Department of Coastal Defence',
      false,
    ],
    [
      'a name that runs into a post',
      'Participants:\n\nOhio Department of Consumer Affairs Acting Director Ann Vell',
      'Ohio Department of Consumer Affairs Acting',
      false,
    ],
    [
      'a name that runs into another "of"',
      'They signed the Ohio Department of Harbours-Trust Memorandum of Understanding on Ferries.',
      'Ohio Department of Harbours-Trust Memorandum of Understanding on Ferries',
      false,
    ],
    [
      'a ministry of something that is no country',
      'A grant went to the Ministry of Coastal Defence of Westmarch Trust last week.',
      'Ministry of Coastal Defence of Westmarch Trust',
      false,
    ],
  ])('%s', (_, body, name, expected) => {
    expect(introduced(body, name)).toBe(expected);
  });
});

describe('initials that lost their last dot', () => {
  it('still open a person’s name ("Gov. J.B Kellerton")', () => {
    expect(names('Gov. J.B Kellerton signed the law. Kellerton said it would help.')).toContain('J.B Kellerton (person, 2)');
  });
});

describe('an institution named once by its head', () => {
  it.each([
    ['a university', 'Researchers from Kellerton State University joined the call on Monday.', 'Kellerton State University'],
    ['a hospital', 'Funding went to Marsh Valley Children’s Hospital last year.', 'Marsh Valley Children’s Hospital'],
    ['"University of …"', 'She taught at the University of Kellerton for a decade.', 'University of Kellerton'],
    ['a foundation', 'She is a trustee of the Marsh Valley Community Foundation.', 'Marsh Valley Community Foundation'],
    ['an association', 'He was president of the Kellerton Bar Association until 2019.', 'Kellerton Bar Association'],
    ['a namesake’s middle initial', 'She is a trustee of the Harold J. Vell Scholarship Foundation.', 'Harold J. Vell Scholarship Foundation'],
    ['"&" inside the name', 'Funding went to Marsh Valley Health & Science University last year.', 'Marsh Valley Health & Science University'],
    ['a state university’s campus after a comma', 'She is a professor at the University of Kellerton, Fernwood.', 'University of Kellerton, Fernwood'],
    ['a state university’s campus after "at"', 'He taught at the University of Kellerton at Fernwood for years.', 'University of Kellerton at Fernwood'],
    ['a public body of three words', 'Investigators of the Kellerton Transport Safety Board arrived.', 'Kellerton Transport Safety Board'],
    ['a company by its trade', 'Passengers of Kellerton Airlines were safe.', 'Kellerton Airlines'],
    ['a public body with "and" in its remit', 'The UK Harbour and Markets Authority cleared the deal.', 'UK Harbour and Markets Authority'],
    ['an institute before its remit', 'She founded the Institute of Harbour Studies in 2001.', 'Institute of Harbour Studies'],
    [
      'an alliance before its remit, joined by "and"',
      'He spoke for the Alliance for Small Islands and Atolls at the talks.',
      'Alliance for Small Islands and Atolls',
    ],
  ])('%s is confident with one mention', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it.each([
    ['two schools joined by "and"', 'She graduated from Kellerton and Marsh Valley College in 1990.', 'Kellerton and Marsh Valley College'],
    ['a board before "of"', 'He sits on the Board of Trustees of Kellerton University today.', 'Board of Trustees of Kellerton University'],
    ['what follows "University of" and its place', 'He led the University of Kellerton Press for years.', 'University of Kellerton Press'],
    ['a post before the head', 'She is Deputy Laboratory Director at the plant.', 'Deputy Laboratory Director'],
    ['a letter right before the head', 'She studied at Vell J University in 1990.', 'Vell J University'],
    ['two public bodies joined by "and"', 'It went to the Kellerton and Vell Harbour Authority for review.', 'Kellerton and Vell Harbour Authority'],
    ['a public body’s head after one word', 'The plan sets up a Harbour Agency for rural towns.', 'Harbour Agency'],
    ['a trade after an everyday word', 'Workers in Consumer Electronics gained jobs in Kellerton.', 'Consumer Electronics'],
    ['an alliance with a remit of one word', 'Sixty years after the Alliance for Progress, we renew our ties.', 'Alliance for Progress'],
    ['an academy named for its awards', 'She performed at the Academy of Harbour Music Awards in May.', 'Academy of Harbour Music Awards'],
    ['a unit named in the possessive', 'Payments go through the Treasury’s Do Not Pay Board each month.', 'Treasury’s Do Not Pay Board'],
    ['a rite named like a public body', 'The First Lady will attend the Arlington Memorial Service on Monday.', 'Arlington Memorial Service'],
    [
      'an institute’s remit running on past another "of"',
      'He chairs the Institute for Harbour Peace Board of Directors.',
      'Institute for Harbour Peace Board of Directors',
    ],
  ])('%s is no institution named once', (_name, body, name) => {
    expect(confidentNames(body)).not.toContain(name);
  });

  it('an opening head needs "of" or "for" before its remit', () => {
    const named = (name: string) => selectConfidentEntities([{ articleId: 'a', candidates: [candidate(name, { type: 'organization' })] }]).map((e) => e.name);
    expect(named('Alliance for Harbour Partners')).toEqual(['Alliance for Harbour Partners']);
    expect(named('Alliance Harbour Partners')).toEqual([]);
  });

  it('another head named once still needs a second sign ("Center")', () => {
    expect(confidentNames('Funding went to the Marsh Valley Learning Center last year.')).not.toContain('Marsh Valley Learning Center');
  });
});

describe('a company named once with its legal form', () => {
  it.each([
    ['after a comma in a sentence', 'She joined Marvane Therapeutics, Inc. in 2019.', 'Marvane Therapeutics'],
    ['as the last word of its name', 'He advised the Kellerton Harbour Corporation for years.', 'Kellerton Harbour Corporation'],
    ['one word in a sentence', 'She later led Trovix, LLC as its chief executive.', 'Trovix'],
    ['one word on its own list line', 'Participants included:\n\nVandrel, PLC\n\nOstara Pharmaceuticals, Inc.', 'Vandrel'],
    ['everyday words before a comma and the form', 'She chairs Quorra Mobile, Inc. and teaches.', 'Quorra Mobile'],
    ['everyday words on a laureate’s line', 'The winners:\n\nAna Vell, Tavri Biotechnology, Inc.\n\nJon Dee, Brandeis University', 'Tavri Biotechnology'],
    ['after "and" that joins two bodies', 'It was signed by the U.S. Navy and Marlow Dock Builders, Ltd. in August.', 'Marlow Dock Builders'],
    [
      'a name with a second head on its list line, read whole',
      'Participants included:\n\nOstara Pharmaceuticals Corporation\n\nVandrel, PLC',
      'Ostara Pharmaceuticals Corporation',
    ],
  ])('%s is confident', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it('reads the list line with a second head as one company, not two', () => {
    expect(confidentNames('Participants included:\n\nOstara Pharmaceuticals Corporation\n\nVandrel, PLC')).not.toContain('Ostara Pharmaceuticals');
  });

  it.each([
    ['two companies joined by "and"', 'She sat on the boards of Marvane Foods and Trovix Inc. until 2020.', 'Marvane Foods and Trovix Inc'],
    ['a board of the company', 'He sits on the Board of Directors of Trovix Corporation today.', 'Board of Directors of Trovix Corporation'],
    ['a name cut after "&"', 'He was Chief Executive Officer of Delmar Trust & Banking Corporation. From 1989 he served.', 'Banking Corporation'],
    ['a name cut after a number', 'He backed a 21st Century Harbour Corp that would train workers.', 'Century Harbour Corp'],
    ['a name cut at a mark written onto it', 'Lumen.IO, Inc., a solar company, will add jobs.', 'IO'],
    ['a firm’s last partner after "and"', 'She was an associate at Dewey and LeMaire L.L.P. from 2006.', 'LeMaire L.L.P'],
    ['the last of three partners', 'He was a partner at Picard, Kentz and Rowe L.L.P from 2016.', 'Rowe L.L.P'],
  ])('%s is not', (_name, body, name) => {
    expect(confidentNames(body)).not.toContain(name);
  });

  it.each([
    ['after a sentence’s "The"', 'It rained. The Trovix Corporation agreed to pay.', 'Trovix Corporation'],
    ['in brackets', 'The parent company (Marvane Holdings Inc.) agreed.', 'Marvane Holdings Inc'],
  ])('%s is confident too', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it('reads no company out of a title-case headline that ends in one', () => {
    expect(confidentNames('It was agreed.', 'President Biden Announces Settlement With Trovix, LLC').some((n) => n.includes('Announces'))).toBe(false);
  });

  it('is no sign without the legal form', () => {
    expect(confidentNames('She joined Marvane Therapeutics in 2019.')).not.toContain('Marvane Therapeutics');
  });
});

describe('the employer after a company officer’s title', () => {
  it.each([
    ['in a sentence', 'Tova Rell, CEO of Quorvane, said the firm would help.', 'Quorvane'],
    ['on a participant’s list line', 'Participants included:\n\nTova Rell, CEO of Quorvane\n\nAri Venn, Chairman and CEO of Brightwell Labs', 'Quorvane'],
    ['past the board the officer chairs', 'He is Chairman of the Board of Directors of the Trovix Foods Group.', 'Trovix Foods Group'],
    ['named after people, before the officer’s name', 'Guests included the CEO of Morgan Stanley Ted Vell and others.', 'Morgan Stanley'],
    [
      'with "of" inside it on a participant’s line',
      'Participants:\n\nRobb Vell, Chairman of the Kellerton County Board of Commissioners',
      'Kellerton County Board of Commissioners',
    ],
    ['before the officer’s own name', 'Guests included the CEO of Quorvane Jane Rell and others.', 'Quorvane'],
    [
      'a company the lexicon knows though it is a word, before "and"',
      'Participants:\n\nSundar Vell, CEO of Google and Tavri\n\nAri Venn, Chairman and CEO of Brightwell Labs',
      'Google',
    ],
  ])('is confident with one mention: %s', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it.each([
    ['the board itself', 'She is Chairman of the Board.', 'Board'],
    ['a known place', 'He was Founder of Chicago in a novel.', 'Chicago'],
    ['the officer’s own name', 'Guests included the CEO of Quorvane Jane Rell and others.', 'Quorvane Jane Rell'],
    ['a name that ends in two unknown words', 'He met the Chairman of Tavri Sons Nataru Chandrelkar.', 'Tavri Sons Nataru Chandrelkar'],
    ['a demonym', 'She is Founder of American Harbour Dreams.', 'American Harbour Dreams'],
    ['an honour', 'Participants:\n\nAri Venn, CEO of the Year Award Winner', 'Year Award Winner'],
  ])('is no employer: %s', (_name, body, name) => {
    expect(confidentNames(body)).not.toContain(name);
  });

  it('counts a participant’s employer once, not again by its head', () => {
    expect(names('Participants:\n\nJim Vell, President and CEO of Kellerton Motor Company')).toContain('Kellerton Motor Company (organization, 1)');
  });

  it('leaves a heading line’s post to the person named after it', () => {
    expect(confidentNames('Meeting with Chairman of the National Assembly Vuong Dinh Hue\n\nThey met.')).not.toContain('National Assembly Vuong Dinh Hue');
  });

  it('leaves a headline’s post to the person named after it', () => {
    const title = 'Meeting with Chairman of the National Assembly Vuong Dinh Hue of Vietnam';
    expect(confidentNames('They met.', title)).not.toContain('National Assembly Vuong Dinh Hue');
  });
});

describe('the bodies on a participant’s line, after the post', () => {
  const roster = (lines: string[]): string => `Participants:\n\n${lines.map((l) => `-   ${l}`).join('\n')}`;

  it.each([
    ['a body without a head', 'Tova Rell, CEO, Women Employed', 'Women Employed'],
    ['a union’s initials', 'Jenny Vell, Assistant Director of Research and Collective Bargaining,\n    KTWU', 'KTWU'],
    ['initials that spell a word', 'Randa Vell, President, AFT', 'AFT'],
    ['a name in the possessive', 'Fatima Orr, President and CEO, National Women’s Harbour Center', 'National Women’s Harbour Center'],
    ['a name closed by a registered place', 'Margo Vell, CEO, YWCA USA', 'YWCA USA'],
    ['after a suffix and a post without a title', 'Willie Orr, Jr., In-House Counsel, Dockhands Guild', 'Dockhands Guild'],
    ['the second of two posts', 'Mel Campo, President and CEO, Kellerton Coalition, National Convener, Black Harbour Roundtable', 'Black Harbour Roundtable'],
    ['each name around a slash', 'Noreen Vell, Executive Director, Equal Rights Harbour/Equal Pay Tomorrow', 'Equal Pay Tomorrow'],
    ['after a unit and "at"', 'Don Orr, Senior Vice President, Claims Design and Delivery at Quorvane', 'Quorvane'],
    ['an everyday noun after a unit and "at"', 'Don Orr, Vice President, Service and Operations Management at Apple', 'Apple'],
    [
      'a delegate styled "The Honorable"',
      'The Honorable Enoh Vell, Director, Kellerton Trade and Development Agency',
      'Kellerton Trade and Development Agency',
    ],
    ['without its article', 'Jose Orr, Senior Vice President, The Wounded Harbour Project', 'Wounded Harbour Project'],
    ['after a post without a title word', 'Ana Vell, Shop Steward, Dockhands Together', 'Dockhands Together'],
    [
      'with a field joined by "&"',
      'Dalia Vell, Director of Research, Institute for Harbour Policy &\n    Understanding',
      'Institute for Harbour Policy & Understanding',
    ],
  ])('is confident with one mention: %s', (_name, line, name) => {
    expect(confidentNames(roster([line, 'Ben Rell, Director, Tavri Labs']))).toContain(name);
  });

  it.each([
    ['a unit before its body', 'Brian Orr, Principal Deputy Assistant Attorney General, Civil\n    Division, Department of Justice', 'Civil Division'],
    [
      'a name that holds commas',
      'Lori Vell, Policy Advisor, Office of Planning, Evaluation,\n    and Policy Development, Kellerton Board',
      'Office of Planning',
    ],
    ['a campus', 'Javi Orr, Chancellor, University of Massachusetts, Amherst', 'Amherst'],
    ['a town before its state', 'Ana Vell, Teacher, Kellerton, Ohio', 'Kellerton'],
    ['the field of the post before it', 'Park Bo Vell, Minister of Culture, Sports and Tourism', 'Sports and Tourism'],
    ['a place on its own', 'Ana Vell, Teacher, New Mexico', 'New Mexico'],
    ['a line without a post', 'Ana Vell, Tavri Harbour Board, Women Employed', 'Women Employed'],
    ['a spouse after the body', 'Ana Vell, Director, Tavri Labs, and her husband, Tom Orr', 'Tom Orr'],
    ['the tail of a body’s name that holds commas', 'Ana Vell, Director, Kellerton Department of Labor, Licensing and Regulation', 'Licensing and Regulation'],
    ['a town after the body', 'Ana Vell, Director, Harbour Alliance, Monessen', 'Monessen'],
    ['a programme', 'Ana Vell, Director, Summer Harbour Meals Program', 'Summer Harbour Meals Program'],
    ['a line that opens with a place', 'New Mexico, Governor, Women Employed', 'Women Employed'],
    [
      'a guest’s spouse',
      'The Honorable Sri Vell, Chief Judge, Kellerton Court of Appeals & Ms.\n    Chitra Vell',
      'Kellerton Court of Appeals & Ms. Chitra Vell',
    ],
    ['the unit before "at"', 'Don Orr, Senior Vice President, Claims Design and Delivery at Quorvane', 'Claims Design and Delivery'],
    ['one everyday word', 'Ana Vell, Professor, Economics', 'Economics'],
    ['a line that opens with no person', 'Kellerton Harbour Board, Director, Women Employed', 'Women Employed'],
  ])('is no body: %s', (_name, line, name) => {
    expect(confidentNames(roster([line]))).not.toContain(name);
  });

  it('reads no heading in capitals as a participant’s line', () => {
    const body = 'PROTECTS CLEAN WATER, ADVANCES ENVIRONMENTAL JUSTICE,\nDELIVERS HARBOUR TOWNS\n\nThe budget invests.';
    expect(confidentNames(body).join(' ').toLowerCase()).not.toContain('delivers');
  });

  it('reads no registered place as a body', () => {
    const body = 'Participants:\n\n• Maria Vell, Artistic Director, Harbour Theatre,\nWashington, D.C.\n• Ben Orr, Director, Tavri Labs';
    expect(confidentNames(body)).not.toContain('D.C.');
  });

  it('leaves a registered body to the registry, and a guest named after it', () => {
    const withBody = buildRegistry({ files: [{ id: 'tavri-council', name: 'Tavri Council', type: 'organization', aliases: [] }] });
    const body = roster(['Ana Vell, Director, Tavri Council and The Honorable Ben Orr']);
    const found = analyseEntities({ title: 'Readout', body }, withBody).unregistered.map((c) => c.name);
    expect(found.join(' | ')).not.toContain('Tavri Council and');
  });

  it('reads no sentence as a participant’s line', () => {
    expect(confidentNames('Today, Ana Vell, Director, spoke with Quorvane Harbour Partners about ports.')).not.toContain('Quorvane Harbour Partners');
  });
});

describe('a body’s name in bold opening an item, then its verb', () => {
  /** Confident names of Markdown-like text whose "**…**" stretches are bold, as the Markdown pipeline passes them, as "name (type)". */
  function confidentWithBold(text: string): string[] {
    const bold: [number, number][] = [];
    let body = '';
    for (const [i, piece] of text.split('**').entries()) {
      if (i % 2 === 1) bold.push([body.length, body.length + piece.length]);
      body += piece;
    }
    const candidates = analyseEntities({ title: 'Fact sheet', body, bold }, registry).unregistered;
    return selectConfidentEntities([{ articleId: 'a', candidates }]).map((e) => `${e.name} (${e.type})`);
  }

  it.each([
    [
      'a company with a word of its own',
      'Commitments include:\n\n**Advocate Kellerton Health** announced its plan to cut emissions.',
      'Advocate Kellerton Health',
    ],
    ['a name holding "in" and "our"', 'Commitments include:\n\n**Invest in Our Kellerton** highlighted its fund.', 'Invest in Our Kellerton'],
    [
      'after its article, the bold running on over "will"',
      'Commitments:\n\n**The Kapor Harbour Center will lead the new course** for schools.',
      'Kapor Harbour Center',
    ],
    ['at a sentence’s start', 'Jobs came. **Georgia-Pacific** has committed to an expansion.', 'Georgia-Pacific'],
    ['after a colon', 'Just in Ohio: **Quorvane Pharmaceuticals** has invested in a plant.', 'Quorvane Pharmaceuticals'],
    ['before a comma and what it is', 'Commitments:\n\n**Plug in Kellerton,** a nonprofit, will host events.', 'Plug in Kellerton'],
  ])('is confident with one mention: %s', (_name, text, name) => {
    expect(confidentWithBold(text)).toContain(`${name} (organization)`);
  });

  it.each([
    ['a person', '**Ana Vell** announced her plan to run.', 'Ana Vell'],
    ['a person with names no list knows', '**Chinelo Okafor** is the founder of a school.', 'Chinelo Okafor'],
    ['everyday words alone', '**Small Businesses** will save on taxes.', 'Small Businesses'],
    ['a time', '**Kellerton Christmas Market** opens on Friday.', 'Kellerton Christmas Market'],
    ['a region of a place', '**Rural Alaska** will gain broadband.', 'Rural Alaska'],
    ['a person named after a body in the plural possessive', '**Tavri Labs’ Ana Vell** will speak.', 'Tavri Labs’ Ana Vell'],
    ['a comma before a description of no body', '**Tavri Harbour**, a town of 3,000, is rebuilding.', 'Tavri Harbour'],
    ['a name opening with a function word', '**Our Harbour Partners** will host events.', 'Our Harbour Partners'],
    ['a name opening with a link word', '**and Tavri Harbour Works** will build a plant.', 'and Tavri Harbour Works'],
    [
      'a unit of a body named in the possessive',
      '**Kellerton University’s Harbour Institute** will expand its platform.',
      'Kellerton University’s Harbour Institute',
    ],
    ['a place', '**Kellerton County** is building a plant.', 'Kellerton County'],
    ['an official', '**Secretary Ana Vell** will travel to Ohio.', 'Secretary Ana Vell'],
    ['a place’s government', '**The City of Kellerton** is building a plant.', 'City of Kellerton'],
    ['a law', '**The Harbour Rescue Plan** delivered funds.', 'Harbour Rescue Plan'],
    ['a lead-in opening with a verb', '**Propelling Harbour Growth** remains a goal.', 'Propelling Harbour Growth'],
    ['a lead-in holding a function word', '**New Data Shows How Harbour Funds** helped towns.', 'New Data Shows How Harbour Funds'],
    ['a bold heading', '**Kellerton Harbour Trust Celebrates**\n\nThe trust met.', 'Kellerton Harbour Trust Celebrates'],
    ['a name in mid-sentence', 'Thanks to the law, **Tavri Harbour Works** set a goal.', 'Tavri Harbour Works'],
    ['a list in bold', '**Tavri Labs, Quorvane, and Orvane** will host events.', 'Tavri Labs'],
    ['a biography', '**Yuwynn Vell is from Carlsbad, California.** He served.', 'Yuwynn Vell'],
    ['a sentence inside a bold paragraph', '**Ana Vell has served as counsel. Tavri Harbour Works has also grown.**', 'Tavri Harbour Works'],
    ['two bodies joined by "and"', '**Orvane and Quorvane** will build a plant.', 'Orvane and Quorvane'],
    ['a body and where it is', '**The Town Council and Water Department in Kellerton** are replacing pipes.', 'Town Council and Water Department in Kellerton'],
    ['a comma before anything but what it is', '**Survivor Harbour Support**, including training.', 'Survivor Harbour Support'],
    ['a name that runs on before "is"', '**Tavri Harbour Works is** building a plant.', 'Tavri Harbour Works'],
  ])('is no body: %s', (_name, text, name) => {
    expect(confidentWithBold(text)).not.toContain(`${name} (organization)`);
  });

  it('leaves a name holding a registered body to the registry', () => {
    const withBody = buildRegistry({ files: [{ id: 'tavri-council', name: 'Tavri Council', type: 'organization', aliases: [] }] });
    const text = 'Commitments:\n\nHarbour Friends of the Tavri Council will build a plant.';
    const start = text.indexOf('Harbour');
    const bold: [number, number][] = [[start, start + 'Harbour Friends of the Tavri Council'.length]];
    const found = analyseEntities({ title: 'Fact sheet', body: text, bold }, withBody).unregistered.map((c) => c.name);
    expect(found).not.toContain('Harbour Friends of the Tavri Council');
  });
});

describe('a name described right after it as a kind of body', () => {
  it.each([
    ['one unknown word', 'The plant belongs to Wolfvane, a semiconductor manufacturer based in Ohio.', 'Wolfvane'],
    ['after its article', 'The Harbour Quin, a network of scientists, met.', 'Harbour Quin'],
    ['the last of two names joined by "and"', 'Lifezone Harbour and TechVell, a critical metals company, will invest.', 'TechVell'],
    ['after a board and "of"', 'She is a Member of the Board of Concordia Harbour, a nonprofit that builds schools.', 'Concordia Harbour'],
    ['after a post and "for"', 'He is Vice President of Sports Betting for IGX, a leading supplier of games.', 'IGX'],
    ['after a person and "of"', 'CEO Amanda Vell of Lynas Harbour Earths, an Australia-based supplier, spoke.', 'Lynas Harbour Earths'],
    ['before a participle', 'Supervell, a Kellerton Motor Group company designing air taxis, will test them.', 'Supervell'],
    ['described as "the" body', 'Exevon, the nation’s largest utility serving cities, will invest.', 'Exevon'],
    ['described by two kinds', 'Generation290, a clean energy nonprofit organization, and others joined.', 'Generation290'],
    ['opening with a plural possessive', 'The Lawyers’ Tavri Committee, a nonprofit organization, filed suit.', 'Lawyers’ Tavri Committee'],
    ['after a person without a post', 'Amanda Vell of Lynas Harbour Earths, an Australia-based supplier, spoke.', 'Lynas Harbour Earths'],
  ])('is confident with one mention: %s', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it('counts the body once', () => {
    expect(names('The plant belongs to Tavri Harbour Labs, a semiconductor manufacturer based in Ohio.')).toContain('Tavri Harbour Labs (organization, 1)');
  });

  it('keeps the person named before the body', () => {
    expect(confidentNames('CEO Amanda Vell of Lynas Harbour Earths, an Australia-based supplier, spoke.')).toContain('Amanda Vell');
  });

  it.each([
    ['a person described otherwise', 'Vilicia Vell, an accomplished educational leader, spoke.', 'Vilicia Vell'],
    ['a legal form before the comma', 'He founded Tavri Labs, Inc., a leading provider of tools.', 'Inc'],
    [
      'a professional corporation before the comma',
      'Before joining the Board, Vell was a senior partner at Levy Tavri, P.C., a New York City labor and employment law firm.',
      'P.C.',
    ],
    ['a place', 'Kellerton County, a coalition of towns, grew.', 'Kellerton County'],
    ['a word that is no kind of body', 'Tavri Harbour, a popular destination, reopened.', 'Tavri Harbour'],
    ['a person described by a kind that modifies a noun', 'Ana Vell leads the plant. Vell, a company spokeswoman, said so.', 'Vell'],
    ['a person with names no list knows', 'Thandiwe Okafor, a film producer, spoke.', 'Thandiwe Okafor'],
    ['a person described by a body’s possessive', 'Vell, the company’s CEO, spoke.', 'Vell'],
  ])('is no body: %s', (_name, body, name) => {
    expect(names(body).filter((n) => n.startsWith(`${name} (organization`))).toEqual([]);
    expect(confidentNames(body).filter((n) => n === 'Inc')).toEqual([]);
  });
});

describe('a body named by its web address', () => {
  it.each([
    ['in a list', 'Officials met Zillvane, Tavrihomes.com, and Kellertonhousing.com today.', 'Tavrihomes.com'],
    ['opening a sentence', 'Tavrihomes.com will drop its fees.', 'Tavrihomes.com'],
    ['a group’s', 'Leaders of Welcomevell.US met officials.', 'Welcomevell.US'],
  ])('is confident with one mention: %s', (_name, body, name) => {
    expect(confidentNames(body)).toContain(name);
  });

  it.each([
    ['a government website', 'Apply at Tavrihelp.gov today.', 'Tavrihelp.gov'],
    ['an address that runs on', 'See Tavrihomes.com.au for more.', 'Tavrihomes.com'],
    ['an address with a path', 'See Tavrihomes.com/jobs for more.', 'Tavrihomes.com'],
    ['an address in lowercase', 'See tavrihomes.com for more.', 'tavrihomes.com'],
    ['part of a longer address', 'See www.Tavrihomes.com for more.', 'Tavrihomes.com'],
  ])('is no body: %s', (_name, body, name) => {
    expect(names(body).filter((n) => n.startsWith(`${name} (organization`))).toEqual([]);
  });
});
