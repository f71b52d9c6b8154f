/** Whether a person-shaped name is written where only a body goes: listed with organisations ("Fannie Mae and Freddie Mac"), after "a member of" or after "at" ("a post at Booz Allen Hamilton"). */
import { MEMBERSHIP_WORDS, RANK_WORDS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './lexicon.ts';
import { nameWords } from './person-names.ts';
import type { Token } from './tokenise.ts';

// Two capitalised words no list knows read as a person by their shape. Copy places a person and a
// body differently: a list of companies holds companies, one is "a member of" a society, not of a
// person, and works or studies "at" a company or a school. One such place in the archive is evidence;
// the cross-article rule weighs it only for names no title, speech verb or style ever marks as someone.

const LIST_LINKS = new Set([',', 'and', 'or', '&']);

/** True when the token at `k` lies inside an organisation's name (`bodyAt`). */
function isBody(bodyAt: Uint8Array, k: number): boolean {
  return k >= 0 && bodyAt[k] === 1;
}

/** True when the tokens [from, to) hold "and", "or" or "&": a list, not an appositive ("the Council's chair, Ana Ruiz"). */
function hasConjunction(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LIST_LINKS.has(tokens[k]?.key ?? '') && tokens[k]?.key !== ',') return true;
  return false;
}

/** True when tokens [from, to) are listed beside an organisation's name with "and" or "or": "X and Y", "X, Y, and Z". */
function isListedWithBody(tokens: readonly Token[], from: number, to: number, bodyAt: Uint8Array): boolean {
  let after = to;
  while (LIST_LINKS.has(tokens[after]?.key ?? '') && after < to + 2) after += 1;
  // ", Ana Ruiz, and the Council", "Minister of Nordland Ana Ruiz and the Council": a name after a comma or a
  // capitalised word may close a title before it, so then only a body before the name counts.
  const opener = tokens[from - 1];
  const opensList = opener?.key !== ',' && !(opener?.kind === 'word' && opener.upper);
  if (opensList && after > to && isBody(bodyAt, after) && hasConjunction(tokens, to, after)) return true;
  let before = from - 1;
  while (LIST_LINKS.has(tokens[before]?.key ?? '') && before > from - 3) before -= 1;
  return before < from - 1 && isBody(bodyAt, before) && hasConjunction(tokens, before + 1, from);
}

/** Capitalised words an appositive post may run over before its title ("European Commission Director General"). */
const MAX_POST_WORDS = 6;

/**
 * True when the capitalised words after the comma at `comma` are a post: a title word among them
 * ("Ana Ruiz, Deputy Director", "Ana Ruiz, Nordland Energy Agency Director General"). A body is
 * not followed by its own post.
 */
function isPostAfter(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.key !== ',') return false;
  for (let k = comma + 1; k <= comma + MAX_POST_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.upper) return false;
    if (TITLE_WORDS.has(t.key) || RANK_WORDS.has(t.key) || (k === comma + 1 && TITLE_DOMAIN_WORDS.has(t.key))) return true;
  }
  return false;
}

/** True when the name [from, to) is written as people are: with a middle initial ("Ana L. Ruiz"), a possessive, or a post after a comma ("Ana Ruiz, Deputy Director"). */
function isWrittenAsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.possessive || tokens.slice(from, to).some((t) => t.kind === 'word' && t.core.length === 1 && t.upper)) return true;
  return isPostAfter(tokens, to);
}

/** True when tokens [from, to), a name of two words or more, name a body by where the copy puts them (see the file's comment). */
export function isWrittenAsBody(tokens: readonly Token[], from: number, to: number, bodyAt: Uint8Array): boolean {
  const before = tokens[from - 1];
  if (nameWords(tokens.slice(from, to)).length < 2 || isWrittenAsPerson(tokens, from, to)) return false;
  if (before?.kind === 'word' && !before.upper && before.key === 'at') return true;
  if (before?.key === 'of' && MEMBERSHIP_WORDS.has(tokens[from - 2]?.key ?? '')) return true;
  return isListedWithBody(tokens, from, to, bodyAt);
}
