/** Names listed after a plural word for a kind of organisation ("drugmakers such as Orvane and Keltrix Bio"): each is an organisation. */
import { DOTTED_ABBREVIATIONS, lookUpPhrase, lookUpWord, ORG_HEADS, ORGANISATION_KINDS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './lexicon.ts';
import { looksPlural } from './registered-in-other-number.ts';
import { isSentenceStart } from './name-spans.ts';
import type { Token } from './tokenise.ts';

// "manufacturers … including Orvane, Keltrix and Thermo Halden", "companies like Brisk Lane": the
// plural noun says what every listed name is, whatever the names look like on their own (a brand
// of one unknown word, a founder's name). Only a list of names: one whose items are all capitalised,
// joined by commas and "and" or "or", ending in a sentence's punctuation, a lowercase word or "and
// others". A list that goes on in lowercase ("Black, Latino, women, and veteran-owned businesses")
// lists kinds of owner, not names, and counts for nothing.

/** Words between the kind word and the list opener at most ("companies that together make vaccines for infants, including"). */
const MAX_GAP = 8;

/** Punctuation a kind word's list does not reach across. */
const STOPS = new Set(['.', ';', ':', '(', ')', '!', '?', '"', '“', '”']);

/** Lowercase words after which a capitalised name runs on, so a list item that stops there was cut ("The Problem with Jon Stewart"). */
const NAME_RUNS_ON = new Set(['with', 'of', 'for', 'on']);

/** Words a name may hold inside it ("Bank of Halden", "Pratt & Lowe"). */
const INSIDE_NAME = new Set(['of', '&', 'and', 'for', '-', '.', "'", '’']);

/**
 * Token index after a list opener ("including", "like", "such as", "included") that starts at `k`,
 * or -1. "Like" opens a list only straight after the kind word `i` or its comma: further on it is a
 * verb ("Unions would like Governor …").
 */
function afterOpener(tokens: readonly Token[], k: number, i: number): number {
  const t = tokens[k];
  if (t?.kind !== 'word' || t.upper) return -1;
  if (t.key === 'including') return k + 1;
  // "Companies in attendance included …": only where the kind word is the sentence's subject.
  if (t.key === 'included' || t.key === 'include') return opensSentence(tokens, i) ? k + 1 : -1;
  if (t.key === 'like') return k === i + 1 || (k === i + 2 && tokens[i + 1]?.key === ',') ? k + 1 : -1;
  return t.key === 'such' && tokens[k + 1]?.key === 'as' ? k + 2 : -1;
}

/** True when the kind word at `i` opens its sentence, after "the" or "other" at most ("The companies in attendance included …"). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && (tokens[k - 1]?.key === 'the' || tokens[k - 1]?.key === 'other') && k > i - 2) k -= 1;
  return isSentenceStart(tokens, k);
}

/** End of a capitalised name starting at `k` (words, and joins inside a name before another capitalised word), or `k` when none. */
function nameEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  while (tokens[end]?.kind === 'word' && tokens[end]?.upper) {
    end += 1;
    const join = tokens[end];
    const next = tokens[end + 1];
    // "Pratt & Lowe", "Bank of Halden": a join inside the name, not the list's "and" ("Keltrix and Orvane" is two).
    // A full stop joins only after an initial or a dotted abbreviation ("St. Jude Children's Research Hospital").
    const initial = join?.key !== '.' || tokens[end - 1]?.core.length === 1 || DOTTED_ABBREVIATIONS.has(tokens[end - 1]?.key ?? '');
    if (join && next?.kind === 'word' && next.upper && INSIDE_NAME.has(join.key) && join.key !== 'and' && initial && next.start - join.end <= 1) end += 1;
  }
  return end;
}

/**
 * True when a listed name is a person's or a place's by its own shape: a title before a name
 * ("Governor Hochul"), a given name and a surname ("Kathleen Kennedy"), or a place the lexicon knows
 * ("Paris"). The kind word does not overrule that; the name is classified as it would be anywhere.
 */
function isPersonOrPlaceShaped(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const [first, second] = words;
  if (!first) return false;
  if (lookUpPhrase(words.map((t) => t.key).join(' ')) === 'place' || (words.length === 1 && lookUpWord(first.key).place)) return true;
  if (words.length < 2 || words.length > 3 || words.some((t) => ORG_HEADS.has(t.key))) return false;
  if (TITLE_WORDS.has(first.key)) return true;
  const given = lookUpWord(first.key);
  const last = lookUpWord(words[words.length - 1]?.key ?? '');
  return second !== undefined && given.given && !given.place && !given.common && !given.plain && (last.surname || (!last.common && !last.plain && !last.place));
}

/**
 * True when the word after the last name is a plural noun the names only describe ("AA and NHPI
 * communities"), not the sentence's verb ("… and Keltrix working", "… and Keltrix are").
 */
function describesNoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.upper && looksPlural(t.key) && !lookUpWord(t.key).function;
}

/**
 * True for an item that is one everyday word or initials in the plural ("the Chairs of …", "lenders
 * including CDFIs and MDIs"): kinds of body or post, not names. A brand may be one everyday word in
 * the singular ("Hertz", "Target").
 */
function isKindAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const [word] = words;
  if (words.length !== 1 || !word) return false;
  const info = lookUpWord(word.key);
  return (looksPlural(word.key) && (info.common || info.plain)) || /^[A-Z]{2,}s$/.test(word.core);
}

/**
 * The listed names after position `k` (just past the opener), or none when the list is no list of
 * names of bodies: a registered place or person among them ("businesses around the world, including
 * the United States, Europe, and Asia") makes it a list of those.
 */
function readList(tokens: readonly Token[], k: number, isRegisteredOther: (k: number) => boolean): [number, number][] {
  const items: [number, number][] = [];
  let at = k;
  // After "and" or "or" has brought in the last name, the list is whole: what follows is the sentence's.
  let closed = false;
  for (let first = true; ; first = false) {
    if (tokens[at]?.key === 'the') at += 1;
    let end = nameEnd(tokens, at);
    if (end === at || tokens.slice(at, end).every((t, j) => t.kind !== 'word' || isRegisteredOther(at + j))) return [];
    // "COP 28": a name that runs on with a number names an event or an edition, no body.
    const numbered = tokens[end]?.kind === 'word' && /^\d/.test(tokens[end]?.core ?? '');
    if (numbered) end += 1;
    // "Halden Foods, Inc": a company's suffix after a comma belongs to the name before it.
    const named = !tokens.slice(at, end).every((t) => t.kind !== 'word' || ORG_HEADS.has(t.key)) && !isPersonOrPlaceShaped(tokens, at, end);
    if (named && !numbered && !isKindAlone(tokens, at, end)) items.push([at, end]);
    const next = tokens[end];
    // "Time, CNN, The Problem with Jon Stewart": an item of a longer list that stops before "with", "of", "for" or "on" was cut.
    if ((closed || !first) && items.at(-1)?.[0] === at && next?.kind === 'word' && NAME_RUNS_ON.has(next.key)) items.pop();
    // "-owned", "-based", "Brisk.io": the capitalised word is only part of what follows.
    if (next?.key === '-' || (next?.key === '.' && tokens[end + 1]?.start === next.end && tokens[end + 1]?.kind === 'word')) return [];
    if (describesNoun(next)) return [];
    let joined = next?.key === ',' ? end + 1 : end;
    if (tokens[joined]?.key === 'and' || tokens[joined]?.key === 'or') joined += 1;
    if (joined === end || closed) return items;
    const following = tokens[joined];
    if (following?.key === 'others' || following?.key === 'among' || following?.key === 'more') return items;
    if (following?.kind === 'word' && (following.upper || (following.key === 'the' && tokens[joined + 1]?.upper))) {
      closed = tokens[joined - 1]?.key === 'and' || tokens[joined - 1]?.key === 'or';
      at = joined;
      continue;
    }
    // A comma before a clause ("Orvane, which …") ends the list; before another lowercase item ("Black,
    // Latino, women") or an "and" before one ("Black and brown owned"), the items were no names.
    const clause = following?.kind !== 'word' || lookUpWord(following.key).function;
    return next?.key === ',' && joined === end + 1 && clause ? items : [];
  }
}

/**
 * True for a listed name the copy gives on purpose: one of two names or more, written neither in the
 * possessive ("Lowe's", read "Lowe") nor as one everyday word or a post's field ("Energy", "Defense"
 * among agencies).
 */
export function isListedOnPurpose(tokens: readonly Token[], from: number, to: number, among: number): boolean {
  const last = tokens[to - 1];
  const single = to - from === 1 && last !== undefined && (lookUpWord(last.key).common || lookUpWord(last.key).plain || TITLE_DOMAIN_WORDS.has(last.key));
  return among >= 2 && last?.possessive !== true && !single;
}

/**
 * Token ranges of names listed after a plural word for a kind of organisation ("companies including
 * Orvane and Keltrix"), each with the number of names in its list. `isRegisteredOther` tells the
 * tokens a registered place or person covers.
 */
export function findKindListItems(
  tokens: readonly Token[],
  isRegisteredOther: (k: number) => boolean = () => false,
): [from: number, to: number, among: number][] {
  const items: [number, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || t.allCaps || !ORGANISATION_KINDS.has(t.key)) continue;
    // "United Airlines … including": a capitalised kind word inside a name is that name's word.
    if (t.upper && !isSentenceStart(tokens, i)) continue;
    let words = 0;
    for (let k = i + 1; k < tokens.length && words <= MAX_GAP; k++) {
      const w = tokens[k];
      if (!w || w.kind === 'break' || STOPS.has(w.key)) break;
      // A comma only before the opener ("companies, including"); a name in between ("companies that gain
      // from the Harbour Act, including …") is what the list is more likely about.
      if (w.key === ',' && afterOpener(tokens, k + 1, i) < 0) break;
      if (w.kind === 'word' && w.upper && !w.allCaps) break;
      const start = afterOpener(tokens, k, i);
      if (start >= 0) {
        const list = readList(tokens, start, isRegisteredOther);
        for (const [from, to] of list) items.push([from, to, list.length]);
        break;
      }
      if (w.kind === 'word') words += 1;
    }
  }
  return items;
}
