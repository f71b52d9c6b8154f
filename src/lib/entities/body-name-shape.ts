/** A capitalised run that a sentence's shape puts where a body's name goes ("**Macquarie Capital** committed", "Wolfspeed, a manufacturer") may still read as someone, somewhere or something else. */
import { isHoliday, isMonth, isPlaceHead, isWeekday, LAW_WORDS, lookUpPhrase, lookUpWord, ORG_HEADS, PACT_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import type { Token } from './tokenise.ts';

// The shape of a sentence can say a name is a body's where its words say nothing: an item's actor
// in bold, a name described as a company. The words still rule some out: an official ("Secretary
// Vilsack"), a person ("Jane Vell"), a place or its government ("The City of Rochester"), a law or
// a programme ("American Rescue Plan"), a lead-in that opens with a verb or holds a function word
// ("Propelling Global Growth", "New Data Shows How …"), two bodies joined by "and", a body and
// where it is ("… Water Department in Bethlehem"), a unit named after its owner in the possessive
// ("Boise State University's Institute of …"), a time ("Black History Month"), a region ("Rural
// Alaska").

const PROGRAMME_WORDS: ReadonlySet<string> = new Set(['program', 'programs', 'programme', 'programmes']);
// Heads of a place's own government, which copy names as the place ("The City of Rochester").
const PLACE_GOVERNMENTS: ReadonlySet<string> = new Set(['city', 'county', 'town', 'village', 'state', 'commonwealth', 'township', 'borough']);

/** Punctuation inside a body's name ("AFL-CIO", "Women’s", "U.S.", "Procter & Gamble"). */
export const NAME_PUNCT: ReadonlySet<string> = new Set(['-', '&', '.', '’', "'"]);

/** True for a capitalised word that is no everyday word: a name's own ("Orbia", "IHG"). */
function isProperWord(t: Token): boolean {
  const info = lookUpWord(t.key);
  return t.kind === 'word' && t.upper && !info.common && !info.plain && !info.function;
}

/** True when the capitalised words [from, to) name a place ("Ohio", "Kellerton County", "New Mexico"). */
export function isPlaceName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.upper);
  const keys = words.map((w) => w.key);
  return lookUpPhrase(keys.join(' ')) === 'place' || isPlaceHead(keys.at(-1) ?? '') || words.every((w) => lookUpWord(w.key).place);
}

/** True when the last of `words` ends a programme's name ("Summer Meals Program"). */
export function endsProgramme(words: readonly Token[]): boolean {
  return PROGRAMME_WORDS.has(words.at(-1)?.key ?? '');
}

/** True when the last of `words` ends a law's, a pact's or a programme's name ("American Rescue Plan", "Summer Meals Program"). */
function endsLawOrProgramme(words: readonly Token[]): boolean {
  const last = words.at(-1)?.key ?? '';
  return LAW_WORDS.has(last) || PACT_WORDS.has(last) || endsProgramme(words);
}

/** True when [from, to) reads as a person's name: a given name first, or two to four words no word list knows. */
function isPersonShaped(tokens: readonly Token[], words: readonly Token[], from: number): boolean {
  const [first] = words;
  if (!first || words.length > 4 || words.some((w) => ORG_HEADS.has(w.key))) return false;
  // "Georgia-Pacific": a given name joined to the next word names no one.
  if (lookUpWord(first.key).given && tokens[from + 1]?.key !== '-') return words.length >= 2;
  // "Chinelo Okafor": unknown words in capitals and small letters, as names are written.
  return words.length >= 2 && words.every((w) => !w.allCaps && !lookUpWord(w.key).place && isProperWord(w));
}

/** True when the capitalised words [from, to) read as a person, a place, an official, a law, a time or a lead-in rather than a body. */
export function isNotABodyName(tokens: readonly Token[], from: number, to: number): boolean {
  const run = tokens.slice(from, to);
  const words = run.filter((t) => t.kind === 'word' && t.upper);
  const [first] = words;
  if (!first) return true;
  if (words.some((w) => TITLE_WORDS.has(w.key)) || lookUpWord(first.key).function) return true;
  if (words.some((w) => isMonth(w.key) || isWeekday(w.key) || isHoliday(w.key))) return true;
  // "**Taking Thousands of Smugglers …**", "**Propelling Global Growth**": a lead-in that opens with a verb's -ing form.
  if (first.key.endsWith('ing') && (words.length > 1 || lookUpWord(first.key).common)) return true;
  // "**New Data Shows How …**": a function word inside is a sentence's, not a name's ("Invest in Our Future" keeps "our").
  if (words.slice(1).some((w) => lookUpWord(w.key).function && w.key !== 'our')) return true;
  // "**Town Council and Water Department in Bethlehem**": "in" after a head says where the body is ("Plug in America" is a name).
  const inAt = run.findIndex((t) => t.key === 'in' && !t.upper);
  if (inAt > 0 && ORG_HEADS.has(tokens[from + inAt - 1]?.key ?? '')) return true;
  // "**Orbia and Solvay**", "**TravelCenters of America and Electrify America**": two bodies.
  const and = run.findIndex((t) => t.key === 'and' && !t.upper);
  if (and > 0 && [run.slice(0, and), run.slice(and + 1)].every((side) => side.some(isProperWord))) return true;
  if (endsLawOrProgramme(words)) return true;
  // "Boise State University’s Institute of …", "Tavri Labs’ Ana Vell": the owner and what is its.
  if (words.slice(0, -1).some((w) => w.possessive)) return true;
  // The plural possessive ("Labs’") stands apart from its word; as a first word it opens a name ("Lawyers’ Committee for …").
  const firstWord = run.findIndex((t) => t.kind === 'word');
  if (
    run.some(
      (t, j) => (t.key === '’' || t.key === "'") && j - 1 > firstWord && tokens[from + j - 1]?.key.endsWith('s') && t.start === tokens[from + j - 1]?.end,
    )
  )
    return true;
  if (PLACE_GOVERNMENTS.has(first.key) && tokens[from + 1]?.key === 'of') return true;
  if (isPlaceName(tokens, from, to)) return true;
  // "Rural Alaska", "Eastern Kentucky": a region of a place.
  const last = words.at(-1);
  if (words.length === 2 && last && lookUpWord(last.key).place && !isProperWord(first) && tokens[from + 1] === last) return true;
  if (isPersonShaped(tokens, words, from)) return true;
  if (words.length === 1) {
    const info = lookUpWord(first.key);
    return info.common || info.plain || info.given || info.demonym || info.function;
  }
  return false;
}

/** True when the capitalised words [from, to) are everyday words alone, no word of a name's own and no body's head ("Small Businesses", "Consumer Reports"). */
export function isEverydayWordsAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.upper);
  return !words.some(isProperWord) && !words.some((w) => ORG_HEADS.has(w.key));
}

/**
 * True when the registry reads [from, to) already: every capitalised word is a registered name's
 * ("D.C."), or a registered body stands inside it, which makes it two names ("Amazon and the U.S.
 * Department of State"). A registered place may still open or close a body's name ("YWCA USA").
 */
export function isReadByRegistry(
  tokens: readonly Token[],
  { covered, coveredByOrg }: Pick<SpanContext, 'covered' | 'coveredByOrg'>,
  from: number,
  to: number,
): boolean {
  if (coveredByOrg.subarray(from, to).some((c) => c === 1)) return true;
  return tokens.slice(from, to).every((t, j) => t.kind !== 'word' || !t.upper || covered[from + j] !== -1);
}
