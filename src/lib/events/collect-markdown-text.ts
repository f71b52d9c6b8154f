import type { Nodes, Parents, Root, Text } from 'mdast';

// Nodes whose text is not prose: code, raw HTML, frontmatter, link definitions.
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']);
// Nodes that end a paragraph of text, so sentences never run across them.
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'thematicBreak']);

/** Whether a UTF-16 code unit is whitespace as `\s` means it (checked per character, so without a regex). */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Where a stretch of the prose lies in the tree: a text node, its parent, and offsets in its value. */
export interface ProseSpan {
  node: Text;
  parent: Parents;
  from: number;
  to: number;
}

/** The prose of a Markdown tree, and a way back from its offsets to the text nodes they came from. */
export interface Prose {
  /** Blocks separated by blank lines, whitespace collapsed, code left out. */
  text: string;
  /** The text node that holds `text.slice(start, end)` whole; undefined when those words span several nodes. */
  locate(start: number, end: number): ProseSpan | undefined;
}

/** The prose of a Markdown tree as plain text, blocks separated by blank lines, code left out. */
export function collectMarkdownText(tree: Root): string {
  return collectProse(tree).text;
}

/** `collectMarkdownText`, keeping for each character the text node (and offset) it came from. */
export function collectProse(tree: Root): Prose {
  // The raw text, and for each of its characters the piece it came from (-1: a break or block end).
  let raw = '';
  const pieces: Array<{ node: Text; parent: Parents; start: number }> = [];
  const owner: number[] = [];
  const append = (value: string, piece: number): void => {
    raw += value;
    for (let i = 0; i < value.length; i++) owner.push(piece);
  };
  const walk = (node: Nodes, parent: Parents | undefined): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' && parent) {
      pieces.push({ node, parent, start: raw.length });
      append(node.value, pieces.length - 1);
    } else if (node.type === 'break') append(' ', -1);
    else if ('children' in node) for (const child of node.children) walk(child, node);
    if (BLOCKS.has(node.type)) append('\n\n', -1);
  };
  walk(tree, undefined);
  // Blocks split at blank lines, each with whitespace collapsed and trimmed (as `\s+` → ' ').
  let text = '';
  const source: number[] = [];
  let blockStart = 0;
  for (const boundary of [...raw.matchAll(/\n{2,}/g), null]) {
    const blockEnd = boundary ? boundary.index : raw.length;
    let block = '';
    const blockSource: number[] = [];
    let space = -1;
    for (let i = blockStart; i < blockEnd; i++) {
      if (isSpace(raw.charCodeAt(i))) {
        if (block && space < 0) space = i;
        continue;
      }
      if (space >= 0) {
        block += ' ';
        blockSource.push(space);
        space = -1;
      }
      block += raw[i];
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
    return { node: piece.node, parent: piece.parent, from: first - piece.start, to: last + 1 - piece.start };
  };
  return { text, locate };
}
