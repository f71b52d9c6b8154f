import { describe, expect, it } from 'vitest';
import { nameEventOf } from '../../src/lib/stories/event-of.ts';

describe('nameEventOf', () => {
  it.each([
    {
      name: 'an anniversary is named with what it is the anniversary of',
      word: 'anniversary',
      prose: [
        'The leaders marked the 70th anniversary of the alliance between Zandia and Norland.',
        'Today is the 70th anniversary of the Zandia-Norland Alliance. The leaders met.',
      ],
      archive: [],
      expected: 'alliance anniversary',
    },
    {
      name: 'a noun the prose writes only in capitals is common if the archive writes it in lower case',
      word: 'anniversary',
      prose: ['They marked the anniversary of the Zandia-Norland Treaty.', 'On the anniversary of the Treaty, flags flew.'],
      archive: ['A treaty on fishing was signed.'],
      expected: 'treaty anniversary',
    },
    {
      name: 'a name after "of" is no object to name',
      word: 'anniversary',
      prose: ['They marked the anniversary of Zandia.', 'On the anniversary of Zandia, flags flew.'],
      archive: [],
      expected: undefined,
    },
    {
      name: 'a word that stands on its own is left alone',
      word: 'visit',
      prose: ['The visit began in Zandia.', 'During the visit of the minister, the visit went well.', 'The visit ended.'],
      archive: ['the minister spoke'],
      expected: undefined,
    },
  ])('$name', ({ word, prose, archive, expected }) => {
    expect(nameEventOf(word, prose, new Set(['zandia', 'norland']), () => archive)).toBe(expected);
  });
});
