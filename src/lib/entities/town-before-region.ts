/** "in Ann Arbor, Michigan": a name after "in" and before a comma and a registered place is a town, not a person. */
import { lookUpWord, TOWN_PREPOSITIONS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';

/** True when tokens [from, to) follow a lowercase place preposition and precede ", <registered name or known place>" ("in Ann Arbor, Michigan"). */
export function isTownBeforeRegion(ctx: SpanContext, from: number, to: number): boolean {
  const before = ctx.tokens[from - 1];
  if (before?.kind !== 'word' || before.upper || !TOWN_PREPOSITIONS.has(before.key)) return false;
  if (ctx.tokens[to]?.key !== ',') return false;
  for (let k = from; k < to; k++) if (ctx.covered[k] !== -1) return false;
  const region = ctx.tokens[to + 1];
  if (region?.kind !== 'word' || !region.upper) return false;
  return (ctx.covered[to + 1] ?? -1) !== -1 || (lookUpWord(region.key).place && !lookUpWord(region.key).given);
}
