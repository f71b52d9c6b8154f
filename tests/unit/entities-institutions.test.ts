import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, detectEntities } from '../../src/lib/entities/index';

const registry = buildRegistry();

/** Registered mention counts of an article, by id. */
function counts(body: string, title = 'Officials meet'): Record<string, number> {
  return Object.fromEntries(detectEntities({ title, body }, registry).map((m) => [m.id, m.count]));
}

describe('the armed services by their names alone', () => {
  it.each([
    ['"the Army" and "the Navy" where the United States leads', 'The Army and the Navy sent aid across the United States.', ['us-army', 'us-navy'], []],
    ['a post is no service', 'The Secretary of the Navy visited the United States Naval Academy in the United States.', [], ['us-navy']],
    ['a name that runs on is a longer name', 'The Air Force One crew and the Army Reserve flew across the United States.', [], ['us-air-force', 'us-army']],
    ['another country’s army', 'The Army of Nordavia crossed into Westmark, Nordavia and Westmark said.', [], ['us-army']],
  ])('%s', (_name, body, present, absent) => {
    const ids = Object.keys(counts(body));
    expect(ids).toEqual(expect.arrayContaining(present));
    for (const id of absent) expect(ids).not.toContain(id);
  });
});

describe('institutions by their full names and acronyms', () => {
  it.each([
    [
      'departments by "Department of …" and "… Department"',
      'The Department of Energy and the Labor Department announced grants.',
      ['us-department-of-energy', 'us-department-of-labor'],
    ],
    [
      'agencies and offices by acronym',
      'USDA and OMB staff met USTR negotiators and the EPA.',
      ['us-department-of-agriculture', 'office-of-management-and-budget', 'office-of-the-us-trade-representative', 'environmental-protection-agency'],
    ],
    [
      'the legislature and the top court',
      'The Senate passed the bill, Congress adjourned and the Supreme Court ruled on it.',
      ['us-senate', 'us-congress', 'us-supreme-court'],
    ],
    ['a foreign legislature and an armed group', 'Deputies of the State Duma condemned the attack, which al-Shabaab claimed.', ['state-duma', 'al-shabaab']],
    ['a region by its short name', 'Forced labour in Xinjiang was the main topic.', ['xinjiang']],
    [
      'the US parties where the United States leads',
      'Republicans in Congress blocked a bill that House Democrats backed across the United States.',
      ['republican-party', 'democratic-party'],
    ],
    ['a federal appeals court by its circuit', 'The Ninth Circuit heard the case on Monday.', ['us-court-of-appeals-for-the-ninth-circuit']],
  ])('finds %s', (_name, body, ids) => {
    expect(Object.keys(counts(body))).toEqual(expect.arrayContaining(ids));
  });

  it('gives an institution one id under its full name and its acronym', () => {
    const found = counts('The Drug Enforcement Administration (DEA) seized the shipment. The DEA said more raids would follow.');
    expect(found['drug-enforcement-administration']).toBe(3);
    expect(Object.keys(found)).toEqual(['drug-enforcement-administration']);
  });

  it('is not made foreign by a word that only ends a place name ("Strip" of "Gaza Strip")', () => {
    expect(counts('Strip Medicaid Coverage and Food Assistance from Millions of Families')).toEqual({ medicaid: 1 });
  });

  it('names the coast guard, not the country, in "U.S. Coast Guard"', () => {
    expect(counts('The U.S. Coast Guard rescued six sailors.')).toEqual({ 'us-coast-guard': 1 });
  });
});

