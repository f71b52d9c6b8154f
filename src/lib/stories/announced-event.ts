import { escapeRegExp } from '../text/whole-word.ts';
import { isDateWord } from './event-word-kind.ts';
import type { OpeningEvent } from './opening-event.ts';

// After "the Travel of": titles and a name, all capitalised, then "to" and a capitalised place.
const TRAVELLER_TO = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*?(\p{Lu}[\p{L}’'-]*)\s+to\s+(?=(?:the\s+)?\p{Lu})/u;

// Compiled once per word: a Unicode pattern costs more to compile than to run, and the story
// rule asks about the same few event words for every story in the archive.
const announcePatterns = new Map<string, RegExp>();

// The prepositions after an announced event; one list for the pattern and its pre-check.
const PREPOSITIONS = 'of|to|with|in|at|on|for';

// "the Visit of", "Biden's Travel to", "its Summit in": a determiner or possessive just before, a preposition just after.
export function announced(headline: string, word: string): OpeningEvent | undefined {
  if (!followedByPreposition(headline, word)) return undefined;
  let pattern = announcePatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(
      `(?:(?<![\\p{L}\\p{N}])(?:the|a|an|this|his|her|its|their)|(\\p{Lu}[\\p{L}-]*)['’]s?)\\s+${escapeRegExp(word)}\\s+(${PREPOSITIONS})(?![\\p{L}\\p{N}])`,
      'iu',
    );
    announcePatterns.set(word, pattern);
  }
  const match = pattern.exec(headline);
  // "Tomorrow’s Visit": a date owns nothing; the headline announces no one's visit.
  if (!match || (match[1] && isDateWord(match[1]))) return undefined;
  const owner = match[1] && /^\p{Lu}/u.test(match[1]) ? match[1] : undefined;
  const preposition = (match[2] ?? '').toLowerCase();
  const rest = headline.slice(match.index + match[0].length);
  // "the Travel of National Security Adviser Tom Okafor to the Republic of Zandia": the journey of
  // the named traveller (the last word of the capitalised run is the surname), to where "to" says.
  const traveller = preposition === 'of' && !owner ? TRAVELLER_TO.exec(rest) : null;
  if (traveller) return { word, preposition: 'to', owner: traveller[1], headline, after: rest.slice(traveller[0].length) };
  return { word, preposition, owner, headline, ...(preposition === 'to' ? { after: rest.trim() } : {}) };
}

const PREPOSITION_AFTER = new RegExp(`\\s+(?:${PREPOSITIONS})(?![\\p{L}\\p{N}])`, 'iuy');

// Most event words of a headline have no preposition after them; finding that out without the
// word's own pattern saves compiling one per word (thousands in a large archive). Only for ASCII
// headlines, where lower case is what the pattern's case-insensitive match means.
function followedByPreposition(headline: string, word: string): boolean {
  const key = word.toLowerCase();
  if (!key || /[^\u0000-\u007f]/.test(headline)) return true;
  const lower = headline.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    PREPOSITION_AFTER.lastIndex = at + key.length;
    if (PREPOSITION_AFTER.test(lower)) return true;
  }
  return false;
}
