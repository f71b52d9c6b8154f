/** A registered country's name opening a body's name ("Japan Coast Guard"): that country's one body, not a description. */
import { lookUpPhrase, lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "Coast Guard" or "Foreign Ministry" alone could be any country's, so a name of such words only is
// a description (`isGenericOrg`). Written after the country's own name, capitalised, they name one
// body ("Japan Coast Guard", "China Coast Guard"), as "Japan Meteorological Agency" does. A demonym
// ("Japanese coast guard") or a possessive ("Japan's Foreign Ministry") describes, and one word after
// the country ("Japan Police") is too short to tell from a description. A demonym is no place's name
// in the lexicon, and a possessive ends the capitalised run before the body's words.

/** True when tokens [from, to) are a registered place's name, then two words or more of a body's name that no registered name covers. */
export function isCountryBeforeBody(tokens: readonly Token[], covered: Int32Array, from: number, to: number): boolean {
  const id = covered[from];
  if (id === undefined || id === -1) return false;
  // "South Korea Coast Guard": the country's name may be more than one word.
  let end = from;
  while (end < to && covered[end] === id) end += 1;
  const keys = tokens.slice(from, end).map((t) => t.key);
  if (!(keys.length === 1 ? lookUpWord(keys[0] ?? '').place : lookUpPhrase(keys.join(' ')) === 'place')) return false;
  const rest = tokens.slice(end, to);
  // "United States and Coalition forces": every word after the country is a capitalised word of the body's name.
  const words = rest.filter((t) => t.kind === 'word');
  return rest.every((_, n) => covered[end + n] === -1) && words.every((t) => t.upper) && words.length >= 2;
}
