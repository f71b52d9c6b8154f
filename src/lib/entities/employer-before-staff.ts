/** "Eli Lilly chief executive David Ricks", "Kaiser Permanente workers": a name of two words or more right before a lowercase word for a body's staff is that body, not a person. */
import { STAFF_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';

/** True when tokens [from, to) hold two words or more and run straight into a lowercase staff word ("… chief executive", "… workers"). */
export function isEmployerBeforeStaff(ctx: SpanContext, from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.kind === 'word') words += 1;
  const last = ctx.tokens[to - 1];
  const next = ctx.tokens[to];
  if (words < 2 || last?.possessive || next?.kind !== 'word' || next.upper || next.start !== (last?.end ?? 0) + 1) return false;
  return STAFF_WORDS.has(next.key);
}
