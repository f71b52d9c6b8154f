import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, detectEntities, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// The built-in gazetteer knows the countries (Monaco, the Philippines); no entity files are needed.
const registry = buildRegistry({ files: [] });

/** Unregistered names of a body, as "name (type, count)". */
function names(body: string, title = 'Talks'): string[] {
  return analyseEntities({ title, body }, registry).unregistered.map((c) => `${c.name} (${c.type}, ${c.count})`);
}

/** Ids of the registered entities a text names. */
function ids(body: string, title = ''): string[] {
  return detectEntities({ title, body }, registry).map((m) => m.id);
}

describe('a surname opened by particles is one name', () => {
  it.each([
    ['"von der" after a title', 'Yesterday President Greta von der Holtz met the press.', 'Greta von der Holtz (person, 1)'],
    ['"de la", then the surname alone', 'The talks were led by Marta de la Vega. Later de la Vega said more.', 'Marta de la Vega (person, 2)'],
    ['a line break inside the particles', 'Yesterday President Greta von der\nHoltz met the press.', 'Greta von der Holtz (person, 1)'],
  ])('%s', (_name, body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it('does not join particles after a word no list of given names knows ("Ley de la …")', () => {
    expect(names('The mayor cited the Ley de la Vivienda Digna in her speech.').some((n) => n.startsWith('Ley'))).toBe(false);
  });
});

describe('a middle initial makes the next word a surname', () => {
  it.each([
    ['a country after a given name and an initial', 'The visit of Deputy Minister Carla T. Monaco was brief.', 'monaco'],
    ['the same across a line break', 'The visit of Deputy Minister Carla T.\nMonaco was brief.', 'monaco'],
  ])('%s is no place', (_name, body, id) => {
    expect(ids(body)).not.toContain(id);
    expect(names(body)).toContain('Carla T. Monaco (person, 1)');
  });

  it('still tags the country after a name without an initial', () => {
    expect(ids('Carla flew to Monaco on Friday.')).toContain('monaco');
  });
});

describe('a demonym before a sector that is not the state', () => {
  it.each([
    ['labor leaders in running text', 'The adviser met Philippine labor leaders on Monday.'],
    ['labor leaders in a title-cased headline', 'Readout of the Adviser’s Meeting with Philippine Labor Leaders'],
    ['business leaders', 'Philippine business leaders asked for new rules.'],
  ])('%s does not tag the country', (_name, text) => {
    expect(ids(text, text)).not.toContain('philippines');
  });

  it.each([
    ['its officials', 'Philippine officials asked for new rules.', 'philippines'],
    ['a sector’s minister', 'The adviser met Japanese Industry Minister Ken Sato.', 'japan'],
    ['a sector’s ministry', 'The Vietnamese Labor Ministry issued rules.', 'vietnam'],
    ['a minister of two sectors', 'Indonesian Youth and Sports Minister Dito Ariotedjo spoke.', 'indonesia'],
  ])('still tags the country before %s', (_name, text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('a pact named with a slash', () => {
  it('keeps the place that opens "Belfast/Good Friday Agreement" untagged', () => {
    expect(names('The peace of the Belfast/Good Friday Agreement must be kept.').filter((n) => n.startsWith('Belfast'))).toEqual([]);
  });

  it('still finds the place named on its own', () => {
    expect(names('The envoy flew to Belfast on Monday.')).toContain('Belfast (place, 1)');
  });
});

describe('a post before a full name', () => {
  it('finds the person after "for Economic Affairs"', () => {
    expect(names('He spoke with the Special Envoy to Eastern Freedonia for Economic Affairs Tom Hadley IV about trade.')).toContain(
      'Tom Hadley IV (person, 1)',
    );
  });
});

describe('a facility named by its own word alone', () => {
  it('counts "Narita" as a mention of "Narita Airport"', () => {
    expect(names('Flights resumed at Narita Airport on Monday. All of Narita’s runways reopened.')).toContain('Narita Airport (place, 2)');
  });

  it('finds dams named after a river, written with a capital and then without', () => {
    expect(names('Breaching the Upper Fox River Dams was studied. Services of the three Upper Fox River dams matter.')).toContain(
      'Upper Fox River Dams (place, 2)',
    );
  });

  it('does not read a body with "Locks and Dam" as a dam on a river', () => {
    expect(names('The Upper Fox Locks and Dam closed.').filter((n) => n.includes('place'))).toEqual([]);
  });

  it('does not shorten a facility named by more than one word of its own', () => {
    expect(names('Water rose at the Sandrel Valley Dam on Monday. Sandrel residents fled.')).toContain('Sandrel Valley Dam (place, 1)');
  });
});

describe('a surname alone after a title', () => {
  it.each([
    ['an everyday word', 'Today, Secretary Fudge and the department proposed a rule.', 'Fudge (person, 1)'],
    ['before "and" and an acronym', 'Administrator Power and USAID announced aid.', 'Power (person, 1)'],
  ])('is found when it is %s', (_name, body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it.each([
    ['a post after a title that is also an adjective', 'She served as General Counsel at the firm.'],
    ['a group after a title that opens a thing', 'All Member States voted.'],
    ['a programme named after a noun that is also a title', 'The Head Start program grew.'],
    ['an event named after a noun that is also a title', 'The CEO Summit met.'],
    ['a post that runs on after "and"', 'He was named Ambassador Extraordinary and Plenipotentiary.'],
  ])('is not found in %s', (_name, body) => {
    expect(names(body).filter((n) => n.includes('person'))).toEqual([]);
  });

  it('is credited to the one full name the archive gives that surname', () => {
    const confident = selectConfidentEntities([
      { articleId: 'a', candidates: [candidate('Marcia Fudge', { count: 2 })] },
      { articleId: 'b', candidates: [candidate('Fudge')] },
    ]);
    expect(confident.map((e) => [e.name, e.articles])).toEqual([['Marcia Fudge', ['a', 'b']]]);
  });

  it('is tagged nowhere when no full name carries it', () => {
    expect(selectConfidentEntities([{ articleId: 'b', candidates: [candidate('Fudge')] }])).toEqual([]);
  });
});

describe('a town before its state in a headline', () => {
  it.each([
    ['one word', 'Statement on the Shooting in Allen, Texas', ['Allen (place, 1)', 'Texas (place, 1)']],
    ['two words', 'Statement on a Battery Plant in Queen Creek, Arizona', ['Queen Creek (place, 1)', 'Arizona (place, 1)']],
  ])('names both places: %s', (_name, title, expected) => {
    expect(names('Officials spoke.', title)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a style of address before a name', () => {
  it.each([
    ['"His Majesty" before a full name', 'The President spoke with His Majesty Tariq bin Faisal Al Nahr of Ostland.', 'Tariq bin Faisal Al Nahr'],
    ['"Her Excellency" before a full name', 'Her Excellency Ana Ruiz signed the accord.', 'Ana Ruiz'],
    ['"His Royal Highness" and a title', 'He met His Royal Highness Prince Faisal bin Tariq.', 'Faisal bin Tariq'],
    ['a monarch’s regnal number after a title', 'He spoke with His Majesty King Tariq II of Ostland today.', 'Tariq II'],
  ])('is a title, not part of the name: %s', (_name, body, expected) => {
    const introduced = analyseEntities({ title: 'Talks', body }, registry).unregistered.filter((c) => c.introduced && c.type === 'person');
    expect(introduced.map((c) => c.name)).toEqual([expected]);
  });
});

describe('a surname that is also a plural noun', () => {
  it.each([
    ['after a given name', 'Officials met Loretta Hicks in the morning.', 'Loretta Hicks (person, 1)'],
    ['after a title and a given name', 'Deputy Secretary Maxine Waters spoke.', 'Maxine Waters (person, 1, intro)'],
    [
      'on a participant line',
      'Participants:\n\nLoretta Hicks, Director of Outreach, Port Authority\n\nAna Vell, Director of Policy',
      'Loretta Hicks (person, 1)',
    ],
  ])('is a person %s', (_name, body, expected) => {
    expect(names(body).map((n) => n.replace(', intro', ''))).toContain(expected.replace(', intro', ''));
  });

  it.each([
    ['after a place that is also a given name', 'The Virginia Helicopters flew over.'],
    ['after an everyday word that is also a given name', 'The Grace Notes choir sang.'],
  ])('is no person %s', (_name, body) => {
    expect(names(body).filter((n) => n.includes('person'))).toEqual([]);
  });
});

describe('a region named by a compass point', () => {
  it.each([
    ['an ocean, then a compass point', 'Salmon runs in the Pacific Northwest are falling. The Pacific Northwest needs power.', 'Pacific Northwest (place, 2)'],
    ['a nationality, then a compass point', 'Fires burn across the American West each year.', 'American West (place, 1)'],
  ])('finds %s', (_name, body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it.each([
    ['a given name before a compass point', 'Tom West spoke to the press.', 'Tom West (place'],
    ['the end of a body’s name after "of"', 'The Writers Guild of America West gave an award.', 'America West'],
  ])('does not read %s as a region', (_name, body, prefix) => {
    expect(names(body).filter((n) => n.startsWith(prefix))).toEqual([]);
  });
});

describe('a place inside the name of a war, a pact or a programme', () => {
  it.each([
    ['a war named after a country', 'He is the last Vietnam War veteran in the chamber.', 'vietnam'],
    ['a pact named after a place', 'The Oman Accord took effect.', 'oman'],
    ['a programme whose name runs on from the place', 'Leaders backed a renewal of the Oman Grain Initiative.', 'oman'],
    ['a framework whose name runs on from the place', 'Talks went on through the Oman Economic Framework.', 'oman'],
  ])('%s does not tag the place', (_name, body, id) => {
    expect(ids(body)).not.toContain(id);
  });

  it.each([
    ['a war in running text, in lowercase', 'The Ukraine war goes on.', 'ukraine'],
    ['places joined by a hyphen before a lowercase word', 'The U.S.-Mexico border was busy.', 'mexico'],
    ['the parties of a war, joined by a hyphen', 'Aid reached Gaza during the Israel-Hamas War talks.', 'israel'],
    ['the last party of a pact, joined by a hyphen', 'The United States-Mexico-Canada Agreement took effect.', 'canada'],
    ['the first party of a pact, joined by a hyphen', 'The U.S.-Japan Agreement on minerals was signed.', 'japan'],
    ['a place before a lowercase programme', 'The Oman grain initiative was renewed.', 'oman'],
  ])('%s still tags the place', (_name, body, id) => {
    expect(ids(body)).toContain(id);
  });

  it('still tags the place in a title-cased headline, where capitals say nothing', () => {
    expect(ids('Aid was sent.', 'Statement on the Latest Ukraine War Aid Package')).toContain('ukraine');
  });
});

describe('a place closing a programme’s or a body’s name', () => {
  it.each([
    ['a programme named "<Gerund> in <place>"', 'The mayor praised the Governor’s Building in Canada agenda.', 'canada'],
    [
      'the same programme in a title-cased headline, where the body writes it as a name',
      'The Building in Canada agenda funds roads.',
      'canada',
      'Readout of the Building in Canada Meeting',
    ],
    ['a guild of a country', 'The Actors Guild of Canada ratified the deal.', 'canada'],
    ['a body’s name in a title-cased headline', 'The union ratified the deal.', 'canada', 'Statement on the Actors Guild of Canada Agreement'],
    ['a list item naming such a body', 'Participants\n\nAnna Lee, Advocacy Director, Disabled Veterans Association of Canada\n\nBen Roe, Analyst', 'canada'],
  ])('%s does not tag the place', (_name, body, id, title = 'Talks') => {
    expect(ids(body, title)).not.toContain(id);
  });

  it('reads a body whose head comes before "of" and one place word whole', () => {
    expect(names('Leaders of the Harbour Federation of Canada ratified the deal.')).toContain('Harbour Federation of Canada (organization, 1)');
  });

  it('leaves a longer place to the registry, so no cut name forms from its words', () => {
    const found = names('She sits on the Legal Aid Society of the District of Columbia Board of Directors.');
    expect(found.filter((n) => n.startsWith('Columbia'))).toEqual([]);
  });

  it.each([
    ['investing in a country, in lowercase', 'The fund is investing in Canada this year.', 'canada'],
    ['a programme-like headline the body does not write as a name', 'The firm is investing in Canada again.', 'canada', 'Statement on Investing in Canada'],
    ['a name ending in "-ing" before "in"', 'The President met President Xi Jinping in China on Monday.', 'china'],
    ['a state’s own body', 'The Ministry of Foreign Affairs of Japan said so.', 'japan'],
    ['a state’s office holders', 'The Presidents of Kenya and the Chief Justices of Kenya met.', 'kenya'],
  ])('%s still tags the place', (_name, body, id, title = 'Talks') => {
    expect(ids(body, title)).toContain(id);
  });

  it('keeps the words of the name from the name finder: the person after it is found', () => {
    expect(names('The Building in Canada Chief Economist Dana Reyes met union leaders.')).toContain('Dana Reyes (person, 1)');
  });
});

describe('the home country named once, as the first word of its own body’s name', () => {
  it.each([
    ['a federal office', 'The U.S. Copyright Office issued guidance on repairs.'],
    ['an office with links in its name', 'Speakers included officials of the U.S. Office of Harbour Safety and Tides.'],
    ['a body in a list line', 'Participants\n\nDana Reyes, Senior Analyst, U.S. Copyright Office\n\nBen Roe, Analyst'],
  ])('is no tag: %s', (_name, body) => {
    expect(ids(body)).not.toContain('united-states');
  });

  it.each([
    ['named as itself too', 'The U.S. Copyright Office said the United States would act.', 'united-states'],
    ['before a post, whose holder acts for it', 'US President Joe Biden met the pope on Friday.', 'united-states'],
    ['before a post that names a body', 'U.S. Secretary of the Army Christine Wormuth met the cadets.', 'united-states'],
    ['before a body the name finder does not read', 'The U.S. Embassy in Kyiv reopened its consular section.', 'united-states'],
    ['before a lowercase word', 'Applicants must be U.S. citizens.', 'united-states'],
    ['in a title-cased headline', 'Officials announced the measures.', 'united-states', 'U.S. Imposes Sanctions on Ruritania'],
    ['another country qualifying its body', 'The Japan Coast Guard rescued the crew.', 'japan'],
  ])('still tags the country: %s', (_name, body, id, title = '') => {
    expect(ids(body, title)).toContain(id);
  });
});

describe('a body’s short form inside a law’s name', () => {
  it('is a word of the law, not the department', () => {
    expect(ids('Legislators called for repeal of the Protection of Lawful Commerce in Arms Act, a federal law.')).not.toContain('us-department-of-commerce');
  });

  it.each([
    ['the department named on its own', 'The Department of Commerce and the Arms Act team met.'],
    ['a law’s name that the department opens', 'The Commerce Department Reorganisation Act passed.'],
    ['a title-cased headline', 'The bill passed.', 'Statement on the Vote for the Fair Commerce in Ports Act'],
  ])('still tags the department: %s', (_name, body, title = '') => {
    expect(ids(body, title)).toContain('us-department-of-commerce');
  });

  it('keeps a body’s own name inside a law’s name, which names what the law is about', () => {
    expect(ids('The President signed the Stop Congress Insider Trading Act.')).toContain('us-congress');
  });
});

describe('a person’s name opening a law’s name', () => {
  it.each([['a law named after someone', 'Congress must pass the Maria Lopez Justice in Policing Act this year.', 'Maria Lopez']])(
    '%s names no person',
    (_name, body, person) => {
      expect(names(body).filter((n) => n.startsWith(person))).toEqual([]);
    },
  );

  it.each([['the person and then a law', 'Dana Whitcombe and the Voting Rights Act were both honoured.', 'Dana Whitcombe']])(
    '%s still names the person',
    (_name, body, person) => {
      expect(names(body).some((n) => n.startsWith(person))).toBe(true);
    },
  );

  it('a registered person opening a law’s name is no mention of them', () => {
    const withLewis = buildRegistry({ files: [{ id: 'john-lewis', name: 'John Lewis', type: 'person', aliases: [] }] });
    const idsOf = (body: string) => detectEntities({ title: '', body }, withLewis).map((m) => m.id);
    expect(idsOf('They urged passage of the John Lewis Voting Rights Advancement Act.')).not.toContain('john-lewis');
    expect(idsOf('They honoured John Lewis, who marched in Selma.')).toContain('john-lewis');
  });

  it('a person heading a title-cased headline about a law is still named (no "the" before the name)', () => {
    const withLewis = buildRegistry({ files: [{ id: 'john-lewis', name: 'John Lewis', type: 'person', aliases: [] }] });
    const mentions = detectEntities({ title: 'John Lewis Applauds Passage of Voting Rights Act', body: 'The bill passed on Monday.' }, withLewis);
    expect(mentions.map((m) => m.id)).toContain('john-lewis');
  });
});

describe('a city named after a registered place', () => {
  it('"Mexico City" is no mention of Mexico; "Mexico" alone is', () => {
    expect(ids('The leaders met in Mexico City on Monday.')).not.toContain('mexico');
    expect(ids('The leaders met in Mexico City on Monday, then flew home from Mexico.')).toContain('mexico');
  });

  it('a region named with its place keeps the place ("the Indo-Pacific Region")', () => {
    expect(ids('Investors met to promote prosperity in the Indo-Pacific Region.')).toContain('indo-pacific');
  });
});
