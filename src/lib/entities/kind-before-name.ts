/** A name right after a kind of body ("the French publisher Ubisoft", "the chipmaker Nvidia") is a body, named on purpose. */
import { isNotABodyName, isReadByRegistry, NAME_PUNCT } from './body-name-shape.ts';
import { BODY_KINDS } from './described-body.ts';
import { lookUpWord, POSSESSIVE_DETERMINERS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import { touches, type SegmentedArticle, type Token } from './tokenise.ts';

// Wire copy says what a company is before it names it: "the French publisher Ubisoft", "the rail
// operator SNCF", "the carmaker Stellantis". The kind, in lowercase right before the capitalised
// name, says the name is a body's whatever its words, as a description after the name does
// (described-body.ts); an editor lists it even named once. A place, a time, a post or a known surname
// after the kind ("the company President", "a bank Monday", "the firm Buffett") is no such name,
// nor is what a possessive's kind modifies ("its lender Standard Operating Procedures"). An unknown
// one-word surname after a kind ("the broadcaster Tavrin") still reads as a body.

// Kinds that also name a person's trade ("the investor Icahn", "the campaign manager Ortiz") are left out.
const PERSON_TRADES: ReadonlySet<string> = new Set(['manager', 'producer', 'investor', 'maker']);
// Kinds that name a company only after the field they work in ("telecom provider Africell", "project developer Carbon Ark"), not after "the" alone ("the developer Vell").
const KINDS_AFTER_FIELD: ReadonlySet<string> = new Set(['developer', 'provider']);
// Kinds of body that copy puts before a name: those a description after a name gives, and a few more.
const KINDS_BEFORE: ReadonlySet<string> = new Set(
  [...BODY_KINDS, 'publisher', 'carmaker', 'chipmaker', 'airline', 'broadcaster', 'conglomerate'].filter((kind) => !PERSON_TRADES.has(kind)),
);
// Links that carry a name on past where this rule stops reading it ("Tavri Foundation for the Arts", "Vell & Sons"); "and" more often joins two names.
const LINKS_ON: ReadonlySet<string> = new Set(['of', 'for', '&', 'de']);
// The longest name read after a kind.
const MAX_NAME_TOKENS = 6;

/** True when the mark at `k` stands inside a name, touching capitalised words on both sides ("Procter&Gamble", "Mercedes-Benz", "U.S."). */
function isInnerMark(tokens: readonly Token[], k: number): boolean {
  const [t, after] = [tokens[k], tokens[k + 1]];
  return t?.kind === 'punct' && NAME_PUNCT.has(t.key) && after?.kind === 'word' && after.upper && touches(tokens[k - 1], t) && touches(t, after);
}

/** End of the capitalised name opening at `k` (words and the marks inside a name); `k` when none opens there. */
function endOfName(tokens: readonly Token[], k: number): number {
  let to = k;
  while (to - k < MAX_NAME_TOKENS) {
    const t = tokens[to];
    if (t?.kind === 'word' && t.upper) to += 1;
    else if (isInnerMark(tokens, to)) to += 1;
    else break;
    if (tokens[to - 1]?.possessive) break;
  }
  return tokens[to]?.kind === 'word' && tokens[to]?.upper ? k : to;
}

/** The names right after a lowercase kind of body, as [from, to) ranges. */
export function findNamesAfterKind(seg: SegmentedArticle, { covered, coveredByOrg }: Pick<SpanContext, 'covered' | 'coveredByOrg'>): [number, number][] {
  const { tokens } = seg;
  const found: [number, number][] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const kind = tokens[k];
    if (kind?.kind !== 'word' || kind.upper || kind.possessive || !KINDS_BEFORE.has(kind.key) || seg.headline[k + 1] === 1) continue;
    const to = endOfName(tokens, k + 1);
    if (to === k + 1 || isReadByRegistry(tokens, { covered, coveredByOrg }, k + 1, to) || isNotABodyName(tokens, k + 1, to)) continue;
    // "the law firm Wilson, Sonsini, Goodrich, & Rosati": partners' names in a row, then a comma, are one name cut short.
    if (tokens[to]?.key === ',' && tokens[to + 1]?.upper && (tokens[to + 2]?.key === ',' || tokens[to + 2]?.key === '&')) continue;
    // "its lender Standard Operating Procedures": after a possessive the kind modifies a thing, no body.
    const before = tokens[k - 1];
    if (POSSESSIVE_DETERMINERS.has(before?.key ?? '')) continue;
    if (KINDS_AFTER_FIELD.has(kind.key) && (before?.kind !== 'word' || before.upper || lookUpWord(before.key).function)) continue;
    // "The nonprofit Tavri Foundation for the Arts": a name that goes on past a link is left to the rules that read it whole.
    if (LINKS_ON.has(tokens[to]?.key ?? '')) continue;
    // "The investor Buffett": one word a person may bear as a surname is no company's name here.
    if (to === k + 2 && lookUpWord(tokens[k + 1]?.key ?? '').surname) continue;
    found.push([k + 1, to]);
  }
  return found;
}
