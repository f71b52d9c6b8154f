/** On a participant's line ("-   Ana Vell, President and CEO, National Women’s Law Center"), each part after the post that is no post itself is the body the person speaks for: an organisation, named on purpose. */
import { lookUpWord, NAME_SUFFIXES, OCCUPATION_WORDS, ORG_HEADS, ORG_LEADS, POSTNOMINAL_LETTERS, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import { endsProgramme, isPlaceName, isReadByRegistry, NAME_PUNCT } from './body-name-shape.ts';
import { isItemMarker } from './list-item-names.ts';
import type { SpanContext } from './name-spans.ts';
import { isStateUniversity } from './university-campus.ts';
import { TITLE_FIELD, type Token } from './tokenise.ts';

// Readouts list who took part one person a line: the name, the post, then where the person comes
// from ("Jenny Ho, Assistant Director of Research, AFSCME", "Melanie Campbell, President and CEO,
// National Coalition on Black Civic Participation, National Convener, Black Women’s Roundtable").
// The line's shape says what the last parts are, so a body needs no head there: a union's initials
// ("IATSE"), a group named by everyday words ("Women Employed", "Equal Pay Today"). An editor lists
// each. Only a line in title case, opened by a person's name and then a post, reads so; a place
// ("Mayor, Kellerton, Ohio"), a degree, a suffix ("Jr.") or a further post is no employer.

// Words that make a part a post on such a line although no title stands before a name with them.
const ROSTER_POST_WORDS: ReadonlySet<string> = new Set([
  'counsel',
  'convener',
  'treasurer',
  'trustee',
  'manager',
  'strategist',
  'member',
  'fellow',
  'student',
  'coordinator',
  'partner',
  'volunteer',
  'steward',
]);

// Lowercase links a listed body's name may hold ("United Food and Commercial Workers").
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'the', 'in', '&']);
// Links that open a post's field ("Minister of Culture", "Minister for Environment").
const FIELD_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
// The longest line read: a participant, a post and two bodies, wrapped.
const MAX_LINE_TOKENS = 60;

/** The words of [from, to) that are capitalised or not a link. */
function wordsOf(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to).filter((t) => t.kind === 'word' && (t.upper || !NAME_LINKS.has(t.key)));
}

/** True when [from, to) holds only a name's tokens: capitalised words, links and inner punctuation. */
function isNameRun(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  return tokens.slice(from, to).every((t) => (t.kind === 'word' ? t.upper || NAME_LINKS.has(t.key) : t.kind === 'punct' && NAME_PUNCT.has(t.key)));
}

/**
 * True when the part [from, to) is a post: a title, a rank, an occupation or a roster's post word
 * ("Deputy Chief of Mission", "Policy/Legislative Director") before any body's head or lead, as
 * "Department of Justice" or "The Century Foundation Economic Justice Initiative" hold a title word
 * after theirs. A head inside a hyphenated word is none ("In-House Counsel").
 */
function isPost(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.upper) continue;
    if (TITLE_WORDS.has(t.key) || RANK_WORDS.has(t.key) || OCCUPATION_WORDS.has(t.key) || ROSTER_POST_WORDS.has(t.key)) return true;
    const hyphenated = tokens[k - 1]?.key === '-' && tokens[k - 1]?.start === tokens[k - 2]?.end;
    if ((ORG_HEADS.has(t.key) || ORG_LEADS.has(t.key)) && !hyphenated) return false;
  }
  return false;
}

/** True when the part [from, to) can be a participant's name: two to five capitalised words, no body's head and not a place. */
function isParticipant(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsOf(tokens, from, to);
  if (words.length < 2 || words.length > 5 || !isNameRun(tokens, from, to) || words.some((w) => !w.upper)) return false;
  if (words.some((w) => ORG_HEADS.has(w.key) || ORG_LEADS.has(w.key))) return false;
  // "PROTECTS CLEAN AIR AND WATER, …": a heading in capitals, not a person.
  if (words.some((w) => w.allCaps && w.core.length > 2)) return false;
  return !isPlaceName(tokens, from, to);
}

