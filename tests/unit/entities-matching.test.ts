import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, detectEntities } from '../../src/lib/entities/index';

const registry = buildRegistry({
  files: [
    { id: 'antony-blinken', name: 'Antony Blinken', type: 'person', aliases: [] },
    { id: 'theresa-may', name: 'Theresa May', type: 'person', aliases: [] },
  ],
});

/** Counts of registered mentions in a body, by id. */
function counts(body: string, title = ''): Record<string, number> {
  return Object.fromEntries(detectEntities({ title, body }, registry).map((m) => [m.id, m.count]));
}

describe('registered names', () => {
  it.each([
    [
      '"North Korea", "DPRK" and the official name tag north-korea',
      "North Korea, the DPRK, the Democratic People's Republic of Korea and D.P.R.K.",
      { 'north-korea': 4 },
    ],
    [
      'a demonym before a state actor tags the country',
      'North Korean troops and South Korean officials; the American government.',
      { 'north-korea': 1, 'south-korea': 1, 'united-states': 1 },
    ],
    ['US spellings tag united-states', 'The U.S., the US, the USA, the United States of America and American officials.', { 'united-states': 5 }],
    [
      'initials that lost their last dot before a word are the same initials',
      'Staff of the U.S Department of Agriculture met the U.S military in Washington, D.C on Monday.',
      { 'us-department-of-agriculture': 1, 'us-armed-forces': 1, 'washington-dc': 1 },
    ],
    ['British names tag united-kingdom', 'Britain, the UK, the U.K. and British officials.', { 'united-kingdom': 4 }],
    ['South Korean names tag south-korea', 'The ROK and the Republic of Korea; a South Korean diplomat.', { 'south-korea': 3 }],
    ['the G7 has many names', 'The G7, the G-7, the Group of Seven and the seven major countries met.', { g7: 4 }],
    [
      'organisations by acronym and full name',
      'NATO and the EU; the European Union; the World Health Organization and the WHO.',
      { nato: 1, 'european-union': 2, who: 2 },
    ],
    ['Russian and Chinese demonyms', 'Russian and Chinese officials met.', { russia: 1, china: 1 }],
  ])('%s', (_name, body, expected) => {
    expect(counts(body)).toMatchObject(expected);
  });
});

describe('longest match first', () => {
  it.each([
    ["the Democratic People's Republic of Korea is not South Korea", "The Democratic People's Republic of Korea fired.", { 'north-korea': 1 }, ['south-korea']],
    ['South Sudan is not Sudan', 'Fighting in South Sudan.', { 'south-sudan': 1 }, ['sudan']],
    ['Guinea-Bissau is not Guinea', 'Guinea-Bissau voted.', { 'guinea-bissau': 1 }, ['guinea']],
    ['the UN Security Council is not the UN', 'The UN Security Council met.', { 'un-security-council': 1 }, ['united-nations']],
    ['American Samoa is not the United States', 'A storm hit American Samoa.', { 'american-samoa': 1 }, ['united-states']],
    ['the National Security Council is not the UN Security Council', 'The National Security Council met.', {}, ['un-security-council']],
  ])('%s', (_name, body, expected, absent) => {
    const found = counts(body);
    expect(found).toMatchObject(expected);
    for (const id of absent) expect(found[id]).toBeUndefined();
  });
});

describe('case and whole words', () => {
  it.each([
    ['"us" in lowercase is a pronoun', 'Tell us what you think; join us.', 'united-states'],
    ['"who" in lowercase is a pronoun', 'Officials who spoke said who knows.', 'who'],
    ['"Who" at a sentence start is not the WHO', 'Who is most at risk?', 'who'],
    ['"US" inside a longer word does not count', 'USAID and campus buses; USB cables.', 'united-states'],
    ['an all-caps headline word is not an acronym', 'JOIN US TODAY', 'united-states'],
    ['a dollar sign makes US a currency', 'It cost US$5 billion.', 'united-states'],
    ['"un" in lowercase is not the UN', 'un peu de français', 'united-nations'],
    ['a lowercase country name is a word', 'We ate turkey, and chad is a paper scrap; a china cup.', 'china'],
    ['reunion without an accent is a family reunion', 'A family Reunion in Ohio.', 'reunion'],
  ])('%s', (_name, body, id) => {
    expect(counts(body)[id]).toBeUndefined();
  });

  it('counts Réunion written with its accent', () => {
    expect(counts('Cyclone hits Réunion.')['reunion']).toBe(1);
  });
});

