import type { Link, Nodes, Root, Text } from 'mdast';
import { smartenPunctuation } from '../lib/text/smart-punctuation.ts';

// Inline containers whose text continues the sentence around them; every other parent is a block.
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Curly quotes, apostrophes, dashes and ellipses in article text, as remark-smartypants gave them
 * (retext over every text node: as costly as the rest of an article's Markdown together).
 */
export function remarkSmartPunctuation() {
  return (tree: Root) => {
    // The block's text in order: nodes to smarten, and text shown as written (code, bare URLs);
    // '' marks a block edge or line break.
    const pieces: Array<Text | string> = [];
    const walk = (node: Nodes): void => {
      if (node.type === 'text') pieces.push(node);
      else if (node.type === 'inlineCode') pieces.push(node.value);
      else if (node.type === 'break') pieces.push('');
      // A bare URL (GFM autolink) stays as written: `a--b` in an address is not a dash.
      else if (node.type === 'link' && isBareUrl(node)) pieces.push(node.url);
      else if ('children' in node) {
        const block = !PHRASING.has(node.type);
        if (block) pieces.push('');
        for (const child of node.children) walk(child);
        if (block) pieces.push('');
      }
    };
    walk(tree);
    let before = '';
    pieces.forEach((piece, i) => {
      if (typeof piece === 'string') {
        before = piece.at(-1) ?? '';
        return;
      }
      const next = pieces[i + 1];
      piece.value = smartenPunctuation(piece.value, before, (typeof next === 'string' ? next : next?.value)?.[0] ?? '');
      before = piece.value.at(-1) ?? before;
    });
  };
}

const isBareUrl = (link: Link): boolean => {
  const [only] = link.children;
  return (
    link.children.length === 1 &&
    only?.type === 'text' &&
    (link.url === only.value || link.url === `mailto:${only.value}` || link.url === `http://${only.value}`)
  );
};
