import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

// A party label or a political epithet before a chamber's body says whose side the body is on and is
// no part of its name; a party's own body keeps its whole name.

const registry = buildRegistry({ files: [] });

/** Unregistered organisations of a body. */
function bodies(body: string): string[] {
  return analyseEntities({ title: 'Briefing', body }, registry)
    .unregistered.filter((c) => c.type === 'organization')
    .map((c) => c.name);
}

describe('party labels before a chamber body', () => {
  it.each([
    ['an epithet and a party before the chamber', 'The plan of the radical MAGA Republican House Harbour Caucus would cut ferries.', ['House Harbour Caucus']],
    ['a party alone before the chamber', 'Yesterday the Democratic Senate Lighthouse Committee met.', ['Senate Lighthouse Committee']],
    ['a party body that goes on without a chamber', 'Yesterday the Democratic Coastal Campaign Committee met.', ['Democratic Coastal Campaign Committee']],
    ['a chamber body without a label', 'Yesterday the House Harbour Caucus met.', ['House Harbour Caucus']],
  ])('%s', (_, body, expected) => {
    expect(bodies(body)).toEqual(expected);
  });
});
