/** Shapes inside a capitalised span: edges to trim, a name written twice, region adjectives, a person after an organisation, a place after "in". */
import { isPlaceHead, isUnknownWord, lookUpWord } from './name-lexicon';
import { NAME_CONNECTORS, ORG_HEADS } from './name-words';
import { isPersonName } from './person-name-rules';
import type { SpanContext } from './span-context';
import type { Token } from './tokenize';

/** True for the adjective or people-noun half of a region's name ("Asian", "Americans", "European"). */
export function isRegionalAdjective(key: string): boolean {
  return lookUpWord(key).demonym || /(?:ian|ean|can|ese|ians|eans|cans)$/.test(key);
}

/** Trims connectors and punctuation from both ends of [from, to). */
export function trim(tokens: readonly Token[], from: number, to: number): [number, number] {
  const edge = (t: Token | undefined): boolean => !!t && (t.kind === 'punct' || (!t.upper && NAME_CONNECTORS.has(t.key)));
  while (from < to && (edge(tokens[from]) || tokens[from]?.key === 'the')) from += 1;
  while (to > from && edge(tokens[to - 1]) && tokens[to - 1]?.key !== '.') to -= 1;
  return [from, to];
}

/** Where a name written twice in a row splits ("Maura Healey Maura Healey" from a list that lost its line breaks). */
export function splitRepeated(tokens: readonly Token[], from: number, to: number): number | undefined {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length < 4 || words.length % 2 !== 0) return undefined;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) if (words[i]?.key !== words[i + half]?.key) return undefined;
  return tokens.indexOf(words[half] as Token, from);
}

/** "War Cabinet Benny Gantz": where a person's name starts right after an organisation's head, or undefined. */
export function splitAfterOrgHead(ctx: SpanContext, from: number, to: number): number | undefined {
  for (let k = from + 1; k < to - 2; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && isPersonName(ctx, k + 1, to)) return k + 1;
  }
  return undefined;
}

/** "wildfires in Maui", "met in Hiroshima": one word no list knows, right after a lowercase "in" or "near". */
export function isPlaceAfterIn(ctx: SpanContext, from: number, to: number): boolean {
  const t = ctx.tokens[from];
  const before = ctx.tokens[from - 1];
  if (to - from !== 1 || !t || t.possessive || t.allCaps || ctx.headline[from] === 1) return false;
  if (LEGAL_CONTEXT.has(ctx.tokens[from - 2]?.key ?? '')) return false;
  return (before?.key === 'in' || before?.key === 'near') && !before.upper && isUnknownWord(t.key);
}

// "the decision in Dobbs": a case, not a place.
const LEGAL_CONTEXT = new Set(['decision', 'decisions', 'ruling', 'rulings', 'opinion', 'case', 'holding', 'dissent', 'majority', 'precedent']);

// Last words of documents and meetings named after a place ("Los Angeles Declaration", "Camp David Accords").
const DOCUMENT_WORDS = new Set([
  'declaration', 'summit', 'agreement', 'accord', 'accords', 'plan', 'act', 'initiative', 'conference', 'charter',
  'convention', 'protocol', 'process', 'statement', 'communique', 'partnership', 'dialogue', 'forum', 'treaty',
  'strategy', 'framework', 'program', 'programme', 'principles', 'commitments', 'talks', 'format',
]);

// First words of place names ("Fort Valley", "Port Moresby", "Mount Sinjar").
const PLACE_LEADS = new Set(['fort', 'mount', 'mt', 'port', 'lake', 'cape', 'san', 'santa', 'saint', 'st', 'los', 'las']);

/**
 * A place named with a lead word ("Fort Valley") or after a registered place and a place head
 * ("Mexico City", "Kuwait City"): the whole name is a place of its own.
 */
export function isPlaceNamedAfter(ctx: SpanContext, from: number, to: number, words: readonly Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length < 2 || words.length > 3 || DOCUMENT_WORDS.has(last.key)) return false;
  if (PLACE_LEADS.has(first.key) && ctx.covered[from] === -1 && words.slice(1).every((w) => !lookUpWord(w.key).function)) return true;
  if (!isPlaceHead(last.key) || ctx.covered[to - 1] !== -1) return false;
  for (let k = from; k < to - 1; k++) if (ctx.tokens[k]?.kind === 'word' && ctx.covered[k] === -1) return false;
  return true;
}
