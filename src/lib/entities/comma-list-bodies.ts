/** A name listed among bodies is a body too: "Amazon, Best Buy, Google, LG Electronics U.S.A., Logitech, and Samsung Electronics". */
import type { NamePart } from './classify-names.ts';
import { isSentenceStart } from './name-spans.ts';
import { isInitialAt, isOnlyAGivenName } from './person-names.ts';
import { looksPlural } from './registered-in-other-number.ts';
import { isHoliday, isMonth, isPlaceHead, isWeekday, lookUpPhrase, lookUpWord, OCCUPATION_WORDS, ORG_HEADS, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';
import { isDomainOfName } from './web-names.ts';
import { isEverydayWordsAlone } from './body-name-shape.ts';

// Announcements list the companies and groups that take part by name alone, and a company called by
// one everyday word ("Amazon", "Apple") or an unknown one ("Logitech") shows nothing of a body by its
// shape. Beside names that are bodies, though, it is one: a comma list of three names or more, at
// least two of them bodies and no fewer than half, makes each name of one to three words that is
// nothing else a body.
const MIN_ITEMS = 3;
const MIN_BODIES = 2;
const MAX_ITEM_WORDS = 3;
const ITEM_PUNCT = new Set(['&', '.', '-', '’', "'"]);

/** True for the token at `k` that may stand inside a listed name: a capitalised word, its inner punctuation or a web address's domain ("Apartments.com"). */
function isItemToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'word') return t.upper || isDomainOfName(tokens, k);
  return t.kind === 'punct' && ITEM_PUNCT.has(t.key);
}

const LINK_WORDS = new Set(['of', 'for', 'on', 'at', 'and', 'the']);
const TIME_WORDS = new Set(['last', 'next', 'this', 'on', 'month', 'week', 'year']);

/**
 * True when a listed name reads as something other than a body: a post ("Executive Director",
 * "Ranking Member"), a person ("Alan C. Price", "Deputy Secretary Graves"), a company's suffix
 * ("Inc"), a given name alone, or one everyday word ("Additionally", "State", "Building").
 */
function isOtherThanABody(tokens: readonly Token[], from: number, words: readonly Token[]): boolean {
  if (words.some((w) => TITLE_WORDS.has(w.key) || RANK_WORDS.has(w.key) || OCCUPATION_WORDS.has(w.key))) return true;
  // "On Monday", "Black History Month", "Borno State": a time, an observance or a place.
  if (words.some((w) => isWeekday(w.key) || isMonth(w.key) || isHoliday(w.key) || TIME_WORDS.has(w.key))) return true;
  const phrase = words.map((w) => w.key).join(' ');
  // A place's head ends it ("… County", "… Province"); "State" is none of the lexicon's heads, being a body's word too.
  const tail = words[words.length - 1]?.key ?? '';
  if (lookUpPhrase(phrase) === 'place' || isPlaceHead(tail) || tail === 'state') return true;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return true;
  // "Hispanic-Serving Institutions", "U.S. Attorneys’ Offices": a kind of body in the plural, not one.
  if (looksPlural(last.key) && lookUpWord(last.key).plain) return true;
  // "Additionally, …": a word that opens its sentence before a comma.
  if (words.length === 1 && isSentenceStart(tokens, from) && tokens[from + 1]?.key === ',' && lookUpWord(first.key).plain) return true;
  if (words.length === 1) {
    const info = lookUpWord(first.key);
    // "Ortiz, Nakamura, Okafor, the Port Authority …": a known surname alone is someone, unless the lexicon knows a company by it ("Ford").
    return info.common || info.function || info.demonym || info.place || (info.surname && !info.org) || ORG_HEADS.has(first.key) || isOnlyAGivenName(first);
  }
  const hasInitial = tokens.slice(from, from + words.length * 2).some((_, i) => isInitialAt(tokens, from + i));
  return hasInitial || lookUpWord(first.key).given;
}

