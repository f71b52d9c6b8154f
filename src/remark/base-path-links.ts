import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Prefixes root-relative links and images in article bodies with the base path (`/x` → `/news/x`). */
export function remarkBasePathLinks(options: { basePath: string }) {
  const prefix = options.basePath.replace(/\/$/, '');
  return () => (tree: Root) => {
    if (!prefix) return;
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const target = node as { url: string };
      if (target.url.startsWith('/') && !target.url.startsWith('//') && !target.url.startsWith(`${prefix}/`)) {
        target.url = prefix + target.url;
      }
    });
  };
}
