import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

// A registered country's name, then two capitalised words a body's name is made of ("Japan Coast
// Guard"), is that country's body; a demonym, a possessive or one word after the country describes.

const registry = buildRegistry({
  files: [
    { id: 'japan', name: 'Japan', type: 'place', aliases: ['Japanese'] },
    { id: 'south-korea', name: 'South Korea', type: 'place', aliases: [] },
    { id: 'nato', name: 'NATO', type: 'organization', aliases: [] },
  ],
});

/** Unregistered names of a body of copy, as "name (type)". */
function names(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('a country’s name opening a body’s name', () => {
  it.each([
    ['the country, then a service of two generic words', 'A Japan Coast Guard plane landed.', ['Japan Coast Guard (organization)']],
    ['the country, then a ministry', 'The Japan Foreign Ministry said no.', ['Japan Foreign Ministry (organization)']],
    ['not after a possessive', 'Japan’s Foreign Ministry said no.', []],
    ['not after a demonym', 'The Japanese Coast Guard said no.', []],
    ['not one word after the country', 'The Japan Police said no.', []],
    ['a country of two words', 'The South Korea Coast Guard rescued six sailors.', ['South Korea Coast Guard (organization)']],
    ['not a registered body’s name among the words after the country', 'The Japan NATO Office said no.', []],
    ['not "and" after the country', 'The Japan and Coalition Forces left.', []],
  ])('%s', (_, body, expected) => {
    expect(names(body).filter((n) => n.endsWith('(organization)'))).toEqual(expected);
  });
});
