import { describe, expect, it } from 'vitest';
import { escapeRegExp, isWholeWordAt, wholeWord } from '../../src/lib/text/whole-word.ts';

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

describe('isWholeWordAt', () => {
  it.each([
    ['a word between spaces', 'President Biden spoke.', 'Biden', true],
    ['a word at the start of the text', 'Biden spoke.', 'Biden', true],
    ['a word before punctuation at the end', 'They met Biden.', 'Biden', true],
    ['the start of a longer word', 'Bidenomics is working.', 'Biden', false],
    ['after a hyphen, which is no letter', 'The ex-Bidens met.', 'Bidens', true],
    ['a digit right after', 'Route 66A closed.', 'Route 66', false],
    ['a letter with a diacritic right after', 'President Nausėdas', 'Nausėda', false],
  ])('%s', (_name, text, form, expected) => {
    expect(isWholeWordAt(text, text.indexOf(form), form.length)).toBe(expected);
  });
});
