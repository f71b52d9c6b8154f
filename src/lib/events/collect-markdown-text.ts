import type { Nodes, Root } from 'mdast';

// Nodes whose text is not prose: code, raw HTML, frontmatter, link definitions.
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']);
// Nodes that end a paragraph of text, so sentences never run across them.
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'thematicBreak']);

/** The prose of a Markdown tree as plain text, blocks separated by blank lines, code left out. */
export function collectMarkdownText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'break') parts.push(' ');
    else if ('children' in node) for (const child of node.children) walk(child);
    if (BLOCKS.has(node.type)) parts.push('\n\n');
  };
  walk(tree);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
