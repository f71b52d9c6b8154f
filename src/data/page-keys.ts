import { builtAt, site } from '../config/site.ts';
import { buildPageKeys, digestJson, type PageKeys } from '../lib/page-keys/index.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';

let cached: Promise<PageKeys> | undefined;

/** The incremental-build cache keys of this build's pages, computed once from the newsroom index. */
export function getPageKeys(): Promise<PageKeys> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PageKeys> {
  const [newsroom, entries] = await Promise.all([getNewsroom(), getArticleEntries()]);
  // What the content layer made of each file: its frontmatter and its rendered body.
  const sources = new Map([...entries].map(([id, entry]) => [id, digestJson([entry.data, entry.rendered?.html ?? entry.body ?? ''])]));
  return buildPageKeys(newsroom, { site, builtAt, sources });
}
