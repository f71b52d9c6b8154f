import { describe, expect, it } from 'vitest';
import { findHeadlineEntities } from '../../src/lib/stories/headline-entities.ts';
import { article } from '../fixtures/stories/articles.ts';

// Every headline word is rare in this archive of 1,000 headlines.
const rare = (): number => 1;

describe('findHeadlineEntities and a name’s last word alone', () => {
  it.each([
    {
      name: 'a surname the text always capitalises names its person',
      title: 'Readout of the Call with Prime Minister Okafor',
      summary: 'The Minister spoke with Prime Minister Tunde Okafor about the floods.',
      entity: 'tunde-okafor',
      expected: ['tunde-okafor'],
    },
    {
      name: 'a common word that ends an institute’s name does not name the institute',
      title: 'Zandia Farming Technology Dialogue: Joint Statement',
      summary: 'Zandia and Norland will share farming technology, with help from the Institute of Soil and Technology.',
      entity: 'institute-of-soil-and-technology',
      expected: [],
    },
  ])('$name', ({ title, summary, entity, expected }) => {
    // Detection found the entity in the summary only, not in the title.
    const record = article('a', '2023-05-02T12:00:00Z', title, summary, [entity]);
    expect(findHeadlineEntities(record, rare, 1000)).toEqual(expected);
  });
});

describe('findHeadlineEntities and the speaker of a statement', () => {
  it.each([
    {
      name: 'who issued a statement is not what the headline names',
      title: 'Statement from Communications Director Dana Reyes on Minister Lind’s Travel to Zandia',
      expected: ['anna-lind', 'zandia'],
    },
    {
      name: 'a joint statement’s parties are its subject',
      title: 'Joint Statement from Zandia and Dana Reyes on Anna Lind’s Travel',
      expected: ['dana-reyes', 'zandia', 'anna-lind'],
    },
  ])('$name', ({ title, expected }) => {
    const record = article('s', '2023-05-02T12:00:00Z', title, 'Anna Lind will travel to Zandia, Dana Reyes said.', ['dana-reyes', 'anna-lind', 'zandia']);
    expect(findHeadlineEntities(record, rare, 1000).sort()).toEqual([...expected].sort());
  });
});

describe('findHeadlineEntities and a speaker’s office written by its initials', () => {
  it('leaves the office out where it stands in the speaker', () => {
    const title = 'Statement from ZSC Spokesperson Dana Reyes on Talks in Zandia';
    const record = article('s', '2023-05-02T12:00:00Z', title, 'Talks in Zandia went on, the Zandia Security Council said.', [
      'zandia-security-council',
      'zandia',
    ]);
    const office = record.mentions.find((m) => m.id === 'zandia-security-council');
    if (office) office.first = title.indexOf('ZSC');
    expect(findHeadlineEntities(record, rare, 1000)).toEqual(['zandia']);
  });

  it('keeps a country the speaker’s post names where the headline is about it too', () => {
    const title = 'Statement from Zandian Trade Representative Dana Reyes on Zandia-Norland Trade Talks';
    const record = article('s', '2023-05-02T12:00:00Z', title, 'Zandia and Norland met.', ['zandia', 'norland']);
    const zandia = record.mentions.find((m) => m.id === 'zandia');
    if (zandia) zandia.first = title.indexOf('Zandian');
    expect(findHeadlineEntities(record, rare, 1000).sort()).toEqual(['norland', 'zandia']);
  });
});
