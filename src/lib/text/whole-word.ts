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
