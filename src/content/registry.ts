import { createHash } from 'node:crypto';
import { buildRegistry, type Registry } from '../lib/entities/index.ts';
import { readEntityFiles } from './entity-files.ts';
import { readRawSources } from './source-files.ts';

/** The folder of the editors' entity files. */
export const ENTITY_FOLDER = 'content/entities';

// The Markdown pipeline (loaded with the config) and the newsroom index (bundled with the pages)
// are separate module instances in one process, so the compiled registry is shared on globalThis.
const SHARED = Symbol.for('dateline.site-registry');
type Shared = { [SHARED]?: { key: string; registry: Registry } };

/**
 * The entity registry of this site: built-in gazetteer and `content/entities/*.md`, compiled once
 * per build (again only when an entity file changes, as in `astro dev`). Articles' tags are not in
 * it: they are never matched in text; `addTagTopics` adds them to a copy of its entities.
 */
export function loadSiteRegistry(): Registry {
  const key = hashText(readRawSources(ENTITY_FOLDER).map((s) => `${s.file}\0${s.text}`).join('\0'));
  const shared = globalThis as Shared;
  const cached = shared[SHARED];
  if (cached?.key === key) return cached.registry;
  const registry = buildRegistry({ files: readEntityFiles(ENTITY_FOLDER) });
  shared[SHARED] = { key, registry };
  return registry;
}

/**
 * A hash of what the entity files give the name matcher (ids, names, types, aliases; not the
 * descriptions, which no article body shows). Astro's config digest sees the registry only as
 * its list of ids, so an edited alias would otherwise leave stale links in a restored cache.
 */
export function hashEntityNames(registry: Registry): string {
  const names = [...registry.entities.values()].map((e) => [e.id, e.name, e.type, e.aliases]);
  return hashText(JSON.stringify(names));
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
