/** Walks the tokens of a text through the token trie: longest registered name first, whole words only. */
import type { CompiledAlias } from './compile-alias';
import { isRejectedByRule, isShouted, type MatchContext, type RuleLookup } from './check-ambiguity';
import { modifiesStateActor } from './modifies-state-actor';
import type { TokenTrie } from './token-trie';
import type { Token } from './tokenize';
import type { AmbiguityRule } from './types';

/** What the scanner needs from a registry. */
export interface NameMatcher {
  trie: TokenTrie;
  /** Entity id by alias entity index. */
  ids: readonly string[];
  /** Ambiguity rule by alias entity index. */
  rules: readonly (AmbiguityRule | undefined)[];
  /** Ambiguity rule by entity id. */
  rulesById: ReadonlyMap<string, AmbiguityRule>;
  /** True for keys of exact acronyms in the registry ("us", "rok"). */
  isAcronym: (key: string) => boolean;
  /** Place names and demonyms by their last key ("korea" → "South Korea", "North Korea", "Korea"). */
  placesByLastKey: ReadonlyMap<string, readonly PlaceName[]>;
}

/** One name of a place, as token keys. */
export interface PlaceName {
  id: string;
  keys: readonly string[];
}

/** Ids of the places whose full name (not only its last word: "Strip" is not "Gaza Strip") ends at token `end`. */
function placesEndingAt(matcher: NameMatcher, tokens: readonly Token[], end: number): string[] {
  const names = matcher.placesByLastKey.get(tokens[end]?.key ?? '');
  if (!names) return [];
  return names.filter((n) => n.keys.every((key, i) => tokens[end - n.keys.length + 1 + i]?.key === key)).map((n) => n.id);
}

/** One raw hit of the scanner. */
export interface RawMatch {
  alias: CompiledAlias;
  from: number;
  to: number;
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** True when the text tokens have the case the alias asks for. */
function casesMatch(alias: CompiledAlias, tokens: readonly Token[], from: number): boolean {
  if (alias.caseMode === 'any') return true;
  for (let k = 0; k < alias.pattern.length; k++) {
    const token = tokens[from + k];
    const want = alias.pattern[k];
    if (!token || want === undefined) return false;
    if (token.kind !== 'word') continue;
    if (alias.caseMode === 'exact') {
      if (token.core !== want) return false;
    } else if (!token.upper && UPPER_INITIAL.test(want)) return false;
  }
  return true;
}

/** True when the alias may stand at tokens [from, to) in this context. */
function accepts(matcher: NameMatcher, ctx: MatchContext, lookup: RuleLookup, alias: CompiledAlias, from: number, to: number): boolean {
  if (alias.wordLike && isShouted(ctx, from, matcher.isAcronym)) return false;
  if (alias.demonym && !modifiesStateActor(ctx.tokens, to)) return false;
  const rule = alias.rule ?? (alias.entity >= 0 ? matcher.rules[alias.entity] : undefined);
  if (rule === undefined) return true;
  if (!isRejectedByRule(rule, ctx, from, to, lookup)) return true;
  ctx.rejected.add(alias.entity);
  return false;
}

/** Finds registered names (and blocking phrases) in `ctx.tokens`, longest first, left to right. */
export function scanNames(matcher: NameMatcher, ctx: MatchContext): RawMatch[] {
  const { tokens } = ctx;
  const found: RawMatch[] = [];
  const rootNext = matcher.trie.root.next;
  if (!rootNext) return found;
  const lookup: RuleLookup = {
    isRegistered: (i) => rootNext.has(tokens[i]?.key ?? ''),
    placesEndingAt: (i) => placesEndingAt(matcher, tokens, i),
  };
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    let node = start && start.kind === 'word' ? rootNext.get(start.key) : undefined;
    let best: RawMatch | undefined;
    let demonym: RawMatch | undefined;
    let j = i;
    while (node) {
      for (const alias of node.aliases ?? []) {
        if (alias.demonym && casesMatch(alias, tokens, i)) demonym = { alias, from: i, to: j + 1 };
        const longer = !best || j + 1 > best.to;
        const stronger = best !== undefined && j + 1 === best.to && alias.priority > best.alias.priority;
        if ((longer || stronger) && casesMatch(alias, tokens, i) && accepts(matcher, ctx, lookup, alias, i, j + 1)) {
          best = { alias, from: i, to: j + 1 };
        }
      }
      j += 1;
      const next = tokens[j];
      if (!next || next.kind === 'break' || !node.next) break;
      node = node.next.get(next.key);
    }
    // A demonym counts as evidence of the article's country even where it names no state ("American families").
    if (demonym && ctx.demonyms && (!best || best.to <= demonym.to)) {
      ctx.demonyms.set(demonym.alias.entity, (ctx.demonyms.get(demonym.alias.entity) ?? 0) + 1);
    }
    if (best) {
      found.push(best);
      i = best.to;
    } else i += 1;
  }
  return found;
}

/** True when the word keys spell a registered name exactly (any alias, short forms of people aside). */
export function isRegisteredName(matcher: NameMatcher, keys: readonly string[]): boolean {
  let node = matcher.trie.root;
  for (const key of keys) {
    const next = node.next?.get(key);
    if (!next) return false;
    node = next;
  }
  return node.aliases?.some((a) => a.entity >= 0 && !a.conditional) ?? false;
}