describe('short forms where the context makes them the institution', () => {
  it.each([
    [
      'Treasury and Commerce as actors',
      'Treasury and Commerce will brief reporters on the new export rules.',
      { 'us-department-of-the-treasury': 1, 'us-department-of-commerce': 1 },
    ],
    [
      'a list under "Departments of"',
      'Officials from the Departments of Justice, Homeland Security, and Transportation testified.',
      { 'us-department-of-justice': 1, 'us-department-of-homeland-security': 1, 'us-department-of-transportation': 1 },
    ],
    [
      'a list before "Departments"',
      'The Energy and Interior Departments will share the cost.',
      { 'us-department-of-energy': 1, 'us-department-of-the-interior': 1 },
    ],
    ['Congress before a lowercase "for"', 'The bill went to Congress for a vote on Monday.', { 'us-congress': 1 }],
    ['Congress acting through its leaders', 'The President spoke with Congressional leaders in the United States on Monday.', { 'us-congress': 1 }],
  ])('counts %s', (_name, body, expected) => {
    expect(counts(body)).toMatchObject(expected);
  });

  it.each([
    ['Treasury as a bond', 'Treasury yields rose as investors sold ten-year Treasury notes.', 'us-department-of-the-treasury'],
    ['Commerce in a chamber of business', 'The Chamber of Commerce objected to the plan.', 'us-department-of-commerce'],
    ['a post, not the department', 'Commerce Secretary Ana Ruiz and the Secretary of the Treasury spoke.', 'us-department-of-commerce'],
    ['a post, not the department (Treasury)', 'The Secretary of the Treasury spoke in Ohio.', 'us-department-of-the-treasury'],
    ["another country's top court", "Israel's Supreme Court struck down the law.", 'us-supreme-court'],
    ["another country's senate", 'The Philippine Senate approved the treaty.', 'us-senate'],
    ["a state's senate", 'The Texas Senate approved the budget.', 'us-senate'],
    ["India's Congress party", 'The Congress party lost seats to the BJP in the Lok Sabha vote.', 'us-congress'],
    ['a party named "Congress for …"', 'The Congress for Democracy and Progress won the vote in Ouagadougou.', 'us-congress'],
    ['a party named "Congress of …"', 'The Congress of the People won seats in the vote.', 'us-congress'],
    ['a party’s members in Congress', 'Congressional Republicans in the United States blocked the bill.', 'us-congress'],
    ['a congressional district', 'She served the congressional district of Kellerton in the United States.', 'us-congress'],
    ['a fund named after its leaders', 'The Congressional Leadership Fund spent millions in the United States.', 'us-congress'],
    ['a state’s top court, "of" a lowercase word', 'The Supreme Court of the state of Kellerton ruled on Monday.', 'us-supreme-court'],
  ])('leaves out %s', (_name, body, id) => {
    expect(counts(body)[id]).toBeUndefined();
  });

  it('leaves a generic national name untagged where another country leads the article', () => {
    const body =
      'North Korea fired a missile on Monday. President Yoon convened the National Security Council, and South Korea and Japan protested to North Korea. The U.S. condemned it.';
    expect(counts(body, 'North Korea fires missile, Seoul says')['us-national-security-council']).toBeUndefined();
    expect(counts('The National Security Council met at the White House to discuss United States policy.')['us-national-security-council']).toBe(1);
  });

  it('lets no sea or region of several states lead a national name away from home', () => {
    const body = 'The National Security Council met on aid for the Middle East. Partners across the Middle East and the Red Sea welcomed it.';
    expect(counts(body)['us-national-security-council']).toBe(1);
  });

  it('counts the State Department wherever it is written, another country leading or not', () => {
    const body = 'Floods hit Libya. Libya asked for help, and aid reached Libya. The Department of State and USAID will help deliver it.';
    expect(counts(body)['us-department-of-state']).toBe(1);
  });

  it('counts a name only one country’s institution has as that country at home', () => {
    const body = 'Japan and the United States will work together. The U.S. Department of Commerce and the Department of Justice will lead talks with Japan.';
    expect(counts(body, 'Leaders meet')['us-department-of-justice']).toBe(1);
    expect(
      counts('Japan and Nordavia will work together. The Department of Justice will lead talks with Japan.', 'Leaders meet')['us-department-of-justice'],
    ).toBeUndefined();
  });

  it('counts the capital’s district as the country at home', () => {
    const body =
      'She served in the Office for the District of Columbia and taught at a law school in the District of Columbia. She is committed to the independence of the Department of Justice.';
    expect(counts(body)['us-department-of-justice']).toBe(1);
  });
});

