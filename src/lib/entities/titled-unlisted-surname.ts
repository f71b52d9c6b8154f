/** After a title, a full name whose surname no word list knows is a person's name even when its given name is also a rare English word ("President Bola Tinubu"). */
import { lookUpWord, isUnknownWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// The everyday-word test keeps "Economic Coercion" out of people's names, but it also rejects given
// names that happen to be rare dictionary words ("Bola", "Ade", "Tunde"). Right after a title, with a
// last word that no dictionary and no name list knows, the title and that surname carry the name:
// only words of everyday English (compromise's common words) still stop it.

/** True when titled name words read as given name + unlisted surname, the given name being no everyday word. */
export function isTitledNameWithUnlistedSurname(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1];
  if (!last || last.allCaps || !last.upper || !isUnknownWord(last.key)) return false;
  return words.slice(0, -1).every((w) => {
    const info = lookUpWord(w.key);
    return w.upper && !w.allCaps && !info.common && !info.function && !info.place && !info.demonym;
  });
}
