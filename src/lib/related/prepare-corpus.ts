import { compareOldestFirst } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import { collectArticleEntities } from '../entities/article-entities.ts';
import { analyseText } from './analyse-text.ts';
import { findHeadlineTemplates, forEachWord, isSpeakerIn, tokenise } from '../text/index.ts';
import { buildPostings, storyVectors, type PostingLists } from './posting-lists.ts';
import type { RelatedSettings } from './resolve-options.ts';
import { keepStrongest, type SparseVectors } from './sparse-vectors.ts';
import { weighEntities } from './weigh-entities.ts';
import { countTermStatistics, weighHeadlines, weighTerms } from './weigh-terms.ts';

/** An archive turned into compact numbered arrays, in publication order, ready for matching. */
export interface Corpus {
  articles: ArticleRecord[];
  published: Float64Array;
  /** 1 when other articles may link to this one (not a draft). */
  linkable: Uint8Array;
  terms: SparseVectors;
  /** Each article's strongest keywords: the ones that find candidates (all of `terms` score them). */
  seeds: SparseVectors;
  termPostings: PostingLists;
  /** Rarity-weighted headline terms of each article. */
  titles: SparseVectors;
  titlePostings: PostingLists;
  surfaces: string[];
  entities: SparseVectors;
  entityPostings: PostingLists;
  entityIds: string[];
  /** Story number of each article, -1 for none. */
  stories: Int32Array;
  storyVectors: SparseVectors;
  storyPostings: PostingLists;
  /** Interned normalised headline of each article: equal numbers, equal headlines. */
  headlineKeys: Int32Array;
  sketches: Uint32Array[];
}

/**
 * Keywords per article that find candidates through the inverted index. The strongest half of
 * the keywords finds the articles worth scoring; indexing all of them would mostly add weak
 * candidates and make each posting list longer.
 */
export const SEED_KEYWORDS = 20;

/** Numbers, tokenises and indexes an archive once for `computeRelated`. */
export function prepareCorpus(input: readonly ArticleRecord[], settings: RelatedSettings): Corpus {
  // Publication order, then id: the numbering every later step relies on, independent of input order.
  const articles = [...input].sort(compareOldestFirst);
  const n = articles.length;
  const published = Float64Array.from(articles, (a) => a.published.getTime());
  const linkable = Uint8Array.from(articles, (a) => (a.draft ? 0 : 1));
  const templates = findHeadlineTemplates(articles.map((a) => a.title));
  const articleEntities = articles.map((a) => collectArticleEntities(a));
  // Headline words that say who speaks and in which format, or a given name ("Mitch" of Mitch
  // McConnell), are not the headline's subject; entity vectors carry the names themselves.
  const headlineNoise = templates.map((template, i) => new Set([...template, ...leadingNameWords(articleEntities[i] ?? [], settings.entityName)]));
  const text = analyseText(articles, headlineNoise);
  const stats = countTermStatistics(text, linkable);
  const terms = weighTerms(text, linkable, stats);
  const titles = weighHeadlines(text, linkable, stats);
  const seeds = keepStrongest(terms, SEED_KEYWORDS);
  const { vectors: entities, ids: entityIds } = weighEntities(articleEntities, linkable, (i, id) => isSpeakerIn(templates[i], tokenise(settings.entityName(id) ?? '')));
  const storyNumbers = new Map<string, number>();
  const stories = new Int32Array(n).fill(-1);
  articles.forEach((article, i) => {
    const story = settings.storyOf(article.id) ?? article.story;
    if (!story) return;
    let number = storyNumbers.get(story);
    if (number === undefined) storyNumbers.set(story, (number = storyNumbers.size));
    stories[i] = number;
  });
  const threads = storyVectors(stories);
  return {
    articles,
    published,
    linkable,
    terms,
    seeds,
    termPostings: buildPostings(seeds, text.surfaces.length, linkable),
    titles,
    titlePostings: buildPostings(titles, text.surfaces.length, linkable),
    surfaces: text.surfaces,
    entities,
    entityPostings: buildPostings(entities, entityIds.length, linkable),
    entityIds,
    stories,
    storyVectors: threads,
    storyPostings: buildPostings(threads, storyNumbers.size, linkable),
    headlineKeys: text.headlines,
    sketches: text.sketches,
  };
}

/** The leading words of an article's multi-word entity names ("mitch" of Mitch McConnell). */
function leadingNameWords(entities: readonly { id: string }[], nameOf: (id: string) => string | undefined): ReadonlySet<string> {
  const words = new Set<string>();
  for (const { id } of entities) {
    const name: string[] = [];
    forEachWord(nameOf(id) ?? '', (word) => name.push(word));
    for (const word of name.slice(0, -1)) words.add(word);
  }
  return words;
}
