/** Plain data shapes shared by the newsroom index; nothing here knows about Astro. */

import type { EntityType } from './entities/entity-types.ts';

export type { EntityType } from './entities/entity-types.ts';

/** A person, place, organisation, topic or event the site can tag. */
export interface Entity {
  /** Lowercase kebab-case slug of the canonical name, e.g. `north-korea`. */
  id: string;
  name: string;
  type: EntityType;
  /** Other names that mean this entity in text ("DPRK", "North Korean"). */
  aliases: string[];
  /** Wikidata Q-id, e.g. `Q423`. */
  wikidata?: string | undefined;
  /** Markdown description from `content/entities/<id>.md`, if any. */
  description?: string | undefined;
}

/** What entity detection found for one entity in one article. */
export interface EntityMention {
  id: string;
  /** How many times the entity is named in title, summary and body. */
  count: number;
  /** Character offset of the first mention in `title + "\n" + summary + "\n" + body text`. */
  first: number;
  /** Named in the title, the summary or the lead paragraph. */
  salient: boolean;
}

/** A date written in an article's text, resolved against its publication time. */
export interface EventDate {
  /** `YYYY-MM-DD` for day precision, `YYYY-MM` for month precision (site timezone). */
  date: string;
  precision: 'day' | 'month';
  /** The words that named the date ("on the 19th"). */
  text: string;
  /** The sentence the date came from. */
  sentence: string;
  /** For ranges ("from the 17th to the 19th"): the last day, same format as `date`. */
  end?: string | undefined;
}

/** One article as the newsroom index sees it. */
export interface ArticleRecord {
  /** Content id: the path under `content/articles/` without `.md` (`x/index.md` is `x`; see `articleIdOf`). */
  id: string;
  /** The article's file relative to the project (the content layer's `filePath`), named in content errors. */
  file?: string | undefined;
  title: string;
  /** The editor's summary, or the first paragraph when there is none. */
  summary: string;
  /** The editor's own summary, shown under the headline; absent when `summary` is the first paragraph. */
  standfirst?: string | undefined;
  /** The body as plain text (Markdown syntax stripped). */
  body: string;
  published: Date;
  updated?: Date | undefined;
  section: string;
  tags: string[];
  /** Entity ids the editor added by hand. */
  entities: string[];
  story?: string | undefined;
  featured: boolean;
  draft: boolean;
  /** Entities found in the text by detection, most salient first. */
  mentions: EntityMention[];
  /** Dates of events named in the text. */
  events: EventDate[];
  /** Bylines, in the editor's order. */
  authors: string[];
  /** The lead image, if the article has one. */
  image?: ArticleImage | undefined;
  /** Place the story was filed from, e.g. `Seoul`. */
  dateline?: string | undefined;
  /** Agency or outlet, e.g. `News1`. */
  source?: string | undefined;
  /** BCP 47 language tag of the article (the site's when the editor gave none). */
  lang: string;
  /** Minutes a reader needs for the body; at least one. */
  readingMinutes: number;
}

/** An article's lead image as the editor described it. */
export interface ArticleImage {
  /** `/images/<file>` for a file in `content/images/`, or a full https:// URL. */
  src: string;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}
