/** Options and results of the related-stories engine. */

/** Settings for `computeRelated`; every field has a default. */
export interface RelatedOptions {
  /** Links per article. Default 5. */
  limit?: number;
  /** The time rule: how many days after an article a related one may be published. Default 3. */
  daysAfter?: number;
  /** IANA timezone whose calendar days the "at most two a day" rule counts. Default `UTC`. */
  timeZone?: string;
  /** At most this many links published on the same local day. Default 2. */
  maxPerDay?: number;
  /** Entity id → display name, for reasons ("Also about North Korea"). Entities without a name are not named. */
  entityNames?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Article id → story-thread id, e.g. from the story-thread module; wins over `article.story`. */
  stories?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Relative weights of the scored parts. Defaults: text 3, headline 0.5, entities 1, story 1. */
  weights?: Partial<RelatedWeights>;
  /** Days after which the time factor has fallen halfway to its floor. Default 30. */
  halfLifeDays?: number;
  /** Lowest time factor, reached for very old articles. Default 0.5. */
  timeFloor?: number;
  /** Links scoring below this are dropped, even if fewer than `limit` remain (none at all is fine). Default 1. */
  minScore?: number;
  /** The lowest score for a link sharing no entity and no story: text alone must be convincing. Default 1.2. */
  minTextOnlyScore?: number;
}

/** Relative weights of text, headline, shared entities and same story in a link's score. */
export interface RelatedWeights {
  text: number;
  headline: number;
  entities: number;
  story: number;
}

/** The parts a link's score is made of, before weighting (time is a factor in (0, 1]). */
export interface RelatedScoreParts {
  /** Cosine similarity of the two articles' keyword vectors, 0–1. */
  text: number;
  /** Cosine similarity of the headlines' rarity-weighted words, 0–1. */
  headline: number;
  /** Cosine similarity of rarity-weighted entity vectors, 0–1. */
  entities: number;
  /** 1 when both articles belong to the same story thread, else 0. */
  story: number;
  /** Closeness in time: 1 for the same instant, falling towards `timeFloor`. */
  time: number;
}

/** One related story offered below an article, with why. */
export interface RelatedLink {
  /** Article id of the related story. */
  id: string;
  /** Final score: weighted parts times the time factor. */
  score: number;
  /** A few words for readers: "Same story", "Also about North Korea, Russia", "Similar: missile, launch". */
  reason: string;
  parts: RelatedScoreParts;
  /** Shared entity ids, largest contribution first. */
  sharedEntities: string[];
  /** Shared keywords as readers would write them ("missile"), largest contribution first. */
  sharedTerms: string[];
}
