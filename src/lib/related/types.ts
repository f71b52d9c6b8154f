/** Results of the related-stories engine: links, their reasons and score parts. */

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