describe('possessives', () => {
  it.each([
    ["Blinken's", "Antony Blinken arrived. Blinken's aides said.", 'antony-blinken', 2],
    ["America's", "America's allies.", 'united-states', 1],
    ["NATO's", "NATO's chief.", 'nato', 1],
  ])('counts %s', (_name, body, id, n) => {
    expect(counts(body)[id]).toBe(n);
  });
});

describe('traps: names that mean something else here', () => {
  it.each([
    ['Chad as a first name', 'Chad Smith, the chief executive, said sales rose. Smith said more.', 'chad'],
    ['Jordan as a surname', 'Michael Jordan visited the team.', 'jordan'],
    ['Jordan as a first name', 'Jordan Peterson spoke at length.', 'jordan'],
    ['Georgia the US state', 'Voters in Atlanta, Georgia, and across Florida went to the polls.', 'georgia'],
    ['a Georgia senator', 'The Georgia Republican said the vote was close.', 'georgia'],
    ['the Thanksgiving turkey', 'The president pardoned the National Thanksgiving Turkey on Monday.', 'turkey'],
    ['a turkey pardon in a Thanksgiving story', 'Ahead of Thanksgiving, the Turkey pardon drew a crowd.', 'turkey'],
    ['New Jersey is not Jersey', 'Flooding in New Jersey.', 'jersey'],
    ['New Mexico is not Mexico', 'Tribes in New Mexico.', 'mexico'],
    ['the Indian Ocean is not India', 'Cyclones in the Indian Ocean and American Indian tribes.', 'india'],
    ['Latin America is not the United States', 'Growth in Latin America and among Latin Americans.', 'united-states'],
    ['May the month is not Theresa May', 'The vote is due in May.', 'theresa-may'],
    ['a newspaper named after the country', 'The President set out his plan in a USA Today op-ed.', 'united-states'],
  ])('%s', (_name, body, id) => {
    expect(counts(body)[id]).toBeUndefined();
  });

  it.each([
    ['Jordan the country after "of"', 'King Abdullah II of Jordan met envoys in Amman, Jordan.', 'jordan', 2],
    ['Georgia the country with Tbilisi in the story', 'Protests in Tbilisi, Georgia, grew as Georgia sought EU status.', 'georgia', 2],
    ['Turkey the country', 'Turkey and Syria were hit by an earthquake; Ankara sent aid.', 'turkey', 1],
    ['Chad the country', 'Refugees crossed into Chad from Sudan.', 'chad', 1],
  ])('still finds %s', (_name, body, id, n) => {
    expect(counts(body)[id]).toBe(n);
  });
});

describe('salience and order', () => {
  it('puts title and lead mentions first, then by count, then by position', () => {
    const mentions = detectEntities(
      {
        title: 'Japan and China talk',
        summary: 'Trade was on the table.',
        body: 'Officials from Japan met.\n\nLater, France, France and France joined, then Germany.',
      },
      registry,
    );
    expect(mentions.map((m) => m.id)).toEqual(['japan', 'china', 'france', 'germany']);
    expect(mentions[0]).toEqual({ id: 'japan', count: 2, first: 0, salient: true });
    expect(mentions[2]?.salient).toBe(false);
  });

  it('counts the first offset in title + "\\n" + summary + "\\n" + body', () => {
    const [mention] = detectEntities({ title: 'Talks', summary: 'Hi', body: 'Then Peru.' }, registry);
    expect(mention).toMatchObject({ id: 'peru', first: 'Talks\nHi\nThen '.length });
  });
});

describe('a registered surname after another given name', () => {
  it('is another person’s name, found whole by the name finder', () => {
    const body = 'Secretary Antony Blinken and his wife Evan Blinken hosted the dinner. Blinken thanked the guests.';
    const analysis = analyseEntities({ title: 'A dinner', body }, registry);
    expect(counts(body)['antony-blinken']).toBe(2);
    expect(analysis.unregistered.map((c) => c.name)).toContain('Evan Blinken');
  });

  it('a given name that is also an everyday word counts only where its capital says something', () => {
    expect(counts('Antony Blinken arrived on Monday.', 'House Passes Bill Blinken Backs')['antony-blinken']).toBe(2);
  });

  it('still counts the surname alone, and after a title', () => {
    expect(counts('Antony Blinken arrived. Secretary Blinken spoke, then Blinken left.')['antony-blinken']).toBe(3);
  });
});
