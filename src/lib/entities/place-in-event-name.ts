/** A place that opens the name of a war, a pact or a programme ("Vietnam War veteran", "the Iraq War", "Canada Agreement", "the Black Sea Grain Initiative") is part of that name, not a tag for the place. */
import { PACT_WORDS, WAR_WORDS } from './lexicon.ts';
import { isCapitalisedWord, isTightHyphen, type Token } from './tokenise.ts';

// "The last Vietnam War veteran in the Senate" is about a veteran, not about Vietnam: a war or a pact
// named after a place is an event or a document, which is no entity, and the place inside its name
// makes no tag either. The word must be capitalised: "Ukraine war" in running text is the war in
// Ukraine, and names the place; in a title-cased headline capitals say nothing ("Statement on the
// Ukraine War"), so the place stays. Places joined by hyphens name the parties ("the Israel-Hamas
// war", "the U.S.-Japan Agreement"): each stays a tag.

/**
 * True when the capitalised word right after a place's name ending at `to` ends a war's or a
 * pact's name ("the Vietnam War"), outside a title-cased headline (`headline`: 1 per such token).
 */
export function opensEventName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  const last = tokens[to - 1];
  const next = tokens[to];
  if (!next || next.kind !== 'word' || !next.upper || next.allCaps || last?.possessive || headline[to] === 1) return false;
  if (isTightHyphen(tokens, from - 1) || isTightHyphen(tokens, to)) return false;
  return WAR_WORDS.has(next.key) || PACT_WORDS.has(next.key);
}

/** Heads of a programme's or a pact's name that a place may open ("… Grain Initiative", "… Economic Framework"). */
const PROGRAMME_HEADS: ReadonlySet<string> = new Set(['initiative', 'framework']);
// Words between the place and the programme's head at most, the head included ("Grain Initiative").
const MAX_PROGRAMME_WORDS = 3;

/**
 * True when the place ending at token `to` opens a programme's name that runs on from it in capitals
 * to its head ("the Black Sea Grain Initiative", "the Indo-Pacific Economic Framework"), outside a
 * title-cased headline. The place keeps its words from the name finder, so no other name forms there.
 */
export function opensProgrammeName(tokens: readonly Token[], to: number, headline: Uint8Array): boolean {
  if (tokens[to - 1]?.possessive || headline[to] === 1 || isTightHyphen(tokens, to)) return false;
  for (let k = to; k < to + MAX_PROGRAMME_WORDS && isCapitalisedWord(tokens[k]); k++) {
    if (PROGRAMME_HEADS.has(tokens[k]?.key ?? '')) return k > to;
  }
  return false;
}
