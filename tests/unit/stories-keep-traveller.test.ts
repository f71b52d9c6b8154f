import { describe, expect, it } from 'vitest';
import { keepTraveller } from '../../src/lib/stories/keep-traveller.ts';

describe('keepTraveller', () => {
  it.each([
    {
      name: 'another person’s meeting leaves a trip',
      headlines: [
        'Statement on Minister Lind’s Travel to Zandia',
        'Readout of Minister Lind’s Meeting with the President of Zandia',
        'Readout of Governor Okafor’s Meeting with the President of Zandia',
      ],
      expected: [0, 1],
    },
    {
      name: 'joint statements and a title’s documents stay',
      headlines: [
        'Statement on Minister Lind’s Travel to Zandia',
        'Joint Leaders’ Statement of Zandia and the United States',
        'Background Call Previewing the Minister’s Trip to Zandia',
      ],
      expected: [0, 1, 2],
    },
    {
      name: 'a thread not opened by a journey is left alone',
      headlines: ['Zandia floods: relief flights begin', 'Readout of Minister Lind’s Call with Zandia', 'Readout of Governor Okafor’s Call with Zandia'],
      expected: [0, 1, 2],
    },
    {
      name: 'a journey owned by a date has no traveller to keep',
      headlines: [
        'Statement on Tomorrow’s Travel to the Flooded Towns of Zandia',
        'Readout of Minister Lind’s Call with the Governor of Zandia',
        'Readout of Governor Okafor’s Meeting with Flood Families in Zandia',
      ],
      expected: [0, 1, 2],
    },
  ])('$name', ({ headlines, expected }) => {
    expect(keepTraveller([0, 1, 2], headlines)).toEqual(expected);
  });
});
