import { createHash } from 'node:crypto';
import { buildRegistry, loadEntityFiles, type Registry } from '../lib/entities/index.ts';

/** The folder of the editors' entity files. */
export const ENTITY_FOLDER = 'content/entities';

/** The entity registry of this site: built-in gazetteer, `content/entities/*.md`, and the articles' tags. */
export function loadSiteRegistry(tags: readonly string[]): Registry {
  return buildRegistry({ files: loadEntityFiles(ENTITY_FOLDER), tags });
}

/**
 * A hash of what the entity files give the name matcher (ids, names, types, aliases; not the
 * descriptions, which no article body shows). Astro's config digest sees the registry only as
 * its list of ids, so an edited alias would otherwise leave stale links in a restored cache.
 */
export function hashEntityNames(registry: Registry): string {
  const names = [...registry.entities.values()].map((e) => [e.id, e.name, e.type, e.aliases]);
  return createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 16);
}
