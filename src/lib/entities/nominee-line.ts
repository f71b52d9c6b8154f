/** A nominations list opens each entry with the nominee's name, then their home state and the post: "Herro Mustafa Garg, of California, to be Ambassador …". */
import { ORG_HEADS } from './lexicon.ts';
import { isInitialAt } from './person-names.ts';
import { isCapitalisedWord, type Token } from './tokenise.ts';

// The Senate's nominations lists write every entry this way, whether or not the name is one the
// lexicon knows ("Herro") or a place too ("Phillip A. Washington"): "<name>, of <state>, to be …" or
// "<name>, of <state>, a Career Member of …". The state is a few capitalised words ("the District
// of Columbia"). A grant list writes bodies the same way ("Blue Heron Clinic, of Montana, a rural
// clinic"), so the post must follow as the Senate writes it.
const MAX_NAME_WORDS = 5;
const MAX_PLACE_WORDS = 4;

/** True when the name ending at token `to` is followed by ", of <Place>," and "to be" or "a Career Member": a nominee's entry. */
export function hasOriginAfter(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.key !== ',' || tokens[to + 1]?.key !== 'of') return false;
  let k = tokens[to + 2]?.key === 'the' ? to + 3 : to + 2;
  const start = k;
  while (k < start + MAX_PLACE_WORDS && (isCapitalisedWord(tokens[k]) || (tokens[k]?.key === 'of' && isCapitalisedWord(tokens[k + 1])))) k += 1;
  if (k === start || tokens[k]?.key !== ',') return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word' || next.upper) return false;
  return (next.key === 'to' && tokens[k + 2]?.key === 'be') || (next.key === 'a' && tokens[k + 2]?.key === 'career');
}

/** Nominees named at the start of a line before their origin and post, as [from, to) token ranges. */
export function findNominees(tokens: readonly Token[], covered: Int32Array): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = tokens[i - 1];
    if (before && before.kind !== 'break') continue;
    let k = i;
    let words = 0;
    while (words < MAX_NAME_WORDS && isNameWord(tokens[k]) && covered[k] === -1) {
      words += 1;
      if (isInitialAt(tokens, k)) k += 2;
      // "Vell-Orr": a hyphen joins the two halves of a surname.
      else if (tokens[k + 1]?.key === '-' && isNameWord(tokens[k + 2])) k += 3;
      else k += 1;
    }
    if (words >= 2 && !ORG_HEADS.has(tokens[k - 1]?.key ?? '') && hasOriginAfter(tokens, k)) found.push([i, k]);
  }
  return found;
}

function isNameWord(t: Token | undefined): boolean {
  return isCapitalisedWord(t) && !t?.possessive;
}
