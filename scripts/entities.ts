/**
 * Lists the names the registry does not know, across `content/articles/`: the confident ones (in a
 * title or summary, named twice in an article, or in two articles) with counts and article ids.
 *
 *   npx tsx scripts/entities.ts              list confident unregistered entities
 *   npx tsx scripts/entities.ts --all        also list the ones not (yet) confident
 *   npx tsx scripts/entities.ts --write <id> write a starter content/entities/<id>.md (never overwrites)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtAt, site } from '../src/config/site.ts';
import { createArticleReader } from '../src/content/markdown-pipeline.ts';
import { loadSiteRegistry } from '../src/content/registry.ts';
import { siteArticleSchema } from '../src/content/site-article-schema.ts';
import { readRawSources } from '../src/content/source-files.ts';
import { readValidSources } from '../src/content/validate-sources.ts';
import {
  addTagTopics,
  addAcronymsAlone,
  countArchiveEvidence,
  type ArticleWords,
  selectConfidentEntities,
  type ArticleCandidates,
  type ConfidentEntity,
  type UnregisteredCandidate,
} from '../src/lib/entities/index';
import { formatCount } from '../src/lib/format-count.ts';
import { writeFrontmatter } from '../src/lib/frontmatter.ts';
import { isPublished } from '../src/lib/visibility.ts';

const ROOT = process.cwd();
const ARTICLES = join(ROOT, 'content', 'articles');
const ENTITIES = join(ROOT, 'content', 'entities');

/** Unregistered names of every published article (read as the build reads them, by its own Markdown pipeline), and how often the articles write each in lowercase. */
function collect(): { perArticle: ArticleCandidates[]; evidence: ReturnType<typeof countArchiveEvidence> } {
  const articles = readValidSources(readRawSources(ARTICLES), siteArticleSchema).filter((source) =>
    isPublished(source.data, { now: builtAt, includeDrafts: false }),
  );
  const read = createArticleReader({ basePath: site.basePath, timeZone: site.timeZone, locale: site.locale });
  // Names that are tag topics are registered entities, as in the newsroom index.
  const registered = new Map(loadSiteRegistry().entities);
  addTagTopics(
    registered,
    articles.flatMap((a) => a.data.tags),
  );
  const texts: ArticleWords[] = [];
  const perArticle = articles.map(({ id, file, frontmatter, data }) => {
    const result = read(frontmatter.body, frontmatter.data, file);
    const found = result['unregistered'] as UnregisteredCandidate[];
    const plainText = result['plainText'];
    texts.push({ title: data.title, body: typeof plainText === 'string' ? plainText : '' });
    return { articleId: id, candidates: found.filter((c) => !registered.has(c.id)) };
  });
  // The same lone initials and archive evidence the newsroom index weighs (addUnregisteredMentions).
  const withInitials = addAcronymsAlone(texts, perArticle, registered.values());
  return { perArticle: withInitials, evidence: countArchiveEvidence(texts, withInitials) };
}

/** One line per entity: name, id, type, count, articles. */
function printList(entities: readonly ConfidentEntity[], heading: string): void {
  console.log(`${heading} (${entities.length})`);
  for (const e of entities) {
    const also = e.variants.length > 0 ? `  also: ${e.variants.slice(0, 5).join(', ')}` : '';
    console.log(
      `  ${e.name}  [${e.id}, ${e.type}]  ${formatCount(e.count, 'mention')} in ${formatCount(e.articles.length, 'article')}: ${e.articles.join(', ')}${also}`,
    );
  }
}

/** Writes a starter entity file for a confident unregistered entity. */
function writeStarter(id: string, entities: readonly ConfidentEntity[]): number {
  const path = join(ENTITIES, `${id}.md`);
  if (existsSync(path)) {
    console.error(`${relative(ROOT, path)} already exists; not overwriting it.`);
    return 1;
  }
  const entity = entities.find((e) => e.id === id);
  if (!entity) {
    console.error(`No unregistered entity with id "${id}". Run without --write to see the ids.`);
    return 1;
  }
  // A person's surname alone already counts next to the full name; listing it would tag every "Kishida".
  const nameWords = new Set(entity.name.split(/\s+/));
  const aliases = entity.variants.filter((v) => v !== entity.name && !(entity.type === 'person' && nameWords.has(v)));
  const frontmatter = { name: entity.name, type: entity.type, aliases };
  writeFileSync(path, writeFrontmatter(frontmatter, `One or two sentences about ${entity.name} for the entity page.`), { flag: 'wx' });
  console.log(`Wrote ${relative(ROOT, path)}: check the type and aliases, add a wikidata id if there is one, and write the description.`);
  return 0;
}

function main(argv: readonly string[]): number {
  const { perArticle, evidence } = collect();
  const everyName = selectConfidentEntities(perArticle, { minCount: 1, minArticles: 1, ...evidence });
  const confident = selectConfidentEntities(perArticle, evidence);
  const writeAt = argv.indexOf('--write');
  if (writeAt >= 0) {
    const id = argv[writeAt + 1];
    if (!id) {
      console.error('Usage: npx tsx scripts/entities.ts --write <id>');
      return 1;
    }
    return writeStarter(id, everyName);
  }
  console.log(`${formatCount(perArticle.length, 'article')} in ${relative(ROOT, ARTICLES)}`);
  printList(confident, 'Unregistered entities tagged by the cross-article rule');
  if (argv.includes('--all')) {
    const ids = new Set(confident.map((e) => e.id));
    printList(
      everyName.filter((e) => !ids.has(e.id)),
      'Names seen but not confident',
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
