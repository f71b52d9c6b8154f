/** A full name, then a comma and a post ("Juan Ortiz, Special Assistant to the President"), is a person introduced by that post. */
import { RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
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

/** True when the name ending at token `to` (exclusive) is followed by a comma and a post. */
export function hasPostAfter(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.key === ',' && isPostAt(tokens, to + 1);
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
