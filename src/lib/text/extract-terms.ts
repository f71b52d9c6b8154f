import { stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';
import { forEachWord } from './tokenise.ts';

// Bare numbers are mostly dates and amounts, which match unrelated stories; one-letter words
// are initials and the debris of "U.S.".
const DIGITS_ONLY = /^\p{N}+$/u;

/** Whether a lowercase word is worth indexing: not a stop word, not a bare number, two letters or more. */
export function isIndexableWord(word: string): boolean {
  return word.length > 1 && !isStopWord(word) && !DIGITS_ONLY.test(word);
}

/** Calls `visit(stem, word)` for each indexable word of `text`, in order. */
export function forEachTerm(text: string, visit: (term: string, word: string) => void): void {
  forEachWord(text, (word) => {
    if (isIndexableWord(word)) visit(stem(word), word);
  });
}

/** The stemmed index terms of `text`: lowercase, stop words and bare numbers dropped, in order. */
export function extractTerms(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}