describe('Washington, resolved by context or left untagged', () => {
  it.each([
    ['the state after a town', 'The plant in Spokane, Washington will close.', { 'washington-state': 1 }],
    ['the capital by its full name', 'She flew to Washington, D.C. on Friday.', { 'washington-dc': 1 }],
    ['neither when it stands alone', 'Washington said the talks would go on.', {}],
    ['not the state in a list of capitals', 'Officials in Seoul, Washington and Tokyo protested.', {}],
  ])('%s', (_name, body, expected) => {
    const found = counts(body);
    delete found['japan'];
    delete found['south-korea'];
    expect(found).toEqual(expected);
  });
});

describe('a state’s armed forces by the names copy gives them', () => {
  it.each([
    ['the adjective form', 'The Israeli Defense Forces said the strikes would continue.'],
    ['the acronym', 'The IDF said the strikes would continue.'],
  ])('%s', (_name, body) => {
    expect(Object.keys(counts(body))).toContain('israel-defense-forces');
  });
});

describe('the White House, a subject only where the headline or the copy has it act', () => {
  it.each([
    ['a headline where it announces', 'The White House Announces the Winter Holiday Theme', 'Decorations go up this week.', 1],
    ['a venue in the body only', 'Readout of a Meeting on Rural Broadband', 'Officials met at the White House.', 0],
    ['a venue in the headline', 'Governors meet at White House on broadband', 'Officials met at the White House.', 0],
    ['a venue after "the" in the headline', 'President Hosts a Diwali Reception at the White House', 'Guests gathered.', 0],
    [
      'a host in the headline, a venue in the body',
      'Readout of White House Convening on Rural Broadband',
      'Officials met at the White House. The White House said it would act.',
      2,
    ],
    ['a post in the headline', 'Statement from White House Press Secretary Dana Roe', 'The White House said it was pleased.', 0],
    ['one of its officials acting in the body', 'Readout of a Meeting on Rural Broadband', 'A senior White House official said the plan would work.', 1],
    [
      'its people acting in the body, not the longer names it opens there',
      'Readout of a Meeting on Rural Broadband',
      'Senior White House officials discussed grants with staff of the Commission on White House Fellowships at the White House.',
      1,
    ],
    ['another body’s name in the headline', 'White House Council on Native Affairs Meets', 'The council met at the White House.', 0],
    ['itself acting in the body', 'Fact Sheet: New Steps on Rural Broadband', 'Today, the White House released a guide for towns.', 1],
    ['itself acting, opening a sentence without "the"', 'Fact Sheet: New Steps on Rural Broadband', 'White House will convene mayors at the White House.', 1],
    ['itself acting past an adverb', 'Fact Sheet: New Steps on Rural Broadband', 'Today, the White House is also announcing grants.', 1],
    ['itself bound by a duty', 'Report to Congress on Staff', 'Since 1995, the White House has been required to report.', 1],
    ['itself acting in a verb after "will be"', 'Fact Sheet: New Steps on Rural Broadband', 'The White House will be highlighting progress.', 1],
    ['the building after "will be"', 'Statement on Pride Month', 'Tonight the White House will be lit in rainbow colors.', 0],
    ['the building after "is"', 'Visitor Information', 'The White House is located on Pennsylvania Avenue.', 0],
    ['the building after "has"', 'About the Residence', 'The White House has 132 rooms.', 0],
    ['the building after "has been"', 'Statement on Renovation', 'The White House has been under renovation since March.', 0],
    ['another word before the name', 'Remarks on Jobs', 'The record shows this White House has created jobs.', 0],
    ['a name before it', 'Remarks on Jobs', 'Since 2021, the Biden White House has created jobs.', 0],
    ['an earlier body joined by "and"', 'Tours Resume', 'Tours of the Capitol and the White House will resume on Monday.', 0],
    ['a place phrase before the verb', 'Remarks on Park Renovation', 'Near the White House is Lafayette Square.', 0],
    [
      'the end of another body’s name before the verb',
      'Appointments to Boards and Commissions',
      'The Committee for the Preservation of the White House is an advisory committee.',
      0,
    ],
    ['the source of something before the verb', 'Reactions to the Rural Broadband Plan', 'The announcement from the White House is welcome.', 0],
  ])('%s', (_name, title, body, expected) => {
    expect(counts(body, title)['white-house'] ?? 0).toBe(expected);
  });
});

