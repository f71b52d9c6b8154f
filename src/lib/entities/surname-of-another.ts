/** A registered person's surname right after another given name ("First Lady Jill Biden") is another person's name, not a short form of the registered one. */
import { lookUpWord, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "President Joe Biden and First Lady Jill Biden": where the registered Joe Biden is named in full,
// his surname alone counts for him, but not right after a given name. Had that given name been his,
// the full name would have matched first; so it is another person's, and the name finder reads
// "Jill Biden" whole (or joins it to the registered person where the given names agree: "Joseph Biden").

/** True when the word before `from` is a capitalised given name ("Jill"), not a title or a place. */
export function followsAnotherGivenName(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before?.kind !== 'word' || !before.upper || before.allCaps || TITLE_WORDS.has(before.key)) return false;
  const info = lookUpWord(before.key);
  return info.given && !info.place && !info.function;
}
