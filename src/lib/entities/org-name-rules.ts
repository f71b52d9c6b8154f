/** Rules that tell whether capitalised words name an organisation ("Japan Coast Guard", "Bank of Korea"). */
import { lookUpPhrase, lookUpWord } from './name-lexicon';
import {
  GENERIC_ORG_WORDS, NON_ORG_ACRONYMS, ORG_HEADS, ORG_LEADS, ORG_TRAILERS, WEAK_ORG_HEADS,
} from './name-words';
import type { SpanContext } from './span-context';
import type { Token } from './tokenize';

/** True when the words make an organisation name ("Japan Coast Guard", "Bank of Korea", "Voltaic Energy"). */
export function isOrgName(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  const first = tokens[from];
  const second = tokens[from + 1];
  if (last?.kind === 'word' && ORG_HEADS.has(last.key) && last.key !== 'administration') return true;
  const after = tokens[to];
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const onlyPlace = words.length === 1 && words[0] !== undefined && lookUpWord(words[0].key).place;
  if (after?.kind === 'word' && !after.upper && ORG_TRAILERS.has(after.key) && !onlyPlace) return true;
  if (last?.key === 'administration') {
    // "Small Business Administration", not "Biden Administration" or "Biden-Harris Administration".
    let spaced = 0;
    for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word' && tokens[k - 1]?.key !== '-') spaced += 1;
    return spaced >= 3;
  }
  if (last?.kind === 'word' && WEAK_ORG_HEADS.has(last.key)) {
    const before = tokens.slice(from, to - 1).filter((t) => t.kind === 'word');
    const brand = before[before.length - 1];
    if (before.length >= 2 || (brand !== undefined && !lookUpWord(brand.key).common)) return true;
  }
  if (first && ORG_LEADS.has(first.key) && second && (second.key === 'of' || second.key === 'for' || second.key === 'on')) return true;
  if (words.length < 2) return false;
  // "African Union Transition Mission in Somalia": a head, then where the body works.
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && tokens[k + 1]?.key === 'in') return true;
  }
  return lookUpPhrase(words.map((t) => t.key).join(' ')) === 'organization';
}

/**
 * True when every word outside registered names is generic ("Foreign Ministry", "U.S. Department of
 * State"). "X of <country>" is a name, not a description ("Bank of Japan").
 */
export function isGenericOrg(ctx: SpanContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.covered[k] !== -1 && ctx.tokens[k - 1]?.key === 'of') return false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word' || ctx.covered[k] !== -1) continue;
    if (!GENERIC_ORG_WORDS.has(t.key)) return false;
  }
  return true;
}

/** "SK Hynix", "LG Display": a short acronym and a name word make a company. */
export function isBrandedOrg(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const [first, ...rest] = words;
  if (!first || rest.length === 0 || rest.length > 2 || !first.allCaps || first.core.length > 4 || NON_ORG_ACRONYMS.has(first.core)) return false;
  return rest.every((w) => w.upper && !w.allCaps && !lookUpWord(w.key).common && !lookUpWord(w.key).function);
}


/**
 * Index of the "and" between two organisations named together ("the University of Chicago and
 * Purdue University"), or undefined. The second must end in an organisation's head after a word
 * of its own, so "Department of Health and Human Services" stays one name.
 */
export function splitOrgPair(tokens: readonly Token[], from: number, to: number): number | undefined {
  const last = tokens[to - 1];
  if (last?.kind !== 'word' || !ORG_HEADS.has(last.key)) return undefined;
  for (let k = from + 2; k < to - 2; k++) {
    if (tokens[k]?.key !== 'and') continue;
    const first = tokens[k + 1];
    if (!first?.upper || GENERIC_ORG_WORDS.has(first.key) || tokens.slice(k + 1, to - 1).some((t) => t.key === 'and')) continue;
    if (isOrgName(tokens, from, k)) return k;
  }
  return undefined;
}
