/** Where a body's name starts in a list line ("-   Ann Vell, Director, National Council on Independent Living"), which wraps and is all capitals. */
import { ORG_HEADS, ORG_LEADS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import { TITLE_FIELD, type Token } from './tokenise.ts';

// Lists of participants are all capitals, so only a head or a lead shows a body's name; the item's
// comma or marker shows where it starts. Without it, a name led by its head loses the words before
// the head ("Council on Independent Living"), and a wrapped line cuts a name at its links ("Hearing
// Consumer Advocacy Network" of "Deaf and Hard of Hearing Consumer Advocacy Network").

/** True for a token that can stand inside an organisation's name in a headline line (the classifier's rule). */
export type IsOrgWord = (k: number) => boolean;

// Links a list item's name may hold before its head ("Deaf and Hard of Hearing Consumer Advocacy Network").
const LISTED_NAME_LINKS = new Set(['and', 'of', '&']);
// Tokens a list item's name may run back over from where the plain walk stopped.
const MAX_LISTED_RUN = 8;
// Words before a lead that may open its name ("National Council on …").
const MAX_WORDS_BEFORE_LEAD = 3;

// The article's title is no list line: its comma follows an opening word ("Today, Westmark Farmers
// and Westmark Harbour Council Sign Pact"), not a list item's person or post.

/** The marks that open a list item's line ("-", "*", "•"). */
export const ITEM_MARKERS: ReadonlySet<string> = new Set(['-', '*', '•']);

/**
 * True when the token before `k` ends a list item's previous part: its comma or its marker. A line's
 * start counts only with `lineStart`: a headline's first words ("Biden Meets Leaders of …") open no item.
 */
function opensListItem(ctx: SpanContext, k: number, lineStart: boolean): boolean {
  if (ctx.field[k] === TITLE_FIELD) return false;
  const before = ctx.tokens[k - 1];
  if (!before || before.kind === 'break') return lineStart;
  if (before.kind !== 'punct') return false;
  if (before.key === ',') return true;
  return isItemMarker(ctx.tokens, k - 1);
}

/** True when the token at `k` is a list item's marker, which stands apart or opens a line ("-   National Aging …"), unlike a hyphen ("Biden-Harris Administration"). */
export function isItemMarker(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'punct' || !ITEM_MARKERS.has(t.key)) return false;
  const before = tokens[k - 1];
  const apart = !before || before.kind === 'break' || t.start > before.end;
  return apart && (tokens[k + 1]?.start ?? Number.MAX_SAFE_INTEGER) > t.end;
}

/**
 * Where a name led by a head starts in a list line ("Executive Director, National Council on
 * Independent Living"): the capitalised words before the head belong to the name when they open
 * the item or follow its comma; otherwise (a headline's verb, "… Thanks Council on …") the head
 * opens it. Never before `after`, the end of the name found before it, nor over another body's
 * words ("White House Office of …" names an office of the White House, which other rules split).
 */
export function startOfListedName(ctx: SpanContext, head: number, after: number, isOrgWord: IsOrgWord): number {
  const { tokens } = ctx;
  let start = head;
  while (start > after && head - start < MAX_WORDS_BEFORE_LEAD && isOrgWord(start - 1)) {
    const t = tokens[start - 1];
    if (t?.possessive || ORG_HEADS.has(t?.key ?? '') || ORG_LEADS.has(t?.key ?? '')) break;
    start -= 1;
  }
  return start < head && opensListItem(ctx, start, true) && ctx.headline[start] === 1 ? start : head;
}

/**
 * Start of a name ending in a head in a list line, when capitalised words and links run back from
 * `start` to the item's comma or marker ("President, Deaf and Hard of Hearing Consumer Advocacy
 * Network", "National Aging and Disability Transportation Center"): the whole run is the name, which
 * a wrapped line would otherwise cut. `start` when the run meets anything else first.
 */
export function startOfListedRun(ctx: SpanContext, start: number, after: number, isOrgWord: IsOrgWord): number {
  if (opensListItem(ctx, start, false)) return start;
  let k = start;
  while (k > after && start - k < MAX_LISTED_RUN) {
    const t = ctx.tokens[k - 1];
    if (isOrgWord(k - 1) && !t?.possessive) k -= 1;
    else if (t?.kind === 'word' && !t.upper && LISTED_NAME_LINKS.has(t.key) && ctx.headline[k - 1] === 1 && isOrgWord(k - 2)) k -= 1;
    else break;
    if (isOrgWord(k) && opensListItem(ctx, k, false)) return k;
  }
  return start;
}
