import nlp from 'compromise';
import { escapeRegExp } from '../text/whole-word.ts';

interface WordTags {
  adjective: boolean;
  person: boolean;
  date: boolean;
  plural: boolean;
}

const tags = new Map<string, WordTags>();

function tagsOf(word: string): WordTags {
  const lower = word.toLowerCase();
  let found = tags.get(lower);
  if (!found) {
    // The word alone, in lower case: a headline's capitals make every word look like a name to the tagger.
    const doc = nlp(lower);
    // A past participle ("impacted", "led") modifies like an adjective: it names no event either.
    found = {
      adjective: doc.has('#Adjective') || doc.has('#PastTense'),
      person: doc.has('#Actor'),
      date: doc.has('#Date'),
      plural: doc.has('#Plural'),
    };
    tags.set(lower, found);
  }
  return found;
}

/** Whether `compromise`'s lexicon reads a word alone as a kind of person ("president", "minister"). */
export function isPersonKind(word: string): boolean {
  return tagsOf(word).person;
}

/** Whether `compromise`'s lexicon reads a word alone as a plural ("women", "children"). */
export function isPlural(word: string): boolean {
  return tagsOf(word).plural;
}

/** Whether `compromise`'s lexicon reads a word alone as a date ("tomorrow", "today"). */
export function isDateWord(word: string): boolean {
  return tagsOf(word).date;
}

/** Whether `compromise`'s lexicon reads a word alone as an adjective ("economic", "special"). */
export function isAdjective(word: string): boolean {
  return tagsOf(word).adjective;
}

/**
 * Whether a word may name what happened in a story, by its part of speech in `compromise`'s
 * lexicon: never an adjective ("consistent", "certain", "special") or a past participle
 * ("impacted"), and never a kind of person
 * ("leaders", "advisors", "girls") or a plural the prose writes as people ("families who"), which
 * says who took part, not what happened, unless at least half of its headline uses put it just
 * after the story's subject (`afterName` of `uses`): "Quad Leaders", "APEC Economic Leaders"
 * name that body's gathering.
 */
export function canNameEvent(word: string, prose: readonly string[], afterName = 0, uses = 1): boolean {
  const { adjective, person } = tagsOf(word);
  return !adjective && ((!person && !namesParticipants(word, prose)) || afterName * 2 >= uses);
}

/**
 * Whether the prose writes a plural as people who act ("families who", "legislators who"): a
 * generic plural names the participants, not the event.
 */
function namesParticipants(form: string, prose: readonly string[]): boolean {
  if (!/s$/i.test(form)) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}\\s+who\\b`, 'iu');
  return prose.some((text) => pattern.test(text));
}
