/** A body named once in full, then again as "the" and its head ("the agency", "the Council", "the Task Force"): a second mention. */
import { lookUpWord, ORG_HEADS, PREPOSITIONS } from './lexicon.ts';
import { isSentenceStart } from './name-spans.ts';
import { otherNumberForms } from './registered-in-other-number.ts';
import type { Token } from './tokenise.ts';

// Copy names a body in full once ("the Harbour Safety Agency (HSA) said …") and then by its head
// alone ("The agency warned …", "the Council met again"). The head is the last word of the name's
// capitalised opening, before its first lowercase word ("Council" of "Council of Wardens", "Task
// Force" of "Task Force to Clear Ports"). Such a back-reference names the body only when exactly one
// body of the article has that head; with two ("the Harbour Agency", "the Tide Agency") it could be either.

/** A body found in the article: where its fullest form is written, and the token ranges that name it. */
export interface NamedBody {
  best: readonly [number, number];
  ranges: readonly (readonly [number, number])[];
}

/** Heads that copy writes in lowercase after "the" to name a body again anywhere in a sentence ("the agency", "the coast guard"). */
const LOWERCASE_BACK_REFERENCE_HEADS: ReadonlySet<string> = new Set([
  'agency',
  'company',
  'council',
  'commission',
  'committee',
  'board',
  'department',
  'ministry',
  'bureau',
  'administration',
  'authority',
  'guard',
]);

/** Heads whose lowercase form is mostly an everyday noun ("laid the foundation for", "left the office early"). */
const EVERYDAY_HEADS: ReadonlySet<string> = new Set(['foundation', 'center', 'centre', 'office', 'mission']);

/** Words that join a head to what follows inside a longer name ("the Council of Economic Advisers" is another body). */
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to', 'in', 'and']);

/** The word tokens of a name's capitalised opening, without a leading "the" ("Council" of "the Council of Wardens"). */
export function headOpening(tokens: readonly Token[], from: number, to: number): Token[] {
  const opening: Token[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'break') break;
    if (t.kind !== 'word') continue;
    if (opening.length === 0 && t.key === 'the') continue;
    if (!t.upper) break;
    opening.push(t);
  }
  return opening;
}

/** True when the words after a back-reference run on into another name ("the Council of Economic Advisers", "the Agency Director"). */
function runsOnIntoName(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  // "the Harbour-based firm": a hyphen makes the head part of another word.
  if (next?.key === '-' && next.start === tokens[at - 1]?.end) return true;
  if (next?.kind !== 'word') return false;
  if (next.upper) return true;
  const after = tokens[at + 1];
  return NAME_JOINS.has(next.key) && after?.kind === 'word' && after.upper;
}

/** True when a head is an everyday noun ("agency", "Council"), as back-references are; not a place or a brand ("the Durham"). */
function isEverydayHead(key: string): boolean {
  const info = lookUpWord(key);
  return (info.common || info.plain || ORG_HEADS.has(key)) && !info.place && !info.given && !info.surname;
}

/**
 * True when the article writes the head in lowercase only after "the" ("the agency"): a head it also
 * uses for other things ("federal agencies", "good news") refers back to no one body.
 */
function isOnlyBackReference(tokens: readonly Token[], opening: readonly Token[]): boolean {
  const head = opening[opening.length - 1]?.key ?? '';
  const before = opening[opening.length - 2]?.key;
  const forms = new Set([head, ...otherNumberForms(head)]);
  // "coast guard plane" after "the Nordvik Coast Guard": the ending of the body's own name is no other use.
  const refers = (k: number): boolean =>
    tokens[k - 1]?.key === 'the' || tokens[k - 2]?.key === 'the' || (before !== undefined && tokens[k - 1]?.key === before);
  return tokens.every((t, k) => t.kind !== 'word' || t.upper || !forms.has(t.key) || refers(k));
}

/**
 * True when a lowercase "the" at `i` and `size` words of a head refer back to the body. A word for a
 * body does anywhere ("the agency"); any head does as a sentence's opening ("The church is where …") or
 * a possessive ("the foundation’s mission"); other heads not when everyday nouns ("left the office
 * early"), after a preposition ("at the center"), or before "of"/"for" and a lowercase word ("the
 * mission of the talks"), where the word is a phrase of its own.
 */
