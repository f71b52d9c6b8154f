/** A registered body's everyday short form written inside a law's name ("the Protection of Lawful Commerce in Arms Act") is a word of that name, not a mention of the body. */
import { ARTICLES, LAW_WORDS, NAME_CONNECTORS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Short forms of departments are everyday words ("Commerce", "Treasury"), and laws are named with
// everyday words in capitals: "the Protection of Lawful Commerce in Arms Act" is about gun makers'
// liability, not the Department of Commerce. A short form with capitalised words of the law's both
// before and after it, from "the" to the law's word ("Act", "Bill"), is inside that name. A body's
// own name or initials there ("the Strengthening VA Cybersecurity Act", "the Stop Congress Insider
// Trading Act") name the body the law is about, and stay; so does any name in a title-cased headline.

// The links a law's name holds between its capitalised words ("Protection of Lawful Commerce in Arms", "Right to Know").
const LINKS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'to']);
// A law's name is at most this many words on either side of the body's.
const MAX_SIDE = 8;

/** True for a capitalised word or a link of a law's name. */
function isLawNameWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && (t.upper || LINKS.has(t.key));
}

/** True when tokens [from, to) stand inside a law's name: "the", capitalised words, the name, more of them, then "Act". */
export function isInsideLawName(tokens: readonly Token[], from: number, to: number): boolean {
  let start = from;
  while (start > 0 && from - start < MAX_SIDE && isLawNameWord(tokens[start - 1]) && !ARTICLES.has(tokens[start - 1]?.key ?? '')) start -= 1;
  // "the Protection of Lawful …": the law's own capitalised words before the body's, after "the".
  if (start === from || !ARTICLES.has(tokens[start - 1]?.key ?? '') || !tokens[start]?.upper) return false;
  for (let k = to; k < tokens.length && k - to < MAX_SIDE; k++) {
    const t = tokens[k];
    if (!isLawNameWord(t)) return false;
    if (t?.upper && LAW_WORDS.has(t.key)) return k > to;
  }
  return false;
}
