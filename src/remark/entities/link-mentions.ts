/** Turns the first linkable mention of each registered entity into a link to its entity page. */
import type { Link, Parents, PhrasingContent, Text } from 'mdast';
import type { NameMatch } from '../../lib/entities/types';
import type { Prose } from '../../lib/markdown-text.ts';

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
export function linkFirstMentions(prose: Prose, bodyMatches: readonly NameMatch[], bodyOffset: number, href: (id: string) => string): number {
  const cuts = new Map<Text, { parent: Parents; list: Cut[] }>();
  const linked = new Set<string>();
  for (const m of bodyMatches) {
    if (linked.has(m.id)) continue;
    const span = prose.locate(m.start - bodyOffset, m.end - bodyOffset);
    if (!span || !span.linkable) continue;
    linked.add(m.id);
    const entry = cuts.get(span.node) ?? { parent: span.parent, list: [] };
    // "Russia’s" links "Russia": the possessive stays plain text.
    const text = span.node.value.slice(span.from, span.to);
    entry.list.push({ from: span.from, to: /['’][sS]$/.test(text) ? span.to - 2 : span.to, id: m.id });
    cuts.set(span.node, entry);
  }
  for (const [node, { parent, list }] of cuts) {
    const value = node.value;
    const replacement: PhrasingContent[] = [];
    let at = 0;
    for (const cut of list.sort((a, b) => a.from - b.from)) {
      if (cut.from > at) replacement.push({ type: 'text', value: value.slice(at, cut.from) } satisfies Text);
      replacement.push(entityLink(value.slice(cut.from, cut.to), href(cut.id)));
      at = cut.to;
    }
    if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
    const siblings = parent.children as PhrasingContent[];
    const index = siblings.indexOf(node);
    if (index >= 0) siblings.splice(index, 1, ...replacement);
  }
  return linked.size;
}
