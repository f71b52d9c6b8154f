/** `text` escaped for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// No letter or digit right before or after: "Biden" is not found in "Bidenomics".
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** A pattern that finds `text` as a whole word or phrase (flags must include `u`). */
export function wholeWord(text: string, flags = 'u'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}${escapeRegExp(text)}${NOT_BEFORE_WORD}`, flags);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the `length` characters of `text` at `at` stand as a whole word: no letter or digit
 * right before or after. For loops that find a form with `indexOf`, which is much cheaper on long
 * texts than a pattern with a lookbehind tried at every position.
 */
export function isWholeWordAt(text: string, at: number, length: number): boolean {
  return !LETTER_OR_DIGIT.test(text[at - 1] ?? '') && !LETTER_OR_DIGIT.test(text[at + length] ?? '');
}
