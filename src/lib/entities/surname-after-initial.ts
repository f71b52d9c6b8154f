/** A place's name right after a given name and a middle initial ("Lisa O. Monaco") is that person's surname, not the place. */
import { lookUpWord } from './lexicon.ts';
import { isInitialAt } from './person-names.ts';
import type { Token } from './tokenise.ts';

// A given name, then one capital letter with its dot, is how a person's name is written in full
// ("Deputy Attorney General Lisa O. Monaco"); the capitalised word after it ends that name, even
// when it also names a country or a town. Line breaks inside a paragraph do not matter: tokens carry none.

/** True when the tokens before `from` are a given name and a middle initial ("Lisa O."). */
export function followsGivenNameAndInitial(tokens: readonly Token[], from: number): boolean {
  const given = tokens[from - 3];
  if (!isInitialAt(tokens, from - 2)) return false;
  if (given?.kind !== 'word' || !given.upper || given.allCaps) return false;
  const info = lookUpWord(given.key);
  return info.given && !info.place;
}
