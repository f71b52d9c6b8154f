/** A party label before a chamber's body ("MAGA Republican House Freedom Caucus"): the body's name starts at the chamber. */
import { CHAMBER_WORDS, PARTY_LABELS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A legislature's bodies name themselves chamber first ("House Freedom Caucus", "Senate Republican
// Conference", "House Majority PAC"); a party's name or a political epithet written before the chamber
// says whose side the body is on, as an adjective would, and is no part of its name. Party bodies
// named after the party ("Democratic Congressional Campaign Committee", "Republican National
// Committee") do not go on with a chamber and keep their whole name.

/** Where the name in the run [from, to) starts once party labels before a chamber are set aside; `from` when there are none. */
export function startAfterPartyLabels(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]?.kind === 'word' && PARTY_LABELS.has(tokens[k]?.key ?? '')) k += 1;
  if (k === from || !CHAMBER_WORDS.has(tokens[k]?.key ?? '')) return from;
  // The chamber must open a name of its own ("House Freedom Caucus"), not stand alone ("Republican House").
  return to - k >= 2 ? k : from;
}
