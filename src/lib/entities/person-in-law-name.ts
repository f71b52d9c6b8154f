/** A person's name that opens a law's name ("the George Floyd Justice in Policing Act") is part of that name, not a mention of the person. */
import type { Token } from './tokenise.ts';

// Laws are named after people ("John Lewis Voting Rights Advancement Act", "Emmett Till Antilynching
// Act"); a release urging Congress to pass one says nothing of the person. The law's words follow the
// name at once, in capitals, with only the links a title has ("Justice in Policing", "Right to Know")
// and end in "Act" or "Bill". "George Floyd's murder" and "John Lewis and the Voting Rights Act" name
// the person.

const LAW_ENDS: ReadonlySet<string> = new Set(['act', 'bill']);
const LINKS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'to', 'on']);
// A law's name after the person's is at most this many words ("Justice in Policing Act").
const MAX_LAW_WORDS = 7;

/** True when a person's name ending at token `to` runs on, in capitals, into a law's name. */
export function opensLawName(tokens: readonly Token[], to: number): boolean {
  if (tokens[to - 1]?.possessive) return false;
  for (let k = to; k < tokens.length && k - to < MAX_LAW_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (t.upper && LAW_ENDS.has(t.key)) return k > to;
    if (!t.upper && !(LINKS.has(t.key) && k > to)) return false;
  }
  return false;
}
