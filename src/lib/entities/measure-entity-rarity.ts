/**
 * How much of an archive names each entity. In a White House archive "United States" is on most
 * pages: it stays a tag, but related links and story threads should not lean on it.
 */
import type { EntityMention } from '../types';

/** Document frequencies of an archive's entities and which of them are on most pages. */
export interface EntityRarity {
  /** Articles measured. */
  documents: number;
  /** Articles tagged with each entity id. */
  frequency: ReadonlyMap<string, number>;
  /** Entities on more than `threshold` of the articles (empty for an archive under `minDocuments`). */
  ubiquitous: ReadonlySet<string>;
  /** Share of the articles tagged with an entity, 0 to 1 (0 for one never tagged). */
  share: (id: string) => number;
  /** True for an entity on most pages: keep it as a tag, give it no weight across articles. */
  isUbiquitous: (id: string) => boolean;
}

/** Settings of the rarity measure; the defaults are the site's editorial rule. */
export interface RaritySettings {
  /** Share of the articles above which an entity is ubiquitous (default 0.5: "most pages"). */
  threshold?: number;
  /** Fewer articles than this say nothing about ubiquity (default 20): a three-article site has none. */
  minDocuments?: number;
}

/** What the measure reads of an article: its detected mentions and the editor's entity ids. */
export interface TaggedArticle {
  mentions: readonly Pick<EntityMention, 'id'>[];
  entities?: readonly string[];
}

/** Counts, for each entity, the articles tagged with it, and flags those on most of them. */
export function measureEntityRarity(articles: readonly TaggedArticle[], settings: RaritySettings = {}): EntityRarity {
  const threshold = settings.threshold ?? 0.5;
  const minDocuments = settings.minDocuments ?? 20;
  const frequency = new Map<string, number>();
  for (const article of articles) {
    const ids = new Set<string>(article.entities ?? []);
    for (const mention of article.mentions) ids.add(mention.id);
    for (const id of ids) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  }
  const documents = articles.length;
  const ubiquitous = new Set<string>();
  if (documents >= minDocuments) for (const [id, n] of frequency) if (n / documents > threshold) ubiquitous.add(id);
  return {
    documents,
    frequency,
    ubiquitous,
    share: (id) => (documents === 0 ? 0 : (frequency.get(id) ?? 0) / documents),
    isUbiquitous: (id) => ubiquitous.has(id),
  };
}
