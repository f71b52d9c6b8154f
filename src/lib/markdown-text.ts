/** An article's Markdown tree as plain text: the one text that entities, event dates, summaries and reading time read. */
import type { Nodes, Paragraph, Parents, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

// Not prose: code, frontmatter, link definitions, images and embeds. Inline ones leave a gap.
const SKIPPED = new Set([
  'code',
  'inlineCode',
  'yaml',
  'toml',
  'definition',
  'image',
  'imageReference',
  'footnoteReference',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
// Nodes that end a paragraph of text, so sentences and names never run across them.
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'thematicBreak',
  'mdxJsxFlowElement',
]);
// Inside these a mention is counted but never linked: headings stay plain, links never nest.
const UNLINKABLE = new Set(['heading', 'link', 'linkReference']);

/** Stands in for skipped inline syntax (code, images) so names on either side never join across it. */
export const GAP = '\u2060';

/** Whether a UTF-16 code unit is whitespace as `\s` means it (checked per character, so without a regex). */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where a stretch of the prose lies in the tree: a text node, its parent, and offsets in its value. */
export interface ProseSpan {
  node: Text;
  parent: Parents;
  from: number;
  to: number;
  /** False inside a heading or a link: an entity mention there is counted, not linked. */
  linkable: boolean;
}

/** The prose of a Markdown tree, and a way back from its offsets to the text nodes they came from. */
export interface Prose {
  /** Blocks separated by blank lines, whitespace collapsed, code and raw HTML left out. */
  text: string;
  /** The text node that holds `text.slice(start, end)` whole; undefined when those words span several nodes. */
  locate(start: number, end: number): ProseSpan | undefined;
  /** The stretches of `text` set in bold (`strong`), as [start, end) offsets. */
  bold: Array<[number, number]>;
}

/** The prose of a Markdown tree as plain text, keeping for each character the text node (and offset) it came from. */
export function collectProse(tree: Root): Prose {
  // The raw text, and for each of its characters the piece it came from (-1: a break, gap or block end).
  let raw = '';
  const pieces: Array<{ node: Text; parent: Parents; start: number; linkable: boolean; bold: boolean }> = [];
  const owner: number[] = [];
  const append = (value: string, piece: number): void => {
    raw += value;
    for (let i = 0; i < value.length; i++) owner.push(piece);
  };
  const walk = (node: Nodes, parent: Parents | undefined, linkable: boolean, bold: boolean): void => {
    if (SKIPPED.has(node.type)) append(` ${GAP} `, -1);
    else if (node.type === 'text' && parent) {
      pieces.push({ node, parent, start: raw.length, linkable, bold });
      append(node.value, pieces.length - 1);
    } else if (node.type === 'break') append(' ', -1);
    else if ('children' in node) {
      const inner = linkable && !UNLINKABLE.has(node.type);
      for (const child of node.children) walk(child, node, inner, bold || node.type === 'strong');
    }
    if (BLOCKS.has(node.type)) append('\n\n', -1);
  };
  walk(tree, undefined, true, false);
  // Blocks split at blank lines, each with whitespace collapsed and trimmed (as `\s+` → ' '); a
  // gap counts as a space, written as ` ⁠ ` between words and dropped at a block's edges.
  let text = '';
  const source: number[] = [];
  let blockStart = 0;
  for (const boundary of [...raw.matchAll(/\n{2,}/g), null]) {
    const blockEnd = boundary ? boundary.index : raw.length;
    let block = '';
    const blockSource: number[] = [];
    let space = -1;
    let gap = false;
    for (let i = blockStart; i < blockEnd; i++) {
      const char = raw[i] ?? '';
      if (isSpace(raw.charCodeAt(i)) || (char === GAP && owner[i] === -1)) {
        if (block && space < 0) space = i;
        gap ||= char === GAP && block !== '';
        continue;
      }
      if (space >= 0) {
        block += gap ? ` ${GAP} ` : ' ';
        if (gap) blockSource.push(-1, -1);
        blockSource.push(space);
        space = -1;
        gap = false;
      }
      block += char;
      blockSource.push(i);
    }
    if (block) {
      if (text) {
        text += '\n\n';
        source.push(-1, -1);
      }
      text += block;
      for (const index of blockSource) source.push(index);
    }
    blockStart = boundary ? boundary.index + boundary[0].length : raw.length;
  }
  const locate = (start: number, end: number): ProseSpan | undefined => {
    const first = source[start] ?? -1;
    const last = source[end - 1] ?? -1;
    const piece = pieces[owner[first] ?? -1];
    if (first < 0 || last < 0 || end <= start || !piece || owner[last] !== owner[first]) return undefined;
    return { node: piece.node, parent: piece.parent, from: first - piece.start, to: last + 1 - piece.start, linkable: piece.linkable };
  };
  return { text, locate, bold: boldStretches(source, (i) => pieces[owner[i] ?? -1]?.bold === true) };
}

/** The [start, end) stretches of the text whose characters come from bold pieces; a space between two bold words is bold. */
function boldStretches(source: readonly number[], isBold: (rawIndex: number) => boolean): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    const bold = i < source.length && isBold(source[i] ?? -1);
    if (bold && start < 0) start = i;
    else if (!bold && start >= 0) {
      stretches.push([start, i]);
      start = -1;
    }
  }
  return stretches;
}

/** The first paragraph of a Markdown tree as plain text (mdast-util-to-string), cut at a word near `maxLength`. */
export function leadParagraph(tree: Root, maxLength = 300): string {
  const paragraph = findParagraph(tree);
  if (!paragraph) return '';
  // A hard line break is a space between words, not nothing.
  const text = paragraph.children
    .map((child) => (child.type === 'break' ? ' ' : toString(child, { includeHtml: false })))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength * 0.6)).trimEnd()}…`;
}

/** The first paragraph in document order, at any depth. */
function findParagraph(node: Nodes): Paragraph | undefined {
  if (node.type === 'paragraph') return node;
  if (!('children' in node) || SKIPPED.has(node.type)) return undefined;
  for (const child of node.children) {
    const found = findParagraph(child);
    if (found) return found;
  }
  return undefined;
}

/** Minutes a reader needs for `collectProse` text at about 230 words a minute; at least one. */
export function readingMinutes(plainText: string): number {
  const words = plainText.split(/\s+/).filter((word) => word !== '' && word !== GAP).length;
  return Math.max(1, Math.round(words / 230));
}
