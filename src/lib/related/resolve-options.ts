import type { RelatedOptions, RelatedWeights } from './types.ts';

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
  if (source instanceof Map) return (key: string) => source.get(key);
  const record = source as Readonly<Record<string, string>>;
  return (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
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