describe('"the House", the chamber, by its name alone', () => {
  it.each([
    ['the chamber voting', 'The House voted on the bill, and the Senate followed.', true],
    ['the chamber and the party in "House Republicans"', 'Unfortunately, House Republicans walked away from the deal in the United States.', true],
    ['a building named after someone', 'She restored the Alder Grant House in Maine.', false],
    ['the White House as the People’s House', 'The First Lady opened the People’s House to visitors.', false],
    ['one of its committees', 'He served on the House Appropriations Committee for a decade.', false],
    ['another house', 'Envoys of the House of Saud arrived.', false],
    ['the chamber after a word that only opens the sentence', 'But House Republicans rejected the deal, leaving the United States days from a shutdown.', true],
    ['an everyday noun opening a sentence', 'House prices in the United States rose 5% last year.', false],
    ['the White House opening a sentence', 'White House officials met governors across the United States.', false],
    ['a book title', 'She wrote A House that Made History.', false],
  ])('%s', (_name, body, isChamber) => {
    expect(Object.keys(counts(body)).includes('us-house-of-representatives')).toBe(isChamber);
  });

  it('tags the party as well as the chamber in "House Republicans"', () => {
    expect(Object.keys(counts('House Republicans blocked the bill across the United States.'))).toEqual(
      expect.arrayContaining(['us-house-of-representatives', 'republican-party']),
    );
  });
});

describe('registered bodies joined by "and" inside a run of capitals', () => {
  it('names both, not one body made of them', () => {
    const found = counts('He will brief NATO Allies and European Union partners in Brussels.');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['nato', 'european-union']));
  });
});

describe('the US armed forces by the names copy gives them', () => {
  it.each([
    ['the full name', 'United States Armed Forces personnel remain in the region, the United States said.', true],
    ['the official name', 'The Armed Forces of the United States will stay.', true],
    ['"the U.S. military"', 'The U.S. military struck targets in Yemen on Monday.', true],
    ['"the U.S. Military" in a headline’s capitals', 'Nominees for key roles within the U.S. Military were named.', true],
    ['not the aid the country sends', 'A new US military aid package reached Ukraine on Sunday.', false],
    [
      '"the Armed Forces" where the United States leads',
      'Women have served in the Armed Forces of the United States for decades; the Armed Forces honoured them.',
      true,
    ],
    ['another country’s armed forces', 'The Sudanese Armed Forces fought in Sudan.', false],
    ['a day named after them', 'Armed Forces Day is celebrated across the United States.', false],
  ])('%s', (_name, body, isForces) => {
    expect(Object.keys(counts(body)).includes('us-armed-forces')).toBe(isForces);
  });
});

describe('the Joint Chiefs of Staff and the Pacific Fleet, where the United States leads', () => {
  it.each([
    [
      'a post on the Joint Chiefs',
      'He served as Director for Strategy for the Joint Chiefs of Staff, the United States Navy said.',
      'joint-chiefs-of-staff',
      true,
    ],
    ['the fleet with its country', 'He is commander of the U.S. Pacific Fleet.', 'us-pacific-fleet', true],
    ['another country’s joint chiefs', "In Seoul, South Korea's Joint Chiefs of Staff gave a lower estimate for South Korea.", 'joint-chiefs-of-staff', false],
    ['another country’s fleet', 'Kim went aboard a Pacific Fleet frigate in Russia, Russia said.', 'us-pacific-fleet', false],
  ])('%s', (_name, body, id, present) => {
    expect(Object.keys(counts(body)).includes(id)).toBe(present);
  });
});

