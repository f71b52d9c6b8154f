/** A national body the speaker calls its own ("my National Security Council") or speaks for in a statement's headline is the publisher's home body. */
import type { Token } from './tokenise.ts';

// A release's first person is its publisher: "I have directed my National Security Council" in a
// statement about Uganda is the White House's council, however often the copy names Uganda. So is the
// body a headline's statement comes from ("Statement from National Security Council Spokesperson …").
// The home rule otherwise gives a generic name to the country that leads the article.

const OWNERS: ReadonlySet<string> = new Set(['my', 'our']);
const RELEASES: ReadonlySet<string> = new Set(['statement', 'statements', 'readout', 'remarks']);

/** True when the name at token `from` follows "my"/"our", or opens the speaker's part of a headline (`inTitle`) "Statement from|by (the) …". */
export function isSpeakersOwnBody(tokens: readonly Token[], from: number, inTitle: boolean): boolean {
  if (OWNERS.has(tokens[from - 1]?.key ?? '')) return true;
  if (!inTitle) return false;
  const by = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  return (tokens[by]?.key === 'from' || tokens[by]?.key === 'by') && by === 1 && RELEASES.has(tokens[0]?.key ?? '');
}
