/** A place that closes a programme's or a body's name ("Investing in America agenda", "Writers Guild of America") is part of that name, not a tag for the place. */
import { lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "President Biden's Investing in America agenda" names a programme and "the Consumer Federation
// of America" a body: neither is about the country. Both are told by capitals in running text: a
// capitalised gerund before "in" ("Investing in"), or two capitalised words ending in a body's head
// or a plural before "of" ("Paralyzed Veterans of"). In a title-cased headline capitals say
// nothing, so there a programme's name counts only when the body writes it as a name too.

/** Heads of a non-state body that take "of <place>" ("Writers Guild of America"); a state's own bodies ("Government of") keep the place. */
const BODY_HEADS: ReadonlySet<string> = new Set(['guild', 'federation', 'association', 'league', 'society', 'club', 'alliance', 'institute', 'foundation']);
/** First words of a state's bodies, whose "of <place>" is their state ("Ministry of Strategic Industries of Ukraine"). */
const STATE_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'government', 'embassy', 'office']);
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);
// How far back a body's name may run from its head.
const MAX_NAME_WORDS = 7;
/** Plurals that end a country's own name ("United States") or a state body's ("Ministry of Foreign Affairs of Japan", "Armed Forces of Ukraine"): the place stays. */
const STATE_PLURALS: ReadonlySet<string> = new Set([
  'states',
  'nations',
  'islands',
  'emirates',
  'republics',
  'territories',
  'provinces',
  'affairs',
  'forces',
  'ministers',
  'deputies',
  'representatives',
  'services',
  'relations',
  'resources',
  'chiefs',
  'operations',
  'rights',
]);

function isCapitalised(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.upper;
}

/** True for a capitalised word standing where running text would not capitalise it: not opening a sentence or a line. */
function capitalisedMidSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return isCapitalised(tokens[k]) && before !== undefined && before.kind !== 'break' && !['.', '?', '!', ':', '“', '"', '—', '–'].includes(before.key);
}

/** True for a capitalised "-ing" word before "in" at `k` ("Investing in"), written as a name's first word. */
function isGerundName(tokens: readonly Token[], k: number, headline: Uint8Array): boolean {
  const t = tokens[k];
  return t !== undefined && tokens[k + 1]?.key === 'in' && /^[a-z]{3,}ing$/.test(t.key) && headline[k] !== 1 && capitalisedMidSentence(tokens, k);
}

/** True when the place at tokens [from, to) closes a programme's name "<Gerund> in <Place>" written as a name in the article. */
function closesProgrammeName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  const gerund = from - 2;
  if (tokens[from - 1]?.key !== 'in' || !isCapitalised(tokens[gerund]) || !/^[a-z]{3,}ing$/.test(tokens[gerund]?.key ?? '')) return false;
  if (headline[gerund] !== 1) return isGerundName(tokens, gerund, headline);
  const keys = tokens.slice(gerund, to).map((t) => t.key);
  return tokens.some((_, k) => isGerundName(tokens, k, headline) && keys.every((key, j) => tokens[k + j]?.key === key));
}

/** True when the place at `from` follows "<Capitalised> <Head or Plural> of" ("Consumer Federation of", "Paralyzed Veterans of"); `written` asks for capitals that running text would not have. */
function closesBodyName(tokens: readonly Token[], from: number, headline: Uint8Array, written = false): boolean {
  const ofAt = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  const head = tokens[ofAt - 1];
  if (tokens[ofAt]?.key !== 'of' || !head || head.possessive || !isCapitalised(head) || !isCapitalised(tokens[ofAt - 2])) return false;
  // A plain English plural ("Veterans", "Workers"), not a surname that ends in "s" ("Mitsotakis of Greece").
  const info = lookUpWord(head.key);
  const plural = head.key.endsWith('s') && !head.key.endsWith('ss') && info.plain && !info.surname && !info.given && !STATE_PLURALS.has(head.key);
  if ((!BODY_HEADS.has(head.key) && !plural) || opensWithStateBody(tokens, ofAt - 1)) return false;
  // A body's head word in a title-cased line is a name still ("Susan Weinstock, Consumer Federation of America"); a plural only in a list item or where the body writes it so.
  // A list item after its comma is a name too ("Advocacy Attorney, Paralyzed Veterans of America").
  if (headline[ofAt - 1] !== 1 || (!written && (BODY_HEADS.has(head.key) || tokens[ofAt - 3]?.key === ','))) return true;
  if (written) return false;
  const keys = tokens.slice(ofAt - 2, from + 1).map((t) => t.key);
  return tokens.some(
    (t, k) =>
      headline[k] !== 1 &&
      t.key === keys[0] &&
      keys.every((key, j) => tokens[k + j]?.key === key) &&
      closesBodyName(tokens, k + keys.length - 1, headline, true),
  );
}

/** True when the capitalised name ending at `head` opens with a state's body ("Ministry of Strategic Industries of Ukraine"): the country is the state's. */
function opensWithStateBody(tokens: readonly Token[], head: number): boolean {
  for (let k = head; k >= 0 && head - k < MAX_NAME_WORDS; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || (!t.upper && !NAME_LINKS.has(t.key))) return false;
    if (STATE_BODIES.has(t.key)) return true;
  }
  return false;
}

/** True when the place named at tokens [from, to) is the last part of a programme's or a non-state body's name. */
export function closesOtherName(tokens: readonly Token[], from: number, to: number, headline: Uint8Array): boolean {
  return closesProgrammeName(tokens, from, to, headline) || closesBodyName(tokens, from, headline);
}
