import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholeWord } from '../../src/lib/text/whole-word.ts';

describe('wholeWord', () => {
  it.each([
    ['a word on its own', 'Biden', 'President Biden spoke.', true],
    ['not inside a longer word', 'Biden', 'Bidenomics is working.', false],
    ['a name with dots, taken literally', 'U.S.', 'The U.S. will host.', true],
    ['dots are not wildcards', 'U.S.', 'The UxSx will host.', false],
    ['letters with diacritics count as letters', 'Nausėda', 'President Nausėdas', false],
  ])('%s', (_name, text, sentence, expected) => {
    expect(wholeWord(text).test(sentence)).toBe(expected);
  });
});

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const special = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
  });
});
