/**
 * Entity mentions for benchmark archives read from Markdown, the way the site finds them: the
 * entity layer's `analyseEntities` over the built-in gazetteer plus `content/entities`, then the
 * cross-article rule for unregistered names. Falls back to a capitalised-phrase stand-in, saying
 * so, when the entity layer cannot be loaded.
 */
import type { UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { detectCapitalisedEntities } from './capitalised-entities.ts';

/** Articles with mentions filled in, display names of their entities, and which detector ran. */
export interface DetectedArchive {
  articles: ArticleRecord[];
  names: Map<string, string>;
  detector: string;
}

/**
 * Fills in `mentions` (and tag topics) for every article; `entitiesDir` is `content/entities`.
 * Articles read from Markdown (`readArchive`) come with the pipeline's mentions: pass its
 * `candidates` and only the cross-article rule runs.
 */
export async function detectArticleEntities(
  articles: readonly ArticleRecord[],
  entitiesDir: string,
  candidates?: ReadonlyMap<string, readonly UnregisteredCandidate[]>,
): Promise<DetectedArchive> {
  try {
    const entities = await import('../../src/lib/entities/index.ts');
    const { readEntityFiles } = await import('../../src/content/entity-files.ts');
    const { addUnregisteredMentions } = await import('../../src/lib/newsroom/unregistered-mentions.ts');
    const registry = entities.buildRegistry({
      files: readEntityFiles(entitiesDir),
      tags: articles.flatMap((a) => a.tags),
    });
    const candidatesOf = new Map(candidates);
    const detected = candidates
      ? [...articles]
      : articles.map((article) => {
          const analysis = entities.analyseEntities(article, registry);
          candidatesOf.set(article.id, analysis.unregistered);
          return { ...article, mentions: entities.addTagMentions([...analysis.mentions], article.tags) };
        });
    const withNames = addUnregisteredMentions(detected, candidatesOf, registry.entities);
    const names = new Map([...registry.entities.values(), ...withNames.entities].map((e) => [e.id, e.name]));
    return { articles: withNames.articles, names, detector: 'src/lib/entities analyseEntities + confident unregistered names' };
  } catch (error) {
    console.log(`  (entity layer not usable: ${(error as Error).message.split('\n')[0]}; using the capitalised-phrase stand-in)`);
    const names = new Map<string, string>();
    const withMentions = articles.map((article) => {
      const found = detectCapitalisedEntities(article.title, article.summary, article.body);
      for (const { mention, name } of found) if (!names.has(mention.id)) names.set(mention.id, name);
      return { ...article, mentions: found.map((f) => f.mention) };
    });
    return { articles: withMentions, names, detector: 'bench capitalised-phrase stand-in' };
  }
}
