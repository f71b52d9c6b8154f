/** An organisation's "name" the archive also writes with its later words in lowercase ("Tribally sponsored clean energy"): a capitalised phrase, no body. */

// A heading or a bold lead-in capitalises every word ("**Tribally Sponsored Clean Energy:**"); the
// same words run on in lowercase after their first ("expand Tribally sponsored clean energy") show
// a phrase, not a body's name. A body's name keeps its capitals wherever it is written. Two-word
// names are left alone: "U.S. steel", "SHLB coalition" write a body's name with a common noun.

/** Words a phrase needs before its lowercase spelling says anything. */
const MIN_PHRASE_WORDS = 3;

/** True when `variants` hold `name` with every word after the first in lowercase. */
export function isWrittenInSentenceCase(name: string, variants: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  if (words.length < MIN_PHRASE_WORDS) return false;
  const sentenceCase = [words[0], ...words.slice(1).map((w) => w.toLowerCase())].join(' ');
  return sentenceCase !== name && variants.includes(sentenceCase);
}
