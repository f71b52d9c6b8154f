/** A heading's trailing "Announcement(s)" or "Nominee(s)" word is no part of the body's name before it. */
import { HEADING_TAIL_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Release headings name a body and then what the section holds about it ("United States District
// Court Announcements", "… Court of Federal Claims Nominee"). Title case makes the trailing word look
// like the body's last name word, and the heading reader would keep a body no one calls by that name.

/** End of the name in [from, to) without a trailing heading word; `to` when the name has none. */
export function endBeforeHeadingWord(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end - from > 1 && tokens[end - 1]?.kind === 'word' && HEADING_TAIL_WORDS.has(tokens[end - 1]?.key ?? '')) end -= 1;
  return end;
}