/** True when the part [from, to) is a degree or a name's suffix ("MD", "Jr."), which stands between a name and its post. */
function isSuffix(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsOf(tokens, from, to);
  return words.length === 1 && (POSTNOMINAL_LETTERS.has(words[0]?.key ?? '') || NAME_SUFFIXES.has(words[0]?.key ?? ''));
}

/**
 * True when the part [from, to) goes on with the field of the post before it ("Minister of
 * Culture, Sports and Tourism", "Minister for Environment, Forest and Climate Change"): the post
 * ends in "of", "for" or "on" and one or two capitalised words, and the part joins with "and".
 */
function continuesPostField(tokens: readonly Token[], post: readonly [number, number], from: number, to: number): boolean {
  const link = FIELD_LINKS.has(tokens[post[1] - 2]?.key ?? '') ? post[1] - 2 : post[1] - 3;
  if (!FIELD_LINKS.has(tokens[link]?.key ?? '') || tokens[link]?.upper || link < post[0]) return false;
  const part = tokens.slice(from, to);
  // "Institute for Social Policy & Understanding" is a body of its own: it has a head.
  if (part.some((t) => t.upper && (ORG_HEADS.has(t.key) || ORG_LEADS.has(t.key)))) return false;
  return part.some((t) => t.key === '&' || (t.key === 'and' && !t.upper));
}

/** True when the part [from, to) can name a body on a roster: a name run that is not registered, not a guest and a spouse, and not one everyday word or a given name alone. */
function isBodyPart(ctx: SpanContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  const words = wordsOf(tokens, from, to);
  if (words.length === 0 || !isNameRun(tokens, from, to)) return false;
  if (isReadByRegistry(tokens, ctx, from, to)) return false;
  // "U.S. Court of Appeals & Ms. Chitra Wadhwani": a guest and a spouse, no body.
  for (let j = from; j < to - 1; j++) if ((tokens[j]?.key === '&' || tokens[j]?.key === 'and') && TITLE_WORDS.has(tokens[j + 1]?.key ?? '')) return false;
  // "Director, Summer Meals Program": a programme, no body.
  if (endsProgramme(words)) return false;
  // "AFT" spells "aft", but in capitals it is a body's initials; after a unit's "at" a company may be
  // called by an everyday noun ("Operations Management at Apple").
  if (words.length === 1 && !isInitials(tokens, from, to)) {
    const info = lookUpWord(words[0]?.key ?? '');
    const plainAfterAt = info.plain && tokens[from - 1]?.key === 'at';
    if (info.common || (info.plain && !plainAfterAt) || info.given || info.demonym || info.function) return false;
  }
  return true;
}

/** The parts of the list item or line holding `k`, split at commas, as [from, to) ranges; undefined when it runs too long or is the headline. */
function partsOfLine(ctx: SpanContext, k: number): [number, number][] | undefined {
  const { tokens } = ctx;
  let start = k;
  while (start > 0 && k - start < MAX_LINE_TOKENS && tokens[start - 1]?.kind !== 'break' && !isItemMarker(tokens, start - 1)) start -= 1;
  let end = k;
  while (end < tokens.length && end - start < MAX_LINE_TOKENS && tokens[end]?.kind !== 'break' && !isItemMarker(tokens, end)) end += 1;
  if (start > 0 && tokens[start - 1]?.kind !== 'break' && !isItemMarker(tokens, start - 1)) return undefined;
  if (tokens[end - 1]?.key === '.') end -= 1;
  for (let j = start; j < end; j++) if (ctx.field[j] === TITLE_FIELD) return undefined;
  const parts: [number, number][] = [];
  let from = start;
  for (let j = start; j <= end; j++) {
    if (j < end && tokens[j]?.key !== ',') continue;
    parts.push([from, j]);
    from = j + 1;
  }
  return parts;
}

