/**
 * The newsroom index of an archive read from Markdown, built the way the site builds it: the
 * build's Markdown pipeline (mentions and unregistered names over the built-in gazetteer and
 * `content/entities`), then `buildNewsroom` with the site's settings and the tags registered.
 */
import { join } from 'node:path';
import { builtAt, site } from '../../src/config/site.ts';
import { readEntityFiles } from '../../src/content/entity-files.ts';
import { buildRegistry, getBuiltinGazetteer, type UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import { buildNewsroom, type Newsroom } from '../../src/lib/newsroom/build-newsroom.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { readArchive } from './load-articles.ts';

/** Reads every folder's articles and builds the newsroom index over all of them together. */
export async function loadQualityNewsroom(root: string, folders: readonly string[]): Promise<Newsroom> {
  const records: ArticleRecord[] = [];
  const candidates = new Map<string, readonly UnregisteredCandidate[]>();
  for (const folder of folders) {
    const archive = await readArchive(folder, { timeZone: site.timeZone });
    records.push(...archive.articles);
    for (const [id, found] of archive.candidates) candidates.set(id, found);
  }
  return buildSiteNewsroom(root, records, candidates);
}

/** The newsroom index of `records` (read through the Markdown pipeline), with the settings the site sets. */
export function buildSiteNewsroom(root: string, records: ArticleRecord[], candidates = new Map<string, readonly UnregisteredCandidate[]>()): Newsroom {
  const files = readEntityFiles(join(root, 'content/entities'));
  const registry = buildRegistry({ files, tags: records.flatMap((r) => r.tags) });
  return buildNewsroom(records, {
    timeZone: site.timeZone,
    sections: site.sections,
    includeDrafts: false,
    registry: registry.entities,
    candidates,
    registered: new Set([...getBuiltinGazetteer().entities.map((e) => e.id), ...files.map((f) => f.id)]),
    entityPageMinArticles: site.entityPageMinArticles,
    now: builtAt,
    locale: site.locale,
  });
}
