/** After a company officer's title and "of", a capitalised name is the employer ("CEO of OpenAI", "Founder of TaskRabbit"): an organisation, named on purpose. */
import { BOARD_WORDS, isMonth, lookUpWord, TITLE_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import { isUpperWord, TITLE_FIELD, type Token } from './tokenise.ts';

// A post's "of" usually opens its field ("Secretary of Defense") or its country ("President of
// Ukraine"), which the name finder reads as part of the post. A company's officers are the
// exception: a chief executive, a founder or a chairman is "of" a company, and copy names it to say
// who the person works for ("Sam Altman, CEO of OpenAI"). An editor lists that company even named
// once, as one named with its legal form. One everyday word is the post's own ("Chairman of the
// Board"), and a known place is no employer ("Founder of Chicago").

const OFFICER_TITLES: ReadonlySet<string> = new Set(['ceo', 'founder', 'cofounder', 'chairman', 'chairwoman', 'owner']);

/** True when the title word at `k` is a company officer's ("CEO", "Co-Founder", "Chairman"). */
function isOfficerTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || !OFFICER_TITLES.has(t.key)) return false;
  // "Co-Founder": the hyphenated prefix belongs to the same title.
  return t.key !== 'founder' || tokens[k - 1]?.key !== '-' || tokens[k - 2]?.key === 'co';
}

/** Index past "of" and "the" at `k`, or `k` when no "of" is there. */
function pastOf(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.key !== 'of') return k;
  return tokens[k + 1]?.key === 'the' ? k + 2 : k + 1;
}

/**
 * Where the employer's name starts after an officer's title and "of" (the title ends at `k`), past
 * the board the officer chairs, which is part of the post ("Chairman of the Board of Directors of
 * Costco"), or -1.
 */
export function startOfEmployer(tokens: readonly Token[], k: number): number {
  if (!isOfficerTitle(tokens, k) || tokens[k + 1]?.key !== 'of') return -1;
  let at = pastOf(tokens, k + 1);
  if (tokens[at]?.key !== 'board') return at;
  at += 1;
  if (tokens[at]?.key === 'of' && BOARD_WORDS.has(tokens[at + 1]?.key ?? '')) at += 2;
  const next = pastOf(tokens, at);
  return next > at ? next : -1;
}

// Links an employer's name may hold ("Kellerton County Board of Commissioners", "Procter & Gamble").
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', '&']);

// The most tokens between an officer's title and the employer: "of the Board of Directors of the".
const MAX_REACH = 8;

/** True when the name at `from` follows an officer's title and "of" ("CEO of OpenAI", "Chairman of the Board of Costco"). */
export function followsOfficerTitle(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 2; k >= Math.max(0, from - MAX_REACH); k--) if (startOfEmployer(tokens, k) === from) return true;
  return false;
}

/** True when capitalised words [from, to) can name an employer: not a known place, a title, a demonym, an honour's year or one everyday word. */
export function isEmployerName(tokens: readonly Token[], from: number, to: number): boolean {
  // "Board of Commissioners": a lowercase link inside the name is no word of it.
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && (t.upper || !NAME_LINKS.has(t.key)));
  if (words.length === 0 || words.length > 6 || words.some((w) => !w.upper || TITLE_WORDS.has(w.key))) return false;
  const [first] = words;
  const info = lookUpWord(first?.key ?? '');
  // "CEO of the Year Award": an honour's name, no company.
  if (first?.key === 'year' || isMonth(first?.key ?? '')) return false;
  // "CEO of Google": a one-word company the lexicon knows is a company, though it is a word too.
  if (info.demonym || (words.length === 1 && !info.org && (info.common || info.plain || info.place || info.given || info.surname))) return false;
  return !words.every((w) => lookUpWord(w.key).place);
}

/**
 * Where a person's name closing [from, to) starts after the employer: a given name and one or two
 * more words ("Citi Jane Fraser" at "Jane", "Morgan Stanley Ted Pick" at "Ted"); `to` when none does.
 */
export function startOfOfficerName(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 2; k >= Math.max(from + 1, to - 3); k--) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper && lookUpWord(t.key).given && tokens.slice(k, to).every((w) => w.kind === 'word' && w.upper)) return k;
  }
  return to;
}

/**
 * True when [from, to), of three words or more, ends in two capitalised words that are no everyday
 * word, place or body word: more likely a person's name than a company's ("Tata Sons Natarajan
 * Chandrasekaran"). Unlike `isUnknownWord`, a known given name or surname counts here.
 */
export function endsInUnknownName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3) return false;
  return tokens.slice(to - 2, to).every((t) => {
    const info = lookUpWord(t.key);
    return t.kind === 'word' && t.upper && !info.common && !info.plain && !info.place && !info.org && !info.function;
  });
}

/**
 * The employer after a company officer's title ending at `k` on a participant's line ("Sam Altman,
 * CEO of OpenAI", "Robb Vell, Chairman of the Fulton County Board of Commissioners"): the line names
 * the person before a comma, and the employer runs to a comma, "and" or the line's end. A heading
 * line runs the employer into the next name ("Meeting with Chairman of the National Assembly Vuong
 * Dinh Hue") and is left alone.
 */
export function employerOnParticipantLine(ctx: SpanContext, k: number): [number, number] | undefined {
  const { tokens } = ctx;
  const from = ctx.field[k] === TITLE_FIELD ? -1 : startOfEmployer(tokens, k);
  if (from < 0) return undefined;
  let line = k;
  while (line > 0 && tokens[line - 1]?.kind !== 'break' && tokens[line - 1]?.key !== ',') line -= 1;
  if (tokens[line - 1]?.key !== ',') return undefined;
  let to = from;
  while (ctx.headline[to] === 1 && ctx.covered[to] === -1 && isUpperWord(tokens[to])) {
    to += 1;
    if (NAME_LINKS.has(tokens[to]?.key ?? '') && isUpperWord(tokens[to + 1])) to += 1;
  }
  const next = tokens[to];
  const ends = !next || next.kind === 'break' || next.key === ',' || next.key === ';' || next.key === 'and';
  const end = startOfOfficerName(tokens, from, to);
  return ends && end > from && isEmployerName(tokens, from, end) ? [from, end] : undefined;
}
