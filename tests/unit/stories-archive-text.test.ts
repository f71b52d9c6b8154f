import { describe, expect, it } from 'vitest';
import { ArchiveText } from '../../src/lib/stories/archive-text.ts';
import { article } from '../fixtures/stories/articles.ts';

const archive = new ArchiveText([
  article('a/1', '2023-05-10T12:00:00Z', 'Leaders Meet at Lake Tor', 'The leaders met at Lake Tor.', []),
  article('a/2', '2023-05-11T12:00:00Z', 'Readout of a Call', 'The minister spoke from Lake Tor today.', []),
  article('a/3', '2023-05-12T12:00:00Z', 'Lake Toronto Ferry Opens', 'A ferry crosses Lake Toronto.', []),
  article('a/4', '2023-05-13T12:00:00Z', 'Farm Bill Passes', 'The bill passed.', []),
]);

describe('ArchiveText', () => {
  it.each([
    { name: 'counts the articles whose headline or lead names it', text: 'Lake Tor', expected: 2 },
    { name: 'does not count a longer name that starts with it', text: 'Lake Toronto', expected: 1 },
    { name: 'counts none for a name the archive never writes', text: 'Camp Vale', expected: 0 },
  ])('$name', ({ text, expected }) => {
    expect(archive.countNaming(text)).toBe(expected);
    // A second ask reads the same answer.
    expect(archive.countNaming(text)).toBe(expected);
  });

  it('counts the words headlines write after a possessive, once per headline', () => {
    const leaders = new ArchiveText([
      article('b/1', '2023-05-10T12:00:00Z', 'Reef Leaders’ Summit Fact Sheet', '', []),
      article('b/2', '2023-05-11T12:00:00Z', "Coral Leaders' Summit Ends", '', []),
      article('b/3', '2023-05-12T12:00:00Z', 'Reef Leaders’ Statement on the Leaders’ Statement', '', []),
      article('b/4', '2023-05-13T12:00:00Z', 'Leaders Meet at Lake Tor', '', []),
    ]);
    expect(Object.fromEntries(leaders.wordsAfterPossessive('leaders'))).toEqual({ summit: 2, statement: 1 });
  });

  it('lists every article’s summary in archive order', () => {
    expect(archive.leads()).toEqual([
      'The leaders met at Lake Tor.',
      'The minister spoke from Lake Tor today.',
      'A ferry crosses Lake Toronto.',
      'The bill passed.',
    ]);
  });
});
