/** A body named by its last everyday words only ("Cancer Institute" of "National Cancer Institute", "Law Center"): a name cut at its front, not a body of its own. */
import { lookUpWord } from './lexicon.ts';

// Copy cuts a body's name at the front where a possessive or a registered name stands before it
// ("the Women's Law Center", "the White House Competition Council"). What is left, a field and a
// head, describes many bodies; the archive's longer names that end in it say which one it is.

/** True when a two-word organisation name opens with an everyday word ("Cancer Institute", not "Aspen Institute"). */
export function isDescriptiveTail(words: readonly string[]): boolean {
  const first = lookUpWord(words[0] ?? '');
  return words.length === 2 && (first.common || first.plain) && !first.place && !first.given && !first.surname && !first.demonym;
}

/** True when the words of `long` end with the words of `short` and have more of their own. */
export function endsWithName(long: readonly string[], short: readonly string[]): boolean {
  return long.length > short.length && short.every((w, i) => long[long.length - short.length + i] === w);
}
