import { describe, expect, it } from 'vitest';
import { announcesJourney, keepJourneyDays } from '../../src/lib/stories/journey-days.ts';

const DAY = 86_400_000;

describe('announcesJourney', () => {
  it.each([
    { headline: 'Statement on Minister Lind’s Travel to Zandia', expected: true },
    { headline: 'Statement on the Visit of Prime Minister Anna Lind of Zandia', expected: true },
    { headline: 'Statement on the Travel of Security Adviser Tom Okafor to the Republic of Zandia', expected: true },
    { headline: 'Statement on Minister Lind’s Travel to the Republic of Zandia', expected: true },
    { headline: 'Statement on the Earthquake in Zandia', expected: false },
    { headline: 'Readout of the Meeting with Zandian farmers', expected: false },
    { headline: 'Statement on Tomorrow’s Visit to Zandia After the Floods', expected: false },
  ])('$headline → $expected', ({ headline, expected }) => {
    expect(announcesJourney(headline)).toBe(expected);
  });
});

describe('keepJourneyDays', () => {
  it.each([
    {
      name: 'a call nine days after the journey leaves it',
      headlines: [
        'Statement on the Travel of Adviser Tom Okafor to Zandia',
        'Readout of Adviser Okafor’s Meeting in Zandia',
        'Joint Fact Sheet: Zandia Technology Dialogue',
        'Readout of Adviser Okafor’s Call with Zandia After the Rocket Test',
      ],
      days: [0, 0.5, 1, 10],
      expected: [0, 1, 2],
    },
    {
      name: 'the announcement may come a week before the journey, whose legs follow each other',
      headlines: [
        'Statement on Minister Lind’s Travel to Zandia and Norland',
        'Background Call Previewing the Minister’s Trip',
        'Readout of Minister Lind’s Meeting with the President of Zandia',
        'Readout of Minister Lind’s Meeting with the President of Norland',
      ],
      days: [0, 11, 14.5, 16],
      expected: [0, 1, 2, 3],
    },
    {
      name: 'a visit’s meeting stays, another summit a week later leaves',
      headlines: [
        'Statement on the Visit of Prime Minister Anna Lind of Zandia',
        'Readout of the Meeting with Prime Minister Lind of Zandia',
        'Readout of the Meeting with President Okafor of Norland',
        'Readout of the Northern Leaders’ Summit',
      ],
      days: [0, 4, 12, 12],
      expected: [0, 1],
    },
    {
      name: 'a journey two days into a thread opens it: the official’s own trip a week later leaves',
      headlines: [
        'Readout of the Minister’s Call with the Premier of Zandia',
        'Readout of Adviser Okafor’s Trip to Zandia',
        'Readout of Adviser Okafor’s Meeting with Families in Zandia',
        'Readout of Envoy Berg’s Meetings with the Premier of Zandia',
      ],
      days: [0, 2, 3, 11],
      expected: [0, 1, 2],
    },
    {
      name: 'a journey later in a thread does not cut it',
      headlines: [
        'Statement on the Floods in Zandia',
        'Zandia Disaster Declaration',
        'Statement on Minister Lind’s Travel to Zandia',
        'Readout of Minister Lind’s Visit to the Flooded Towns',
        'Statement on Rebuilding Zandia',
      ],
      days: [0, 3, 6, 7, 15],
      expected: [0, 1, 2, 3, 4],
    },
    {
      name: 'a thread not opened by a journey keeps its weeks',
      headlines: ['Statement on the Floods in Zandia', 'Zandia Disaster Declaration', 'Zandia Disaster Declaration Amended', 'Statement on Rebuilding Zandia'],
      days: [0, 6, 13, 20],
      expected: [0, 1, 2, 3],
    },
  ])('$name', ({ headlines, days, expected }) => {
    const members = headlines.map((_, index) => index);
    expect(
      keepJourneyDays(
        members,
        headlines,
        days.map((day) => day * DAY),
      ),
    ).toEqual(expected);
  });
});
