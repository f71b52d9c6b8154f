/** A name described right after it as a kind of body ("Wolfspeed, a semiconductor manufacturer", "Upstream, a national nonprofit organization") is a body, named on purpose. */
import { isNotABodyName, isReadByRegistry, NAME_PUNCT } from './body-name-shape.ts';
import { LEGAL_FORMS } from './legal-form.ts';
import { BOARD_WORDS, lookUpWord, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import type { SegmentedArticle, Token } from './tokenise.ts';

// Announcements say what a company or a group is the first time they name it: "TSMC, a
// semiconductor manufacturing company", "The QUIN, a network of …", "Hamas, a terrorist
// organization". The description says the name is a body's whatever its words, and copy that
// describes a body names it on purpose, so an editor lists it even named once. The kind must close
// the description within a few words ("Vilicia Cade, an accomplished educational leader" is a
// person); a legal form before the comma is the company's own rule (legal-form.ts).

export const BODY_KINDS: ReadonlySet<string> = new Set([
  'company',
  'corporation',
  'nonprofit',
  'non-profit',
  'organization',
  'organisation',
  'firm',
  'startup',
  'manufacturer',
  'coalition',
  'network',
  'developer',
  'provider',
  'producer',
  'utility',
  'cooperative',
  'bank',
  'supplier',
  'automaker',
  'retailer',
  'charity',
  'insurer',
  'lender',
  'maker',
  'platform',
  'manager',
  'subsidiary',
  'operator',
  'consortium',
  'investor',
]);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
// Words a description may put before its kind ("a leading critical metals company").
const MAX_MODIFIERS = 7;
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);
const MAX_NAME_TOKENS = 12;
// Words of a post or a board, which name the body after their "of" ("Co-Managing Partner of Bain Capital").
const POST_OR_BOARD: ReadonlySet<string> = new Set([...TITLE_WORDS, ...RANK_WORDS, ...BOARD_WORDS, 'partner', 'member', 'members', 'trustee']);
// Lowercase words that may follow the kind: what the body does or where it is, not a person's noun.
const AFTER_KIND: ReadonlySet<string> = new Set([
  'that',
  'which',
  'whose',
  'of',
  'in',
  'with',
  'based',
  'and',
  'for',
  'to',
  'from',
  'at',
  'on',
  'focused',
  'headquartered',
  'founded',
  'dedicated',
  'committed',
  'led',
  'owned',
  'operating',
  'serving',
  'working',
  'specializing',
  'providing',
]);

/**
 * True when a description of a body's kind opens at `k`: "a" or "an", a few modifiers, then the
 * kind as its head noun. A kind that only modifies a person's noun ("a company spokeswoman", "a
 * bank teller") describes no body.
 */
export function describesABody(tokens: readonly Token[], k: number): boolean {
  if (!ARTICLES.has(tokens[k]?.key ?? '') || tokens[k]?.upper) return false;
  for (let j = k + 1; j <= k + 1 + MAX_MODIFIERS; j++) {
    const t = tokens[j];
    if (t?.kind === 'punct' && t.key === '-') continue;
    if (t?.kind !== 'word') return false;
    // "a clean energy nonprofit organization": the last kind is the head.
    if (BODY_KINDS.has(t.key) && !t.upper && !t.possessive && !BODY_KINDS.has(tokens[j + 1]?.key ?? '')) {
      const after = tokens[j + 1];
      // "a company designing …", "a firm based in …": a participle goes on about the body.
      const participle = after?.kind === 'word' && (after.key.endsWith('ing') || after.key.endsWith('ed'));
      return after?.key !== '-' && (after?.kind !== 'word' || after.upper || participle || AFTER_KIND.has(after.key));
    }
  }
  return false;
}

/** Start of the capitalised name ending at `to` (exclusive): capitalised words, links and inner punctuation back to a lowercase word or a mark; `to` when none. */
function startOfName(tokens: readonly Token[], to: number): number {
  let start = to;
  let k = to - 1;
  while (k >= 0 && to - k <= MAX_NAME_TOKENS) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper) start = k;
    else if (!(t?.kind === 'word' ? NAME_LINKS.has(t.key) : t?.kind === 'punct' && NAME_PUNCT.has(t.key))) break;
    k -= 1;
  }
  // "Lifezone Metals and TechMet, a company": the description is of the last name; "Member of
  // the Board of Concordia, a nonprofit", "Amanda Lacaze of Lynas Rare Earths, a company": of the
  // body after the post or the person.
  for (let j = to - 1; j > start; j--) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.upper) continue;
    const before = tokens.slice(start, j).filter((w) => w.kind === 'word' && w.upper);
    const owner = before.some((w) => POST_OR_BOARD.has(w.key)) || lookUpWord(before[0]?.key ?? '').given;
    if (t.key === 'and' || ((t.key === 'of' || t.key === 'for') && owner)) {
      start = j + 1;
      break;
    }
  }
  // "The QUIN, a network": a sentence's article opens no name.
  return tokens[start]?.key === 'the' ? start + 1 : start;
}

/** The names followed by a comma and a description of a body's kind, as [from, to) ranges. */
export function findDescribedBodies(seg: SegmentedArticle, { covered, coveredByOrg }: Pick<SpanContext, 'covered' | 'coveredByOrg'>): [number, number][] {
  const { tokens } = seg;
  const found: [number, number][] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.key !== ',' || !describesABody(tokens, k + 1) || seg.headline[k] === 1) continue;
    const from = startOfName(tokens, k);
    if (from >= k) continue;
    const words = tokens.slice(from, k).filter((t) => t.kind === 'word');
    // "…, Inc., a leading provider", "…, P.A., a law firm": the legal form, not the name.
    const bare = (w: Token): string => w.key.replaceAll('.', '');
    if (words.every((w) => LEGAL_FORMS.has(bare(w)) || bare(w).length <= 2)) continue;
    if (isReadByRegistry(tokens, { covered, coveredByOrg }, from, k)) continue;
    if (!isNotABodyName(tokens, from, k)) found.push([from, k]);
  }
  return found;
}
