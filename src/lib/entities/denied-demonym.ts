/** A demonym written after "non-" ("non-Indian families") denies the country: it is no sign that the country leads the article. */
import { isTightHyphen, type Token } from './tokenise.ts';

// Which country leads an article decides whose "Supreme Court" a generic name is, and demonyms count
// as evidence ("American families"). "Raised by non-Indian families" in a statement on a US ruling
// says nothing of India, so the word after "non-" is left out of that count.

/** True for a word written right after "non-" ("non-Indian"). */
export function isDeniedDemonym(tokens: readonly Token[], i: number): boolean {
  return isTightHyphen(tokens, i - 1) && tokens[i - 2]?.key === 'non';
}
