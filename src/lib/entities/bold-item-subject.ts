/** A name in bold opening a list item or paragraph, then its verb ("**Macquarie Capital** committed …", "**The College Board will develop …**"), is the item's actor: a body, named on purpose. */
import { isEverydayWordsAlone, isNotABodyName, isReadByRegistry, NAME_PUNCT } from './body-name-shape.ts';
import { describesABody } from './described-body.ts';
import { isSentenceStart, type SpanContext } from './name-spans.ts';
import type { SegmentedArticle, Token } from './tokenise.ts';

// Fact sheets list who commits to what one item each, the actor's name in bold and then what it
// does: "**Advocate Health** announced its plan …", "**Invest in Our Future** highlighted …",
// "**Georgia-Pacific** has committed …". The bold marks the name as the item's subject, whatever
// its shape, so an editor lists it, as a body introduced with its initials, even named once. The
// bold may run on over the verb ("**The College Board will develop …**"). Officials, people,
// places and lead-ins in bold are no bodies (body-name-shape.ts).

// Lowercase words that may stand inside a bold name ("Invest in Our Future", "Port of Green Bay").
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'on', 'the', '&']);
// Words after the name that say nothing of what it does.
const LINKS: ReadonlySet<string> = new Set([...NAME_LINKS, 'at', 'to', 'with', 'from', 'by', 'or']);
const MAX_NAME_WORDS = 8;
// Verbs inside the bold that end the name before them ("**The College Board will develop …**").
// Not "is": "**Yuwynn Ho is from Carlsbad …**" opens a person's biography.
const RUN_ON_VERBS: ReadonlySet<string> = new Set(['will', 'has', 'have', 'plans', 'intends', 'commits', 'committed', 'announced', 'launched', 'pledged']);

/** True when `t` is a lowercase word other than a link: the verb after the name ("committed", "is"). */
function isVerbAfterName(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.upper && !LINKS.has(t.key);
}

/** True for a verb in the third person singular or the past ("is", "has", "commits", "announced"), which a plural subject never takes. */
function isSingularVerb(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.upper) return false;
  return t.key === 'is' || t.key === 'has' || t.key === 'was' || t.key.endsWith('ed') || (t.key.endsWith('s') && !t.key.endsWith('ss'));
}

/** End of the capitalised name at `from` (links and inner punctuation allowed, not at its end). */
function endOfName(tokens: readonly Token[], bold: Uint8Array, from: number): number {
  let end = from;
  let k = from;
  while (k < tokens.length && bold[k] === 1 && k - from < MAX_NAME_WORDS * 2) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper) end = k + 1;
    else if (!(t?.kind === 'word' ? NAME_LINKS.has(t.key) : t?.kind === 'punct' && NAME_PUNCT.has(t.key))) break;
    k += 1;
  }
  return end;
}

/**
 * The names in bold that open a block of the body and are followed by their verb, as [from, to)
 * ranges.
 */
export function findBoldItemSubjects(seg: SegmentedArticle, { covered, coveredByOrg }: Pick<SpanContext, 'covered' | 'coveredByOrg'>): [number, number][] {
  const { tokens, bold } = seg;
  const found: [number, number][] = [];
  if (bold.length === 0) return found;
  for (let k = 0; k < tokens.length; k++) {
    // The bold opens with the name: a sentence inside a bold paragraph opens no item.
    if (bold[k] !== 1 || bold[k - 1] === 1 || !isSentenceStart(tokens, k)) continue;
    const from = tokens[k]?.key === 'the' ? k + 1 : k;
    if (tokens[from]?.kind !== 'word' || !tokens[from]?.upper) continue;
    const to = endOfName(tokens, bold, from);
    if (to === from || isNotABodyName(tokens, from, to)) continue;
    if (isReadByRegistry(tokens, { covered, coveredByOrg }, from, to)) continue;
    // "**Plug in America,** a nonprofit": a comma may close the bold.
    const next = tokens[to]?.key === ',' ? to + 1 : to;
    // Where the bold runs on, only a verb that says what the body does shows the name has ended.
    const verb = tokens[next];
    // "**Plug in America,** a nonprofit": after a comma, only what the body is.
    const follows = next > to ? describesABody(tokens, next) : isVerbAfterName(verb);
    if (!(bold[next] === 1 ? RUN_ON_VERBS.has(verb?.key ?? '') && !verb?.upper : follows)) continue;
    // "**Small Businesses** will save", "**Clean Energy Jobs** are booming": everyday words alone
    // name a body only as the subject of a verb in the singular ("**Consumer Reports** is …").
    if (next === to && isEverydayWordsAlone(tokens, from, to) && !isSingularVerb(verb)) continue;
    found.push([from, to]);
  }
  return found;
}
