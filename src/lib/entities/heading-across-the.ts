/** In a body's heading line, a head, then "for the" and where it serves, to the end of the line, is one name ("… District Court for the Eastern District of Louisiana"). */
import { HEAD_LINKS_ACROSS_THE, lookUpWord } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import type { Token } from './tokenise.ts';

// Prose names "the United States District Court for the Eastern District of Louisiana" in full, and
// the capitalised run crosses "for the" there. A title-cased heading line capitalises every word, so
// the heading reader stops at "the" and keeps "United States District Court", a tier and no court.
// A run that crosses "for the" and goes on to the end of the heading line, through "of" between
// capitalised words and through a registered place ("Louisiana"), is what the body serves. Only body
// headings count: an article's title is a sentence, where "for the" starts anything.

const MAX_WORDS = 6;

/** True for a capitalised word of a heading line that may continue a name. */
function isHeadingNameWord(ctx: SpanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === 'word' && t.upper && ctx.headline[k] === 1 && !lookUpWord(t.key).function && !/^\d/.test(t.core);
}

/** True when token `k` ends the heading line: a break, the end of the text, or no heading after it. */
function endsLine(ctx: SpanContext, k: number): boolean {
  const t: Token | undefined = ctx.tokens[k];
  return !t || t.kind === 'break' || ctx.headline[k] !== 1 || (t.kind === 'punct' && t.key !== '-' && t.key !== '.');
}

/**
 * End of "for the Eastern District of Louisiana" when the link at `k` (after a head) crosses "the" into
 * a run of capitalised words that ends the body's heading line; `k` when it does not.
 */
export function endOfHeadingRemitAcrossThe(ctx: SpanContext, k: number): number {
  const { tokens } = ctx;
  if (ctx.field[k] !== 2 || ctx.headline[k] !== 1 || !HEAD_LINKS_ACROSS_THE.has(tokens[k]?.key ?? '') || tokens[k + 1]?.key !== 'the') return k;
  let end = k + 2;
  let words = 0;
  let own = 0;
  while (words < MAX_WORDS) {
    if (isHeadingNameWord(ctx, end)) {
      words += 1;
      if (ctx.covered[end] === -1) own += 1;
      end += 1;
    } else if (tokens[end]?.key === '.' && tokens[end - 1]?.core.length === 1) {
      end += 1;
    } else if (tokens[end]?.key === 'of' && words > 0 && isHeadingNameWord(ctx, end + 1)) {
      end += 1;
    } else break;
  }
  // A registered name alone after "the" ("for the United States") is a remit the prose would write too.
  return words > 0 && own > 0 && endsLine(ctx, end) ? end : k;
}

/**
 * Start of such a name with the place that opens it ("the U.S. District Court for the District of
 * Delaware"), a registered name or a dotted abbreviation ("U.S.", whose letters spell a pronoun), which
 * the heading reader's own words leave out: the same name as the prose's.
 */
export function startWithPlaceBefore(ctx: SpanContext, start: number): number {
  let from = start;
  while (start - from < 4 && ctx.headline[from - 1] === 1 && isPlaceWord(ctx, from - 1)) from -= 1;
  return from < start && ctx.tokens[from - 1]?.key === 'the' ? from : start;
}

/** True for a word of a registered name, or a capitalised abbreviation written with full stops ("U.S."). */
function isPlaceWord(ctx: SpanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === 'word' && t.upper && (ctx.covered[k] !== -1 || (t.allCaps && t.text.includes('.')));
}
