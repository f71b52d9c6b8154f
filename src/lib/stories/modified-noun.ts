import type { Candidate } from './event-words.ts';
import type { WordPair } from './word-counts.ts';

/**
 * The noun a story's event word modifies in every headline that uses it: "technology" in "Technology
 * Dialogue" and "Technology Partnership". A word the headlines only ever write before another noun
 * names a field there ("Singapore technology"), not what happened; the rarest noun it modifies does
 * ("technology dialogue"). Undefined when a headline uses the word on its own (then it is the head
 * of its phrase), or when no word after it reads as a noun (`noun`, which also turns down template
 * words). `pairs` are the members' word pairs, `rarity` a stem's weight across the archive.
 */
export function findModifiedNoun(
  head: Candidate,
  pairs: Iterable<WordPair>,
  single: ReadonlyMap<string, Candidate>,
  rarity: (stem: string) => number,
  noun: (candidate: Candidate) => string | undefined,
): string | undefined {
  const before = [...pairs].filter((pair) => pair.words[0] === head.stem);
  // Each headline with the word counts once in `head.count` and once in at least one pair after it.
  if (!before.length || before.reduce((sum, pair) => sum + pair.count, 0) < head.count) return undefined;
  return before
    .map((pair) => single.get(pair.words[1]))
    .filter((candidate): candidate is Candidate => candidate !== undefined)
    .sort((a, b) => rarity(b.stem) - rarity(a.stem) || a.stem.localeCompare(b.stem))
    .map(noun)
    .find((word) => word !== undefined);
}
