/** A body that speaks in the copy ("The Nuclear Regulation Authority said …") is one of its actors: introduced, as a titled person is. */
import { lookUpWord, SPEECH_VERBS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// News copy names the bodies that act in a story as the subject of "said", "warned", "announced".
// A name of more than a few words before the verb is a run-on (a headline line and the next
// sentence), and one that ends in a person's name ("DNI Haines said") is a titled person.
const MAX_BODY_WORDS = 8;

/** True when the organisation's name at tokens [from, to) is followed by a speech verb. */
export function isSpeakingBody(tokens: readonly Token[], from: number, to: number): boolean {
  const verb = tokens[to];
  if (verb?.kind !== 'word' || verb.upper || !SPEECH_VERBS.has(verb.key)) return false;
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const last = lookUpWord(words.at(-1)?.key ?? '');
  return words.length <= MAX_BODY_WORDS && !last.surname && !last.given;
}
