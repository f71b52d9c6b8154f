/**
 * Names in headlines, where every word is capitalised and only a title or a preposition shows where
 * a name starts: "Statement from NSC Spokesperson Adrienne Watson Condemning …", "… Wildfires in Hawaii".
 */
import type { NamePart } from './classify-span';
import { isMonth, isWeekday, lookUpWord } from './name-lexicon';
import { ORG_HEADS, ORG_LEADS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import { isGenericOrg, isOrgName } from './org-name-rules';
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

/** True for a capitalised, uncovered headline word that can stand inside an organisation's name. */
function isOrgWord(ctx: SpanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.upper || ctx.headline[i] !== 1 || ctx.covered[i] !== -1) return false;
  const info = lookUpWord(t.key);
  return !info.function && !TITLE_WORDS.has(t.key) && !isMonth(t.key) && !isWeekday(t.key);
}

/** An organisation's name ending at a head, or led by one ("American Cancer Society", "Alliance for Hippocratic Medicine"). */
export function findHeadlineOrganisations(ctx: SpanContext): NamePart[] {
  const { tokens } = ctx;
  const parts: NamePart[] = [];
  const accept = (from: number, to: number) => {
    if (to - from >= 2 && isOrgName(tokens, from, to) && !isGenericOrg(ctx, from, to)) parts.push({ from, to, type: 'organization', titled: false });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ctx.headline[i] !== 1 || !t?.upper || (!ORG_LEADS.has(t.key) && !ORG_HEADS.has(t.key)) || !isOrgWord(ctx, i)) continue;
    const link = tokens[i + 1]?.key;
    if (ORG_LEADS.has(t.key) && (link === 'for' || link === 'of' || link === 'on') && isOrgWord(ctx, i + 2)) {
      let end = i + 2;
      while (end < tokens.length && end - i < 7 && isOrgWord(ctx, end) && !tokens[end - 1]?.possessive) end += 1;
      accept(i, end);
      i = end - 1;
    } else if (ORG_HEADS.has(t.key)) {
      let start = i;
      while (start > 0 && i - start < 4 && isOrgWord(ctx, start - 1) && !tokens[start - 1]?.possessive) start -= 1;
      accept(start, i + 1);
    }
  }
  return parts;
}
