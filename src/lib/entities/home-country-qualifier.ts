/** The home country named once, only as the first word of one of its own bodies' names ("the U.S. Copyright Office"), is no tag: the body is. */
import { NAME_CONNECTORS, ORG_HEADS, TITLE_WORDS } from './lexicon.ts';
import { TITLE_FIELD, type SegmentedArticle } from './tokenise.ts';
import type { NameMatch } from './types.ts';

// An archive's own country qualifies its bodies everywhere: "the U.S. Copyright Office", "the U.S.
// Department of Labor". Written that way once, it says which country's office is meant, not that the
// story is about the country; a reader following the United States gains nothing from every release
// that names one federal office. Another country qualifying a body ("the Japan Coast Guard") is that
// state acting, and stays; so does the home country before a post ("US President Joe Biden": the
// office acts for the country), before a body's name the finder did not read ("The U.S. Embassy in
// Kyiv"), so that no tag names it, and named as itself anywhere else, or twice.

// How far a body's name may run after the country before its head ("U.S. Department of Health and Human Services").
const MAX_NAME_TOKENS = 8;

/**
 * True when the match opens a body's name: capitalised words and links after it reach a body's head
 * ("U.S. Copyright Office") before any title word. A post ("US President Joe Biden", "U.S. Secretary
 * of the Army …") is its holder acting for the country, and keeps it.
 */
function opensBodyName(seg: SegmentedArticle, m: NameMatch): boolean {
  const { tokens } = seg;
  // In the article's headline the country stays ("U.S. Imposes Sanctions …").
  if (seg.field[m.to] === TITLE_FIELD || tokens[m.to]?.start === tokens[m.to - 1]?.end) return false;
  for (let k = m.to; k < tokens.length && k - m.to < MAX_NAME_TOKENS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !(t.upper || (k > m.to && NAME_CONNECTORS.has(t.key))) || TITLE_WORDS.has(t.key)) return false;
    if (t.upper && ORG_HEADS.has(t.key)) return true;
  }
  return false;
}

/**
 * The matches without the home country's, where its one mention opens the name of a body the name
 * finder read after it (`isBodyAt`: 1 for a token inside one), so the body, not the country, is named.
 */
export function withoutLoneHomeQualifier(seg: SegmentedArticle, matches: NameMatch[], home: string | undefined, isBodyAt: (k: number) => boolean): NameMatch[] {
  if (home === undefined) return matches;
  const own = matches.filter((m) => m.id === home);
  const [only] = own;
  if (own.length !== 1 || !only || !isBodyAt(only.to) || !opensBodyName(seg, only)) return matches;
  return matches.filter((m) => m.id !== home);
}
