/** A pact with two names joined by a slash ("Belfast/Good Friday Agreement"): one name, so the place that opens it is no place tag. */
import { PACT_WORDS } from './lexicon.ts';
import { isUpperWord, type Token } from './tokenise.ts';

// A slash between two capitalised words usually lists two things ("HIV/AIDS", "USAID/Tanzania"), but
// when the run after it ends in a pact's word, both halves are the pact's names. Cut at the slash, the
// first half is a bare place ("Belfast") that the story never mentions for itself. The run may hold a
// weekday ("Good Friday"), which ends other names.

const MAX_WORDS_AFTER = 4;

/**
 * End of the pact's name when the slash at `k`, written without spaces, joins a capitalised word to a
 * run that ends in a pact's word ("Agreement"); `k` when it does not.
 */
export function endOfSlashedPact(tokens: readonly Token[], k: number): number {
  const slash = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (slash?.key !== '/' || !before || !after || before.end !== slash.start || slash.end !== after.start || !isUpperWord(before)) return k;
  let end = k + 1;
  while (end < tokens.length && end <= k + MAX_WORDS_AFTER && isUpperWord(tokens[end])) end += 1;
  return end > k + 1 && PACT_WORDS.has(tokens[end - 1]?.key ?? '') ? end : k;
}
