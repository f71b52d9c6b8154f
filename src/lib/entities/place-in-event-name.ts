/** A place that opens the name of a war or a pact ("Vietnam War veteran", "the Iraq War", "Canada Agreement") is part of that name, not a tag for the place. */
import { PACT_WORDS, WAR_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "The last Vietnam War veteran in the Senate" is about a veteran, not about Vietnam: a war or a pact
// named after a place is an event or a document, which is no entity, and the place inside its name
// makes no tag either. The word must be capitalised: "Ukraine war" in running text is the war in
// Ukraine, and names the place.

const MAX_JOINED = 4;

/**
 * True when the capitalised word after a place's name ending at `to` ends a war's or a pact's name,
 * other places joined by hyphens in between ("United States-Mexico-Canada Agreement").
 */
export function opensEventName(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1];
  let k = to;
  for (let joined = 0; joined < MAX_JOINED && tokens[k]?.key === '-' && tokens[k]?.start === tokens[k - 1]?.end && tokens[k + 1]?.upper; joined++) k += 2;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || !next.upper || next.allCaps || last?.possessive) return false;
  return WAR_WORDS.has(next.key) || PACT_WORDS.has(next.key);
}
