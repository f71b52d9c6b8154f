import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normaliseBasePath } from '../lib/settings.ts';
import { withBase, withoutBase } from '../lib/urls.ts';

/** Prefixes root-relative links and images in article bodies with the base path (`/x` → `/news/x`). */
export function remarkBasePathLinks(options: { basePath: string }) {
  const basePath = normaliseBasePath(options.basePath);
  return () => (tree: Root) => {
    if (basePath === '/') return;
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const target = node as { url: string };
      if (target.url.startsWith('/') && !target.url.startsWith('//') && withoutBase(basePath, target.url) === undefined) {
        target.url = withBase(basePath, target.url);
      }
    });
  };
}
