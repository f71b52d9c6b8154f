/**
 * Names in headlines, where every word is capitalised and only a title or a preposition shows where
 * a name starts: "Statement from NSC Spokesperson Adrienne Watson Condemning …", "… Wildfires in Hawaii".
 */
import type { NamePart } from './classify-span';
import { isMonth, isWeekday, lookUpWord } from './name-lexicon';
import { ORG_HEADS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import type { SpanContext } from './span-context';
import type { Token } from './tokenize';

const MAX_NAME_WORDS = 4;

/** True for a capitalised headline word that can be part of a name: a given name, a surname or no dictionary word. */
function isHeadlineNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.upper || t.allCaps) return false;
  const k = t.key;
  if (TITLE_WORDS.has(k) || TITLE_DOMAIN_WORDS.has(k) || ORG_HEADS.has(k) || isMonth(k) || isWeekday(k)) return false;
  const info = lookUpWord(k);
  if (info.function || info.place || info.demonym) return false;
  return info.given || info.surname || (!info.common && !info.plain);
}

/** The end of a name starting at `from` (hyphenated parts kept: "Jean-Pierre"), or `from` when there is none. */
function nameEnd(ctx: SpanContext, from: number): number {
  const { tokens } = ctx;
  let k = from;
  let words = 0;
  while (words < MAX_NAME_WORDS && ctx.headline[k] === 1 && ctx.covered[k] === -1 && isHeadlineNameWord(tokens[k])) {
    words += 1;
    k += 1;
    if (tokens[k - 1]?.possessive) break;
    if (tokens[k]?.key === '-' && isHeadlineNameWord(tokens[k + 1])) k += 1;
  }
  return k;
}

/** Titled people in headline lines, as person parts. */
export function findHeadlinePeople(ctx: SpanContext): NamePart[] {
  const { tokens, headline } = ctx;
  const parts: NamePart[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (headline[i] !== 1 || !t?.upper || !TITLE_WORDS.has(t.key) || ctx.covered[i] !== -1 || t.possessive) continue;
    const end = nameEnd(ctx, i + 1);
    if (end > i + 1) {
      parts.push({ from: i + 1, to: end, type: 'person', titled: true });
      i = end - 1;
    }
  }
  return parts;
}

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'near']);

/** Places the lexicon knows, named alone after a preposition in a headline line ("Wildfires in Hawaii"). */
export function findHeadlinePlaces(ctx: SpanContext): NamePart[] {
  const { tokens, headline } = ctx;
  const parts: NamePart[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (headline[i] !== 1 || ctx.covered[i] !== -1 || t?.kind !== 'word' || !t.upper || t.allCaps) continue;
    const listed = (tokens[i - 1]?.key === 'and' || tokens[i - 1]?.key === ',') && parts.at(-1)?.to === i - 1;
    if ((!PLACE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && !listed) || isHeadlineNameWord(tokens[i + 1])) continue;
    const info = lookUpWord(t.key);
    if (info.place && !info.given && !info.surname && !info.common) parts.push({ from: i, to: i + 1, type: 'place', titled: false });
  }
  return parts;
}
