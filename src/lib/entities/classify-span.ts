/** Splits a capitalised span into names and says what each is: person, organisation or place. */
import type { NameSpan } from './build-name-spans';
import { isDirection, isHoliday, isPlaceHead, lookUpPhrase, lookUpWord } from './name-lexicon';
import { NAME_CONNECTORS, SURNAME_LIKE_TITLES, TITLE_WORDS } from './name-words';
import { endOfTitleDomain, isTitleFiller } from './title-domain';
import { isBrandedOrg, isGenericOrg, isOrgName, splitOrgPair } from './org-name-rules';
import { isFamilyFirst, nameWords } from './person-short-forms';
import { isNameLike, isPersonName, startsWithGivenName } from './person-name-rules';
import type { SpanContext } from './span-context';
import { isPlaceAfterIn, isPlaceNamedAfter, isRegionalAdjective, splitAfterOrgHead, splitRepeated, trim } from './span-shapes';
import type { Token } from './tokenize';
import type { CandidateType } from './types';

export type { SpanContext } from './span-context';

/** A name inside a span: tokens [from, to) and its kind. */
export interface NamePart {
  from: number;
  to: number;
  type: CandidateType;
  /** Came right after a title ("Secretary Blinken"): a person even as one word. */
  titled: boolean;
}

// Lowercase particles inside people's names ("Lula da Silva", "Abdulaziz bin Salman").
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ibn', 'abu']);

const isTitleWord = (t: Token | undefined): boolean => t?.kind === 'word' && TITLE_WORDS.has(t.key);
const isFiller = isTitleFiller;

/** Index of the last title word that has a name after it, or -1. */
function lastTitle(ctx: SpanContext, span: NameSpan): number {
  const { tokens, covered } = ctx;
  for (let k = span.to - 2; k >= span.from; k--) {
    const t = tokens[k];
    if (!t || !isTitleWord(t) || covered[k] !== -1 || t.possessive) continue;
    if (SURNAME_LIKE_TITLES.has(t.key) && k > span.from && !isFiller(tokens[k - 1]) && covered[k - 1] === -1) continue;
    return k;
  }
  return -1;
}

/** "Hou Yu-ih of the Kuomintang": a person, then what they belong to. */
function splitAtOf(ctx: SpanContext, from: number, to: number): NamePart[] | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (ctx.tokens[k]?.key !== 'of') continue;
    if (!isPersonName(ctx, from, k)) return undefined;
    return [{ from, to: k, type: 'person', titled: false }, ...classifyPlain(ctx, k + 1, to)];
  }
  return undefined;
}

/** Names in a stretch with no title: organisation, place or person. */
function classifyPlain(ctx: SpanContext, rawFrom: number, rawTo: number): NamePart[] {
  const [from, to] = trim(ctx.tokens, rawFrom, rawTo);
  if (from >= to) return [];
  const { tokens, covered } = ctx;
  let at = -1;
  for (let k = from; k < to; k++) {
    const key = tokens[k]?.key ?? '';
    if (isHoliday(key)) return [];
    if (key === 'in' && at < 0) at = k;
  }
  // "the UN Human Rights Council in Geneva": a registered name, then where it met.
  if (at > from && covered.subarray(from, at).every((c) => c !== -1)) return classifyPlain(ctx, at + 1, to);
  const pair = splitOrgPair(tokens, from, to);
  if (pair) return [...classifyPlain(ctx, from, pair), ...classifyPlain(ctx, pair + 1, to)];
  const spanWords = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const firstWord = spanWords[0];
  if (spanWords.length === 2 && firstWord && isDirection(firstWord.key) && covered[from] === -1) {
    // "South Asian", "Central American": a region's adjective, not a place.
    return isRegionalAdjective(spanWords[1]?.key ?? '') ? [] : [{ from, to, type: 'place', titled: false }];
  }
  if (isOrgName(tokens, from, to)) {
    return isGenericOrg(ctx, from, to) || spanWords.length < 2 ? [] : [{ from, to, type: 'organization', titled: false }];
  }
  if (isPlaceNamedAfter(ctx, from, to, spanWords)) return [{ from, to, type: 'place', titled: false }];
  for (let k = from; k < to; k++) {
    if (covered[k] === -1) continue;
    let end = k;
    while (end < to && covered[end] !== -1) end += 1;
    return [...classifyPlain(ctx, from, k), ...classifyPlain(ctx, end, to)];
  }
  const twice = splitRepeated(tokens, from, to);
  if (twice) return [...classifyPlain(ctx, from, twice), ...classifyPlain(ctx, twice, to)];
  const of = splitAtOf(ctx, from, to);
  if (of) return of;
  const head = splitAfterOrgHead(ctx, from, to);
  if (head) return [...classifyPlain(ctx, from, head), { from: head, to, type: 'person', titled: false }];
  if (isBrandedOrg(tokens, from, to)) return [{ from, to, type: 'organization', titled: false }];
  if (spanWords.length === 1 && firstWord && lookUpWord(firstWord.key).org) return [{ from, to, type: 'organization', titled: false }];
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const phrase = words.map((t) => t.key).join(' ');
  const single = words.length === 1 ? lookUpWord(phrase) : undefined;
  const last = words[words.length - 1];
  const namedPlace = words.length >= 2 && last !== undefined && isPlaceHead(last.key) && !words.slice(0, -1).every((w) => lookUpWord(w.key).common || lookUpWord(w.key).plain);
  if (lookUpPhrase(phrase) === 'place' || (single?.place && !single.given && !single.surname) || namedPlace || isPlaceAfterIn(ctx, from, to)) {
    return [{ from, to, type: 'place', titled: false }];
  }
  if (isPersonName(ctx, from, to)) return [{ from, to, type: 'person', titled: false }];
  // "Economist Tomas Reyna said": an everyday noun opening the sentence, then the name.
  const opener = lookUpWord(tokens[from]?.key ?? '');
  if ((opener.common || opener.plain) && !opener.given && !opener.surname && isPersonName(ctx, from + 1, to)) {
    return [{ from: from + 1, to, type: 'person', titled: false }];
  }
  return [];
}

