/** "Federal Housing Finance Agency", "National War College": three everyday words or more before a body's head make one body's name, not a description like "Foreign Ministry". */
import { HEAD_LINKS, ORG_HEADS, RANK_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Words that join a body to its field ("Ministry of Defense"): with them the everyday words stay a description.
const FIELD_LINKS = new Set([...HEAD_LINKS, 'and', '&']);

/** Capitalised words (not "the") a specific compound name needs before its head. */
const MIN_COMPOUND_WORDS = 3;

/**
 * True when tokens [from, to), outside registered names (`covered`), are at least three capitalised
 * words with no field link between them, opened by no rank ("Senior Foreign Service" is a grade),
 * ending in a singular head ("Joint Task Forces" are many), and whole: not the end of a possessive
 * name ("President's Intelligence Advisory Board") nor a head whose remit follows ("White House Office of …", "… Task Force to Address …").
 */
export function isCompoundOrgName(tokens: readonly Token[], covered: Int32Array, from: number, to: number): boolean {
  if (RANK_WORDS.has(tokens[from]?.key ?? '') || tokens[from - 1]?.possessive) return false;
  const last = tokens[to - 1]?.key ?? '';
  if (last.endsWith('s') && ORG_HEADS.has(last.slice(0, -1))) return false;
  const link = tokens[to]?.key ?? '';
  if ((FIELD_LINKS.has(link) || link === 'to') && tokens[to + (tokens[to + 1]?.key === 'the' ? 2 : 1)]?.upper) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.key === 'the') continue;
    if (FIELD_LINKS.has(t.key) || covered[k] !== -1 || !t.upper || t.possessive) return false;
    words += 1;
  }
  return words >= MIN_COMPOUND_WORDS;
}
