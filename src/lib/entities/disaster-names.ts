/** "Superstorm Sandy", "Maui Wildfire": a name with a word for a disaster names that disaster, never a person, however person-like its other word is. */
import { DISASTER_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

/** True when one of the name words is a disaster word ("Hurricane", "Wildfire", "Superstorm"). */
export function isDisasterName(words: readonly Token[]): boolean {
  return words.some((w) => DISASTER_WORDS.has(w.key));
}
