import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

// A body named in full once, then by "the" and its head ("the agency", "the Council"), is named
// twice; a body given with its initials in brackets is introduced.

const registry = buildRegistry({
  files: [
    { id: 'tidal-board', name: 'Tidal Board', type: 'organization', aliases: [] },
    { id: 'kelvara', name: 'Kelvara', type: 'place', aliases: [] },
  ],
});

/** The unregistered organisation named `name` in a body of copy, as its mentions and whether it was introduced. */
function org(body: string, name: string): { count: number; introduced: boolean } | undefined {
  const found = analyseEntities({ title: 'Briefing', body }, registry).unregistered.find((c) => c.name === name && c.type === 'organization');
  return found && { count: found.count, introduced: found.introduced };
}

describe('a body named again by its head word', () => {
  it.each([
    ['"the" and the lowercase head', 'The Harbour Safety Agency issued a warning. The agency said more waves would come.', 'Harbour Safety Agency', 2],
    [
      'the capitalised head before "of" and its members',
      'Ministers met the Council of Wardens on Monday. The Council agreed to meet again.',
      'Council of Wardens',
      2,
    ],
    ['the last two words of the opening', 'The Nordvik Marine Guard sent a boat. Crews of the marine guard searched the bay.', 'Nordvik Marine Guard', 2],
    ['a possessive head', 'The Harbour Safety Agency issued a warning. The agency’s chief spoke later.', 'Harbour Safety Agency', 2],
    ['not before the full name', 'The agency said more waves would come. The Harbour Safety Agency issued a warning.', 'Harbour Safety Agency', 1],
    [
      'not when two bodies share the head',
      'The Harbour Safety Agency and the Coastal Tide Agency spoke. The agency warned of waves.',
      'Harbour Safety Agency',
      1,
    ],
    ['not when a registered body shares the head', 'The Harbour Safety Board and the Tidal Board spoke. The Board warned of waves.', 'Harbour Safety Board', 1],
    [
      'not when the head runs on into another name',
      'Ministers met the Council of Wardens on Monday. The Council of Economic Advisers agreed.',
      'Council of Wardens',
      1,
    ],
    [
      'not a lowercase head the article also uses for other things',
      'The Harbour Safety Agency issued a warning. The agency and other agencies agreed.',
      'Harbour Safety Agency',
      1,
    ],
    ['not a head that is no everyday noun', 'The Ravelin Durham group spoke. Later the Durham office closed.', 'Ravelin Durham', 1],
    ['not the first of two names "and" joins', 'The Trade and Harbour Agency met. The Trade office agreed.', 'Trade and Harbour Agency', 1],
    [
      'the name’s own ending without "the" is no other use',
      'A marine guard boat was hit. The Nordvik Marine Guard said the marine guard crew was safe.',
      'Nordvik Marine Guard',
      2,
    ],
    [
      'not a lowercase head that is no word for a body',
      'Groups met at Protecting Coastal Health. They spoke of the coastal health crisis.',
      'Protecting Coastal Health',
      1,
    ],
    ['not a head joined by a hyphen', 'The Harbour Safety Agency issued a warning. The agency-wide plan was read.', 'Harbour Safety Agency', 1],
    ['not an everyday noun in a phrase of its own', 'The Harrow Foundation gave a grant. The grant laid the foundation for a clinic.', 'Harrow Foundation', 1],
    ['not an everyday noun mid-sentence', 'The Harrow Foundation gave a grant. The mayor left the foundation early.', 'Harrow Foundation', 1],
    [
      'not a lowercase head before "of" and a lowercase word',
      'The Harrow Working Group met. Leaders praised the group of towns that voted.',
      'Harrow Working Group',
      1,
    ],
    ['not a lowercase head after a preposition', 'The Harrow Working Group met. Towns under the group banner agreed.', 'Harrow Working Group', 1],
    ['an everyday noun opening a sentence', 'The Harrow Foundation gave a grant. The foundation is new.', 'Harrow Foundation', 2],
    ['an everyday noun’s possessive', 'The Harrow Foundation gave a grant. A clinic is the foundation’s aim.', 'Harrow Foundation', 2],
    ['a lowercase head that acts mid-sentence', 'Funds went to Harrow Central Hospital, which will allow the hospital to hire.', 'Harrow Central Hospital', 2],
  ])('%s', (_, body, name, count) => {
    expect(org(body, name)?.count).toBe(count);
  });
});

describe('a body introduced with its initials in brackets', () => {
  it.each([
    ['initials of every capitalised word', 'The Harbour Safety Agency (HSA) issued a warning.', 'Harbour Safety Agency', true],
    ['initials of every word, "for" included', 'The Bank for Coastal Towns (BFCT) will lend.', 'Bank for Coastal Towns', true],
    ['initials across a hyphen', 'The Nordvik Self-Rescue Forces (NSRF) were sent.', 'Nordvik Self-Rescue Forces', true],
    [
      'initials in the order of another language',
      'Support for the Democratic Front for the Liberation of Nordland (FDLN) ended.',
      'Democratic Front for the Liberation of Nordland',
      true,
    ],
    ['a code in brackets that is not its initials', 'The Harbour Safety Agency (FY24) issued a warning.', 'Harbour Safety Agency', false],
    ['initials of two letters are too short to tell', 'The Harbour Agency (HA) issued a warning.', 'Harbour Agency', false],
    ['no brackets', 'The Harbour Safety Agency issued a warning.', 'Harbour Safety Agency', false],
    [
      'initials given to the name without its country',
      'The Kelvara Harbour Safety Agency met. The Harbour Safety Agency (HSA) warned of waves.',
      'Kelvara Harbour Safety Agency',
      true,
    ],
  ])('%s', (_, body, name, introduced) => {
    expect(org(body, name)?.introduced).toBe(introduced);
  });
});

describe('a body that speaks in the copy', () => {
  const introduced = (body: string): string[] =>
    analyseEntities({ title: 'Quake hits coast', body }, registry)
      .unregistered.filter((c) => c.type === 'organization' && c.introduced)
      .map((c) => c.name);

  it.each([
    ['the subject of "said"', 'The Westmark Grid Safety Authority said no damage was found.', ['Westmark Grid Safety Authority']],
    ['the subject of "warned"', 'Kelvara Ferry Company warned of delays.', ['Kelvara Ferry Company']],
  ])('is introduced: %s', (_name, body, expected) => {
    expect(introduced(body)).toEqual(expected);
  });

  it.each([
    ['named without a verb', 'Crews from the Westmark Grid Safety Authority arrived.'],
    [
      'a run-on of a heading and a sentence',
      'Biden Administration Announces Funding To Expand Access To Trees Green Spaces The Westmark Grid Authority said it would help.',
    ],
  ])('is not introduced when %s', (_name, body) => {
    expect(introduced(body)).toEqual([]);
  });
});

describe('initials given in brackets after a law’s name', () => {
  it('name the law, so the initials alone are no organisation', () => {
    // "ESA" is also a space agency's initials, which the lexicon knows for a body's.
    const body = 'The rule gives Estuary Safety Act (ESA) protections to the seals. The bill would undermine the ESA, and the ESA works.';
    expect(org(body, 'ESA')).toBeUndefined();
  });

  it('still read initials alone as a body where no law owns them', () => {
    const body = 'Officials said the ESA launched a probe, and the ESA will report in May.';
    expect(org(body, 'ESA')).toBeDefined();
  });
});
