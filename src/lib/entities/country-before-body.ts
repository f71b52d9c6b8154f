/** A registered country's name opening a body's name ("Japan Coast Guard"): that country's one body, not a description. */
import { lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "Coast Guard" or "Foreign Ministry" alone could be any country's, so a name of such words only is
// a description (`isGenericOrg`). Written after the country's own name, capitalised, they name one
// body ("Japan Coast Guard", "China Coast Guard"), as "Japan Meteorological Agency" does. A demonym
// ("Japanese coast guard") or a possessive ("Japan's Foreign Ministry") describes, and one word after
// the country ("Japan Police") is too short to tell from a description. A demonym is no place's name
// in the lexicon, and a possessive ends the capitalised run before the body's words.

/** True when tokens [from, to) are a registered place's name, then two words or more of a body's name. */
export function isCountryBeforeBody(tokens: readonly Token[], covered: Int32Array, from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || covered[from] === -1 || covered[from + 1] !== -1 || !lookUpWord(first.key).place) return false;
  return tokens.slice(from + 1, to).filter((t) => t.kind === 'word').length >= 2;
}
