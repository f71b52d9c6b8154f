import type { Nodes, Root } from 'mdast';
import { smartenPunctuation } from '../lib/text/smart-punctuation.ts';

// Inline containers whose text continues the sentence around them; every other parent is a block.
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Curly quotes, apostrophes, dashes and ellipses in article text. Replaces Astro's smartypants
 * (retext over every text node), which cost as much as the rest of an article's Markdown together.
 */
export function remarkSmartPunctuation() {
  return (tree: Root) => {
    let before = '';
    const walk = (node: Nodes): void => {
      if (node.type === 'text') {
        node.value = smartenPunctuation(node.value, before);
        before = node.value.at(-1) ?? before;
      } else if (node.type === 'inlineCode') {
        before = node.value.at(-1) ?? before;
      } else if (node.type === 'break') {
        before = '';
      } else if ('children' in node) {
        if (!PHRASING.has(node.type)) before = '';
        for (const child of node.children) walk(child as Nodes);
        if (!PHRASING.has(node.type)) before = '';
      }
    };
    walk(tree);
  };
}
