import { describe, expect, it } from 'vitest';
import { keepTraveller, travellerTitle } from '../../src/lib/stories/keep-traveller.ts';

const DAY = 86_400_000;

describe('keepTraveller', () => {
  it.each([
    {
      name: 'another person’s meeting leaves a trip',
      headlines: [
        'Statement on Minister Lind’s Travel to Zandia',
        'Readout of Minister Lind’s Meeting with the President of Zandia',
        'Readout of Governor Okafor’s Meeting with the President of Zandia',
      ],
      days: [0, 1, 1],
      expected: [0, 1],
    },
    {
      name: 'joint statements and a title’s documents stay',
      headlines: [
        'Statement on Minister Lind’s Travel to Zandia',
        'Joint Leaders’ Statement of Zandia and the United States',
        'Background Call Previewing the Minister’s Trip to Zandia',
      ],
      days: [0, 1, 1],
      expected: [0, 1, 2],
    },
    {
      name: 'a thread not opened by a journey is left alone',
      headlines: ['Zandia floods: relief flights begin', 'Readout of Minister Lind’s Call with Zandia', 'Readout of Governor Okafor’s Call with Zandia'],
      days: [0, 1, 1],
      expected: [0, 1, 2],
    },
    {
      name: 'a journey owned by a date has no traveller to keep',
      headlines: [
        'Statement on Tomorrow’s Travel to the Flooded Towns of Zandia',
        'Readout of Minister Lind’s Call with the Governor of Zandia',
        'Readout of Governor Okafor’s Meeting with Flood Families in Zandia',
      ],
      days: [0, 1, 1],
      expected: [0, 1, 2],
    },
    {
      name: 'calls by the official an adviser serves, two days before the adviser’s trip, leave it',
      headlines: [
        'Readout of the Minister’s Call with the President of Zandia',
        'Readout of Adviser to the Minister Tom Okafor’s Trip to Zandia',
        'Readout of Adviser to the Minister Tom Okafor’s Meeting with Zandian Families',
      ],
      days: [0, 2, 2],
      expected: [1, 2],
    },
    {
      name: 'a title the traveller carries keeps its documents',
      headlines: [
        'Statement on Vice Minister Lind’s Travel to Zandia',
        'Readout of the Vice Minister’s Meeting with the President of Zandia',
        'Readout of Vice Minister Lind’s Meeting with Zandian Farmers',
      ],
      days: [0, 1, 1],
      expected: [0, 1, 2],
    },
    {
      name: 'a plural possessive (a tournament’s name) is no one’s diary',
      headlines: [
        'President Names Delegation to the Opening of the Women’s Sailing Cup in Zandia',
        'Statement on Adviser Okafor’s Travel to Zandia',
        'Statement on Adviser Okafor’s Travel to Norland',
      ],
      days: [0, 0, 2],
      expected: [0, 1, 2],
    },
  ])('$name', ({ headlines, days, expected }) => {
    expect(
      keepTraveller(
        [0, 1, 2],
        headlines,
        days.map((day) => day * DAY),
      ),
    ).toEqual(expected);
  });
});

describe('travellerTitle', () => {
  it.each([
    { headline: 'Statement on Vice Minister Lind’s Travel to Zandia', traveller: 'Lind', expected: ['minister', 'vice'] },
    { headline: 'Readout of Adviser to the Minister Tom Okafor’s Trip to Zandia', traveller: 'Okafor', expected: ['adviser'] },
    { headline: 'Statement on Lind’s Travel to Zandia', traveller: 'Lind', expected: [] },
    // The traveller's name is a whole word: "Lind" in "McLind’s" is not where the title ends.
    { headline: 'Envoy McLind’s Note, and Vice Minister Lind’s Travel to Zandia', traveller: 'Lind', expected: ['minister', 'vice'] },
  ])('$headline → $expected', ({ headline, traveller, expected }) => {
    expect([...travellerTitle(headline, traveller)].sort()).toEqual(expected);
  });
});