function lowercaseRefersAt(tokens: readonly Token[], head: string, i: number, size: number): boolean {
  if (LOWERCASE_BACK_REFERENCE_HEADS.has(head) || isSentenceStart(tokens, i) || tokens[i + size]?.possessive) return true;
  if (EVERYDAY_HEADS.has(head) || PREPOSITIONS.has(tokens[i - 1]?.key ?? '')) return false;
  const link = tokens[i + 1 + size];
  const after = tokens[i + 2 + size];
  return !((link?.key === 'of' || link?.key === 'for') && after?.kind === 'word' && !after.upper);
}

/**
 * For each body with a head no other body of the article shares (`others` are the openings of
 * registered bodies, which count against a head too), the token ranges after its first mention where
 * "the" and the last words of its opening name it again. `free[k]` is 1 where token k is in no name.
 */
export function findHeadWordMentions<B extends NamedBody>(
  tokens: readonly Token[],
  bodies: readonly B[],
  others: readonly (readonly Token[])[],
  free: (k: number) => boolean,
): Map<B, [number, number][]> {
  const found = new Map<B, [number, number][]>();
  const byHead = new Map<string, { body: B | undefined; opening: readonly Token[]; name: string; longest: number }[]>();
  const add = (body: B | undefined, opening: readonly Token[], longest: number): void => {
    const head = opening[opening.length - 1]?.key;
    if (!head) return;
    const name = opening.map((t) => t.key).join(' ');
    const same = byHead.get(head) ?? [];
    if (!same.some((o) => o.name === name)) same.push({ body, opening, name, longest });
    byHead.set(head, same);
  };
  for (const body of bodies) {
    const opening = headOpening(tokens, body.best[0], body.best[1]);
    // "Deliver Results The Harbour Administration": a "The" inside is two names run together, no one body's head.
    if (opening.some((t) => t.key === 'the')) continue;
    // "Trade and Harbour Agency": an opening cut by "and" is a field, not the head.
    const last = opening[opening.length - 1];
    const after = last ? tokens.slice(tokens.indexOf(last) + 1, body.best[1]).find((t) => t.kind === 'word') : undefined;
    if (after?.key === 'and') continue;
    const words = tokens.slice(body.best[0], body.best[1]).filter((t) => t.kind === 'word' && t.key !== 'the').length;
    // "the Council" of "Council of Wardens" is its whole opening; "the Guard" of "Harbour Guard" only its last word.
    add(body, opening, opening.length < words ? opening.length : opening.length - 1);
  }
  for (const opening of others) add(undefined, opening, 0);
  const thes: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.key === 'the') thes.push(i);
  });
  for (const same of byHead.values()) {
    const only = same.length === 1 ? same[0] : undefined;
    if (!only?.body || only.longest < 1 || !isEverydayHead(only.opening[only.opening.length - 1]?.key ?? '')) continue;
    const { body, opening, longest } = only;
    // In lowercase only a word for a body ("the agency", "the coast guard"), not "the public health emergency" (read once, when needed).
    const head = opening[opening.length - 1]?.key ?? '';
    let lowercase: boolean | undefined;
    const lowercaseRefers = (): boolean => (lowercase ??= ORG_HEADS.has(head) && isOnlyBackReference(tokens, opening));
    const refersFrom = (i: number, size: number): boolean => lowercaseRefersAt(tokens, head, i, size);
    const endingStarts = new Set(opening.slice(opening.length - longest).map((t) => t.key));
    const first = Math.min(...body.ranges.map(([from]) => from));
    const ranges: [number, number][] = [];
    for (const i of thes) {
      if (i <= first || !endingStarts.has(tokens[i + 1]?.key ?? '')) continue;
      // The longest ending of the opening, short of the whole ("the coast guard", then "the guard").
      for (let size = longest; size >= 1; size--) {
        const words = opening.slice(opening.length - size);
        const at = tokens.slice(i + 1, i + 1 + size);
        const cased = at.every((t) => t.upper) || (at.every((t) => !t.upper) && refersFrom(i, size) && lowercaseRefers());
        const same = at.length === size && at.every((t, n) => t.kind === 'word' && t.key === words[n]?.key && free(i + 1 + n));
        if (!same || !cased || (!at[size - 1]?.possessive && runsOnIntoName(tokens, i + 1 + size))) continue;
        ranges.push([i + 1, i + 1 + size]);
        break;
      }
    }
    if (ranges.length > 0) found.set(body, ranges);
  }
  return found;
}
