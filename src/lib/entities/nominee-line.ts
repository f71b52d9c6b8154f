/** A nominations list opens each entry with the nominee's name, then their home state and the post: "Herro Mustafa Garg, of California, to be Ambassador …". */
import { isInitialAt } from './person-names.ts';
import type { Token } from './tokenise.ts';

// The Senate's nominations lists write every entry this way, whether or not the name is one the
// lexicon knows ("Herro") or a place too ("Phillip A. Washington"): "<name>, of <state>, to be …" or
// "<name>, of <state>, a Career Member of …". The state is one or two capitalised words.
const MAX_NAME_WORDS = 5;
const MAX_PLACE_WORDS = 2;

/** True when the name ending at token `to` is followed by ", of <Place>," and "to be" or "a"/"an": a nominee's entry. */
export function hasOriginAfter(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.key !== ',' || tokens[to + 1]?.key !== 'of') return false;
  let k = to + 2;
  while (k < to + 2 + MAX_PLACE_WORDS && isCapitalised(tokens[k])) k += 1;
  if (k === to + 2 || tokens[k]?.key !== ',') return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word' || next.upper) return false;
  return (next.key === 'to' && tokens[k + 2]?.key === 'be') || next.key === 'a' || next.key === 'an';
}

/** Nominees named at the start of a line before their origin and post, as [from, to) token ranges. */
export function findNominees(tokens: readonly Token[], covered: Int32Array): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = tokens[i - 1];
    if (before && before.kind !== 'break') continue;
    let k = i;
    let words = 0;
    while (words < MAX_NAME_WORDS && isCapitalised(tokens[k]) && covered[k] === -1) {
      words += 1;
      k += isInitialAt(tokens, k) ? 2 : 1;
    }
    if (words >= 2 && hasOriginAfter(tokens, k)) found.push([i, k]);
  }
  return found;
}

function isCapitalised(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.upper && !t.allCaps && !t.possessive && !/\d/.test(t.core);
}
