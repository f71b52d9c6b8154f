import { buildRegistry, loadEntityFiles, type Registry } from '../lib/entities/index.ts';

/** The entity registry of this site: built-in gazetteer, `content/entities/*.md`, and the articles' tags. */
export function loadSiteRegistry(tags: readonly string[]): Registry {
  return buildRegistry({ files: loadEntityFiles('content/entities'), tags });
}
