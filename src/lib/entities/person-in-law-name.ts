/** A person's name that opens a law's name ("the George Floyd Justice in Policing Act") is part of that name, not a mention of the person. */
import { ARTICLES, LAW_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Laws are named after people ("the John Lewis Voting Rights Advancement Act", "the Emmett Till
// Antilynching Act"); a release urging Congress to pass one says nothing of the person. Such a law is
// written with "the" before it, its words follow the name at once, in capitals, with only the links
// a title has ("Justice in Policing", "Right to Know"), and end in a law's word ("Act", "Bill").
// "George Floyd's murder", "John Lewis and the Voting Rights Act" and a headline's "Joe Biden Signs
// Inflation Reduction Act" name the person.

const LINKS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'to', 'on']);
// A law's name after the person's is at most this many words ("Justice in Policing Act").
const MAX_LAW_WORDS = 7;

/** True when a person's name at tokens [from, to), after "the", runs on in capitals into a law's name. */
export function opensLawName(tokens: readonly Token[], from: number, to: number): boolean {
  if (!ARTICLES.has(tokens[from - 1]?.key ?? '') || tokens[to - 1]?.possessive) return false;
  for (let k = to; k < tokens.length && k - to < MAX_LAW_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (t.upper && LAW_WORDS.has(t.key)) return k > to;
    if (!t.upper && !(LINKS.has(t.key) && k > to)) return false;
  }
  return false;
}