describe('bodies named by everyday words, where their country leads', () => {
  it.each([
    ['Israel’s war cabinet', 'The President met the Prime Minister of Israel and the War Cabinet in Tel Aviv, Israel.', 'israeli-war-cabinet', true],
    ['a war cabinet of another country', 'The War Cabinet met in Britain in 1940, Britain said.', 'israeli-war-cabinet', false],
    ['a war cabinet in copy that names no country', 'Churchill chaired the War Cabinet in London as the Blitz began.', 'israeli-war-cabinet', false],
    ['the Senate in copy that names no country, at the gazetteer’s home', 'The Senate voted on the bill on Monday.', 'us-senate', true],
    ['the governors’ council', 'The Council of Governors met in plenary to discuss the National Guard.', 'council-of-governors', true],
  ])('%s', (_name, body, id, present) => {
    expect(Object.keys(counts(body)).includes(id)).toBe(present);
  });
});

describe('a federal district court, named with its district', () => {
  it.each([
    [
      'a state of one district',
      'He was nominated to the United States District Court for the District of Connecticut.',
      'us-district-court-for-the-district-of-connecticut',
    ],
    [
      'a divided state',
      'She served on the U.S. District Court for the Middle District of Pennsylvania.',
      'us-district-court-for-the-middle-district-of-pennsylvania',
    ],
    ['the capital’s', 'The District Court for the District of Columbia ruled on Monday.', 'us-district-court-for-the-district-of-columbia'],
  ])('%s', (_name, body, id) => {
    expect(Object.keys(counts(body))).toContain(id);
  });

  it('names no court for a district that does not exist', () => {
    expect(
      Object.keys(counts('He served on the District Court for the Middle District of Connecticut.')).some((id) => id.startsWith('us-district-court')),
    ).toBe(false);
  });
});

describe('a UN body written with any spelling of its prefix', () => {
  it.each(['United Nations World Food Programme', 'U.N. World Food Program', 'UN World Food Programme'])('reads "%s" as the programme alone', (name) => {
    const ids = Object.keys(counts(`She will lead the ${name} from June.`));
    expect(ids).toContain('world-food-programme');
    expect(ids).not.toContain('united-nations');
  });
});

describe('UNRWA by its full name', () => {
  it('reads the agency for Palestine refugees whole, with no part left as a body of its own', () => {
    const analysis = analyseEntities(
      { title: 'Aid', body: 'Funding went to the United Nations Relief and Works Agency for Palestine Refugees in the Near East on Monday.' },
      registry,
    );
    expect(analysis.mentions.map((m) => m.id)).toEqual(['unrwa']);
    expect(analysis.unregistered).toEqual([]);
  });
});

describe('the Palestinian Authority, the body rather than the state', () => {
  it('tags the Authority, not Palestine, for "President Abbas of the Palestinian Authority"', () => {
    const ids = Object.keys(counts('The Vice President spoke with President Mahmoud Abbas of the Palestinian Authority about Gaza.'));
    expect(ids).toContain('palestinian-authority');
    expect(ids).not.toContain('palestine');
  });
});

