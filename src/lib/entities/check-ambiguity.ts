/** Decides whether a registered name, in its context, means something else. */
import { isMonth, isWeekday, lookUpWord } from './name-lexicon';
import { TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import type { Token } from './tokenize';
import type { AmbiguityRule } from './types';

/** What the checks can see around a match. */
export interface MatchContext {
  tokens: readonly Token[];
  /** 1 for tokens in a title-cased or all-caps heading, where capitals say nothing. */
  headline: Uint8Array;
  /** Every word key in the article. */
  articleKeys: () => ReadonlySet<string>;
  /** Entity indices for which a rule rejected a mention in this article. */
  rejected: Set<number>;
  /** Demonyms seen, by entity index, whether or not they named the state ("American families" counts here). */
  demonyms?: Map<number, number>;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'coach', 'miss', 'mx']);
const SKIPPED_BEFORE = new Set([',', '-']);

/** The word before `from`, skipping one comma or hyphen ("Atlanta, Georgia", "D-Georgia"). */
function wordBefore(tokens: readonly Token[], from: number): Token | undefined {
  let prev = tokens[from - 1];
  if (prev?.kind === 'punct' && SKIPPED_BEFORE.has(prev.key)) prev = tokens[from - 2];
  return prev?.kind === 'word' ? prev : undefined;
}

/** True when the name reads as part of a person's name ("Chad Smith", "Michael Jordan"). */
function looksLikePersonName(ctx: MatchContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  const last = tokens[to - 1];
  const next = tokens[to];
  if (next?.kind === 'word' && next.upper && !last?.possessive) {
    const k = next.key;
    const info = lookUpWord(k);
    // In a title-cased line every word is capitalised: only a name-like next word counts there.
    const nameLike = ctx.headline[to] !== 1 || (!info.common && !info.plain && !info.function);
    if (nameLike && !TITLE_WORDS.has(k) && !TITLE_DOMAIN_WORDS.has(k) && !isMonth(k) && !isWeekday(k)) return true;
  }
  const prev = tokens[from - 1];
  if (prev?.kind === 'word' && prev.upper && ctx.headline[from - 1] !== 1) {
    const info = lookUpWord(prev.key);
    if (HONORIFICS.has(prev.key) || (info.given && !info.common && !info.place)) return true;
  }
  return false;
}

/** True when the article contains one of the words that settle the ambiguity for the entity. */
function hasClue(rule: AmbiguityRule, ctx: MatchContext): boolean {
  const keys = ctx.articleKeys();
  return (rule.unless ?? []).some((k) => keys.has(k));
}

/** True after "Town," ("Dalton, Georgia"): a capitalised word that is not itself a registered name, then a comma. */
function followsTownComma(ctx: MatchContext, from: number, isRegistered: (i: number) => boolean): boolean {
  const comma = ctx.tokens[from - 1];
  const town = ctx.tokens[from - 2];
  return comma?.key === ',' && town?.kind === 'word' && town.upper && !town.allCaps && !isRegistered(from - 2);
}

/** What the rules may ask the registry about the tokens around a match. */
export interface RuleLookup {
  /** True when a registered name starts at token i. */
  isRegistered: (i: number) => boolean;
  /** Ids of the places whose name or demonym ends at token i. */
  placesEndingAt: (i: number) => readonly string[];
}

const NO_LOOKUP: RuleLookup = { isRegistered: () => false, placesEndingAt: () => [] };

/** True when the word before `from` (an article "the" skipped) ends the name of a place other than `home`. */
function followsOtherPlace(ctx: MatchContext, from: number, home: string, lookup: RuleLookup): boolean {
  const prev = ctx.tokens[from - 1];
  if (prev?.kind !== 'word' || !prev.upper) return false;
  return lookup.placesEndingAt(from - 1).some((id) => id !== home);
}

/** True for a post's domain: "Secretary of (the) X", "X Secretary". */
function isInTitle(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next?.kind === 'word' && (next.key === 'secretary' || next.key === 'secretaries' || next.key === 'secretary-designate')) return true;
  let k = from - 1;
  if (tokens[k]?.key === 'the') k -= 1;
  return tokens[k]?.key === 'of' && TITLE_WORDS.has(tokens[k - 1]?.key ?? '');
}

/** True inside a list of names ("Seoul, Washington and Tokyo"), where a comma separates places instead of nesting them. */
function isInList(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  const after = tokens[to + 1];
  if ((next?.key === 'and' || next?.key === 'or' || next?.key === ',') && after?.kind === 'word' && after.upper) return true;
  return tokens[from - 3]?.key === ',';
}

/** True when `rule` says the match at tokens [from, to) is not the entity. */
export function isRejectedByRule(
  rule: AmbiguityRule,
  ctx: MatchContext,
  from: number,
  to: number,
  lookup: RuleLookup = NO_LOOKUP,
): boolean {
  const afterTown = (rule.notAfterTownComma || rule.onlyAfterTownComma) && followsTownComma(ctx, from, lookup.isRegistered);
  if (rule.notAfterTownComma && afterTown && !hasClue(rule, ctx)) return true;
  if (rule.onlyAfterTownComma && (!afterTown || isInList(ctx.tokens, from, to))) return true;
  if (rule.notAfterPlaceOtherThan && followsOtherPlace(ctx, from, rule.notAfterPlaceOtherThan, lookup)) return true;
  if (rule.notInTitle && isInTitle(ctx.tokens, from, to)) return true;
  const before = wordBefore(ctx.tokens, from);
  if (rule.notAfter && before && rule.notAfter.includes(before.key)) return true;
  const after = ctx.tokens[to];
  if (rule.notBefore && after && after.kind !== 'break' && rule.notBefore.includes(after.key)) return true;
  if (rule.personName && looksLikePersonName(ctx, from, to)) return true;
  if (rule.notInArticlesWith) {
    const keys = ctx.articleKeys();
    if (rule.notInArticlesWith.some((k) => keys.has(k)) && !hasClue(rule, ctx)) return true;
  }
  return false;
}

/** True when an all-caps word-like acronym ("US", "WHO") sits among other all-caps words ("JOIN US"). */
export function isShouted(ctx: MatchContext, at: number, isAcronym: (key: string) => boolean): boolean {
  const { tokens } = ctx;
  const caps = (t: Token | undefined): boolean | undefined => {
    if (!t || t.kind === 'break') return undefined;
    if (t.kind !== 'word') return undefined;
    return t.allCaps && !isAcronym(t.key);
  };
  const prev = caps(tokens[at - 1]);
  const next = caps(tokens[at + 1]);
  if (prev === undefined && next === undefined) return false;
  return (prev ?? true) && (next ?? true);
}
