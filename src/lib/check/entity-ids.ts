/**
 * The ids the entity registry will hold, without compiling its name matcher (which loads an NLP
 * lexicon and takes seconds): the built-in gazetteer, the entity files, and a topic per tag, as
 * `buildRegistry` adds them. tests/unit/check-real-content.test.ts keeps the two in step.
 */
import { getBuiltinGazetteer } from '../entities/gazetteer/index.ts';
import type { Gazetteer } from '../entities/types.ts';
import { slugify } from '../slugify.ts';
import type { Entity } from '../types.ts';

/** Every entity id `buildRegistry({ files, tags, gazetteer })` would register. */
export function listEntityIds(files: readonly Entity[], tags: readonly string[], gazetteer?: Gazetteer | false): Set<string> {
  const builtin = gazetteer === false ? undefined : (gazetteer ?? getBuiltinGazetteer());
  const ids = new Set<string>([...(builtin?.entities ?? []).map((e) => e.id), ...files.map((f) => f.id)]);
  for (const tag of tags) {
    const id = slugify(tag);
    if (id !== '') ids.add(id);
  }
  return ids;
}
