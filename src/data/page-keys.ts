import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { builtAt, site } from '../config/site.ts';
import { imageModulePath } from '../lib/images/index.ts';
import { buildPageKeys, digestJson, type PageKeys } from '../lib/page-keys/index.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';
import { shareCardKind } from './share-images.ts';

let cached: Promise<PageKeys> | undefined;

/** The incremental-build cache keys of this build's pages, computed once from the newsroom index. */
export function getPageKeys(): Promise<PageKeys> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PageKeys> {
  const [newsroom, entries] = await Promise.all([getNewsroom(), getArticleEntries()]);
  // What the content layer made of each file (frontmatter and rendered body), and the bytes of its
  // lead image: the list of images is not part of the pages' code hash (src/data/image-files.ts).
  // The share picture changes with the build time too: an article's own card, then its section's.
  const shareKind = (id: string) => {
    const article = newsroom.byId.get(id);
    return article ? shareCardKind(article) : undefined;
  };
  const sources = new Map(
    [...entries].map(([id, entry]) => [
      id,
      digestJson([entry.data, entry.rendered?.html ?? entry.body ?? '', digestImage(entry.data.image?.src), shareKind(id)]),
    ]),
  );
  return buildPageKeys(newsroom, { site, builtAt, sources });
}

/** A digest of an image file in content/images, or nothing for a remote or missing one. */
function digestImage(src: string | undefined): string | undefined {
  const path = src ? imageModulePath(src) : undefined;
  if (!path || !existsSync(`.${path}`)) return undefined;
  return createHash('sha256')
    .update(readFileSync(`.${path}`))
    .digest('base64url');
}
