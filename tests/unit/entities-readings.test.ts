import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, detectEntities } from '../../src/lib/entities/index';

const registry = buildRegistry({
  files: [
    { id: 'mevlut-cavusoglu', name: 'Mevlut Cavusoglu', type: 'person', aliases: [] },
    { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', type: 'person', aliases: [] },
    { id: 'zoltan-revesz', name: 'Zoltán Révész', type: 'person', aliases: [] },
  ],
});

/** Registered mention counts of an article, by id. */
function counts(body: string, title = 'Talks resume'): Record<string, number> {
  return Object.fromEntries(detectEntities({ title, body }, registry).map((m) => [m.id, m.count]));
}

/** Unregistered names of an article as "name (type)". */
function names(body: string, title = 'Talks resume'): string[] {
  return analyseEntities({ title, body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('demonyms count as the country only where they modify a state actor', () => {
  it.each([
    ['troops', 'Russian troops crossed the river.', 'russia'],
    ['a government', 'The French government protested.', 'france'],
    ['officials', 'Chinese officials declined to comment.', 'china'],
    ['a title before a name', 'Japanese Prime Minister Taro Sato arrived.', 'japan'],
    ['an agency named after the country', 'The Canadian Space Agency will send an astronaut.', 'canada'],
    ['the second of two demonyms', 'Japanese and Korean diplomats met in Hanoi.', 'japan'],
  ])('%s', (_name, body, id) => {
    expect(counts(body)[id]).toBe(1);
  });

  it.each([
    ['a language in brackets', 'The minister answered questions. (In French.)', 'france'],
    ['a language after "in"', 'The guide is now available in Spanish and in Portuguese.', 'spain'],
    ['a diaspora', 'Palestinian Americans gathered outside city hall.', 'palestine'],
    ['an ethnicity before a noun', 'Russian speakers in the city voted early.', 'russia'],
    ['people, not the state', 'Ukrainians queued for bread while Americans sent aid.', 'ukraine'],
    ['a national cuisine', 'The menu featured Chinese food and Italian wine.', 'china'],
  ])('not %s', (_name, body, id) => {
    expect(counts(body)[id]).toBeUndefined();
  });

  it('does not turn a region into a place', () => {
    expect(names('South Asian and South American delegates met in Geneva.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^South (Asian|American) \(place\)$/)]),
    );
  });
});

describe('a surname short form', () => {
  it('does not stand for a registered person when the name runs on', () => {
    const found = detectEntities(
      { title: 'Cabinet resigns', body: 'Prime Minister Revesz Gabor-tamas resigned. Prime Minister Révész spoke later.' },
      registry,
    );
    expect(found.map((m) => [m.id, m.count])).toEqual([['zoltan-revesz', 1]]);
  });
});

describe('accents and case fold', () => {
  it.each([
    ['Turkish letters in the text', 'Foreign Minister Mevlüt Çavuşoğlu met his Greek counterpart.', 'mevlut-cavusoglu'],
    ['a dotless ı in the text', 'President Recep Tayyıp Erdoğan spoke.', 'recep-tayyip-erdogan'],
    ['plain letters for an accented name', 'Zoltan Revesz, the central banker, resigned.', 'zoltan-revesz'],
    ['capitals with accents', 'FOREIGN MINISTER MEVLÜT ÇAVUŞOĞLU ARRIVED in Athens.', 'mevlut-cavusoglu'],
    ['decomposed accents (NFD)', 'Foreign Minister Mevlüt Çavuşoğlu spoke.'.normalize('NFD'), 'mevlut-cavusoglu'],
  ])('matches %s', (_name, body, id) => {
    expect(counts(body)[id]).toBe(1);
  });
});

describe('misreadings that are not entities', () => {
  it.each([
    [
      'a continent in a post is not a person',
      "Britain's Minister for Europe and Foreign Affairs Anna Lindqvist spoke.",
      ['Europe (person)'],
      ['Anna Lindqvist (person)'],
    ],
    [
      'a party member in Congress is not an organisation',
      'Not a single Republican in Congress voted for the measure.',
      ['Republican in Congress (organization)'],
      [],
    ],
    ['a bill named after a person is not a person', 'Senators revived the Brady Bill on Tuesday. The Brady Bill passed in 1993.', ['Brady Bill (person)'], []],
    [
      'a mission keeps its whole name',
      'Troops of the African Union Transition Mission in Somalia (ATMIS) withdrew this week. ATMIS said it was ready.',
      ['Transition Mission (organization)'],
      ['African Union Transition Mission in Somalia (organization)'],
    ],
    ['holidays are not names', 'Families marked Yom Kippur and Diwali with prayers.', ['Yom Kippur (person)', 'Yom Kippur (place)', 'Diwali (place)'], []],
    ['a given name alone is not a person', 'Elizabeth said so. Elizabeth agreed.', ['Elizabeth (person)'], []],
    ['a case after "decision in" is not a place', 'The court issued its decision in Dobbs last year.', ['Dobbs (place)'], []],
    ['a declaration named after a city is not a place', 'Leaders endorsed the San Marco Declaration on migration.', ['San Marco Declaration (place)'], []],
  ])('%s', (_name, body, absent, present) => {
    const found = names(body);
    for (const a of absent) expect(found).not.toContain(a);
    for (const p of present) expect(found).toContain(p);
  });
});

describe('places named after other places or with a lead word', () => {
  it.each([
    ['a capital named after its country', 'The ministers met in Panama City on Monday.', 'Panama City (place)'],
    ['a town with a lead word', 'Workers at the plant in Fort Brandon, Ohio voted on Friday.', 'Fort Brandon (place)'],
  ])('%s', (_name, body, expected) => {
    expect(names(body)).toContain(expected);
  });
});

describe('headline mentions count', () => {
  it.each([
    ['a titled person named only in the headline', 'Statement from Press Secretary Dana Whitfield on the Flood Relief', 'Dana Whitfield'],
    ['a place named only in the headline', 'President Signs Relief Bill After Wildfires in Hawaii', 'Hawaii'],
    ['an organisation named only in the headline', 'Remarks by the First Lady at an American Heart Association Gala', 'American Heart Association'],
  ])('%s', (_name, title, name) => {
    const candidate = analyseEntities({ title, body: 'The event drew a large crowd of supporters.' }, registry).unregistered.find((c) => c.name === name);
    expect(candidate).toMatchObject({ inTitle: true });
  });
});

describe('people introduced in full', () => {
  it('marks a titled full name named once as introduced, and a quoted speaker too', () => {
    const found = analyseEntities(
      { title: 'Rates', body: 'Central bank governor Ilse Brandauer voted against. Economist Tomas Reyna said the cut came late.' },
      registry,
    ).unregistered;
    expect(
      found
        .filter((c) => c.introduced)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Ilse Brandauer', 'Tomas Reyna']);
  });

  it('reads "H.E. Sheikh" as honorifics before a name with particles', () => {
    expect(names('The talks included H.E. Sheikh Rashid bin Saqr Al Mansoori of the delegation, who joined by video.')).toContain(
      'Rashid bin Saqr Al Mansoori (person)',
    );
  });

  it('joins a shortened double surname to the full name', () => {
    expect(names('President Andrés Manuel López Obrador spoke. López Obrador later left.')).toEqual(['Andrés Manuel López Obrador (person)']);
  });
});
