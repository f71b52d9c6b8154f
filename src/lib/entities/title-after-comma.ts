/** A full name, then a comma and a post ("Juan Ortiz, Special Assistant to the President"), is a person introduced by that post. */
import { OCCUPATION_WORDS, ORG_HEADS, POSTNOMINAL_LETTERS, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Participant lists and bylines write a post after the name as surely as copy writes it before
// ("Director Ana Vell"): "Ana Vell, Director of …", "Ben Orr, Assistant Secretary of State". The
// post opens with a title word among its first capitalised words, or a rank that serves someone
// ("Special Assistant to the President").
const POST_OPENING_WORDS = 3;

/** True when a post opens at token `k`: a title word among its first capitalised words ("Special Assistant", "Assistant Secretary"). */
export function isPostAt(tokens: readonly Token[], k: number): boolean {
  // A rank opens a post that may name its field first ("Assistant National Cyber Director").
  const reach = RANK_WORDS.has(tokens[k]?.key ?? '') ? POST_OPENING_WORDS + 1 : POST_OPENING_WORDS;
  for (let j = k; j < k + reach; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || !t.upper) return false;
    if (TITLE_WORDS.has(t.key) || (RANK_WORDS.has(t.key) && tokens[j + 1]?.key === 'to')) return true;
  }
  return false;
}

/** Index after a name's degrees and fellowships ("Mandy Ruiz, MD, MPH, Director …" → at "Director"), or `k`. */
function skipPostnominals(tokens: readonly Token[], k: number): number {
  let at = k;
  while (tokens[at]?.kind === 'word' && POSTNOMINAL_LETTERS.has(tokens[at]?.key ?? '') && tokens[at + 1]?.key === ',') at += 2;
  return at;
}

/** True when the name ending at token `to` (exclusive) is followed by a comma and a post, its degrees first if any ("…, MD, Director of …"), or an occupation ("…, Actor"). */
export function hasPostAfter(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.key !== ',') return false;
  const k = skipPostnominals(tokens, to + 1);
  const first = tokens[k];
  return isPostAt(tokens, k) || (first?.kind === 'word' && first.upper && OCCUPATION_WORDS.has(first.key));
}

// Honours lists and some participant lists give a person's institution where a post would go:
// "Ana Vell, University of Michigan", "Ben Orr, The City College of New York".
const AFFILIATION_LINKS = new Set(['of', 'and', '&', 'the', 'for', 'at']);

/** True when the name ending at token `to` is followed by a comma and a body's name (a head word among its capitalised words) that runs to the end of the line or a comma. */
export function hasAffiliationAfter(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.key !== ',') return false;
  let k = to + 1;
  let head = false;
  while (tokens[k]?.kind === 'word' && (tokens[k]?.upper || AFFILIATION_LINKS.has(tokens[k]?.key ?? ''))) {
    head ||= tokens[k]?.upper === true && ORG_HEADS.has(tokens[k]?.key ?? '');
    k += 1;
  }
  const end = tokens[k];
  const endsItem = end === undefined || end.kind === 'break' || end.key === ',' || end.key === '.';
  return endsItem && k - to >= 3 && head;
}

// Wire copy introduces a person with a lowercase post between commas: "Hitoshi Kuninaka, director
// general of the institute, said …", "Chandni Raina, a member of the Indian delegation, told …". The
// post may open with an article and a modifier or two; its title word must be followed by what the
// post is of or for, a comma or a full stop, so "Lagos, the president said" names no post.
const ARTICLES = new Set(['a', 'an', 'the']);
const POST_LINKS = new Set(['of', 'for', 'at', 'in', 'to', ',', '.']);
const LOWERCASE_POST_WORDS = 3;

/** True when the name ending at token `to` is followed by a comma and a lowercase post ("…, director general of …"). */
export function hasLowercasePostAfter(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.key !== ',') return false;
  let k = to + 1;
  if (ARTICLES.has(tokens[k]?.key ?? '') && !tokens[k]?.upper) k += 1;
  for (let j = k; j < k + LOWERCASE_POST_WORDS; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.upper || t.possessive) return false;
    if (TITLE_WORDS.has(t.key)) return POST_LINKS.has(tokens[j + 1]?.key ?? '') || TITLE_WORDS.has(tokens[j + 1]?.key ?? '');
  }
  return false;
}