describe('other democracies’ parliaments and parties, where their country leads', () => {
  it('names a British party by its everyday name in a British story', () => {
    const body =
      'Labour took most seats in Britain. The Conservatives lost ground, and the Liberal Democrats, Reform UK and the Greens gained. The SNP held on in Scotland.';
    const ids = Object.keys(counts(body, 'Britain votes'));
    expect(ids).toEqual(
      expect.arrayContaining(['labour-party-uk', 'conservative-party-uk', 'liberal-democrats-uk', 'reform-uk', 'green-party-uk', 'scottish-national-party']),
    );
  });

  it('reads "Democratic Party" as the party of the country that leads the article', () => {
    const seoul = 'South Korea’s opposition Democratic Party won a majority in the National Assembly. Voters in South Korea turned out in numbers.';
    const seoulIds = Object.keys(counts(seoul, 'South Korea votes'));
    expect(seoulIds).toEqual(expect.arrayContaining(['democratic-party-of-korea', 'national-assembly-of-south-korea']));
    expect(seoulIds).not.toContain('democratic-party');
    const washington = 'The Democratic Party in the United States held its convention. Delegates across the United States cheered.';
    const washingtonIds = Object.keys(counts(washington, 'Convention opens'));
    expect(washingtonIds).toContain('democratic-party');
    expect(washingtonIds).not.toContain('democratic-party-of-korea');
  });

  it('leaves another country’s everyday party name alone', () => {
    const body = 'Workers across the United States marked Labour Day. The Greens of the park were mown, and the Conservatives on the city board met in Ohio.';
    const ids = Object.keys(counts(body));
    for (const id of ['labour-party-uk', 'green-party-uk', 'conservative-party-uk']) expect(ids).not.toContain(id);
  });

  it('names a party written with its demonym', () => {
    expect(Object.keys(counts('The British Labour Party won in Britain.', 'Britain votes'))).toContain('labour-party-uk');
  });

  it('leaves a shared name untagged where both its countries lead alike', () => {
    const ids = Object.keys(counts('The Democratic Party won in South Korea. The United States sent its congratulations.', 'Results'));
    expect(ids).not.toContain('democratic-party');
    expect(ids).not.toContain('democratic-party-of-korea');
  });

  it.each([
    [
      'initials other bodies share, where the country does not lead',
      'The DPP ruled on the case in Kingston, Jamaica, on Monday.',
      'democratic-progressive-party',
    ],
    ['a party of that name in another country', 'Britain voted. The Conservative Party of Canada sent observers to Britain.', 'conservative-party-uk'],
    ['the everyday word', 'Labour shortages hit farms across Britain, and Labour costs rose in Britain.', 'labour-party-uk'],
    ['forces of that name in another country', 'The United Self-Defense Forces of Colombia disarmed in Colombia.', 'japan-self-defense-forces'],
  ])('leaves out %s', (_, body, id) => {
    expect(Object.keys(counts(body, 'Briefing'))).not.toContain(id);
  });

  it('leaves a French story’s National Assembly untagged rather than South Korea’s', () => {
    const body = 'The National Assembly in Paris voted on pensions. France’s government had pressed for the vote across France.';
    expect(counts(body, 'France votes')['national-assembly-of-south-korea']).toBeUndefined();
  });
});

describe('a body the speaker calls its own is the home country’s', () => {
  it.each([
    [
      '"my National Security Council" in copy another country leads',
      'Nordavia passed the law. Nordavia’s courts will apply it in Nordavia. I have directed my National Security Council to review our ties with Nordavia.',
      'Statement on the law in Nordavia',
      true,
    ],
    [
      'the same council without "my" stays untagged',
      'Nordavia passed the law. Nordavia’s courts will apply it in Nordavia. The National Security Council met in Nordavia.',
      'Statement on the law in Nordavia',
      false,
    ],
    [
      'the body a statement comes from, in its headline',
      'Ten years ago, the regime in Nordavia used chemical weapons near the capital of Nordavia. Nordavia must be held to account.',
      'Statement from National Security Council Spokesperson Dana Reyes on the Anniversary of the Attack in Nordavia',
      true,
    ],
    [
      'a council "of" another country in the headline is not the speaker',
      'Nordavia convened its security council in Nordavia. Nordavia’s leaders met again in Nordavia.',
      'Statement by the National Security Council of Nordavia on the Launch',
      false,
    ],
    [
      '"our" inside someone else’s quoted words',
      'Nordavia passed the law. Nordavia’s courts will apply it in Nordavia. “Our National Security Council will meet on Monday,” the Nordavian minister said.',
      'Statement on the law in Nordavia',
      false,
    ],
  ])('%s', (_name, body, title, tagged) => {
    const ids = detectEntities({ title, body }, buildRegistry({ files: [{ id: 'nordavia', name: 'Nordavia', type: 'place', aliases: [] }] })).map((m) => m.id);
    expect(ids.includes('us-national-security-council')).toBe(tagged);
  });

  it('a denied demonym is no sign of another country leading ("non-Indian families")', () => {
    const body = 'The ruling keeps tribal children with their families, not with non-Indian families far away. The Supreme Court upheld the law.';
    expect(Object.keys(counts(body))).toContain('us-supreme-court');
    expect(Object.keys(counts(body.replace('non-Indian', 'Indian')))).not.toContain('us-supreme-court');
  });
});
