/** A capitalised run that a sentence's shape puts where a body's name goes ("**Macquarie Capital** committed", "Wolfspeed, a manufacturer") may still read as someone, somewhere or something else. */
import { isPlaceHead, LAW_WORDS, lookUpPhrase, lookUpWord, ORG_HEADS, PACT_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// The shape of a sentence can say a name is a body's where its words say nothing: an item's actor
// in bold, a name described as a company. The words still rule some out: an official ("Secretary
// Vilsack"), a person ("Jane Vell"), a place or its government ("The City of Rochester"), a law or
// a programme ("American Rescue Plan"), a lead-in that opens with a verb or holds a function word
// ("Propelling Global Growth", "New Data Shows How …"), two bodies joined by "and", a body and
// where it is ("… Water Department in Bethlehem"), or a unit named after its owner in the
// possessive ("Boise State University's Institute of …").

const PROGRAMME_WORDS: ReadonlySet<string> = new Set(['program', 'programs', 'programme', 'programmes']);
// Heads of a place's own government, which copy names as the place ("The City of Rochester").
const PLACE_GOVERNMENTS: ReadonlySet<string> = new Set(['city', 'county', 'town', 'village', 'state', 'commonwealth', 'township', 'borough']);

/** True when the capitalised words [from, to) read as a person, a place, an official, a law or a lead-in rather than a body. */
export function isNotABodyName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.upper);
  const [first] = words;
  if (!first) return true;
  if (words.some((w) => TITLE_WORDS.has(w.key)) || lookUpWord(first.key).function) return true;
  // "**Taking Thousands of Smugglers …**", "**Propelling Global Growth**": a lead-in that opens with a verb's -ing form.
  if (first.key.endsWith('ing') && (words.length > 1 || lookUpWord(first.key).common)) return true;
  // "**New Data Shows How …**": a function word inside is a sentence's, not a name's ("Invest in Our Future" keeps "our").
  if (words.slice(1).some((w) => lookUpWord(w.key).function && w.key !== 'our')) return true;
  // "**Town Council and Water Department in Bethlehem**": "in" after a head says where the body is ("Plug in America" is a name).
  const inAt = tokens.slice(from, to).findIndex((t) => t.key === 'in' && !t.upper);
  if (inAt > 0 && ORG_HEADS.has(tokens[from + inAt - 1]?.key ?? '')) return true;
  // "**Orbia and Solvay**", "**TravelCenters of America and Electrify America**": two bodies.
  const and = tokens.slice(from, to).findIndex((t) => t.key === 'and' && !t.upper);
  if (and > 0 && [tokens.slice(from, from + and), tokens.slice(from + and + 1, to)].every((side) => side.some(isProperWord))) return true;
  // "**American Rescue Plan** …", "**Summer Meals Program** …": a law or a programme, no body.
  const last = words.at(-1)?.key ?? '';
  if (LAW_WORDS.has(last) || PACT_WORDS.has(last) || PROGRAMME_WORDS.has(last)) return true;
  // "Boise State University’s Institute of …": two bodies, the owner and its unit.
  if (words.slice(0, -1).some((w) => w.possessive)) return true;
  if (PLACE_GOVERNMENTS.has(first.key) && tokens[from + 1]?.key === 'of') return true;
  const keys = words.map((w) => w.key);
  if (lookUpPhrase(keys.join(' ')) === 'place' || isPlaceHead(keys.at(-1) ?? '') || words.every((w) => lookUpWord(w.key).place)) return true;
  // "Jane Vell": a given name first, not joined to the next word ("Georgia-Pacific").
  const joined = tokens[from + 1]?.key === '-';
  if (words.length <= 3 && lookUpWord(first.key).given && !joined && !words.some((w) => ORG_HEADS.has(w.key))) return true;
  if (words.length === 1) {
    const info = lookUpWord(first.key);
    return info.common || info.plain || info.given || info.demonym || info.function;
  }
  return false;
}

/** True for a capitalised word that is no everyday word: a name's own ("Orbia", "IHG"). */
function isProperWord(t: Token): boolean {
  const info = lookUpWord(t.key);
  return t.kind === 'word' && t.upper && !info.common && !info.plain && !info.function;
}
