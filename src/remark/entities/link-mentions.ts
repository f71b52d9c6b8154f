/** Turns the first linkable mention of each registered entity into a link to its entity page. */
import type { Link, PhrasingContent, Text } from 'mdast';
import type { NameMatch } from '../../lib/entities/types';
import type { TextPiece } from './collect-text';

/** A link to split into a text node: offsets inside `node.value`. */
interface Cut {
  from: number;
  to: number;
  id: string;
}

/** The mdast link node for one entity mention. */
function entityLink(value: string, url: string): Link {
  return {
    type: 'link',
    url,
    title: null,
    children: [{ type: 'text', value }],
    data: { hProperties: { className: ['entity-link'] } },
  };
}

/** Links the first mention of each entity that lies wholly inside one linkable text node. */
export function linkFirstMentions(
  pieces: readonly TextPiece[],
  bodyMatches: readonly NameMatch[],
  bodyOffset: number,
  href: (id: string) => string,
): number {
  const cuts = new Map<TextPiece, Cut[]>();
  const linked = new Set<string>();
  let p = 0;
  for (const m of bodyMatches) {
    if (linked.has(m.id)) continue;
    const start = m.start - bodyOffset;
    const end = m.end - bodyOffset;
    while (p < pieces.length && (pieces[p]?.start ?? 0) + (pieces[p]?.node.value.length ?? 0) <= start) p += 1;
    const piece = pieces[p];
    if (!piece || !piece.linkable || piece.start > start || end > piece.start + piece.node.value.length) continue;
    linked.add(m.id);
    const list = cuts.get(piece) ?? [];
    // "Russia’s" links "Russia": the possessive stays plain text.
    const text = piece.node.value.slice(start - piece.start, end - piece.start);
    const trimmed = /['’][sS]$/.test(text) ? end - 2 : end;
    list.push({ from: start - piece.start, to: trimmed - piece.start, id: m.id });
    cuts.set(piece, list);
  }
  for (const [piece, list] of cuts) {
    const value = piece.node.value;
    const replacement: PhrasingContent[] = [];
    let at = 0;
    for (const cut of list.sort((a, b) => a.from - b.from)) {
      if (cut.from > at) replacement.push({ type: 'text', value: value.slice(at, cut.from) } satisfies Text);
      replacement.push(entityLink(value.slice(cut.from, cut.to), href(cut.id)));
      at = cut.to;
    }
    if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
    const siblings = piece.parent.children as PhrasingContent[];
    const index = siblings.indexOf(piece.node);
    if (index >= 0) siblings.splice(index, 1, ...replacement);
  }
  return linked.size;
}
