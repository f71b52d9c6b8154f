import type { ArticleRecord, EntityMention } from '../../src/lib/types.ts';
import { randomInt, type Random } from './prng.ts';
import { articleIdOf, newArticlePath } from '../../src/content/article-id.ts';
import { toArticleRecord } from '../../src/content/article-record.ts';
import { compareSalience } from '../../src/lib/entities/article-entities.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { readingMinutes } from '../../src/lib/markdown-text.ts';
import type { SyntheticEntity } from './synthetic-entities.ts';
import type { TextMaker, WordSources } from './synthetic-text.ts';

/** Everything decided about one synthetic article before its text is written. */
export interface ArticlePlan {
  time: number;
  topic: readonly string[];
  storyWords: readonly string[];
  /** Entities the story is about: in the headline, summary and lead. */
  salient: readonly SyntheticEntity[];
  /** Entities named further down. */
  others: readonly SyntheticEntity[];
  words: number;
  section: string;
  tags: string[];
  story: string | undefined;
  draft: boolean;
  featured: boolean;
}

/** A unique id for an article published at `time`, filed where `npm run new` files it (year and month in `timeZone`). */
export function articleId(time: number, slug: string, taken: Set<string>, timeZone: string): string {
  const base = articleIdOf(newArticlePath(new Date(time), timeZone, slug || 'untitled'));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Writes the text of a planned article and records where each entity is named. */
export function composeArticle(plan: ArticlePlan, maker: TextMaker, random: Random, taken: Set<string>, timeZone: string): ArticleRecord {
  const sources: WordSources = { topicWords: plan.topic, storyWords: plan.storyWords };
  const salientNames = plan.salient.map((e) => e.name);
  const title = maker.headline(sources, 5, 9, salientNames.slice(0, 1));
  const summary = maker.sentence(sources, 18, 30, salientNames);
  const sentenceCount = Math.max(4, Math.round(plan.words / 16));
  const leadCount = randomInt(random, 2, 3);
  const namesIn: string[][] = Array.from({ length: sentenceCount }, () => []);
  namesIn[0]?.push(...salientNames);
  const later = () => namesIn[randomInt(random, leadCount, sentenceCount - 1)];
  for (const name of salientNames) for (let k = randomInt(random, 1, 3); k > 0; k--) later()?.push(name);
  for (const other of plan.others) for (let k = randomInt(random, 1, 3); k > 0; k--) later()?.push(other.name);
  const sentences = namesIn.map((names) => maker.sentence(sources, 9, 22, names));
  const paragraphs = [sentences.slice(0, leadCount).join(' ')];
  for (let at = leadCount; at < sentences.length;) {
    const size = randomInt(random, 2, 5);
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }
  const body = paragraphs.join('\n\n');
  const combined = `${title}\n${summary}\n${body}`;
  const salientText = `${title}\n${summary}\n${paragraphs[0] ?? ''}`;
  const mentions = new Map<string, EntityMention>();
  for (const entity of [...plan.salient, ...plan.others]) {
    if (mentions.has(entity.id)) continue;
    const count = countOccurrences(combined, entity.name);
    if (count === 0) continue;
    mentions.set(entity.id, { id: entity.id, count, first: combined.indexOf(entity.name), salient: salientText.includes(entity.name) });
  }
  const slug = slugify(title.split(' ').slice(0, 7).join(' '));
  // The body has no markup, so its plain text is itself.
  const found = { plainText: body, mentions: [...mentions.values()].sort(compareSalience), events: [], readingMinutes: readingMinutes(body) };
  const data = {
    title,
    summary,
    published: new Date(Math.floor(plan.time / 1000) * 1000),
    section: plan.section,
    tags: plan.tags,
    entities: [],
    story: plan.story,
    featured: plan.featured,
    draft: plan.draft,
    authors: [],
  };
  return toArticleRecord({ id: articleId(plan.time, slug, taken, timeZone), data, rendered: { metadata: { frontmatter: found } } }, 'en');
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
