import nlp from 'compromise';
import type { Token } from './event-words.ts';

// A noun of taking part or of speaking is followed by the event it belongs to after "in" or "at"
// ("Participation in the Leaders’ Summit", "Remarks at the Summit"): closed-class words of English.
const EVENT_PREPOSITIONS = new Set(['in', 'at']);
// The event word stands within this many words after the preposition ("at the Third Annual Summit").
const REACH = 5;
// The event word must follow the head in at least this share of the headlines that use the head (and in two, when two use it).
const MIN_SHARE = 0.6;

// Endings that make a noun of a verb, and what the verb ends in instead ("participation" → "participate").
const NOUN_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ation', 'ate'],
  ['ation', ''],
  ['ion', 'e'],
  ['ion', ''],
  ['ment', ''],
  ['ance', ''],
  ['ence', ''],
];

/**
 * Whether a noun is made from a verb that `compromise`'s lexicon knows ("participation",
 * "engagement", "attendance"): it names taking part in something, which a headline then names.
 * A noun of its own ("summit", "visit") is the event itself.
 */
export function isVerbNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let found = verbNouns.get(lower);
  if (found === undefined) {
    found = NOUN_ENDINGS.some(([ending, verbEnding]) => {
      if (!lower.endsWith(ending) || lower.length - ending.length < 3) return false;
      return nlp(lower.slice(0, -ending.length) + verbEnding).has('#Verb');
    });
    verbNouns.set(lower, found);
  }
  return found;
}

// The lexicon's answer per word: every story asks about the same few words.
const verbNouns = new Map<string, boolean>();

/**
 * The event a story's head word is part of, when most headlines that use the head go on to name
 * it after "in" or "at": "participation" in "Harris’s Participation in the Regional Summit" is
 * the summit's. `isEvent` says whether a stem names what happened (a shared noun of the story).
 * Returns the event word's stem, or undefined when the head word stands on its own.
 */
export function findEventObject(head: string, headlines: readonly (readonly Token[])[], isEvent: (stem: string) => boolean): string | undefined {
  const votes = new Map<string, number>();
  let uses = 0;
  for (const list of headlines) {
    const at = list.findIndex((token) => token.stem === head);
    if (at < 0) continue;
    uses += 1;
    if (!EVENT_PREPOSITIONS.has(list[at + 1]?.lower ?? '')) continue;
    const event = list.slice(at + 2, at + 2 + REACH).find((token) => token.stem !== '' && token.stem !== head && isEvent(token.stem));
    if (event) votes.set(event.stem, (votes.get(event.stem) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] >= Math.max(Math.min(2, uses), Math.ceil(MIN_SHARE * uses)) ? best[0] : undefined;
}
