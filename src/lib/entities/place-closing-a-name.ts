/** A place that closes a programme's or a body's name ("Investing in America agenda", "Writers Guild of America") is part of that name, not a tag for the place. */
import { lookUpWord } from './lexicon.ts';
import { isSentenceStart } from './name-spans.ts';
import { isCapitalisedWord, type Token } from './tokenise.ts';

// "President Biden's Investing in America agenda" names a programme and "the Consumer Federation
// of America" a body: neither is about the country. Capitals tell the programme in running text: an
// everyday "-ing" word capitalised mid-sentence before "in" ("Investing in"); in a title-cased
// headline capitals say nothing, so there it counts only when the body writes it as a name too. A
// body's head before "of" ("Guild of", "Federation of") tells the body anywhere, headlines too.
// A surname or a name before "in" ("President Xi Jinping in China") is no programme.

/** Heads of a non-state body that take "of <place>" ("Writers Guild of America"); a state's own bodies ("Government of") keep the place. */
const BODY_HEADS: ReadonlySet<string> = new Set(['guild', 'federation', 'association', 'league', 'society', 'club', 'alliance', 'institute', 'foundation']);

/** True for an everyday "-ing" word ("Investing"), not a name that ends so ("Jinping", "Boeing", "Harding"). */
function isGerund(t: Token | undefined): boolean {
  if (!t || !/^[a-z]{3,}ing$/.test(t.key)) return false;
  const info = lookUpWord(t.key);
  return info.plain && !info.surname && !info.given && !info.org;
}

/** True for a gerund at `k` before "in", capitalised where running text would not capitalise it. */
function isGerundName(tokens: readonly Token[], k: number, headline: Uint8Array): boolean {
  return isCapitalisedWord(tokens[k]) && isGerund(tokens[k]) && tokens[k + 1]?.key === 'in' && headline[k] !== 1 && !isSentenceStart(tokens, k);
}

/** True when the place at tokens [from, to) closes a programme's name "<Gerund> in <Place>" written as a name in the article. */
function closesProgrammeName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  const gerund = from - 2;
  if (headline[gerund] !== 1) return isGerundName(tokens, gerund, headline);
  if (tokens[from - 1]?.key !== 'in' || !isCapitalisedWord(tokens[gerund]) || !isGerund(tokens[gerund])) return false;
  const keys = tokens.slice(gerund, to).map((t) => t.key);
  return tokens.some((_, k) => isGerundName(tokens, k, headline) && keys.every((key, j) => tokens[k + j]?.key === key));
}

/** True when the place at `from` follows "<Capitalised> <Body's head> of (the)" ("Consumer Federation of", "Writers Guild of"). */
export function closesBodyName(tokens: readonly Token[], from: number): boolean {
  const ofAt = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  const head = tokens[ofAt - 1];
  return (
    tokens[ofAt]?.key === 'of' &&
    head !== undefined &&
    !head.possessive &&
    BODY_HEADS.has(head.key) &&
    isCapitalisedWord(head) &&
    isCapitalisedWord(tokens[ofAt - 2])
  );
}

/** True when the place named at tokens [from, to) is the last part of a programme's or a non-state body's name. */
export function closesOtherName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  return closesProgrammeName(tokens, from, to, headline) || closesBodyName(tokens, from);
}

/**
 * True when the name finder can read the whole body's name the place at [from, to) closes: one word
 * right after "of" ("Consumer Federation of America"). A longer place ("… Society of the District of
 * Columbia Circuit's …") stays the registry's, or the finder would cut the name at its words.
 */
export function leavesBodyNameWhole(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from - 1]?.key === 'of' && closesBodyName(tokens, from);
}
