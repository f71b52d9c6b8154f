/** "Oval Office", "East Room": a room named by one adjective is a place in a building, not a body; "Foreign Office" (a post's field) and "Patent Office" (a noun) stay bodies. */
import { lookUpWord, ROOM_HEADS, TITLE_DOMAIN_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

/** True when tokens [from, to) are one adjective and a room head ("Oval Office"), the adjective being no post's field ("Foreign"). */
export function isRoomName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const [first, head] = words;
  if (words.length !== 2 || !first || !head || !ROOM_HEADS.has(head.key) || first.allCaps) return false;
  const info = lookUpWord(first.key);
  return info.adjective && !info.place && !info.demonym && !TITLE_DOMAIN_WORDS.has(first.key);
}
