import { describe, expect, it } from 'vitest';
import { nameEventAgent } from '../../src/lib/stories/event-agent.ts';

describe('nameEventAgent', () => {
  it.each([
    {
      name: 'a name two headlines write before the event, and the preposition most write before the subject',
      event: 'border raids',
      headlines: [
        'Statement Condemning Border Raids Against Norland',
        'Zandia Border Raids Continue Overnight',
        'Statement on Zandia’s Border Raids Against Norland',
        'Readout of a Call on Border Raids in Norland',
      ],
      expected: 'Zandia’s border raids against Norland',
    },
    {
      name: 'an invasion of its subject',
      event: 'invasion',
      headlines: ['On the Anniversary of Zandia’s Invasion of Norland', 'Zandia Invasion of Norland Enters Its Second Year', 'Aid for Norland'],
      expected: 'Zandia’s invasion of Norland',
    },
    {
      name: 'a name only one headline writes before the event is no agent',
      event: 'border raids',
      headlines: [
        'Statement Condemning Border Raids Against Norland',
        'Zandia Border Raids Continue Overnight',
        'Readout of a Call on Border Raids in Norland',
      ],
      expected: undefined,
    },
    {
      name: 'no headline ties the event to the subject',
      event: 'border raids',
      headlines: ['Zandia Border Raids Continue Overnight', 'Zandia’s Border Raids Condemned', 'Norland Asks for Help'],
      expected: undefined,
    },
  ])('$name', ({ event, headlines, expected }) => {
    expect(nameEventAgent(event, 'Norland', ['Zandia', 'Vera Lind'], headlines)).toBe(expected);
  });
});
