/** "United States Circuit Court", "United States District Court": a country's court named by its tier alone is one of many courts, not one an editor files a page under. */
import { lookUpPhrase, lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// The tiers of a court system; the specific court names its circuit or district ("Court of Appeals for the Ninth Circuit").
const TIER_WORDS = new Set(['circuit', 'district', 'appeals', 'court', 'courts', 'federal']);

/** True when tokens [from, to) are a place's name and tier words ending in "Court" ("United States Circuit Court"). */
export function isCourtByTier(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  if (words[words.length - 1]?.key !== 'court') return false;
  let tiers = words.length;
  while (tiers > 0 && TIER_WORDS.has(words[tiers - 1]?.key ?? '')) tiers -= 1;
  if (tiers === words.length - 1 && tiers > 0) return false;
  const place = words
    .slice(0, tiers)
    .map((w) => w.key)
    .join(' ');
  return place === '' || lookUpPhrase(place) === 'place' || (tiers === 1 && lookUpWord(place).place);
}