/** The name after a title: a person, unless it is an organisation or a place ("Mayor of Seoul"). */
function classifyTitled(ctx: SpanContext, rawFrom: number, to: number): NamePart[] {
  let from = endOfTitleDomain(ctx.tokens, ctx.covered, rawFrom, to);
  while (from < to && (isFiller(ctx.tokens[from]) || ctx.covered[from] !== -1)) from += 1;
  if (from >= to) return [];
  for (let k = from; k < to; k++) {
    if (ctx.covered[k] !== -1) return [...classifyPlain(ctx, from, k), ...classifyTitled(ctx, k, to)];
  }
  for (let k = from + 1; k < to - 1; k++) {
    const key = ctx.tokens[k]?.key;
    if (key === 'of' || key === 'for') return [...classifyTitled(ctx, from, k), ...classifyPlain(ctx, k + 1, to)];
  }
  if (isOrgName(ctx.tokens, from, to)) return classifyPlain(ctx, from, to);
  const words = nameWords(ctx.tokens.slice(from, to));
  if (words.length === 0 || words.length > 5) return [];
  const phrase = words.map((t) => t.key).join(' ');
  const single = words.length === 1 ? lookUpWord(phrase) : undefined;
  if (lookUpPhrase(phrase) === 'place' || (single?.place && !single.given && !single.surname)) {
    return [{ from, to, type: 'place', titled: false }];
  }
  const given = startsWithGivenName(words);
  const familyFirst = isFamilyFirst(words);
  if (!words.every((w, i) => isNameLike(w, i, given && i > 0, familyFirst, true))) return [];
  const inner = ctx.tokens.slice(from, to);
  if (inner.some((t, i) => t.kind === 'word' && !t.upper && !NAME_PARTICLES.has(t.key) && inner[i - 1]?.key !== '-')) return [];
  return [{ from, to, type: 'person', titled: true }];
}

/** Splits one span into typed names. */
export function classifySpan(ctx: SpanContext, span: NameSpan): NamePart[] {
  const { covered } = ctx;
  let allCovered = true;
  for (let k = span.from; k < span.to; k++) {
    const t = ctx.tokens[k];
    if (covered[k] === -1 && t?.kind === 'word' && !(NAME_CONNECTORS.has(t.key) && !t.upper)) allCovered = false;
  }
  if (allCovered) return [];
  // "… Council on Foreign Relations International Affairs Fellow": a post at the end names no one.
  const last = ctx.tokens[span.to - 1];
  if (span.to - span.from > 2 && last && TITLE_WORDS.has(last.key) && !SURNAME_LIKE_TITLES.has(last.key) && covered[span.to - 1] === -1) {
    let end = span.to - 1;
    while (end > span.from + 1 && isFiller(ctx.tokens[end - 1]) && covered[end - 1] === -1) end -= 1;
    return classifySpan(ctx, { from: span.from, to: end });
  }
  const t = lastTitle(ctx, span);
  if (t < 0) return classifyPlain(ctx, span.from, span.to);
  let prefixEnd = t;
  while (prefixEnd > span.from && isFiller(ctx.tokens[prefixEnd - 1]) && covered[prefixEnd - 1] === -1) prefixEnd -= 1;
  return [...classifyPlain(ctx, span.from, prefixEnd), ...classifyTitled(ctx, t + 1, span.to)];
}
