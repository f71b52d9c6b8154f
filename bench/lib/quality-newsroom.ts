/**
 * The newsroom index of an archive read from Markdown, built the way the site builds it: the
 * entity layer over the built-in gazetteer, `content/entities` and the tags, the unregistered
 * names each article's detection found, then `buildNewsroom` with the site's settings.
 */
import { join } from 'node:path';
import { builtAt, site } from '../../src/config/site.ts';
import { readEntityFiles } from '../../src/content/entity-files.ts';
import { addTagMentions, analyseEntities, buildRegistry, getBuiltinGazetteer, type UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import { buildNewsroom, type Newsroom } from '../../src/lib/newsroom/build-newsroom.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { loadArticles } from './load-articles.ts';

/** Reads every folder's articles and builds the newsroom index over all of them together. */
export async function loadQualityNewsroom(root: string, folders: readonly string[]): Promise<Newsroom> {
  const records: ArticleRecord[] = [];
  for (const folder of folders) records.push(...(await loadArticles(folder, { timeZone: site.timeZone })));
  return buildSiteNewsroom(root, records);
}

/** The newsroom index of `records` (no mentions yet), with entities found and settings as the site sets them. */
export function buildSiteNewsroom(root: string, records: readonly ArticleRecord[]): Newsroom {
  const files = readEntityFiles(join(root, 'content/entities'));
  const registry = buildRegistry({ files, tags: records.flatMap((r) => r.tags) });
  const candidates = new Map<string, readonly UnregisteredCandidate[]>();
  const detected = records.map((record) => {
    const analysis = analyseEntities(record, registry);
    candidates.set(record.id, analysis.unregistered);
    return { ...record, mentions: addTagMentions([...analysis.mentions], record.tags) };
  });
  return buildNewsroom(detected, {
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
