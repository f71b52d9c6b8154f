import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { pickNamedGathering } from '../../src/lib/stories/named-gathering.ts';
import { article, filler } from '../fixtures/stories/articles.ts';
import { otherSummits } from '../fixtures/stories/names.ts';

describe('pickNamedGathering', () => {
  it.each([
    {
      name: 'a gathering two of three leads name',
      leads: ['They met at the Coral Summit in Port Lua.', 'Ahead of the Coral Summit, they spoke.', 'They spoke about harbours.'],
      nameStems: [],
      expected: 'Coral summit',
    },
    {
      name: 'a gathering whose name ends in a possessive, with the typographic apostrophe',
      leads: ['They met at the Coral Leaders’ Summit in Port Lua.', 'Ahead of the Coral Leaders’ Summit, they spoke.', 'They spoke about harbours.'],
      nameStems: [],
      expected: 'Coral summit',
    },
    {
      name: 'a gathering whose name ends in a possessive, with the typewriter apostrophe',
      leads: ["They met at the Coral Leaders' Summit in Port Lua.", "Ahead of the Coral Leaders' Summit, they spoke.", 'They spoke about harbours.'],
      nameStems: [],
      expected: 'Coral summit',
    },
    {
      name: 'a gathering two leads name in full (one with its year) and the third by its body alone',
      leads: [
        'They met at the 2023 Coral Summit in Port Lua.',
        'Ahead of the Coral Summit, they spoke.',
        'On the sidelines of the Coral in Port Lua, they spoke.',
      ],
      nameStems: [],
      members: [0, 1, 2, 3, 4],
      expected: 'Coral summit',
    },
    {
      name: 'a gathering only one lead names',
      leads: ['They met at the Coral Summit in Port Lua.', 'They spoke about fisheries.', 'They spoke about harbours.'],
      nameStems: [],
      expected: undefined,
    },
    {
      name: 'a kind that is a word of the story’s names',
      leads: ['They met at the Coral Summit in Port Lua.', 'Ahead of the Coral Summit, they spoke.', 'They spoke about harbours.'],
      nameStems: ['summit'],
      expected: undefined,
    },
  ])('$name', ({ leads, nameStems, expected, members = [0, 1, 2] }) => {
    const articles = [...leads.map((lead, i) => article(`gather/${i}`, `2023-07-1${i}T12:00:00Z`, `Readout ${i}`, lead, [])), ...otherSummits, ...filler];
    const table = buildFeatures(articles);
    expect(pickNamedGathering(members, articles, table, new Set(nameStems))).toBe(expected);
  });
});
