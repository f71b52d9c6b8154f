import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';

const registry = buildRegistry({ files: [] });

/** The people an article names, as "name (introduced)" when detection saw them introduced. */
function people(body: string, title = 'Readout of a Harbour Forum'): string[] {
  return analyseEntities({ title, body }, registry)
    .unregistered.filter((c) => c.type === 'person')
    .map((c) => `${c.name}${c.introduced ? ' (introduced)' : ''}`);
}

describe('a participant list: a name, a comma and a post', () => {
  // As the prose of a Markdown list reaches detection: one block per item.
  const list = [
    'Officials met harbour pilots last week.',
    'Participants Included:',
    'Tova Mensah, Special Assistant to the Governor and Senior Director for Ports, Harbour Council',
    'Ravi B. Okafor, Assistant Secretary of Harbours, Department of Harbours',
  ].join('\n\n');

  it('finds each listed person, introduced by the post, middle initial and all', () => {
    expect(people(list)).toEqual(expect.arrayContaining(['Tova Mensah (introduced)', 'Ravi B. Okafor (introduced)']));
  });

  it('makes a person named once in the whole archive a tag', () => {
    const found = analyseEntities({ title: 'Readout of a Harbour Forum', body: list }, registry).unregistered;
    const confident = selectConfidentEntities([{ articleId: 'a', candidates: found }]).map((e) => e.name);
    expect(confident).toEqual(expect.arrayContaining(['Tova Mensah', 'Ravi B. Okafor']));
  });

  it('reads a post that opens with a rank and names its field first, and a double-barrelled surname', () => {
    const ranked = [
      'Participants:',
      'Oren Talvik, Assistant Regional Harbour Director, Harbour Council',
      'Mira Stone-Vell, Senior Policy Advisor, Harbour Council',
    ].join('\n\n');
    expect(people(ranked)).toEqual(expect.arrayContaining(['Oren Talvik (introduced)', 'Mira Stone-Vell (introduced)']));
  });

  it('reads degrees before the post, an occupation for a post, and an institution for a post', () => {
    const honours = [
      'Participants:',
      'Mira Quell, MD, MPH, Director of the Harbour Health Office',
      'Tova Mensah, Actor and Director',
      'Dr. Oren Stone, Chief of Surgery at Elna Children’s Hospital',
      'Ravi Okafor, University of Elna',
    ].join('\n\n');
    expect(people(honours)).toEqual(
      expect.arrayContaining(['Mira Quell (introduced)', 'Tova Mensah (introduced)', 'Oren Stone (introduced)', 'Ravi Okafor (introduced)']),
    );
  });

  it('takes no hyphenated word after a name in a headline for a surname', () => {
    expect(people('Talks went on.', 'Senator Ana Vell Post-Harbour Trade Plan')).not.toContainEqual(expect.stringContaining('Post'));
  });

  it('reads a sheriff listed after the office as a titled person', () => {
    expect(people(['Attendees:', 'Elna County Sheriff’s Office – Sheriff Ravi Okafor'].join('\n\n'))).toContain('Ravi Okafor (introduced)');
  });

  it('does not read a list of places or bodies as people', () => {
    const places = ['Ports visited:', 'Harbour Council, Director of Ports', 'Port Elna, Northern Zandia'].join('\n\n');
    expect(people(places)).toEqual([]);
  });
});

describe('in running text, a name then a comma and a post', () => {
  it.each([
    ['a post after the name', 'The plan was drafted by Tova Mensah, Director of the Harbour Office, last spring.', 'Tova Mensah (introduced)'],
    ['an abbreviated title before the name', 'The plan was drafted by Dr. Tova Mensah last spring.', 'Tova Mensah (introduced)'],
  ])('introduces the person: %s', (_name, body, expected) => {
    expect(people(body)).toContain(expected);
  });

  it('does not introduce a name followed by a comma and an ordinary word', () => {
    expect(people('The plan was drafted by Tova Mensah, who left last spring.')).not.toContain('Tova Mensah (introduced)');
  });
});

describe('a full name at the end of a long post', () => {
  it.each([
    ['a field of two everyday words', 'They met Deputy Adviser for Coastal Fisheries Melissa Varga on Monday.', 'Melissa Varga (introduced)'],
    ['a field after a title and "for"', 'Speakers included the Deputy Director for Industrial Innovation Karen Obuya and others.', 'Karen Obuya (introduced)'],
    [
      'two fields joined by "and"',
      'They met Assistant Secretary of Defense for Harbour Defense and Hemispheric Affairs Irena Walton on Monday.',
      'Irena Walton (introduced)',
    ],
    ["a spouse's title", 'Following the remarks, Second Gentleman Oren Talvik, Ana Vell and others met the families.', 'Oren Talvik (introduced)'],
  ])('is the person, introduced by the post: %s', (_name, body, expected) => {
    expect(people(body)).toContain(expected);
  });

  it.each([
    ['a middle name, not a post', 'They met Deputy Mayor Keisha Lance Varga on Monday.', 'Lance Varga'],
    ['a body named after a given name', 'They met Regional Director for Outreach Abel Solutions staff.', 'Abel Solutions'],
    ['a given name that is an everyday word', 'They met Deputy Adviser for Fisheries and Resources Rich Varga on Monday.', 'Resources Rich Varga'],
  ])('is no cut name: %s', (_name, body, unwanted) => {
    expect(people(body).map((p) => p.replace(' (introduced)', ''))).not.toContain(unwanted);
  });
});

