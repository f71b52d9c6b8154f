import { basename } from 'node:path';
import { fixFileName } from '../lib/check/check-files.ts';
import { ContentError } from '../lib/content-error.ts';
import type { Entity } from '../lib/types.ts';
import { entitySchema, type EntityData } from './schemas.ts';
import { readRawSources } from './source-files.ts';
import { readValidSources } from './validate-sources.ts';

/** The entity an editor's file registers: its frontmatter (already valid) and its body, the description. */
export function entityOf(id: string, data: EntityData, body: string): Entity {
  const description = body.trim();
  return { id, name: data.name, type: data.type, aliases: data.aliases, wikidata: data.wikidata, description: description === '' ? undefined : description };
}

/**
 * Every `<dir>/*.md` entity file, sorted by id, read as the content layer reads it (frontmatter
 * reader, `entitySchema`, `articleIdOf`); throws one error naming every bad file. A file name that
 * is not a slug stops it too: tags and `entities:` reach an entity only through its slug.
 */
export function readEntityFiles(dir: string): Entity[] {
  const raw = readRawSources(dir).filter((source) => !source.id.includes('/'));
  for (const { file } of raw) {
    const fixed = fixFileName(basename(file));
    if (fixed) throw new ContentError({ file, message: `has a name that is not a URL slug; rename it to ${fixed} (lowercase letters, digits and hyphens)` });
  }
  return readValidSources(raw, entitySchema).map((source) => entityOf(source.id, source.data, source.frontmatter.body));
}
