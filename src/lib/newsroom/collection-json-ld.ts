import { ENTITY_TYPES, type EntityType } from '../entities/entity-types.ts';

/** What a listing page is about: an entity or a story's entities, with its page or its Wikidata item. */
export interface JsonLdThing {
  name: string;
  /** The entity's type, for its schema.org type; `Thing` without one. */
  type?: EntityType | undefined;
  url?: string | undefined;
  /** The same thing elsewhere, e.g. its Wikidata page. */
  sameAs?: string | undefined;
}

/** What a listing page's structured data is built from: plain values the page already has. */
export interface CollectionJsonLdInput {
  /** The page's name as the page names it. */
  name: string;
  /** The page's absolute URL. */
  url: string;
  description?: string | undefined;
  /** When the newest item listed was published. */
  updated?: Date | undefined;
  /** One thing (an entity page) or several (a story's entities; left out when there are none). */
  about?: JsonLdThing | JsonLdThing[] | undefined;
  /** Absolute URLs of the articles the page is made of (a story's, oldest first). */
  parts?: string[] | undefined;
}

const thing = ({ name, type, url, sameAs }: JsonLdThing) => ({
  '@type': type ? ENTITY_TYPES[type].schemaType : 'Thing',
  name,
  ...(url ? { url } : {}),
  ...(sameAs ? { sameAs } : {}),
});

/** schema.org CollectionPage for every listing page: sections, entities, stories, the timeline. */
export function buildCollectionJsonLd(input: CollectionJsonLdInput): Record<string, unknown> {
  const { about } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: input.name,
    url: input.url,
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.updated ? { dateModified: input.updated.toISOString() } : {}),
    ...(Array.isArray(about) ? (about.length ? { about: about.map(thing) } : {}) : about ? { about: thing(about) } : {}),
    ...(input.parts ? { hasPart: input.parts.map((url) => ({ '@type': 'NewsArticle', url })) } : {}),
  };
}
