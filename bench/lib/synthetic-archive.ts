/**
 * Seeded synthetic news archives for benchmarks (related stories, build, timeline): realistic
 * length, Zipf-distributed vocabulary, 3–6 named entities an article drawn from a Zipf list of
 * people, places and organisations written so the site's entity detector finds them, tags naming
 * the registered ones, story threads, drafts, featured picks and a few near-duplicates, over years.
 * The same options always give the same archive, on any machine.
 */
import { defaults } from '../../src/config/site.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { mulberry32, pick, randomInt, type Random } from './prng.ts';
import { createPseudoWords } from './pseudo-words.ts';
import { createSyntheticEntities, type SyntheticEntity } from './synthetic-entities.ts';
import { articleId, composeArticle, type ArticlePlan } from './synthetic-article.ts';
import { TextMaker } from './synthetic-text.ts';
import { createZipf } from './zipf.ts';

export { writeArchive, writeEntityFiles, writeHugoArchive, type WriteArchiveOptions } from './write-archive.ts';
export { createSyntheticEntities, type SyntheticEntity } from './synthetic-entities.ts';

/** What to generate; only `count` and `seed` are required. */
export interface SyntheticArchiveOptions {
  count: number;
  seed: number;
  /** Latest publication instant. Default 2024-12-31T09:00:00Z. */
  end?: Date;
  /** Years the archive spans, ending at `end`. Default: about 20 articles a day, at least 2 years. */
  years?: number;
  /** Mean body length in words (±30 %). Default 600. */
  wordsPerArticle?: number;
  /** Distinct ordinary words. Default 40,000. */
  vocabularySize?: number;
  /** Distinct names (people, places, organisations). Default max(300, count / 20). */
  entityCount?: number;
  /** Share of people and organisations, the most named first, registered with an entity file. Default 0.1. */
  registeredShare?: number;
  /** Tags an article carries at most: names of its registered entities, the most salient first. Default 3. */
  maxTags?: number;
  /** Distinct topics (each with its own words and entities). Default max(12, count / 40). */
  topicCount?: number;
  /** About the share of articles in story threads once there are several articles a day (sparser archives get fewer, as a thread closes after four quiet days). Default 0.3. */
  storyShare?: number;
  /** Shares of drafts, featured picks and near-duplicate re-posts. Defaults 0.01, 0.005, 0.005. */
  draftShare?: number;
  featuredShare?: number;
  duplicateShare?: number;
  /** Time zone whose year and month file each article, as `npm run new` files it. Default the site's own (`defaults.timeZone`, not the environment's). */
  timeZone?: string;
}

const ARTICLES_A_YEAR = 7_300;

/** Distinct names an archive of `count` articles draws from by default: at least 300, more as it grows. */
export function defaultEntityCount(count: number): number {
  return Math.max(300, Math.ceil(count / 20));
}

/** Years an archive of `count` articles spans by default: about 20 articles a day, at least 2 years. */
export function defaultYears(count: number): number {
  return Math.max(2, Math.ceil(count / ARTICLES_A_YEAR));
}

/** The entity list a `generateArchive` call with the same options uses (for names and entity files). */
export function syntheticEntities(options: SyntheticArchiveOptions): SyntheticEntity[] {
  const count = options.entityCount ?? defaultEntityCount(options.count);
  return createSyntheticEntities(count, options.seed, { registeredShare: options.registeredShare ?? 0.1 });
}

interface Topic {
  words: string[];
  entities: SyntheticEntity[];
}

interface OpenStory {
  id: string;
  topic: Topic;
  salient: SyntheticEntity[];
  words: string[];
  last: number;
  remaining: number;
}

const SECTIONS = ['news', 'news', 'world', 'world', 'politics', 'business', 'science', 'culture'];

