/** What a built page links to and how many `<h1>` it has, read with a real HTML parser (parse5). */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One URL in a page: the attribute it came from (`a href`, `img srcset`) and its value. */
export interface PageRef {
  where: string;
  url: string;
}

/** The URLs a page loads or links to, and its `<h1>` count. */
export interface PageSummary {
  refs: PageRef[];
  h1Count: number;
}

// Attributes that hold one URL. (`srcset` holds several and is split below.)
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  form: ['action'],
};

/** The URLs in a `srcset` value (`a.jpg 1x, b.jpg 2x` → `a.jpg`, `b.jpg`). */
export function splitSrcset(value: string): string[] {
  return value
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Parses a page and lists its URLs (`href`, `src`, `srcset`, `poster`, `action`) and `<h1>` elements. */
export function summarisePage(html: string): PageSummary {
  const refs: PageRef[] = [];
  let h1Count = 0;
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'h1') h1Count += 1;
      const wanted = URL_ATTRIBUTES[tag] ?? [];
      for (const attribute of node.attrs) {
        if (wanted.includes(attribute.name)) refs.push({ where: `${tag} ${attribute.name}`, url: attribute.value });
        else if (attribute.name === 'srcset' && (tag === 'img' || tag === 'source')) {
          for (const url of splitSrcset(attribute.value)) refs.push({ where: `${tag} srcset`, url });
        }
      }
      if ('content' in node) stack.push(node.content);
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return { refs, h1Count };
}
