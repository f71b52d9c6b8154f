/** Elements that never have a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// One tag: closing slash, name, attributes (quoted values may hold `>`).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const PAGEFIND_DATA = /\sdata-pagefind-(?:filter|meta|sort|weight|index-attrs)\b/;

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  opens: boolean;
  attributes: string;
}

function* tagsFrom(html: string, from: number): Generator<Tag> {
  const pattern = new RegExp(TAG.source, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const closing = m[1] === '/';
    const attributes = m[3] ?? '';
    const opens = !closing && !VOID.has((m[2] ?? '').toLowerCase()) && !attributes.endsWith('/');
    yield { start: m.index, end: m.index + m[0].length, closing, opens, attributes };
  }
}

/** Where the element whose opening tag ends at `from` closes (after its closing tag). */
function elementEnd(html: string, from: number): number {
  let depth = 1;
  for (const tag of tagsFrom(html, from)) {
    if (tag.opens) depth += 1;
    else if (tag.closing) depth -= 1;
    if (depth === 0) return tag.end;
  }
  return html.length;
}

/** The next `data-pagefind-ignore` element in [from, end) that carries no filter, meta or sort. */
function nextCut(html: string, from: number, end: number): { start: number; close: number } | undefined {
  for (const tag of tagsFrom(html, from)) {
    if (tag.start >= end) return undefined;
    if (!tag.opens || !/\sdata-pagefind-ignore\b/.test(tag.attributes)) continue;
    const close = elementEnd(html, tag.end);
    if (!PAGEFIND_DATA.test(html.slice(tag.start, close))) return { start: tag.start, close };
  }
  return undefined;
}

/**
 * The part of a built page that Pagefind's index can depend on: the page language and the
 * `data-pagefind-body` element, without the `data-pagefind-ignore` parts that carry no filter,
 * meta or sort (onward links, bylines, share buttons). A page whose related links change keeps the
 * same searchable part, so its search bundle is not indexed again. Without a body element the
 * whole page counts. Expects well-formed HTML, as Astro writes it.
 */
export function searchablePart(html: string): string {
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';
  const body = /<[a-zA-Z][^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!body) return `${lang}\n${html}`;
  const end = elementEnd(html, body.index + body[0].length);
  let out = `${lang}\n`;
  let from = body.index;
  for (let cut = nextCut(html, body.index + body[0].length, end); cut; cut = nextCut(html, cut.close, end)) {
    out += html.slice(from, cut.start);
    from = cut.close;
  }
  return out + html.slice(from, end);
}