/** Generates `count` articles in publication order (oldest first). */
export function generateArchive(options: SyntheticArchiveOptions): ArticleRecord[] {
  const { count, seed, storyShare = 0.3, maxTags = 3, timeZone = defaults.timeZone } = options;
  const years = options.years ?? defaultYears(count);
  const random = mulberry32(seed);
  const end = (options.end ?? new Date('2024-12-31T09:00:00Z')).getTime();
  const start = end - years * 365 * DAY_MS;
  const vocabulary = createPseudoWords(options.vocabularySize ?? 40_000, seed ^ 0x9e3779);
  const maker = new TextMaker(vocabulary, random);
  const entities = syntheticEntities(options);
  const drawEntity = createZipf(entities.length, 1.0);
  const entity = () => entities[drawEntity(random)] ?? pick(random, entities);
  const topics = createTopics(options.topicCount ?? Math.max(12, Math.ceil(count / 40)), maker, entity);
  const drawTopic = createZipf(topics.length, 0.8);
  const times = Array.from({ length: count }, () => start + random() * (end - start)).sort((a, b) => a - b);
  const open: OpenStory[] = [];
  const taken = new Set<string>();
  const records: ArticleRecord[] = [];
  let storyNumber = 0;
  for (const time of times) {
    const previous = records[records.length - 1];
    if (previous && !previous.draft && random() < (options.duplicateShare ?? 0.005)) {
      records.push(repost(previous, time, maker, random, taken, timeZone));
      continue;
    }
    while (open.length > 0 && ((open[0]?.last ?? 0) < time - 4 * DAY_MS || (open[0]?.remaining ?? 0) <= 0)) open.shift();
    let story: OpenStory | undefined;
    if (open.length > 0 && random() < storyShare * 0.7) story = pick(random, open);
    else if (random() < storyShare * 0.3) {
      const topic = topics[drawTopic(random)] ?? pick(random, topics);
      story = {
        id: `story-${(++storyNumber).toString(36)}`,
        topic,
        salient: [pick(random, topic.entities), entity()],
        words: Array.from({ length: 12 }, () => maker.vocabularyWord(200)),
        last: time,
        remaining: randomInt(random, 2, 8),
      };
      open.push(story);
    }
    if (story) {
      story.last = time;
      story.remaining--;
    }
    const topic = story?.topic ?? topics[drawTopic(random)] ?? pick(random, topics);
    const salient = [...new Set(story?.salient ?? [pick(random, topic.entities), ...(random() < 0.6 ? [entity()] : [])])];
    const named = new Set(salient);
    const total = randomInt(random, 3, 6);
    for (let tries = 0; named.size < total && tries < 50; tries++) named.add(random() < 0.3 ? pick(random, topic.entities) : entity());
    const others = [...named].filter((e) => !salient.includes(e));
    const plan: ArticlePlan = {
      time,
      topic: topic.words,
      storyWords: story?.words ?? [],
      salient,
      others,
      words: Math.round((options.wordsPerArticle ?? 600) * (0.7 + random() * 0.6)),
      section: pick(random, SECTIONS),
      tags: [...salient, ...others]
        .filter((e) => e.registered !== 'none')
        .slice(0, randomInt(random, 1, maxTags))
        .map((e) => e.name),
      story: story?.id,
      draft: random() < (options.draftShare ?? 0.01),
      featured: random() < (options.featuredShare ?? 0.005),
    };
    records.push(composeArticle(plan, maker, random, taken, timeZone));
  }
  return records;
}

function createTopics(count: number, maker: TextMaker, entity: () => SyntheticEntity): Topic[] {
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 64 }, () => maker.vocabularyWord(100));
    return { words, entities: Array.from({ length: 6 }, entity) };
  });
}

// A near-duplicate: the same story posted again hours later with a few words changed.
function repost(original: ArticleRecord, time: number, maker: TextMaker, random: Random, taken: Set<string>, timeZone: string): ArticleRecord {
  const words = original.body.split(' ');
  for (let k = 0; k < words.length / 40; k++) words[randomInt(random, 0, words.length - 1)] = maker.vocabularyWord();
  const id = articleId(time, `${original.id.split('/').pop() ?? 'story'}-update`, taken, timeZone);
  const published = new Date(Math.floor(time / 1000) * 1000);
  return { ...original, id, body: words.join(' '), published, featured: false, mentions: [...original.mentions] };
}
