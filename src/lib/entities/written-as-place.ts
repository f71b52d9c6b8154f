/** Whether a person-shaped name is written where only a place goes: after "returned to" or "visited", or before "in" and a registered place. */
import { TRAVEL_WORDS, VISIT_VERBS } from './lexicon.ts';
import { nameWords } from './person-names.ts';
import { isLowercaseWordOf, type Token } from './tokenise.ts';

// Two capitalised words no list knows read as a person by their shape ("Yad Vashem"). Copy places a
// person and a place differently: one returns "to" a place and visits or tours it, and a place lies
// "in" a country. One such spot is evidence; the cross-article rule weighs it only for names that no
// title, speech verb or style ever marks as someone (`people-written-as-others.ts`).

/** True when tokens [from, to), a name of two words or more, are written where only a place goes (see the file's comment); `placeAt` marks registered places. */
export function isWrittenAsPlace(tokens: readonly Token[], from: number, to: number, placeAt: Uint8Array): boolean {
  if (nameWords(tokens.slice(from, to)).length < 2 || tokens[to - 1]?.possessive) return false;
  if (isLowercaseWordOf(tokens[from - 1], VISIT_VERBS)) return true;
  if (tokens[from - 1]?.key === 'to' && isLowercaseWordOf(tokens[from - 2], TRAVEL_WORDS)) return true;
  const after = tokens[to];
  return after?.kind === 'word' && !after.upper && after.key === 'in' && placeAt[to + 1] === 1;
}
