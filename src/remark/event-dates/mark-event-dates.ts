import type { ElementContent } from 'hast';
import type { Parents, RootContent, Text } from 'mdast';
import type { LocatedEventDate } from '../../lib/events/index.ts';
import type { Prose } from '../../lib/markdown-text.ts';
import { formatDayKeyRange } from '../../lib/time/index.ts';

/** The class of a date's words in an article, and of the resolved date inside them (see global.css). */
export const EVENT_DATE_CLASS = 'event-date';
export const EVENT_DATE_VALUE_CLASS = 'event-date-value';

/**
 * The mdast text node for one date's words, rendered as
 * `<time datetime="2024-04-19" class="event-date" tabindex="0">on the 19th<span class="event-date-value">19 April 2024</span></time>`:
 * the reader's words stay as written, and the resolved date is there for screen readers, for a
 * tooltip on hover and keyboard focus, and for print.
 */
function timeNode(words: string, located: LocatedEventDate, locale: string): Text {
  const value: ElementContent = {
    type: 'element',
    tagName: 'span',
    properties: { className: [EVENT_DATE_VALUE_CLASS] },
    children: [{ type: 'text', value: formatDayKeyRange(located.event.date, located.event.end ?? located.event.date, locale) }],
  };
  return {
    type: 'text',
    value: words,
    data: {
      hName: 'time',
      hProperties: { dateTime: located.event.date, className: [EVENT_DATE_CLASS], tabIndex: 0 },
      hChildren: [{ type: 'text', value: words }, value],
    },
  };
}

// Words that already give the year ("in July 2000", "on April 15, 2019") say the date in full.
const FULL_DATE = /\b\d{4}\b/;

/**
 * Wraps the words of each resolved date in the tree in a `<time>` (see `timeNode`), unless they
 * already give the year. Words that run across several text nodes ("on the *19th*") or overlap
 * another date's are left as they are.
 */
export function markEventDates(prose: Prose, located: readonly LocatedEventDate[], locale: string): void {
  const cuts = new Map<Text, { parent: Parents; spans: Array<{ from: number; to: number; located: LocatedEventDate }> }>();
  for (const item of located) {
    const span = FULL_DATE.test(item.event.text) ? undefined : prose.locate(item.start, item.end);
    if (!span) continue;
    const entry = cuts.get(span.node) ?? { parent: span.parent, spans: [] };
    if (entry.spans.some((s) => s.from < span.to && span.from < s.to)) continue;
    entry.spans.push({ from: span.from, to: span.to, located: item });
    cuts.set(span.node, entry);
  }
  for (const [node, { parent, spans }] of cuts) {
    const pieces: Text[] = [];
    let at = 0;
    for (const span of spans.sort((a, b) => a.from - b.from)) {
      if (span.from > at) pieces.push({ type: 'text', value: node.value.slice(at, span.from) });
      pieces.push(timeNode(node.value.slice(span.from, span.to), span.located, locale));
      at = span.to;
    }
    if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
    const index = (parent.children as RootContent[]).indexOf(node);
    if (index >= 0) (parent.children as RootContent[]).splice(index, 1, ...pieces);
  }
}
