/**
 * "Americas Partnership for Economic Prosperity", "Partnership for Central America": a partnership
 * named by its remit after "for" or "on" is a body; a "Comprehensive Strategic Partnership" of two
 * states is a relation, and the summit a partnership holds is no part of its name.
 */
import { REMIT_HEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// What a body holds, written after its name ("… Leaders’ Summit", "… Ministerial").
const EVENT_TAILS = new Set(['summit', 'ministerial', 'meeting', 'conference']);

/** True when tokens [from, to) hold a remit head ("Partnership") followed by "for" or "on" and a capitalised word. */
export function isNamedByRemit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    const t = tokens[k];
    const link = tokens[k + 1]?.key;
    if (t?.kind === 'word' && t.upper && REMIT_HEADS.has(t.key) && (link === 'for' || link === 'on') && tokens[k + 2]?.upper) return true;
  }
  return false;
}

/** End of a partnership's name before the event it holds ("… Prosperity Leaders’ Summit" ends at "Prosperity"); `to` when there is none. */
export function endBeforeHeldEvent(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  if (last?.kind !== 'word' || !EVENT_TAILS.has(last.key)) return to;
  // "Leaders’ Summit": a plural possessive is a word and its apostrophe.
  const apostrophe = tokens[to - 2]?.key === '’' || tokens[to - 2]?.key === "'";
  const end = apostrophe ? to - 3 : tokens[to - 2]?.possessive ? to - 2 : to - 1;
  return isNamedByRemit(tokens, from, end) ? end : to;
}
