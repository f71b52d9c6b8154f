import { describe, expect, it } from 'vitest';
import { listLaterLegs } from '../../src/lib/stories/journey-legs.ts';

const headlines = [
  'Readout of Adviser Okafor’s Trip to Chile',
  'Readout of Adviser Okafor’s Travel to the Republic of Peru',
  'Readout of Minister Lind’s Travel to Bolivia',
  'Readout of Adviser Okafor’s Meeting with Families from Ecuador',
  'Readout of Adviser Okafor’s Travel to Peru and Uruguay',
];
const places: Record<number, string[]> = { 0: ['Chile'], 1: ['Peru'], 2: ['Bolivia'], 3: ['Ecuador'], 4: ['Peru', 'Uruguay'] };

describe('listLaterLegs', () => {
  it.each([
    { name: 'the places of the same traveller’s later journeys, each once', owner: 'Okafor', expected: ['Peru', 'Uruguay'] },
    { name: 'no traveller, no legs', owner: undefined, expected: [] },
  ])('$name', ({ owner, expected }) => {
    expect(
      listLaterLegs(
        [0, 1, 2, 3, 4],
        (index) => headlines[index] ?? '',
        (index) => places[index] ?? [],
        owner,
      ),
    ).toEqual(expected);
  });
});
