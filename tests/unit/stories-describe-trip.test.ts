import { describe, expect, it } from 'vitest';
import { describeTrip, writtenName } from '../../src/lib/stories/describe-trip.ts';

describe('describeTrip', () => {
  it.each([
    {
      name: 'a person and a place: the person travels there',
      opening: { word: 'travel', preposition: 'to', owner: 'Minister', headline: 'Statement on Minister’s Travel to Chile' },
      subject: [
        { name: 'Vera Lind', type: 'person' },
        { name: 'Chile', type: 'place' },
      ],
      destinations: [],
      expected: 'Vera Lind’s travel to Chile',
    },
    {
      name: 'places only: the headline’s owner travels',
      opening: { word: 'trip', preposition: 'to', owner: 'Okafor', headline: 'Okafor’s Trip to Chile and Peru' },
      subject: [
        { name: 'Chile', type: 'place' },
        { name: 'Peru', type: 'place' },
      ],
      destinations: [],
      expected: 'Okafor’s trip to Chile and Peru',
    },
    {
      name: 'one person alone: to the places of the opening headline',
      opening: { word: 'travel', preposition: 'to', owner: 'Lind', headline: 'Statement on Lind’s Travel to Chile and Peru' },
      subject: [{ name: 'Vera Lind', type: 'person' }],
      destinations: ['Chile', 'Peru'],
      expected: 'Vera Lind’s travel to Chile and Peru',
    },
    {
      name: 'not a journey: "the visit of"',
      opening: { word: 'visit', preposition: 'of', headline: 'Statement on the Visit of President Owusu of Zandia' },
      subject: [{ name: 'Zandia', type: 'place' }],
      destinations: [],
      expected: undefined,
    },
    {
      name: 'an organisation in the subject: not named as a journey',
      opening: { word: 'travel', preposition: 'to', owner: 'Biden', headline: 'Statement on Biden’s Travel to Australia' },
      subject: [
        { name: 'Australia', type: 'place' },
        { name: 'Quad', type: 'organization' },
      ],
      destinations: [],
      expected: undefined,
    },
    {
      name: 'places and no traveller named',
      opening: { word: 'travel', preposition: 'to', headline: 'Statement on the Travel to Chile' },
      subject: [{ name: 'Chile', type: 'place' }],
      destinations: [],
      expected: undefined,
    },
    {
      name: 'a place of the story the journey does not go to: not named as a journey',
      opening: { word: 'travel', preposition: 'to', owner: 'Biden', headline: 'Statement on Biden’s Travel to Israel and Jordan' },
      subject: [{ name: 'Gaza', type: 'place' }],
      destinations: [],
      expected: undefined,
    },
    {
      name: 'a title owns the journey of the person of the subject',
      opening: { word: 'travel', preposition: 'to', owner: 'President', headline: 'Statement on the Vice President’s Travel to Chile' },
      subject: [
        { name: 'Vera Lind', type: 'person' },
        { name: 'Chile', type: 'place' },
      ],
      destinations: [],
      expected: 'Vera Lind’s travel to Chile',
    },
    {
      name: 'someone else’s journey is not the person of the subject’s',
      opening: { word: 'travel', preposition: 'to', owner: 'Okafor', headline: 'Statement on Okafor’s Travel to Chile' },
      subject: [
        { name: 'Vera Lind', type: 'person' },
        { name: 'Chile', type: 'place' },
      ],
      destinations: [],
      expected: undefined,
    },
    {
      name: 'a place the headline writes in other words is still where the journey goes',
      opening: {
        word: 'travel',
        preposition: 'to',
        owner: 'Okafor',
        headline: 'Statement on the Travel of Adviser Tom Okafor to the Republic of Zandia',
        after: 'the Republic of Zandia',
      },
      subject: [{ name: 'North Zandia', type: 'place' }],
      destinations: ['North Zandia'],
      expected: 'Okafor’s travel to North Zandia',
    },
    {
      name: 'a place the headline names before the journey is not where it goes',
      opening: { word: 'travel', preposition: 'to', owner: 'Okafor', headline: 'Statement from the Embassy in Norland on Okafor’s Travel to Chile' },
      subject: [{ name: 'Norland', type: 'place' }],
      destinations: ['Norland', 'Chile'],
      expected: undefined,
    },
  ])('$name', ({ opening, subject, destinations, expected }) => {
    expect(describeTrip(opening, subject, destinations)).toBe(expected);
  });

  it.each([
    { name: 'a surname owner takes the full name the headline gives', named: ['Tom Okafor', 'Vera Lind'], expected: 'Tom Okafor’s travel to Chile' },
    { name: 'no person of that surname: the owner as written', named: ['Vera Lind'], expected: 'Okafor’s travel to Chile' },
  ])('$name', ({ named, expected }) => {
    const opening = { word: 'travel', preposition: 'to', owner: 'Okafor', headline: 'Statement on Adviser Okafor’s Travel to Chile' };
    expect(describeTrip(opening, [{ name: 'Chile', type: 'place' }], [], named)).toBe(expected);
  });

  it('goes on to the places of the traveller’s later legs', () => {
    const opening = { word: 'trip', preposition: 'to', owner: 'Okafor', headline: 'Readout of Adviser Okafor’s Trip to Chile' };
    expect(describeTrip(opening, [{ name: 'Tom Okafor', type: 'person' }], ['Chile'], [], ['Peru', 'Chile'])).toBe('Tom Okafor’s trip to Chile and Peru');
  });
});

describe('writtenName', () => {
  it.each([
    { headline: 'Statement on Second Gentleman Tom Okafor’s Travel to Chile', owner: 'Okafor', expected: 'Tom Okafor' },
    { headline: 'Statement on Minister Lind’s Travel to Chile', owner: 'Lind', expected: undefined },
    { headline: 'Statement on the Vice President’s Travel to Chile', owner: 'President', expected: undefined },
    { headline: 'Adviser to the Minister Ana Maria Costa’s Trip to Peru', owner: 'Costa', expected: 'Ana Maria Costa' },
  ])('$headline → $expected', ({ headline, owner, expected }) => {
    expect(writtenName(headline, owner)).toBe(expected);
  });
});
