/** "Hou Yu-ih of the Kuomintang", "Lee Jae-myung of the Democratic Party": a full name, then "of the" and the body the person belongs to, names the person on purpose. */
import type { Token } from './tokenise.ts';

// Lowercase words that may describe the body between "the" and its name ("the main opposition"):
// a few adjectives, never a clause ("of the north coast, where the Harbour Party …").
const DESCRIBING_WORDS = 3;

/**
 * True when a person's name ending at token `to` is followed by "of the" and
 * a body's name (`bodyAt`: tokens of a registered or found organisation), perhaps after a few
 * lowercase words, as wire copy introduces a politician by their party ("Hou Yu-ih of the main
 * opposition Kuomintang").
 */
export function isNamedWithBody(tokens: readonly Token[], to: number, bodyAt: Uint8Array): boolean {
  const of = tokens[to];
  const the = tokens[to + 1];
  if (of?.key !== 'of' || of.upper || the?.key !== 'the') return false;
  // "of the main opposition Kuomintang", "of the ruling Democratic Party": a few lowercase words may describe the body first.
  let k = to + 2;
  while (k < to + 2 + DESCRIBING_WORDS && tokens[k]?.kind === 'word' && !tokens[k]?.upper) k += 1;
  return bodyAt[k] === 1;
}
