/** A place that closes a programme's or a body's name ("Investing in America agenda", "Writers Guild of America") is part of that name, not a tag for the place. */
import { lookUpPhrase, lookUpWord } from './lexicon.ts';
import { isSentenceStart } from './name-spans.ts';
import { isCapitalisedWord, type Token } from './tokenise.ts';

// "President Biden's Investing in America agenda" names a programme and "the Consumer Federation
// of America" a body: neither is about the country. Capitals tell the programme in running text: an
// everyday "-ing" word capitalised mid-sentence before "in" ("Investing in"); in a title-cased
// headline capitals say nothing, so there it counts only when the body writes it as a name too. A
// body's head before "of" ("Guild of", "Federation of") tells the body anywhere, headlines too.
// A surname or a name before "in" ("President Xi Jinping in China") is no programme.

/** Heads of a non-state body that take "of <place>" ("Writers Guild of America"); a state's own bodies ("Government of") keep the place. */
const BODY_HEADS: ReadonlySet<string> = new Set(['guild', 'federation', 'association', 'league', 'society', 'club', 'alliance', 'institute', 'foundation']);

/**
 * Members a union or a members' association is named after ("Communications Workers of America",
 * "Paralyzed Veterans of America"); not a state's office holders ("the Presidents of Kenya", "the
 * Chief Justices of India"), whose place is theirs.
 */
const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'workers',
  'employees',
  'veterans',
  'teachers',
  'machinists',
  'engineers',
  'nurses',
  'steelworkers',
  'farmers',
]);

/** True for an everyday "-ing" word ("Investing"), not a name that ends so ("Jinping", "Boeing", "Harding"). */
function isGerund(t: Token | undefined): boolean {
  if (!t || !/^[a-z]{3,}ing$/.test(t.key)) return false;
  const info = lookUpWord(t.key);
  return info.plain && !info.surname && !info.given && !info.org;
}

/** True for a gerund at `k` before "in", capitalised where running text would not capitalise it. */
function isGerundName(tokens: readonly Token[], k: number, headline: Uint8Array): boolean {
  return isCapitalisedWord(tokens[k]) && isGerund(tokens[k]) && tokens[k + 1]?.key === 'in' && headline[k] !== 1 && !isSentenceStart(tokens, k);
}

/** True when the place at tokens [from, to) closes a programme's name "<Gerund> in <Place>" written as a name in the article. */
function closesProgrammeName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  const gerund = from - 2;
  if (headline[gerund] !== 1) return isGerundName(tokens, gerund, headline);
  if (tokens[from - 1]?.key !== 'in' || !isCapitalisedWord(tokens[gerund]) || !isGerund(tokens[gerund])) return false;
  const keys = tokens.slice(gerund, to).map((t) => t.key);
  return tokens.some((_, k) => isGerundName(tokens, k, headline) && keys.every((key, j) => tokens[k + j]?.key === key));
}

/** True when the place at `from` follows "<Capitalised> <Body's head> of (the)" ("Consumer Federation of", "Writers Guild of"). */
export function closesBodyName(tokens: readonly Token[], from: number): boolean {
  const ofAt = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  const head = tokens[ofAt - 1];
  return (
    tokens[ofAt]?.key === 'of' &&
    head !== undefined &&
    !head.possessive &&
    (BODY_HEADS.has(head.key) || MEMBER_NOUNS.has(head.key)) &&
    isCapitalisedWord(head) &&
    isCapitalisedWord(tokens[ofAt - 2])
  );
}

/** True when the place named at tokens [from, to) is the last part of a programme's or a non-state body's name. */
export function closesOtherName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  return closesProgrammeName(tokens, from, to, headline) || closesBodyName(tokens, from);
}

/**
 * Where a body named after its members and a place starts when it ends the span [from, to), or -1:
 * "Communications Workers of America", "Paralyzed Veterans of America", all capitalised. The name
 * finder reads it whole, as it reads a body with a head ("Writers Guild of America").
 */
export function startOfMembersBodyName(tokens: readonly Token[], from: number, to: number): number {
  let ofAt = to - 2;
  while (ofAt > from + 1 && tokens[ofAt]?.key !== 'of') ofAt -= 1;
  if (!joinsMembersBody(tokens, ofAt)) return -1;
  const placeFrom = tokens[ofAt + 1]?.key === 'the' ? ofAt + 2 : ofAt + 1;
  const place = tokens.slice(placeFrom, to);
  if (place.length === 0 || !place.every((t) => isCapitalisedWord(t))) return -1;
  if (lookUpPhrase(place.map((t) => t.key).join(' ')) !== 'place' && !(place.length === 1 && lookUpWord(place[0]?.key ?? '').place)) return -1;
  let start = ofAt - 1;
  while (start > from && (isCapitalisedWord(tokens[start - 1]) || tokens[start - 1]?.key === '&')) start -= 1;
  return start;
}

/** True when the "of" at `k` follows a capitalised members' word after another capitalised word ("Communications Workers | of"), joining a body's name. */
export function joinsMembersBody(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.key === 'of' && MEMBER_NOUNS.has(tokens[k - 1]?.key ?? '') && isCapitalisedWord(tokens[k - 1]) && isCapitalisedWord(tokens[k - 2]);
}
