/** The words of a story's headlines and how its text uses them: what `pickEventPhrase` chooses from. */
import { isIndexableWord, stem } from '../text/index.ts';
import { canNameEvent } from './event-word-kind.ts';
import { countNounUse } from './noun-use.ts';
import { wholeWord } from '../text/whole-word.ts';

// A noun heads a noun phrase in at least one in this many of its uses in the text.
const NOUN_SHARE = 5;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A word of a headline or lead, as written, lower-cased and stemmed. */
export interface Token {
  surface: string;
  lower: string;
  stem: string;
  /** Written in capitals between words that are not ("the ICBM Test"), unlike a headline in capitals. */
  acronym: boolean;
}

const isCaps = (word: string | undefined): boolean => !!word && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** The words of `title`, possessive 's dropped, stop words and numbers with an empty stem. */
export function tokens(title: string): Token[] {
  const words = [...title.matchAll(WORD)].map((match) => match[0].replace(/['’]s$/i, ''));
  return words.map((surface, i) => {
    const lower = surface.toLowerCase();
    const acronym = isCaps(surface) && !isCaps(words[i - 1]) && !isCaps(words[i + 1]);
    return { surface, lower, stem: isIndexableWord(lower) ? stem(lower) : '', acronym };
  });
}

/** A candidate word: its stem, how many member headlines hold it, and its forms there. */
export interface Candidate {
  stem: string;
  count: number;
  forms: Token[];
  /** How many of `forms` stand right after a word of the story's subject ("Quad Leaders"). */
  afterName?: number | undefined;
  /** Capitalised inside a headline in sentence case: a name there ("Kim hosts Putin"). */
  named?: boolean | undefined;
}

/** The members' prose (summaries and bodies), their headlines in lower case, and what each word read as. */
export interface Texts {
  prose: string[];
  headlines: string[];
  /** `asNoun` by stem, kept across the kinds of text one story's words are looked for in. */
  nouns: Map<string, string | undefined>;
}

/**
 * How a word reads in a story's name, or undefined unless the members' prose writes it in lower
 * case (a common word, not part of a name) and uses it as a noun, counting the headlines' uses
 * too ("Philip Gordon’s Travel to Guatemala"), and it can name an event (`canNameEvent`: not an
 * adjective, not a kind of person); or it is an acronym in capitals in both. The kind of release
 * every headline shares (`release`: "Call with") needs no prose use: readouts report a call in
 * other words ("spoke today with").
 */
export function asNoun(candidate: Candidate, texts: Texts, release = false): string | undefined {
  const key = release ? `release:${candidate.stem}` : candidate.stem;
  if (texts.nouns.has(key)) return texts.nouns.get(key);
  const shown = readAsNoun(candidate, texts, release);
  texts.nouns.set(key, shown);
  return shown;
}

function readAsNoun(candidate: Candidate, texts: Texts, release: boolean): string | undefined {
  // An acronym: capitals among other words in a headline, and capitals in the text ("ICBM"), where
  // it heads a noun phrase at least once ("fired an ICBM."), not only a label before one ("MAGA Republicans").
  const acronym = candidate.forms.find((form) => form.acronym);
  if (acronym) {
    const pattern = wholeWord(acronym.surface);
    if (texts.prose.some((text) => pattern.test(text)) && countNounUse(acronym.surface, texts.prose).noun >= 1) return acronym.surface;
  }
  let best: { form: string; noun: number } | undefined;
  let verbs = 0;
  let uses = 0;
  let inProse = false;
  // Unused in the prose, a kind of release must head every member's headline.
  const everyHeadline = release && candidate.count === texts.headlines.length;
  for (const form of formsOf(candidate)) {
    const prose = countNounUse(form, texts.prose);
    const headlines = countNounUse(form, texts.headlines);
    inProse ||= prose.uses > 0;
    verbs += prose.verb + headlines.verb;
    uses += prose.uses + headlines.uses;
    // A headline drops its articles: the kind of release that ends it heads its last noun phrase
    // ("Approves Zandia Disaster Declaration").
    const last = everyHeadline && !candidate.named ? texts.headlines.filter((headline) => endsWithWord(headline, form)).length : 0;
    const noun = prose.noun + headlines.noun + last;
    if (noun >= 1 && (!best || noun > best.noun)) best = { form, noun };
  }
  // A noun heads its phrase in a fair share of its uses; an adjective does only by accident.
  if ((!inProse && !everyHeadline) || !best || best.noun < verbs || best.noun * NOUN_SHARE < uses) return undefined;
  return canNameEvent(best.form, texts.prose, candidate.afterName, candidate.forms.length) ? best.form : undefined;
}

// Whether `headline` (in lower case) ends with the word `form`, closing punctuation aside.
function endsWithWord(headline: string, form: string): boolean {
  const words = headline.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.at(-1) === form;
}

/** Whether the prose writes a word in lower case (a common word, not a name) and never as a verb, so it can modify the noun after it. */
export function modifies(candidate: Candidate, prose: readonly string[]): boolean {
  const uses = formsOf(candidate).map((form) => countNounUse(form, prose));
  return uses.some((use) => use.uses > 0) && uses.every((use) => use.verb === 0);
}

function formsOf(candidate: Candidate): string[] {
  return [...new Set(candidate.forms.map((f) => f.lower))];
}

/** The lower-case form of a word its headlines use most. */
export function mostCommonLower(forms: readonly Token[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form.lower, (counts.get(form.lower) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