/** True when the part [from, to) is a body's initials alone ("AFSCME", "AFL-CIO"). */
function isInitials(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsOf(tokens, from, to);
  return words.length > 0 && words.length <= 2 && words.every((w) => w.allCaps && w.core.length >= 2);
}

/** True when the part [from, to) can name the body a unit belongs to: two words or more, joined by no "and". */
function isBodyAfterUnit(tokens: readonly Token[], from: number, to: number): boolean {
  const part = tokens.slice(from, to);
  return wordsOf(tokens, from, to).length >= 2 && !part.some((t) => t.key === '&' || (t.key === 'and' && !t.upper)) && isNameRun(tokens, from, to);
}

/**
 * The names in a roster line's part, split at slashes ("Equal Rights Advocates/Equal Pay Today"),
 * as [from, to) ranges. A name before a lowercase "at" is a unit of the one after it ("Claims
 * Design and Delivery at Allstate"), so only the one after it is kept.
 */
function namesInPart(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    const isAt = t?.kind === 'word' && t.key === 'at' && !t.upper;
    if (j < to && t?.key !== '/' && !isAt) continue;
    if (!isAt) out.push([at, j]);
    at = j + 1;
  }
  return out;
}

/**
 * The body's name starting at `k` on a participant's line, after the person's name and a post
 * ("…, Executive Director, Equal Rights Advocates/Equal Pay Today" at "Equal" gives "Equal Rights
 * Advocates"), or undefined.
 */
export function employerOnRosterLine(ctx: SpanContext, k: number): [number, number] | undefined {
  const { tokens } = ctx;
  const before = tokens[k - 1]?.key;
  if ((before !== ',' && before !== '/' && before !== 'at') || tokens[k]?.kind !== 'word' || !tokens[k]?.upper) return undefined;
  const parts = partsOfLine(ctx, k);
  if (!parts || parts.length < 3) return undefined;
  const [person] = parts;
  if (!person || !isParticipant(tokens, person[0], person[1])) return undefined;
  let seenPost = false;
  for (let p = 1; p < parts.length; p++) {
    const [from, to] = parts[p] ?? [0, 0];
    if (!seenPost && isSuffix(tokens, from, to)) continue;
    if (isPost(tokens, from, to)) {
      seenPost = true;
      continue;
    }
    if (!seenPost) return undefined;
    if (k < from || k >= to) continue;
    // A part followed by one that is no post is a unit of the next ("Civil Division, Department of
    // Justice"), the start of a name that holds commas ("Office of Planning, Evaluation, and Policy
    // Development") or a town before its state; a part after a state university is its campus.
    const next = parts[p + 1];
    const previous = parts[p - 1];
    if (next && !isPost(tokens, next[0], next[1])) return undefined;
    if (previous && isStateUniversity(tokens, previous[0], previous[1])) return undefined;
    if (previous && isPost(tokens, previous[0], previous[1]) && continuesPostField(tokens, previous, from, to)) return undefined;
    // After a body rather than a post, a body's initials or a name of two words or more without
    // "and" are the body the unit belongs to ("Technology Institute, AFL-CIO", "Center for Women's
    // Employment Equity, Chicago Women in Trades"); other words go on with its name ("Department of
    // Labor, Licensing and Regulation"), say where it is ("Harbour Alliance, Monessen") or leave the
    // roster ("…, and her husband, Tom Vell").
    const afterBody =
      isInitials(tokens, from, to) || (previous !== undefined && isNameRun(tokens, previous[0], previous[1]) && isBodyAfterUnit(tokens, from, to));
    if (previous && !isPost(tokens, previous[0], previous[1]) && !afterBody) return undefined;
    if (isPlaceName(tokens, from, to)) return undefined;
    // "The White House": the name starts after its article.
    const name = namesInPart(tokens, from, to).find(([a]) => a === k);
    if (name && tokens[name[0]]?.key === 'the') name[0] += 1;
    return name && isBodyPart(ctx, name[0], name[1]) ? name : undefined;
  }
  return undefined;
}
