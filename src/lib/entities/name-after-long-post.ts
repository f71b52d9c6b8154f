/** A full name at the end of a long post ("Deputy National Security Advisor for International Economics Mike Pyle"): the person. */
import { lookUpWord, NAME_CONNECTORS, ORG_HEADS, TITLE_WORDS } from './lexicon.ts';
import { isInitialAt, isOnlyAGivenName } from './person-names.ts';
import { isCapitalisedWord, type Token } from './tokenise.ts';

// Readouts name officials by their whole post before the name: "Assistant Secretary of Defense for
// Homeland Defense and Hemispheric Affairs Melissa Dalton", "Deputy Director for Industrial
// Innovation Justina Gallegos". The post's field words are everyday words no word list knows as a
// title's domain, so the span is not split at the post's end and the person is lost. When the span
// ends in a given name the lexicon knows (and no everyday word) and one surname, with only
// capitalised words and connectors before it back to the title, those two or three words are the
// person, and the rest is the post.

/**
 * Where the person's name starts in the titled span [from, to) when it ends in a given name and a
 * surname after a post's words; -1 when it does not.
 */
export function startOfNameAfterPost(tokens: readonly Token[], from: number, to: number): number {
  const surname = tokens[to - 1];
  if (!isCapitalisedWord(surname) || surname?.possessive || ORG_HEADS.has(surname?.key ?? '') || TITLE_WORDS.has(surname?.key ?? '')) return -1;
  // "Abel Solutions", "Madison Program": an everyday word is no surname here.
  const last = lookUpWord(surname?.key ?? '');
  if ((last.common || last.plain) && !last.surname) return -1;
  let start = to - 2;
  if (start >= from + 1 && tokens[start]?.key === '.' && isInitialAt(tokens, start - 1)) start -= 2;
  if (!(isCapitalisedWord(tokens[start]) && isOnlyAGivenName(tokens[start])) || start <= from) return -1;
  // The post ends in an everyday word ("… International Economics | Mike Pyle"); a name word there is a
  // first or middle name of the same person ("Keisha Lance Bottoms", "John Quincy Adams").
  const before = tokens[start - 1];
  const field = lookUpWord(before?.key ?? '');
  if (isCapitalisedWord(before) && (field.given || field.surname || !(field.common || field.plain))) return -1;
  for (let k = from; k < start; k++) {
    const t = tokens[k];
    if (!(isCapitalisedWord(t) || (t?.kind === 'word' && NAME_CONNECTORS.has(t.key)) || t?.key === ',' || t?.key === '&')) return -1;
  }
  return start;
}

// How far back a post's words may reach from the name to its title word.
const MAX_POST_TOKENS = 12;

/**
 * True when the name at `from` opens with a given name right after a post's everyday field word, and
 * a title word opens that post ("Advisor for International Economics | Mike Pyle"): the post
 * introduces the person.
 */
export function followsPost(tokens: readonly Token[], from: number): boolean {
  const field = lookUpWord(tokens[from - 1]?.key ?? '');
  if (
    !(isCapitalisedWord(tokens[from]) && isOnlyAGivenName(tokens[from])) ||
    !isCapitalisedWord(tokens[from - 1]) ||
    field.given ||
    field.surname ||
    !(field.common || field.plain)
  )
    return false;
  for (let k = from - 1; k >= 0 && from - k <= MAX_POST_TOKENS; k--) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper && TITLE_WORDS.has(t.key)) return true;
    if (!(isCapitalisedWord(t) || (t?.kind === 'word' && NAME_CONNECTORS.has(t.key)))) return false;
  }
  return false;
}
