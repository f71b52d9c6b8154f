/** A registered person's surname right after another given name ("First Lady Jill Biden") is another person's name, not a short form of the registered one. */
import { ARTICLES, lookUpWord, TITLE_WORDS } from './lexicon.ts';
import { isSentenceStart } from './name-spans.ts';
import type { Token } from './tokenise.ts';

// "President Joe Biden and First Lady Jill Biden": where the registered Joe Biden is named in full,
// his surname alone counts for him, but not right after a given name. Had that given name been his,
// the full name would have matched first; so it is another person's, and the name finder reads
// "Jill Biden" whole (or joins it to the registered person where the given names agree: "Joseph Biden").

/**
 * True when the word before `from` is a capitalised given name ("Jill"), not a title or a place. A
 * given name that is also an everyday word ("Bill", "Will") counts only where its capital says
 * something: not opening a sentence, not in a title-cased headline (`headline`: 1 on its tokens),
 * not after "the" ("House Passes Bill Biden Backs", "the Bill Biden had championed").
 */
export function followsAnotherGivenName(tokens: readonly Token[], from: number, headline: Uint8Array): boolean {
  const k = from - 1;
  const before = tokens[k];
  if (before?.kind !== 'word' || !before.upper || before.allCaps || TITLE_WORDS.has(before.key)) return false;
  const info = lookUpWord(before.key);
  if (!info.given || info.place || info.function) return false;
  return !info.common || (headline[k] !== 1 && !isSentenceStart(tokens, k) && !ARTICLES.has(tokens[k - 1]?.key ?? ''));
}