/** The comma lists of capitalised names in the tokens, as the [from, to) ranges of their items. */
function findLists(tokens: readonly Token[]): [number, number][][] {
  const lists: [number, number][][] = [];
  let k = 0;
  while (k < tokens.length) {
    const items: [number, number][] = [];
    let at = k;
    for (;;) {
      const start = at;
      while (isItemToken(tokens, at)) at += 1;
      if (at === start || tokens[start]?.kind !== 'word') break;
      items.push([start, at]);
      // ", " or ", and " or " and " goes on to the next name; anything else ends the list.
      if (tokens[at]?.key === ',') at += 1;
      if (tokens[at]?.key === 'and' && !tokens[at]?.upper) at += 1;
      if (at === items[items.length - 1]?.[1]) break;
      // "…, Infineon, the Information Technology Industry Council, IoXT": an item may open with its "the".
      if (tokens[at]?.key === 'the' && !tokens[at]?.upper) at += 1;
    }
    if (items.length >= MIN_ITEMS) lists.push(items);
    k = items.length > 0 ? at + 1 : k + 1;
  }
  return lists;
}

/**
 * Organisation parts for the unread names of comma lists whose other names are mostly bodies
 * (`parts` found so far, or registered bodies: `coveredByOrg`). Names the registry or the finder
 * already read, given names alone and everyday words alone ("The") are left as they are.
 */
export function findBodiesListedWithBodies(tokens: readonly Token[], covered: Int32Array, coveredByOrg: Uint8Array, parts: readonly NamePart[]): NamePart[] {
  const found: NamePart[] = [];
  const lists = findLists(tokens);
  if (lists.length === 0) return found;
  // The first part (in `parts` order) over each token, so a name's part is read off its own tokens, not searched for in every part.
  const firstPartAt = new Int32Array(tokens.length).fill(-1);
  parts.forEach((p, i) => {
    for (let k = p.from; k < p.to; k++) if (firstPartAt[k] === -1) firstPartAt[k] = i;
  });
  const partAt = (from: number, to: number): NamePart | undefined => {
    let first = -1;
    for (let k = from; k < to; k++) if (firstPartAt[k] !== -1 && (first === -1 || (firstPartAt[k] ?? -1) < first)) first = firstPartAt[k] ?? -1;
    return first === -1 ? undefined : parts[first];
  };
  for (const items of lists) {
    const isBody = ([from, to]: [number, number]): boolean => {
      for (let k = from; k < to; k++) if (coveredByOrg[k] === 1) return true;
      return partAt(from, to)?.type === 'organization';
    };
    // "University of California, Berkeley, …": a list opens after a link word only inside a longer name.
    const opening = tokens[(items[0]?.[0] ?? 0) - 1];
    if (opening?.kind === 'word' && LINK_WORDS.has(opening.key)) continue;
    // Names nothing reads yet ("Qorvo", "IoXT") are what the list is to tell; among the names read, bodies must be half or more.
    const isRead = ([from, to]: [number, number]): boolean => covered.subarray(from, to).some((c) => c !== -1) || partAt(from, to) !== undefined;
    const bodies = items.filter(isBody).length;
    if (bodies < MIN_BODIES || bodies * 2 < items.filter(isRead).length) continue;
    for (const [rawFrom, to] of items) {
      const from = tokens[rawFrom]?.key === 'the' ? rawFrom + 1 : rawFrom;
      const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
      if (words.length === 0 || words.length > MAX_ITEM_WORDS || partAt(from, to)) continue;
      if (covered.subarray(from, to).some((c) => c !== -1)) continue;
      if (isOtherThanABody(tokens, from, words)) continue;
      // Confident with one mention, unless it is everyday words alone ("Labor Dialogue") or short
      // initials ("ED", "DOC"), which a list of programmes or offices also holds.
      const short = words.length === 1 && (words[0]?.allCaps ?? false) && (words[0]?.core.length ?? 0) <= 3;
      found.push({ from, to, type: 'organization', titled: false, listed: !short && !isEverydayWordsAlone(tokens, from, to) });
    }
  }
  return found;
}
