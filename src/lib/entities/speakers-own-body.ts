/** A national body the speaker calls its own ("my National Security Council") or speaks for in a statement's headline is the publisher's home body. */
import { isInsideQuotes } from './inside-quotes.ts';
import type { Token } from './tokenise.ts';

// A release's first person is its publisher: "I have directed my National Security Council" in a
// statement about Uganda is the White House's council, however often the copy names Uganda. So is the
// body a headline's statement comes from ("Statement from National Security Council Spokesperson …").
// The home rule otherwise gives a generic name to the country that leads the article.

const OWNERS: ReadonlySet<string> = new Set(['my', 'our']);
const RELEASES: ReadonlySet<string> = new Set(['statement', 'statements', 'readout', 'remarks']);
/**
 * True when the name at tokens [from, to) follows "my"/"our" outside a quotation, or is the whole
 * speaker of the article's headline "Statement from|by (the) …" (`inTitle`; the headline is the
 * article's first tokens): not a body "of" another country ("Statement by the National Security Council of Japan").
 */
export function isSpeakersOwnBody(tokens: readonly Token[], from: number, to: number, inTitle: boolean): boolean {
  if (OWNERS.has(tokens[from - 1]?.key ?? '')) return !isInsideQuotes(tokens, from - 1);
  if (!inTitle || tokens[to]?.key === 'of') return false;
  const by = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  return (tokens[by]?.key === 'from' || tokens[by]?.key === 'by') && by === 1 && RELEASES.has(tokens[0]?.key ?? '');
}
