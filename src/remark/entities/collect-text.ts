/** Collects an mdast body as plain text, remembering which text node each stretch came from. */
import type { Nodes, Parent, Root, Text } from 'mdast';

/** A text node and where its value sits in the collected body text. */
export interface TextPiece {
  node: Text;
  parent: Parent;
  /** Offset of `node.value` in the body text. */
  start: number;
  /** False inside headings: mentions there count but are not linked. */
  linkable: boolean;
}

/** The body as plain text plus the text pieces it is made of. */
export interface CollectedText {
  text: string;
  pieces: TextPiece[];
}

// Nodes whose text is not prose the reader sees as the story: code, raw HTML, links, images, definitions.
const SKIPPED = new Set([
  'code', 'inlineCode', 'html', 'link', 'linkReference', 'image', 'imageReference', 'definition',
  'yaml', 'toml', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression',
  'footnoteReference',
]);
const BLOCKS = new Set([
  'root', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'footnoteDefinition', 'thematicBreak', 'mdxJsxFlowElement',
]);
// Stands in for a skipped inline node so names on either side never join across it.
const GAP = ' \u2060 ';

/** Walks the tree in document order and builds the body text. */
export function collectText(tree: Root): CollectedText {
  let text = '';
  const pieces: TextPiece[] = [];
  const endBlock = (): void => {
    if (text !== '' && !text.endsWith('\n\n')) text += '\n\n';
  };
  const visit = (node: Nodes, parent: Parent | undefined, inHeading: boolean): void => {
    if (SKIPPED.has(node.type)) {
      if (!text.endsWith(GAP) && !text.endsWith('\n\n') && text !== '') text += GAP;
      return;
    }
    if (node.type === 'text' && parent) {
      pieces.push({ node, parent, start: text.length, linkable: !inHeading });
      text += node.value;
      return;
    }
    if (node.type === 'break') {
      text += '\n';
      return;
    }
    const block = BLOCKS.has(node.type);
    if (block) endBlock();
    if ('children' in node) {
      const heading = inHeading || node.type === 'heading';
      for (const child of node.children as Nodes[]) visit(child, node, heading);
    }
    if (block) endBlock();
  };
  visit(tree, undefined, false);
  return { text: text.replace(/\s+$/, ''), pieces };
}
