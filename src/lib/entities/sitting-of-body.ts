/** A sitting or the chambers of a registered body ("a Joint Meeting of Congress", "both Houses of Congress"): the body is named, no other one. */
import { SITTING_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import type { Token } from './tokenise.ts';

// "Joint Meeting of Congress" looks like "Bank of Korea": capitalised words, "of", a name. But a
// meeting or the houses of a body are that body at work; the editor tags the body, and the phrase
// is no organisation of its own. Where the registered name was turned down in context (the US
// Congress in copy about Israel), the sitting still names it.

/**
 * True when [from, to) is capitalised words ending in a sitting word, then "of" and a registered
 * organisation's name up to its end. A place or a person after "of" ("Special Session of Nordland")
 * is no body at work; the span is left to the other rules.
 */
export function isSittingOfBody(ctx: SpanContext, from: number, to: number): boolean {
  const body = bodyOfSitting(ctx.tokens, from, to);
  return body >= 0 && ctx.coveredByOrg.subarray(body, to).every((c) => c === 1);
}

/** Where the body's name starts in a sitting's name at tokens [from, to) ("Congress" of "Joint Meeting of Congress"), or -1. */
export function bodyOfSitting(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]?.key !== 'of' || tokens[k]?.upper || !SITTING_WORDS.has(tokens[k - 1]?.key ?? '')) continue;
    const body = tokens[k + 1]?.key === 'the' ? k + 2 : k + 1;
    return body < to ? body : -1;
  }
  return -1;
}