describe('in running text, a name then a comma and a lowercase post', () => {
  it.each([
    ['a post and what it is of', 'Tomas Ferreira, director general of the port authority, said the berth was ready.', 'Tomas Ferreira (introduced)'],
    ['a post after an article', 'Maria Tovar, the mayor, opened the bridge.', 'Maria Tovar (introduced)'],
  ])('introduces the person: %s', (_name, body, expected) => {
    expect(people(body)).toContain(expected);
  });

  it('needs a post word, not any phrase after the comma', () => {
    expect(people('Tomas Ferreira, the president said, was ready.')).not.toContain('Tomas Ferreira (introduced)');
  });
});

describe('a chair named after someone', () => {
  it.each([
    ['a named chair', 'Tova Mensah is the Ilse Brandauer Professor of Maritime Law at Elna University.'],
    ['an emeritus named chair', 'Tova Mensah is Ilse K. Brandauer Emeritus Professor of Maritime Law.'],
  ])('names a post, not its namesake: %s', (_name, body) => {
    expect(people(body)).not.toContainEqual(expect.stringContaining('Brandauer'));
  });

  it('keeps the holder named after an honorific', () => {
    expect(people('Dr. Ilse Brandauer Professor of Surgery at Elna University said the trial worked.')).toContainEqual(
      expect.stringContaining('Ilse Brandauer'),
    );
  });

  it('still reads a professor before her name as a title', () => {
    expect(people('The report was written by Professor Ilse Brandauer of Elna University.')).toContain('Ilse Brandauer (introduced)');
  });
});

describe('a titled name in a headline and initials with their dots', () => {
  it.each([
    ['an everyday word after a titled given name ends the name', 'Statement from Director Cecilia Rouse on the Harbour Report', 'Cecilia Rouse (introduced)'],
    ['initials written with dots open a name', 'Harbour pilots thank Governor J.B. Okafor', 'J.B. Okafor (introduced)'],
  ])('%s', (_name, title, expected) => {
    expect(people('The council met on Monday.', title)).toContain(expected);
  });

  it('takes no verb after a titled surname for a name', () => {
    expect(people('The council met on Monday.', 'Readout of Chairman Okafor Call with Harbour Pilots')).not.toContainEqual(expect.stringContaining('Call'));
  });
});

describe('two titled people joined by "and" in one run of capitals', () => {
  it('reads each person after their own post', () => {
    const body = 'Ana Vell met Westmark Harbour Secretariat Secretary General Akiro Tanev and Nordland Harbour Office Director Cho Min-jae on Monday.';
    expect(people(body)).toEqual(expect.arrayContaining(['Akiro Tanev (introduced)', 'Cho Min-jae (introduced)']));
  });

  it('reads the first person apart when where they serve follows their name', () => {
    const body = 'Ana Vell called Harbour Secretariat Secretary General Akiro Tanev of Westmark and Harbour Office Director Cho Min-jae of Nordland.';
    expect(people(body)).toEqual(expect.arrayContaining(['Akiro Tanev (introduced)', 'Cho Min-jae (introduced)']));
  });
});

describe('a person named right after a registered body', () => {
  it('reads the body, then the official, in one run of capitals', () => {
    const body = 'They met Assistant Secretary for Border Policy at the Department of Justice Tova Mensah on Monday.';
    const found = analyseEntities({ title: 'Readout of a Harbour Forum', body }, registry);
    expect(found.mentions.map((m) => m.id)).toContain('us-department-of-justice');
    expect(people(body).map((p) => p.replace(' (introduced)', ''))).toContain('Tova Mensah');
  });

  it.each([
    ['a laboratory named after someone', 'She works at the Department of Energy Lawrence Halden lab.', 'Lawrence Halden'],
    ['a desk named after a country', 'He met the Department of State Jordan Desk officers.', 'Jordan Desk'],
  ])('reads no person in %s', (_name, body, unwanted) => {
    expect(people(body).map((p) => p.replace(' (introduced)', ''))).not.toContain(unwanted);
  });

  it('does not take the "of" after the body into the name', () => {
    const body = 'Officers transferred custody to the Department of Justice of Oren Talvik, a fugitive.';
    expect(people(body).map((p) => p.replace(' (introduced)', ''))).toEqual(['Oren Talvik']);
  });
});
