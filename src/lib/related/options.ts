/** Options of the related engine and their defaults. */

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

/** `RelatedOptions` with every default filled in and lookups made uniform. */
export interface RelatedSettings {
  limit: number;
  daysAfter: number;
  timeZone: string;
  maxPerDay: number;
  entityName: (id: string) => string | undefined;
  storyOf: (articleId: string) => string | undefined;
  weights: RelatedWeights;
  halfLifeDays: number;
  timeFloor: number;
  minScore: number;
  minTextOnlyScore: number;
}

function lookup(source: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined) {
  if (!source) return () => undefined;
  if (isMap(source)) return (key: string) => source.get(key);
  return (key: string) => (Object.hasOwn(source, key) ? source[key] : undefined);
}

// `instanceof Map` alone would narrow a ReadonlyMap to Map<any, any>.
function isMap(source: ReadonlyMap<string, string> | Readonly<Record<string, string>>): source is ReadonlyMap<string, string> {
  return source instanceof Map;
}

/** Fills in the defaults of the related engine's options. */
export function resolveRelatedOptions(options: RelatedOptions = {}): RelatedSettings {
  return {
    limit: options.limit ?? 5,
    daysAfter: options.daysAfter ?? 3,
    timeZone: options.timeZone ?? 'UTC',
    maxPerDay: options.maxPerDay ?? 2,
    entityName: lookup(options.entityNames),
    storyOf: lookup(options.stories),
    // Fitted on the tuning half of tests/fixtures/judgments/related.json (bench:quality): the
    // body's wording says most about whether a reader wants a link, closeness in time next.
    weights: { text: 3, headline: 0.5, entities: 1, story: 1, ...options.weights },
    halfLifeDays: options.halfLifeDays ?? 30,
    timeFloor: options.timeFloor ?? 0.5,
    // Fewer links, or none, rather than weak ones: below this a reader rarely wants the link.
    minScore: options.minScore ?? 1,
    minTextOnlyScore: options.minTextOnlyScore ?? 1.2,
  };
}
