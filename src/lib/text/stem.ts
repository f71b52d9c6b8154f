import { stemmer } from 'stemmer';

// Stemming the same word thousands of times is the text pipeline's main cost; a bounded memo
// keeps that to once per distinct word without growing without limit on huge archives.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();

/** The Porter stem of a lowercase word ("launches" → "launch"), memoised. */
export function stem(word: string): string {
  let result = memo.get(word);
  if (result === undefined) {
    result = stemmer(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, result);
  }
  return result;
}
