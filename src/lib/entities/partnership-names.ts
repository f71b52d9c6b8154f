/**
 * "Americas Partnership for Economic Prosperity", "Partnership for Central America": a partnership
 * named by its remit after "for" or "on" is a body; a "Comprehensive Strategic Partnership" of two
 * states is a relation, and the summit a partnership holds is no part of its name.
 */
import { REMIT_HEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// What a body holds, written after its name ("… Leaders’ Summit", "… Ministerial"), and the words that say whose or how often.
const EVENT_TAILS = new Set(['summit', 'ministerial', 'meeting', 'conference']);
const EVENT_MODIFIERS = new Set(['leaders', 'annual', 'ministerial', 'high', 'level', 'inaugural']);
// "Comprehensive Strategic Partnership for Peace, Cooperation and …": two states' relation, named by its aims.
const RELATION_WORDS = new Set(['strategic', 'comprehensive']);

/** True when tokens [from, to) hold a remit head ("Partnership") followed by "for" or "on" and a capitalised word. */
export function isNamedByRemit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    const t = tokens[k];
    const link = tokens[k + 1]?.key;
    if (RELATION_WORDS.has(tokens[k - 1]?.key ?? '')) continue;
    if (t?.kind === 'word' && t.upper && REMIT_HEADS.has(t.key) && (link === 'for' || link === 'on') && tokens[k + 2]?.upper) return true;
  }
  return false;
}

/** End of a partnership's name before the event it holds ("… Prosperity Leaders’ Summit" ends at "Prosperity"); `to` when there is none. */
export function endBeforeHeldEvent(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  if (last?.kind !== 'word' || !EVENT_TAILS.has(last.key)) return to;
  // "Leaders’ Summit", "Annual Meeting", "High-Level Meeting": the words before the event word go with it.
  let end = to - 1;
  while (end > from && (EVENT_MODIFIERS.has(tokens[end - 1]?.key ?? '') || /^[-’']$/.test(tokens[end - 1]?.key ?? ''))) end -= 1;
  return isNamedByRemit(tokens, from, end) ? end : to;
}
