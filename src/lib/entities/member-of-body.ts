/** "Hou Yu-ih of the Kuomintang", "Lee Jae-myung of the Democratic Party": a full name, then "of the" and the body the person belongs to, names the person on purpose. */
import { nameWords } from './person-names.ts';
import type { Token } from './tokenise.ts';

// Lowercase words that may stand between "the" and the body's name.
const DESCRIBING_WORDS = 3;

/**
 * True when the person's name at tokens [from, to), two words or more, is followed by "of the" and
 * a body's name (`bodyAt`: tokens of a registered or found organisation), perhaps after a few
 * lowercase words, as wire copy introduces a politician by their party ("Hou Yu-ih of the main
 * opposition Kuomintang").
 */
export function isNamedWithBody(tokens: readonly Token[], from: number, to: number, bodyAt: Uint8Array): boolean {
  if (nameWords(tokens.slice(from, to)).length < 2) return false;
  const of = tokens[to];
  const the = tokens[to + 1];
  if (of?.key !== 'of' || of.upper || the?.key !== 'the') return false;
  // "of the main opposition Kuomintang", "of the ruling Democratic Party": a few lowercase words may describe the body first.
  let k = to + 2;
  while (k < to + 2 + DESCRIBING_WORDS && tokens[k]?.kind === 'word' && !tokens[k]?.upper) k += 1;
  return bodyAt[k] === 1;
}
